import Extractor
import Foundation

extension RuleDraft {
    /// A new pending draft, its differences and confidence computed from the rule and the evidence.
    init(
        id: String, change: DraftChange, rule: Rule, base: Rule?, evidence: [Evidence], announcement: Announcement,
        now: Date
    ) {
        self.init(
            id: id, change: change, rule: rule, base: base, differences: Rule.differences(from: base, to: rule),
            confidence: Confidence.score(evidence), announcement: announcement, evidence: evidence, created: now,
            updated: now
        )
    }

    /// Adds another report's evidence (each quote once) and what the report adds to the proposed rule.
    ///
    /// A report of the same news (`followUp` false) widens the subjects and fills dates the draft lacks. A
    /// follow-up (a report published more than the clustering window after the draft's latest evidence, such as
    /// a postponement announced before the draft was reviewed) also replaces the dates it gives, noted for the
    /// reviewer.
    mutating func gain(
        _ newEvidence: [Evidence], from report: Announcement, followUp: Bool, reportedOn day: CalendarDay?, at now: Date
    ) {
        let fresh = newEvidence.filter { piece in
            !evidence.contains { $0.article == piece.article && $0.start == piece.start && $0.quote == piece.quote }
        }
        guard !fresh.isEmpty else { return }
        evidence += fresh
        if change != .repeal, report.action == rule.action {
            rule.subjects += report.subjects.filter { !rule.subjects.contains($0) }
            let source = fresh.first.map { "\($0.site ?? $0.url), \($0.published ?? "undated")" } ?? "a later report"
            if let effective = report.effective, rule.effective.map({ !sameDate(effective, $0) }) ?? true {
                if followUp || rule.effective == nil {
                    if let old = rule.effective { notes.append("effective \(old) → \(effective) after \(source)") }
                    rule.effective = effective
                    rule.status = RuleStatus(effective: effective, reportedOn: day)
                }
            }
            if let enforcement = report.enforcement, rule.enforcement.map({ !sameDate(enforcement, $0) }) ?? true {
                if followUp || rule.enforcement == nil {
                    if let old = rule.enforcement {
                        notes.append("enforcement \(old) → \(enforcement) after \(source)")
                    }
                    rule.enforcement = enforcement
                }
            }
        }
        refresh(at: now)
    }

    /// Recomputes what follows from the rule and the evidence: differences, confidence, the update time.
    public mutating func refresh(at now: Date) {
        differences = Rule.differences(from: base, to: rule)
        confidence = Confidence.score(evidence)
        updated = now
    }

    /// Whether an announcement is about the rule this draft proposes: same issuer, action and jurisdiction, and
    /// overlapping subjects (a report that names no subject does not rule the draft out).
    func concerns(_ other: Announcement, issuer: IssuerContext) -> Bool {
        other.action == announcement.action
            && sameJurisdiction(other.jurisdiction, announcement.jurisdiction)
            && sameIssuer(other.actor, announcement.actor, context: issuer)
            && (other.subjects.isEmpty || announcement.subjects.isEmpty
                || subjectsOverlap(other.subjects, announcement.subjects))
    }

    /// Whether a report published on `day` is a follow-up on this draft's news: published more than `window`
    /// days after its latest evidence. Undated reports, and reports older than the evidence, are not.
    func isFollowUp(publishedOn day: CalendarDay?, window: Int) -> Bool {
        guard let day else { return false }
        // Many pieces share a day: each distinct one is parsed once.
        let latest = Set(evidence.compactMap(\.published)).compactMap { CalendarDay(iso: $0) }.max()
        guard let latest else { return false }
        return day.daysSinceEpoch - latest.daysSinceEpoch > window
    }
}

extension Rule {
    /// The rule an announcement proposes, with an id not in `takenIDs`.
    init(proposedBy announcement: Announcement, statements: [PolicyStatement], issuerAliases: [String] = [],
         reportedOn day: CalendarDay?, takenIDs: Set<String>) {
        let object = announcement.statementIndices
            .filter { statements.indices.contains($0) }
            .map { statements[$0].object.trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty }
        self.init(
            id: Rule.identifier(for: announcement, issuerAliases: issuerAliases, takenIDs: takenIDs),
            title: Rule.title(for: announcement, object: object),
            action: announcement.action, subjects: announcement.subjects,
            jurisdiction: announcement.jurisdiction?.uppercased(), issuer: announcement.actor,
            effective: announcement.effective, enforcement: announcement.enforcement,
            status: RuleStatus(effective: announcement.effective, reportedOn: day)
        )
    }

    /// `jurisdiction-issuer-subject` (`cn-alibaba-mining-hardware`, `ph-bsp-payments`) in `[a-z0-9-]`, the issuer
    /// by its acronym when the text gives one and by its first four words otherwise; the action appended and then
    /// a counter when the id is taken.
    static func identifier(for announcement: Announcement, issuerAliases: [String] = [],
                           takenIDs: Set<String>) -> String {
        let subject = announcement.subjects.first?.rawValue ?? announcement.action.rawValue
        let issuer = announcement.actor.map { acronym(among: [$0] + issuerAliases) ?? $0 }
        let parts = [
            announcement.jurisdiction.map { identifierSlug($0) }, issuer.map { identifierSlug($0) }, subject,
        ]
        let stem = parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "-")
        if !takenIDs.contains(stem) { return stem }
        let withAction = "\(stem)-\(announcement.action.rawValue)"
        var candidate = withAction
        var counter = 2
        while takenIDs.contains(candidate) {
            candidate = "\(withAction)-\(counter)"
            counter += 1
        }
        return candidate
    }

    /// The first name that is an acronym: two to six capitals (`BSP`, `PBoC` is not, `SEC` is).
    static func acronym(among names: [String]) -> String? {
        names.first { name in
            (2...6).contains(name.count) && name.allSatisfy { $0.isUppercase && $0.isLetter }
        }
    }

    /// `Alibaba prohibits mining hardware and crypto sales`: issuer, verb, and the subjects in words, or else the
    /// statement's object.
    static func title(for announcement: Announcement, object: String?) -> String {
        let issuer = announcement.actor ?? announcement.jurisdiction ?? "An unnamed issuer"
        let verb = switch announcement.action {
        case .prohibit: "prohibits"
        case .restrict: "restricts"
        case .require: "requires"
        case .permit: "permits"
        case .enforce: "enforces rules on"
        case .warn: "warns about"
        }
        let phrases = announcement.subjects.map(\.phrase)
        let what = switch phrases.count {
        case 0: object ?? "crypto activity"
        case 1: phrases[0]
        default: phrases.dropLast().joined(separator: ", ") + " and " + phrases[phrases.count - 1]
        }
        return "\(issuer) \(verb) \(what)"
    }

    /// The fields that differ between two versions of a rule; every set field when there is no base.
    public static func differences(from base: Rule?, to rule: Rule) -> [FieldChange] {
        func fields(_ rule: Rule?) -> [(String, String?)] {
            [
                ("title", rule?.title), ("action", rule?.action.rawValue),
                ("subjects", rule.map { $0.subjects.map(\.rawValue).joined(separator: ", ") }),
                ("jurisdiction", rule?.jurisdiction), ("issuer", rule?.issuer), ("effective", rule?.effective),
                ("enforcement", rule?.enforcement), ("status", rule?.status.rawValue),
            ]
        }
        return zip(fields(base), fields(rule)).compactMap { old, new in
            old.1 == new.1 ? nil : FieldChange(field: new.0, from: old.1, to: new.1)
        }
    }
}
