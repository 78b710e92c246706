import Extractor

/// The article a draft's evidence comes from, as the archive knows it.
public struct DraftSource: Sendable {
    /// The archive's identifier of the article.
    public var article: String
    /// The canonical URL.
    public var url: String
    public var site: String?
    public var published: CalendarDay?

    public init(article: String, url: String, site: String?, published: CalendarDay?) {
        self.article = article
        self.url = url
        self.site = site
        self.published = published
    }
}

extension DraftSource {
    /// The evidence an article gives for one of its announcements: each supporting statement, quoted with its
    /// offsets. An announcement without a valid statement index still counts as one piece of evidence, unquoted.
    func evidence(for announcement: Announcement, in analysis: TextAnalysis) -> [Evidence] {
        let statements = announcement.statementIndices
            .filter { analysis.statements.indices.contains($0) }
            .map { analysis.statements[$0] }
        let published = published?.description
        guard !statements.isEmpty else {
            return [Evidence(
                article: article, url: url, site: site, published: published, quote: "", start: nil, end: nil,
                status: announcement.status
            )]
        }
        return statements.map {
            Evidence(
                article: article, url: url, site: site, published: published, quote: $0.text,
                // (A headline's statement lies above the main text, at negative offsets: it has no place in it.)
                start: $0.start >= 0 ? $0.start : nil, end: $0.start >= 0 ? $0.end : nil, status: $0.status
            )
        }
    }
}
