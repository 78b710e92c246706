import Extractor
import Foundation

/// Whether a rule applies yet.
public enum RuleStatus: String, Codable, CaseIterable, Sendable {
    /// In force now.
    case active
    /// Decided, in force from its effective date.
    case scheduled
    /// Lifted; kept in the rulebook for its history.
    case repealed
}

/// One entry of the rulebook: a policy that an issuer applies in a jurisdiction.
///
/// Dates are ISO 8601 values at the precision the news gave (`2021-10-08`, `2021-10`, `2022-Q1`).
public struct Rule: Codable, Equatable, Sendable {
    /// A stable slug: jurisdiction, issuer, subject (`cn-alibaba-mining-hardware`).
    public var id: String
    public var title: String
    public var action: PolicyAction
    public var subjects: [PolicySubject]
    public var jurisdiction: String?
    public var issuer: String?
    public var effective: String?
    public var enforcement: String?
    public var status: RuleStatus
    public var sources: [RuleSource]
    /// The reviewed changes that made the rule what it is, oldest first.
    public var history: [RuleHistoryEntry]

    public init(
        id: String, title: String, action: PolicyAction, subjects: [PolicySubject], jurisdiction: String?,
        issuer: String?, effective: String? = nil, enforcement: String? = nil, status: RuleStatus = .active,
        sources: [RuleSource] = [], history: [RuleHistoryEntry] = []
    ) {
        self.id = id
        self.title = title
        self.action = action
        self.subjects = subjects
        self.jurisdiction = jurisdiction
        self.issuer = issuer
        self.effective = effective
        self.enforcement = enforcement
        self.status = status
        self.sources = sources
        self.history = history
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, action, subjects, jurisdiction, issuer, effective, enforcement, status, sources, history
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? id
        action = try container.decode(PolicyAction.self, forKey: .action)
        subjects = try container.decodeIfPresent([PolicySubject].self, forKey: .subjects) ?? []
        jurisdiction = try container.decodeIfPresent(String.self, forKey: .jurisdiction)
        issuer = try container.decodeIfPresent(String.self, forKey: .issuer)
        effective = try container.decodeIfPresent(String.self, forKey: .effective)
        enforcement = try container.decodeIfPresent(String.self, forKey: .enforcement)
        status = try container.decodeIfPresent(RuleStatus.self, forKey: .status) ?? .active
        sources = try container.decodeIfPresent([RuleSource].self, forKey: .sources) ?? []
        history = try container.decodeIfPresent([RuleHistoryEntry].self, forKey: .history) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(action, forKey: .action)
        try container.encode(subjects, forKey: .subjects)
        try container.encodeIfPresent(jurisdiction, forKey: .jurisdiction)
        try container.encodeIfPresent(issuer, forKey: .issuer)
        try container.encodeIfPresent(effective, forKey: .effective)
        try container.encodeIfPresent(enforcement, forKey: .enforcement)
        try container.encode(status, forKey: .status)
        if !sources.isEmpty { try container.encode(sources, forKey: .sources) }
        if !history.isEmpty { try container.encode(history, forKey: .history) }
    }
}

/// An article a rule rests on.
public struct RuleSource: Codable, Equatable, Sendable {
    public var url: String
    public var published: String?
    public var quote: String?

    public init(url: String, published: String?, quote: String?) {
        self.url = url
        self.published = published
        self.quote = quote
    }
}

/// One reviewed change of a rule: which draft, what it changed, who approved it and when.
public struct RuleHistoryEntry: Codable, Equatable, Sendable {
    public var draft: String
    public var change: DraftChange
    public var approved: Date
    public var reviewer: String
    /// `field: old → new`, one line a field; empty for an added rule.
    public var changes: [String]

    public init(draft: String, change: DraftChange, approved: Date, reviewer: String, changes: [String]) {
        self.draft = draft
        self.change = change
        self.approved = approved
        self.reviewer = reviewer
        self.changes = changes
    }
}

extension RuleHistoryEntry {
    private enum CodingKeys: String, CodingKey { case draft, change, approved, reviewer, changes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        draft = try container.decode(String.self, forKey: .draft)
        change = try container.decode(DraftChange.self, forKey: .change)
        approved = try container.decode(Date.self, forKey: .approved)
        reviewer = try container.decode(String.self, forKey: .reviewer)
        changes = try container.decodeIfPresent([String].self, forKey: .changes) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(draft, forKey: .draft)
        try container.encode(change, forKey: .change)
        try container.encode(approved, forKey: .approved)
        try container.encode(reviewer, forKey: .reviewer)
        if !changes.isEmpty { try container.encode(changes, forKey: .changes) }
    }
}

extension PolicySubject {
    /// The subject in words, for rule titles.
    public var phrase: String {
        switch self {
        case .trading: "crypto trading"
        case .exchangeServices: "crypto exchange services"
        case .mining: "crypto mining"
        case .miningHardware: "mining hardware"
        case .cryptoSales: "crypto sales"
        case .payments: "crypto payments"
        case .custody: "crypto custody"
        case .lending: "crypto lending"
        case .staking: "staking"
        case .derivatives: "crypto derivatives"
        case .stablecoins: "stablecoins"
        case .tokenSales: "token sales"
        case .advertising: "crypto advertising"
        case .listing: "token listings"
        case .kycAML: "KYC/AML checks"
        case .taxation: "crypto taxation"
        case .cbdc: "a central bank digital currency"
        case .defi: "DeFi"
        case .nft: "NFTs"
        case .etf: "crypto ETFs"
        }
    }
}
