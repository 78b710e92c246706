import Archive
import Foundation
import Generator

/// The drafts' life cycle: pending → approved | rejected, each decision in the append-only review log.
///
/// Approving applies the draft to `rules.yaml` (written atomically) while the store takes no other decision (see
/// ``ReviewStore/decide(draftID:expecting:_:)``), so two reviewers cannot decide the same draft. The store is SQLite
/// or PostgreSQL alike. Each applied draft is named in its rule's history; a draft the
/// rulebook already names is never applied again, even when a crash came between the rulebook write and the log.
public struct ReviewDesk: Sendable {
    public let store: any ReviewStore
    public let rulebook: RulebookFile

    public init(store: any ReviewStore, rulebook: RulebookFile) {
        self.store = store
        self.rulebook = rulebook
    }

    /// Approves a pending draft and applies it to the rulebook.
    ///
    /// - Returns: The rule as the rulebook now has it.
    @discardableResult
    public func approve(_ draftID: String, reviewer: String, reason: String? = nil, now: Date = Date()) async throws
        -> Rule {
        var applied: Rule?
        try await store.decide(draftID: draftID, expecting: .pending) { draft in
            var book = try rulebook.load()
            let rule = try book.applying(draft, reviewer: reviewer, at: now)
            if book.rule(id: rule.id) != rule {
                book.put(rule)
                try rulebook.save(book)
            }
            applied = rule
            var approved = draft
            approved.state = .approved
            approved.updated = now
            let detail = draft.differences.map(\.description).joined(separator: "; ")
            return (Decision(draftID: draftID, verdict: .approved, reviewer: reviewer, time: now, reason: reason,
                             detail: detail), approved)
        }
        guard let applied else { throw ArchiveError.unknownDraft(draftID) }
        return applied
    }

    /// Rejects a pending draft; the rulebook is not touched.
    @discardableResult
    public func reject(_ draftID: String, reviewer: String, reason: String, now: Date = Date()) async throws
        -> RuleDraft {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ReviewError.reasonRequired
        }
        return try await store.decide(draftID: draftID, expecting: .pending) { draft in
            var rejected = draft
            rejected.state = .rejected
            rejected.updated = now
            return (Decision(draftID: draftID, verdict: .rejected, reviewer: reviewer, time: now, reason: reason,
                             detail: nil), rejected)
        }
    }

    /// Sets fields of a pending draft's proposed rule (`field=value`), recomputing its differences; the edit is
    /// logged with its changes.
    @discardableResult
    public func edit(
        _ draftID: String, settings: [String], reviewer: String, reason: String? = nil, now: Date = Date()
    ) async throws -> RuleDraft {
        let assignments = try settings.map(Self.assignment)
        return try await store.decide(draftID: draftID, expecting: .pending) { draft in
            var edited = draft
            for (field, value) in assignments {
                if field == "id", draft.change != .add {
                    throw RuleEditError(description: "only a draft that adds a rule can change the rule's id")
                }
                try edited.rule.set(field, to: value)
            }
            edited.refresh(at: now)
            let changes = Rule.differences(from: draft.rule, to: edited.rule)
            let idChange = draft.rule.id == edited.rule.id ? [] : ["id: \(draft.rule.id) → \(edited.rule.id)"]
            let detail = (idChange + changes.map(\.description)).joined(separator: "; ")
            return (Decision(draftID: draftID, verdict: .edited, reviewer: reviewer, time: now, reason: reason,
                             detail: detail.isEmpty ? "no change" : detail), edited)
        }
    }

    /// `field=value` split at the first `=`.
    static func assignment(_ text: String) throws -> (String, String) {
        guard let equals = text.firstIndex(of: "=") else {
            throw RuleEditError(description: "--set takes field=value, not '\(text)'")
        }
        let field = text[..<equals].trimmingCharacters(in: .whitespaces)
        return (field, String(text[text.index(after: equals)...]))
    }
}

/// A review action that cannot be done.
public enum ReviewError: Error, Equatable, CustomStringConvertible {
    case reasonRequired
    /// An `add` draft proposes a rule id the rulebook already has.
    case ruleExists(String)
    /// An `amend` or `repeal` draft changes a rule the rulebook no longer has.
    case ruleMissing(String)

    public var description: String {
        switch self {
        case .reasonRequired:
            "a rejection needs a reason (--reason)"
        case let .ruleExists(id):
            "the rulebook already has a rule \(id); edit the draft's id (--set id=…) or reject it"
        case let .ruleMissing(id):
            "the rulebook has no rule \(id) any more; reject the draft"
        }
    }
}

extension Rulebook {
    /// The rule as it reads once a draft is applied, with the draft's evidence as sources and the draft in its
    /// history. A rule whose history already names the draft comes back unchanged.
    func applying(_ draft: RuleDraft, reviewer: String, at time: Date) throws -> Rule {
        if let done = rules.first(where: { $0.history.contains { $0.draft == draft.id } }) {
            return done
        }
        var rule: Rule
        switch draft.change {
        case .add:
            if self.rule(id: draft.rule.id) != nil { throw ReviewError.ruleExists(draft.rule.id) }
            rule = draft.rule
            rule.sources = []
            rule.history = []
        case .amend, .repeal:
            let id = draft.base?.id ?? draft.rule.id
            guard let current = self.rule(id: id) else { throw ReviewError.ruleMissing(id) }
            rule = current
            try rule.apply(draft.differences)
        }
        for piece in draft.evidence {
            let source = RuleSource(url: piece.url, published: piece.published,
                                    quote: piece.quote.isEmpty ? nil : piece.quote)
            if !rule.sources.contains(source) { rule.sources.append(source) }
        }
        rule.history.append(RuleHistoryEntry(
            draft: draft.id, change: draft.change,
            approved: Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down)), reviewer: reviewer,
            changes: draft.change == .add ? [] : draft.differences.map(\.description)
        ))
        return rule
    }
}
