import Extractor
import Foundation

/// Turns an article's announcements into draft updates of the rulebook.
///
/// Pure: the rulebook, the pending drafts and the ids already taken come in, new and changed drafts go out.
/// For each announcement:
/// 1. A rule of the rulebook with the same jurisdiction, issuer and an overlapping subject is compared with it:
///    lifting a ban proposes `repeal`, a new date, wider scope or later enforcement proposes `amend`, and nothing
///    new proposes nothing. A pending draft that already changes that rule gains the evidence instead.
/// 2. Otherwise a pending `add` draft about the same rule (same issuer, action and jurisdiction, overlapping
///    subjects) gains the evidence: a rule gets one pending draft. A report published more than
///    `clusteringWindow` days after the draft's latest evidence is a follow-up whose dates replace the draft's
///    (a postponement), noted for the reviewer; any other report is the same news and only fills what the
///    draft lacks.
/// 3. Otherwise a new `add` draft is proposed.
///
/// No new draft is proposed for news a reviewer already rejected: when a rejected draft changes the same rule the
/// same way, or would gain the evidence were it pending, and its latest evidence is at most `clusteringWindow`
/// days older than the report. A later report (a follow-up) is news again.
public struct DraftGenerator: Sendable {
    /// How many days apart two reports of the same announcement may be published.
    public var clusteringWindow: Int

    public init(clusteringWindow: Int = 30) {
        self.clusteringWindow = clusteringWindow
    }

    /// The drafts an article creates or changes.
    ///
    /// - Parameters:
    ///   - source: The article, as the archive knows it.
    ///   - analysis: The article's language analysis.
    ///   - rulebook: The approved rules.
    ///   - pending: The drafts still awaiting review; those in the jurisdictions of the article's announcements
    ///     suffice, since a draft only ever gains evidence from its own jurisdiction.
    ///   - rejected: Drafts a reviewer rejected, with their evidence; those in the jurisdictions of the article's
    ///     announcements suffice.
    ///   - takenIDs: Ids of every draft ever stored, so that new ids are unique.
    ///   - takenRuleIDs: Rule ids proposed by pending drafts not in `pending`, so that new rule ids are unique.
    ///   - now: The time to stamp on new and changed drafts.
    public func drafts(
        for source: DraftSource, analysis: TextAnalysis, rulebook: Rulebook, pending: [RuleDraft],
        rejected: [RuleDraft] = [], takenIDs: Set<String>, takenRuleIDs: Set<String> = [], now: Date
    ) -> DraftingResult {
        var result = DraftingResult()
        var pending = pending.filter { $0.state == .pending }
        let rejected = rejected.filter { $0.state == .rejected }
        let rejectedAsSameNews = { (draft: RuleDraft) in
            !draft.isFollowUp(publishedOn: source.published, window: clusteringWindow)
        }
        let existing = takenIDs.union(pending.map(\.id))
        var taken = existing
        for (index, announcement) in analysis.announcements.enumerated() {
            let evidence = source.evidence(for: announcement, in: analysis)
            let issuer = analysis.issuerContext(for: announcement)
            let draft: RuleDraft?
            switch ruleChange(for: announcement, in: rulebook, issuer: issuer, reportedOn: source.published) {
            case .covered:
                draft = nil
            case let .changes(change, base, proposed):
                if let index = pending.firstIndex(where: { $0.base?.id == base.id }) {
                    let followUp = pending[index].isFollowUp(publishedOn: source.published, window: clusteringWindow)
                    pending[index].gain(evidence, from: announcement, followUp: followUp, reportedOn: source.published,
                                        at: now)
                    draft = pending[index]
                } else if rejected.contains(where: {
                    $0.base?.id == base.id && $0.change == change && rejectedAsSameNews($0)
                }) {
                    draft = nil
                } else {
                    let id = uniqueID("\(base.id)-\(change.rawValue)", day: source.published, taken: taken)
                    draft = RuleDraft(
                        id: id, change: change, rule: proposed, base: base, evidence: evidence,
                        announcement: announcement, now: now
                    )
                    pending.append(draft!)
                }
            case .unrelated:
                if let index = pending.firstIndex(where: {
                    $0.change == .add && $0.concerns(announcement, issuer: issuer)
                }) {
                    let followUp = pending[index].isFollowUp(publishedOn: source.published, window: clusteringWindow)
                    pending[index].gain(evidence, from: announcement, followUp: followUp, reportedOn: source.published,
                                        at: now)
                    draft = pending[index]
                } else if rejected.contains(where: {
                    $0.change == .add && $0.concerns(announcement, issuer: issuer) && rejectedAsSameNews($0)
                }) {
                    draft = nil
                } else {
                    let ruleIDs = Set(rulebook.rules.map(\.id)).union(pending.map(\.rule.id)).union(takenRuleIDs)
                    let rule = Rule(
                        proposedBy: announcement, statements: analysis.statements, issuerAliases: issuer.aliases,
                        reportedOn: source.published, takenIDs: ruleIDs
                    )
                    let id = uniqueID("\(rule.id)-add", day: source.published, taken: taken)
                    draft = RuleDraft(
                        id: id, change: .add, rule: rule, base: nil, evidence: evidence, announcement: announcement,
                        now: now
                    )
                    pending.append(draft!)
                }
            }
            if let draft {
                taken.insert(draft.id)
                result.record(draft, for: index, isNew: !existing.contains(draft.id))
            }
        }
        return result
    }

