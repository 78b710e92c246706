/// An article page reduced to its main text and metadata.
public struct ArticlePage: Codable, Equatable, Sendable {
    /// The headline, without a site-name suffix.
    public var title: String?
    public var authors: [String]
    /// Publication date, as ISO 8601 (a day, or an instant when the page gives one).
    public var published: String?
    public var modified: String?
    public var siteName: String?
    public var canonicalURL: String?
    /// BCP 47 language tag, such as `en`.
    public var language: String?
    public var description: String?
    public var tags: [String]
    /// The main text: headings, paragraphs, list items, quotes and table rows in reading order,
    /// one blank line between blocks.
    public var text: String
    /// Where each metadata field came from (`"title": "og:title"`), for `herald extract --explain`.
    public var provenance: [String: String]

    public init(
        title: String? = nil, authors: [String] = [], published: String? = nil, modified: String? = nil,
        siteName: String? = nil, canonicalURL: String? = nil, language: String? = nil,
        description: String? = nil, tags: [String] = [], text: String = "", provenance: [String: String] = [:]
    ) {
        self.title = title
        self.authors = authors
        self.published = published
        self.modified = modified
        self.siteName = siteName
        self.canonicalURL = canonicalURL
        self.language = language
        self.description = description
        self.tags = tags
        self.text = text
        self.provenance = provenance
    }
}
