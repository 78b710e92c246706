import Foundation

/// A feed in the normalized JSON shape of the feed conformance corpus
/// (`../shared/conformance/feeds/README.md`), for comparing Herald with feedparser.
///
/// Text is plain (markup removed, whitespace collapsed), dates are `YYYY-MM-DDTHH:MM:SSZ`,
/// and every field is present, `null` when empty.
public struct NormalizedFeed: Sendable, Hashable, Codable {
    /// The format code (`rss20`, `atom10`, `json`, `unknown`, …).
    public var format: String
    /// Whether the document needed repairs or is not a feed.
    public var bozo: Bool
    /// Why the document is not a feed, when it is not.
    public var bozoException: String?
    /// Feed-level fields.
    public var feed: Header
    /// One per entry, in document order.
    public var entries: [Entry]

    /// The feed-level fields.
    public struct Header: Sendable, Hashable, Codable {
        public var title: String?
        public var link: String?
        public var updated: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(link, forKey: .link)
            try container.encode(updated, forKey: .updated)
        }
    }

    /// The fields of one entry.
    public struct Entry: Sendable, Hashable, Codable {
        public var id: String?
        public var title: String?
        public var link: String?
        public var published: String?
        public var updated: String?
        public var author: String?
        public var summaryText: String?
        public var contentText: String?

        enum CodingKeys: String, CodingKey {
            case id, title, link, published, updated, author
            case summaryText = "summary_text"
            case contentText = "content_text"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(link, forKey: .link)
            try container.encode(published, forKey: .published)
            try container.encode(updated, forKey: .updated)
            try container.encode(author, forKey: .author)
            try container.encode(summaryText, forKey: .summaryText)
            try container.encode(contentText, forKey: .contentText)
        }
    }

    enum CodingKeys: String, CodingKey {
        case format, bozo, feed, entries
        case bozoException = "bozo_exception"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(bozo, forKey: .bozo)
        try container.encode(bozoException, forKey: .bozoException)
        try container.encode(feed, forKey: .feed)
        try container.encode(entries, forKey: .entries)
    }

    /// Parses a document (with no base URL, as the corpus was generated) and normalizes it.
    public init(parsing bytes: [UInt8]) {
        do {
            self.init(try FeedParser.parse(bytes))
        } catch {
            self.init(format: "unknown", bozo: true, bozoException: error.description,
                      feed: Header(title: nil, link: nil, updated: nil), entries: [])
        }
    }

    /// Normalizes a parsed feed.
    public init(_ feed: Feed) {
        let isJSON = feed.format == .json
        self.init(
            format: feed.format.rawValue,
            bozo: !feed.isWellFormed,
            bozoException: nil,
            feed: Header(
                title: TextNormalization.collapsedOrNil(feed.title),
                link: Self.link(raw: feed.rawLink, resolved: feed.link),
                updated: feed.updated.map(FeedDate.iso8601)),
            entries: feed.entries.map { entry in
                let content = entry.content.map(\.plainText).flatMap { $0.isEmpty ? nil : $0 }
                var summary = entry.summary.map(\.plainText).flatMap { $0.isEmpty ? nil : $0 }
                if summary == nil, entry.summary == nil, !isJSON { summary = content }
                return Entry(
                    id: entry.guid.flatMap { $0.isEmpty ? nil : $0 },
                    title: TextNormalization.collapsedOrNil(entry.title),
                    link: Self.link(raw: entry.rawLink, resolved: entry.link),
                    published: entry.published.map(FeedDate.iso8601),
                    updated: entry.updated.map(FeedDate.iso8601),
                    author: TextNormalization.collapsedOrNil(entry.author),
                    summaryText: summary,
                    contentText: content)
            })
    }

    /// Creates a normalized feed from its parts.
    public init(format: String, bozo: Bool, bozoException: String?, feed: Header, entries: [Entry]) {
        self.format = format
        self.bozo = bozo
        self.bozoException = bozoException
        self.feed = feed
        self.entries = entries
    }

    /// The link as feedparser reports it: as written when absolute or when no base resolved it.
    private static func link(raw: String?, resolved: URL?) -> String? {
        guard let raw = raw?.trimmed, !raw.isEmpty else {
            return resolved?.absoluteString
        }
        if raw.contains("://") { return raw }
        return resolved?.absoluteString ?? raw
    }

    /// The JSON text, pretty-printed or on one line.
    public func json(pretty: Bool) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
