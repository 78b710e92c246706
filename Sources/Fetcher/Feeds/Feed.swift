import Foundation

/// A feed as Herald understands it, whatever format it arrived in.
///
/// Produced by ``FeedParser``. Every field is optional because real feeds omit anything;
/// dates that could not be parsed are absent rather than guessed.
public struct Feed: Sendable, Hashable, Codable {
    /// The format the document was written in.
    public var format: FeedFormat
    /// Whether the document was read without repairs (well-formed, correctly labelled encoding).
    /// `false` marks a feed that needed recovery; its entries are still usable.
    public var isWellFormed: Bool
    /// The feed's title, as plain text.
    public var title: String?
    /// The feed's web site, resolved against the document's base.
    public var link: URL?
    /// The web site's address exactly as written, also when it could not be resolved.
    public var rawLink: String?
    /// When the feed says it last changed.
    public var updated: Date?
    /// The feed's minimum refresh interval when it declares one (RSS `<ttl>`, `sy:updatePeriod`).
    public var timeToLive: TimeInterval?
    /// The items, in document order.
    public var entries: [FeedEntry]

    /// Creates a feed.
    public init(
        format: FeedFormat, isWellFormed: Bool = true, title: String? = nil, link: URL? = nil,
        rawLink: String? = nil, updated: Date? = nil, timeToLive: TimeInterval? = nil, entries: [FeedEntry] = []
    ) {
        self.format = format
        self.isWellFormed = isWellFormed
        self.title = title
        self.link = link
        self.rawLink = rawLink
        self.updated = updated
        self.timeToLive = timeToLive
        self.entries = entries
    }
}

/// One item of a feed: an article announced by its publisher.
public struct FeedEntry: Sendable, Hashable, Codable {
    /// A stable identifier, never empty: the publisher's GUID when it has one (made unique within
    /// the feed when the publisher repeats it), otherwise a hash of the link, title and date.
    public var id: String
    /// The identifier exactly as the publisher wrote it (`<guid>`, `<id>`, `rdf:about`), if any.
    public var guid: String?
    /// The title, as plain text.
    public var title: String?
    /// The article's address, resolved against `xml:base` and the feed URL.
    public var link: URL?
    /// The link exactly as written when it could not be made into a URL, or when no base was known.
    public var rawLink: String?
    /// When the item was first published.
    public var published: Date?
    /// When the item was last changed.
    public var updated: Date?
    /// The first author's name (or address, when no name is given).
    public var author: String?
    /// A short description, usually HTML.
    public var summary: FeedText?
    /// The full content, when the feed carries it (`content:encoded`, Atom `<content>`).
    public var content: FeedText?
    /// Attached media (podcast audio, images).
    public var enclosures: [Enclosure]

    /// Creates an entry.
    public init(
        id: String, guid: String? = nil, title: String? = nil, link: URL? = nil, rawLink: String? = nil,
        published: Date? = nil, updated: Date? = nil, author: String? = nil,
        summary: FeedText? = nil, content: FeedText? = nil, enclosures: [Enclosure] = []
    ) {
        self.id = id
        self.guid = guid
        self.title = title
        self.link = link
        self.rawLink = rawLink
        self.published = published
        self.updated = updated
        self.author = author
        self.summary = summary
        self.content = content
        self.enclosures = enclosures
    }

    /// Whether the feed carries only a summary, so that the article page is worth fetching.
    public var needsFullPage: Bool {
        guard let content else { return true }
        return content.plainText.count < 400
    }
}

/// A piece of text from a feed with the type its publisher gave it.
public struct FeedText: Sendable, Hashable, Codable {
    /// How the value is to be read.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Plain text: markup characters are literal.
        case text
        /// An HTML fragment.
        case html
        /// An XHTML fragment, serialized.
        case xhtml
    }

    /// The value, entities of the feed format already decoded.
    public var value: String
    /// How to read ``value``.
    public var kind: Kind

    /// Creates a text value.
    public init(_ value: String, kind: Kind) {
        self.value = value
        self.kind = kind
    }

    /// The text with markup removed and whitespace collapsed; empty when nothing remains.
    public var plainText: String {
        switch kind {
        case .text: TextNormalization.collapseWhitespace(value)
        case .html, .xhtml: HTMLText.plainText(fromHTML: value)
        }
    }
}

/// A media file attached to an entry.
public struct Enclosure: Sendable, Hashable, Codable {
    /// Where the file is.
    public var url: URL
    /// Its media type, when declared.
    public var mediaType: String?
    /// Its size in bytes, when declared.
    public var length: Int?

    /// Creates an enclosure.
    public init(url: URL, mediaType: String? = nil, length: Int? = nil) {
        self.url = url
        self.mediaType = mediaType
        self.length = length
    }
}

/// The format a feed document was written in, with feedparser's version codes.
public enum FeedFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case rss090, rss091n, rss091u, rss092, rss093, rss094, rss20
    /// An RSS root with a missing or unknown version.
    case rss
    case rss10
    case atom03, atom10
    /// An Atom root with an unknown version.
    case atom
    case json
    /// Not recognized as a feed.
    case unknown
}
