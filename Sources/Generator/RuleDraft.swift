import Extractor
import Foundation
import Yams

/// What a draft does to the rulebook.
public enum DraftChange: String, Codable, CaseIterable, Sendable {
    /// A new rule.
    case add
    /// A new date, a wider scope or a longer grace period for an existing rule.
    case amend
    /// An existing rule is lifted.
    case repeal
}

/// Where a draft stands in review.
public enum DraftState: String, Codable, CaseIterable, Sendable {
    case pending, approved, rejected
}

/// A proposed update of the rulebook, with the evidence a reviewer decides on.
public struct RuleDraft: Codable, Equatable, Sendable {
    /// `<rule id>-<change>-<YYYYMMDD>` of the first evidence, with a counter when taken.
    public var id: String
    public var change: DraftChange
    public var state: DraftState
    /// The rule as it would read once the draft is approved.
    public var rule: Rule
    /// The rule as the rulebook has it, for `amend` and `repeal`.
    public var base: Rule?
    /// Field-by-field difference between `base` and `rule`.
    public var differences: [FieldChange]
    /// Between 0 and 1: grows with independent sources and firm modality, falls with hedging.
    public var confidence: Double
    /// The announcement the draft was first made from: what later reports are matched against.
    public var announcement: Announcement
    public var evidence: [Evidence]
    /// What happened to the draft after it was made, for the reviewer (a later report moving a date).
    public var notes: [String]
    public var created: Date
    public var updated: Date

    public init(
        id: String, change: DraftChange, state: DraftState = .pending, rule: Rule, base: Rule?,
        differences: [FieldChange], confidence: Double, announcement: Announcement, evidence: [Evidence],
        notes: [String] = [], created: Date, updated: Date
    ) {
        self.id = id
        self.change = change
        self.state = state
        self.rule = rule
        self.base = base
        self.differences = differences
        self.confidence = confidence
        self.announcement = announcement
        self.evidence = evidence
        self.notes = notes
        self.created = created
        self.updated = updated
    }
}

extension RuleDraft {
    private enum CodingKeys: String, CodingKey {
        case id, change, state, rule, base, differences, confidence, announcement, evidence, notes, created, updated
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        change = try container.decode(DraftChange.self, forKey: .change)
        state = try container.decode(DraftState.self, forKey: .state)
        rule = try container.decode(Rule.self, forKey: .rule)
        base = try container.decodeIfPresent(Rule.self, forKey: .base)
        differences = try container.decodeIfPresent([FieldChange].self, forKey: .differences) ?? []
        confidence = try container.decode(Double.self, forKey: .confidence)
        announcement = try container.decode(Announcement.self, forKey: .announcement)
        evidence = try container.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        notes = try container.decodeIfPresent([String].self, forKey: .notes) ?? []
        created = try container.decode(Date.self, forKey: .created)
        updated = try container.decode(Date.self, forKey: .updated)
    }

    /// Encodes every field, the confidence as a two-decimal number (`0.81`, never `8.1e-1` in YAML).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(change, forKey: .change)
        try container.encode(state, forKey: .state)
        try container.encode(rule, forKey: .rule)
        try container.encodeIfPresent(base, forKey: .base)
        try container.encode(differences, forKey: .differences)
        try container.encode(Decimal(string: String(format: "%.2f", confidence)) ?? 0, forKey: .confidence)
        try container.encode(announcement, forKey: .announcement)
        try container.encode(evidence, forKey: .evidence)
        if !notes.isEmpty { try container.encode(notes, forKey: .notes) }
        try container.encode(created, forKey: .created)
        try container.encode(updated, forKey: .updated)
    }
}

/// One field a draft changes.
public struct FieldChange: Codable, Equatable, Sendable, CustomStringConvertible {
    public var field: String
    public var from: String?
    public var to: String?

    public init(field: String, from: String?, to: String?) {
        self.field = field
        self.from = from
        self.to = to
    }

    /// `field: old → new`, with `∅` for an absent value.
    public var description: String {
        "\(field): \(from ?? "∅") → \(to ?? "∅")"
    }
}

/// A quoted sentence of an article that supports a draft.
public struct Evidence: Codable, Equatable, Sendable {
    /// The archive's identifier of the article.
    public var article: String
    public var url: String
    public var site: String?
    /// ISO 8601 day of publication.
    public var published: String?
    public var quote: String
    /// Offsets of the quote in the article's text, in Unicode scalars; `nil` when no sentence supports it.
    public var start: Int?
    public var end: Int?
    /// How settled the article says the measure is.
    public var status: PolicyStatus

    public init(
        article: String, url: String, site: String?, published: String?, quote: String, start: Int?, end: Int?,
        status: PolicyStatus
    ) {
        self.article = article
        self.url = url
        self.site = site
        self.published = published
        self.quote = quote
        self.start = start
        self.end = end
        self.status = status
    }
}

extension RuleDraft {
    /// The draft as `drafts/<id>.yaml` shows it.
    public func yaml() throws -> String {
        try readableYAMLEncoder().encode(self)
    }
}

/// A YAML encoder that writes text for people: non-ASCII characters as they are, not escaped.
func readableYAMLEncoder() -> YAMLEncoder {
    let encoder = YAMLEncoder()
    encoder.options.allowUnicode = true
    return encoder
}