    /// The change an announcement makes to the first rule it concerns.
    private func ruleChange(
        for announcement: Announcement, in rulebook: Rulebook, issuer: IssuerContext, reportedOn day: CalendarDay?
    ) -> RuleChange {
        for rule in rulebook.rules where rule.isConcerned(by: announcement, issuer: issuer) {
            switch rule.relation(to: announcement, reportedOn: day) {
            case .covered: return .covered
            case let .changes(change, proposed): return .changes(change, base: rule, proposed: proposed)
            case .unrelated: continue
            }
        }
        return .unrelated
    }

    /// `stem-YYYYMMDD`, or `stem-YYYYMMDD-2`, `-3`… when taken.
    private func uniqueID(_ stem: String, day: CalendarDay?, taken: Set<String>) -> String {
        let dated = day.map { "\(stem)-\($0.description.replacingOccurrences(of: "-", with: ""))" } ?? stem
        var candidate = dated
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(dated)-\(counter)"
            counter += 1
        }
        return candidate
    }
}

/// What an announcement does to the rulebook as a whole.
private enum RuleChange {
    case covered
    case changes(DraftChange, base: Rule, proposed: Rule)
    case unrelated
}

/// The drafts one article created or changed, in the order of its announcements.
public struct DraftingResult: Equatable, Sendable {
    /// Every draft created or changed, in its final form, each once.
    public var drafts: [RuleDraft] = []
    /// Ids of the drafts that did not exist before.
    public var createdIDs: Set<String> = []
    /// For each announcement index, the draft it went into (none when the rulebook already says it).
    public var draftIDByAnnouncement: [Int: String] = [:]

    public init() {}

    mutating func record(_ draft: RuleDraft, for announcement: Int, isNew: Bool) {
        if let index = drafts.firstIndex(where: { $0.id == draft.id }) {
            drafts[index] = draft
        } else {
            drafts.append(draft)
        }
        if isNew { createdIDs.insert(draft.id) }
        draftIDByAnnouncement[announcement] = draft.id
    }
}

extension TextAnalysis {
    /// What the analysis knows of an announcement's issuer: the other names of its entity, and the names of
    /// the location whose code is the announcement's jurisdiction.
    func issuerContext(for announcement: Announcement) -> IssuerContext {
        var context = IssuerContext()
        if let actor = announcement.actor {
            let target = IssuerName(actor)
            context.aliases = entities
                .filter { entity in ([entity.name] + entity.aliases).contains { IssuerName($0) == target } }
                .flatMap { [$0.name] + $0.aliases }
        }
        if let jurisdiction = announcement.jurisdiction?.uppercased() {
            context.countryNames = entities
                .filter { $0.type == .location && $0.code?.uppercased() == jurisdiction }
                .flatMap { [$0.name] + $0.aliases }
        }
        return context
    }
}
