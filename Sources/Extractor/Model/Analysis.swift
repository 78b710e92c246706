/// What the language analysis reads in an article's text: the facts of SCHEMA.md section 2.
///
/// Offsets (`start`, `end`) count Unicode scalars of the analysed text; what a page's headline, read above its main
/// text, names has negative offsets.
public struct TextAnalysis: Codable, Equatable, Sendable {
    public var entities: [Entity]
    public var dates: [TemporalExpression]
    public var statements: [PolicyStatement]
    public var announcements: [Announcement]

    public init(
        entities: [Entity] = [],
        dates: [TemporalExpression] = [],
        statements: [PolicyStatement] = [],
        announcements: [Announcement] = []
    ) {
        self.entities = entities
        self.dates = dates
        self.statements = statements
        self.announcements = announcements
    }
}

/// A span of text, in Unicode scalar offsets: `start` inclusive, `end` exclusive.
public struct TextSpan: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// The kinds of named things the analysis recognizes.
public enum EntityType: String, Codable, CaseIterable, Sendable {
    case person, organization, authority, location, asset
}

/// One real-world thing named in the text, with every place it is mentioned.
public struct Entity: Codable, Equatable, Sendable {
    /// The fullest form of the name in the text.
    public var name: String
    public var type: EntityType
    /// ISO 3166-1 alpha-2 code for a country (`EU` for the European Union), ticker for an asset.
    public var code: String?
    /// Other surface forms of the same thing in the text (abbreviations, short forms).
    public var aliases: [String]
    public var mentions: [TextSpan]

    public init(name: String, type: EntityType, code: String? = nil, aliases: [String] = [], mentions: [TextSpan] = []) {
        self.name = name
        self.type = type
        self.code = code
        self.aliases = aliases
        self.mentions = mentions
    }

    private enum CodingKeys: String, CodingKey { case name, type, code, aliases, mentions }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(EntityType.self, forKey: .type)
        code = try container.decodeIfPresent(String.self, forKey: .code)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        mentions = try container.decodeIfPresent([TextSpan].self, forKey: .mentions) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(code, forKey: .code)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(mentions, forKey: .mentions)
    }
}

/// The part a date plays in a policy.
public enum TemporalRole: String, Codable, Sendable {
    /// When a measure starts.
    case effective
    /// A deadline, or the end of a grace period or of a measure.
    case deadline
    /// When something already happened.
    case past
    /// Any other mention.
    case other
}

/// A temporal expression, normalized to an ISO 8601 value at its own precision
/// (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-Www`, `YYYY-Qn`).
public struct TemporalExpression: Codable, Equatable, Sendable {
    public var text: String
    public var value: String
    public var start: Int
    public var end: Int
    public var role: TemporalRole

    public init(text: String, value: String, start: Int, end: Int, role: TemporalRole = .other) {
        self.text = text
        self.value = value
        self.start = start
        self.end = end
        self.role = role
    }
}

/// What a policy does.
public enum PolicyAction: String, Codable, CaseIterable, Sendable {
    case prohibit, restrict, require, permit, enforce, warn
}

/// How settled a policy is.
public enum PolicyStatus: String, Codable, CaseIterable, Sendable {
    case inEffect = "in_effect"
    case announced, proposed, considering
}

/// The areas of crypto activity a rule can cover.
public enum PolicySubject: String, Codable, CaseIterable, Sendable {
    case trading
    case exchangeServices = "exchange-services"
    case mining
    case miningHardware = "mining-hardware"
    case cryptoSales = "crypto-sales"
    case payments, custody, lending, staking, derivatives, stablecoins
    case tokenSales = "token-sales"
    case advertising, listing
    case kycAML = "kyc-aml"
    case taxation, cbdc, defi, nft, etf
}

/// A sentence that states a policy, rule or enforcement act.
public struct PolicyStatement: Codable, Equatable, Sendable {
    /// The whole sentence.
    public var text: String
    public var start: Int
    public var end: Int
    /// The name of the entity that issues or applies the policy.
    public var actor: String?
    public var action: PolicyAction
    public var status: PolicyStatus
    /// What the policy is about, in the sentence's words.
    public var object: String
    /// ISO value of the measure's start, or of its deadline for a grace period.
    public var effective: String?

    public init(
        text: String, start: Int, end: Int, actor: String?, action: PolicyAction,
        status: PolicyStatus, object: String, effective: String?
    ) {
        self.text = text
        self.start = start
        self.end = end
        self.actor = actor
        self.action = action
        self.status = status
        self.object = object
        self.effective = effective
    }

    private enum CodingKeys: String, CodingKey { case text, start, end, actor, action, status, object, effective }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(actor, forKey: .actor)
        try container.encode(action, forKey: .action)
        try container.encode(status, forKey: .status)
        try container.encode(object, forKey: .object)
        try container.encode(effective, forKey: .effective)
    }
}

/// An article-level policy change that a rule could be drafted from.
public struct Announcement: Codable, Equatable, Sendable {
    public var actor: String?
    public var action: PolicyAction
    public var status: PolicyStatus
    public var subjects: [PolicySubject]
    /// ISO 3166-1 alpha-2 code, `EU` or `GLOBAL`.
    public var jurisdiction: String?
    /// When the main measure starts.
    public var effective: String?
    /// When a grace period ends and enforcement begins.
    public var enforcement: String?
    /// Indices into the analysis's statements that support this announcement.
    public var statementIndices: [Int]

    public init(
        actor: String?, action: PolicyAction, status: PolicyStatus, subjects: [PolicySubject],
        jurisdiction: String?, effective: String?, enforcement: String?, statementIndices: [Int] = []
    ) {
        self.actor = actor
        self.action = action
        self.status = status
        self.subjects = subjects
        self.jurisdiction = jurisdiction
        self.effective = effective
        self.enforcement = enforcement
        self.statementIndices = statementIndices
    }

    private enum CodingKeys: String, CodingKey {
        case actor, action, status, subjects, jurisdiction, effective, enforcement
        case statementIndices = "statements"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        actor = try container.decodeIfPresent(String.self, forKey: .actor)
        action = try container.decode(PolicyAction.self, forKey: .action)
        status = try container.decode(PolicyStatus.self, forKey: .status)
        subjects = try container.decodeIfPresent([PolicySubject].self, forKey: .subjects) ?? []
        jurisdiction = try container.decodeIfPresent(String.self, forKey: .jurisdiction)
        effective = try container.decodeIfPresent(String.self, forKey: .effective)
        enforcement = try container.decodeIfPresent(String.self, forKey: .enforcement)
        statementIndices = try container.decodeIfPresent([Int].self, forKey: .statementIndices) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(actor, forKey: .actor)
        try container.encode(action, forKey: .action)
        try container.encode(status, forKey: .status)
        try container.encode(subjects, forKey: .subjects)
        try container.encode(jurisdiction, forKey: .jurisdiction)
        try container.encode(effective, forKey: .effective)
        try container.encode(enforcement, forKey: .enforcement)
        try container.encode(statementIndices, forKey: .statementIndices)
    }
}
