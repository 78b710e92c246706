/// One hand-annotated article in the format of SCHEMA.md section 1.
public struct GoldCase: Decodable, Sendable {
    public var id: String
    public var source: GoldSource
    public var text: String
    public var isAnnouncement: Bool
    public var entities: [GoldEntity]
    public var dates: [GoldDate]
    public var statements: [GoldStatement]
    public var announcements: [GoldAnnouncement]

    private enum CodingKeys: String, CodingKey {
        case id, source, text, entities, dates, statements, announcements
        case isAnnouncement = "is_announcement"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? ""
        source = try container.decode(GoldSource.self, forKey: .source)
        text = try container.decode(String.self, forKey: .text)
        entities = try container.decodeIfPresent([GoldEntity].self, forKey: .entities) ?? []
        dates = try container.decodeIfPresent([GoldDate].self, forKey: .dates) ?? []
        statements = try container.decodeIfPresent([GoldStatement].self, forKey: .statements) ?? []
        announcements = try container.decodeIfPresent([GoldAnnouncement].self, forKey: .announcements) ?? []
        isAnnouncement = try container.decodeIfPresent(Bool.self, forKey: .isAnnouncement) ?? !announcements.isEmpty
    }

    /// The publication day, read from the start of `source.published` (a day or an instant).
    public var publishedDay: CalendarDay? {
        guard let published = source.published else { return nil }
        return CalendarDay(iso: published.prefix(10))
    }
}

/// Where a gold article comes from.
public struct GoldSource: Decodable, Sendable {
    public var url: String?
    public var site: String?
    public var title: String?
    public var published: String?
}

/// A gold entity: a name, its type and the other surface forms of the same thing.
public struct GoldEntity: Decodable, Sendable {
    public var name: String
    public var type: String
    public var code: String?
    public var aliases: [String]
    public var optional: Bool

    private enum CodingKeys: String, CodingKey { case name, type, code, aliases, optional }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        type = try container.decode(String.self, forKey: .type)
        code = try container.decodeIfPresent(String.self, forKey: .code)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
    }
}

/// A gold temporal expression: its text and ISO value.
public struct GoldDate: Decodable, Sendable {
    public var text: String
    public var value: String
    public var optional: Bool

    private enum CodingKeys: String, CodingKey { case text, value, optional }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        value = try container.decode(String.self, forKey: .value)
        optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
    }
}

/// A gold policy statement, identified by a distinctive quote of its sentence.
public struct GoldStatement: Decodable, Sendable {
    public var quote: String
    public var actor: String?
    public var action: String
    public var status: String
    public var object: String?
    public var effective: String?
    public var optional: Bool

    private enum CodingKeys: String, CodingKey { case quote, actor, action, status, object, effective, optional }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        quote = try container.decode(String.self, forKey: .quote)
        actor = try container.decodeIfPresent(String.self, forKey: .actor)
        action = try container.decode(String.self, forKey: .action)
        status = try container.decode(String.self, forKey: .status)
        object = try container.decodeIfPresent(String.self, forKey: .object)
        effective = try container.decodeIfPresent(String.self, forKey: .effective)
        optional = try container.decodeIfPresent(Bool.self, forKey: .optional) ?? false
    }
}

/// A gold article-level announcement.
public struct GoldAnnouncement: Decodable, Sendable {
    public var actor: String?
    public var action: String
    public var status: String
    public var subjects: [String]
    public var jurisdiction: String?
    public var effective: String?
    public var enforcement: String?

    private enum CodingKeys: String, CodingKey { case actor, action, status, subjects, jurisdiction, effective, enforcement }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        actor = try container.decodeIfPresent(String.self, forKey: .actor)
        action = try container.decode(String.self, forKey: .action)
        status = try container.decode(String.self, forKey: .status)
        subjects = try container.decodeIfPresent([String].self, forKey: .subjects) ?? []
        jurisdiction = try container.decodeIfPresent(String.self, forKey: .jurisdiction)
        effective = try container.decodeIfPresent(String.self, forKey: .effective)
        enforcement = try container.decodeIfPresent(String.self, forKey: .enforcement)
    }
}
