import Extractor
import Foundation
import GRDB

/// One line of `herald export` and of `archive/YYYY-MM-DD.jsonl`: an article with its facts, in the fields
/// of SCHEMA.md and the page metadata `herald extract` prints.
public struct ExportedArticle: Codable, Equatable, Sendable {
    /// The canonical URL.
    public var url: String
    public var title: String?
    public var site: String?
    /// The publication day (`YYYY-MM-DD`), or the day the article was fetched when the page gives none.
    public var published: String
    public var authors: [String]
    public var modified: String?
    public var language: String?
    public var description: String?
    public var tags: [String]
    public var text: String
    public var entities: [Entity]
    public var dates: [TemporalExpression]
    public var statements: [PolicyStatement]
    public var announcements: [Announcement]

    /// The JSON Lines line, without its line feed.
    public func jsonLine() throws -> String {
        try StoredJSON.encode(self)
    }

    private enum CodingKeys: String, CodingKey {
        case url, title, site, published, authors, modified, language, description, tags, text
        case entities, dates, statements, announcements
    }

    /// Encodes every field, absent values as `null`, as `herald extract` does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(site, forKey: .site)
        try container.encode(published, forKey: .published)
        try container.encode(authors, forKey: .authors)
        try container.encode(modified, forKey: .modified)
        try container.encode(language, forKey: .language)
        try container.encode(description, forKey: .description)
        try container.encode(tags, forKey: .tags)
        try container.encode(text, forKey: .text)
        try container.encode(entities, forKey: .entities)
        try container.encode(dates, forKey: .dates)
        try container.encode(statements, forKey: .statements)
        try container.encode(announcements, forKey: .announcements)
    }
}

extension ArchiveStore {
    /// Calls `body` with each archived article filed between two days (both included), oldest first, reading
    /// one at a time so that a large archive streams.
    public func forEachExportedArticle(
        since: CalendarDay? = nil, until: CalendarDay? = nil, _ body: (ExportedArticle) throws -> Void
    ) throws {
        try read { db in
            var request = StoredArticle.all()
            if let since { request = request.filter(Column("day") >= since.description) }
            if let until { request = request.filter(Column("day") <= until.description) }
            let cursor = try request.order(Column("day"), Column("id")).fetchCursor(db)
            while let article = try cursor.next() {
                try body(try Self.exported(article, db))
            }
        }
    }

    /// The archived articles filed between two days, oldest first.
    public func exportedArticles(since: CalendarDay? = nil, until: CalendarDay? = nil) throws -> [ExportedArticle] {
        var articles: [ExportedArticle] = []
        try forEachExportedArticle(since: since, until: until) { articles.append($0) }
        return articles
    }

    /// An archived article with its text and analysis.
    public func article(id: Int64) throws -> (article: StoredArticle, analysis: TextAnalysis)? {
        try read { db in
            guard let article = try StoredArticle.fetchOne(db, key: id) else { return nil }
            return (article, try Self.analysis(db, articleID: id))
        }
    }

    static func analysis(_ db: Database, articleID: Int64) throws -> TextAnalysis {
        guard let row = try ExtractionRow.fetchOne(db, key: articleID) else { return TextAnalysis() }
        return try StoredJSON.decode(TextAnalysis.self, from: row.analysis)
    }

    static func exported(_ article: StoredArticle, _ db: Database) throws -> ExportedArticle {
        let facts = try article.id.map { try Self.analysis(db, articleID: $0) } ?? TextAnalysis()
        return try ExportedArticle(article, facts: facts)
    }
}

extension ExportedArticle {
    /// The line of an archived article and its analysis; every store backend exports through it.
    @_spi(StoreBackend)
    public init(_ article: StoredArticle, facts: TextAnalysis) throws {
        let page = try StoredJSON.decode(ArticlePage.self, from: article.metadata)
        self.init(
            url: article.canonicalURL, title: article.title, site: article.site, published: article.day,
            authors: page.authors, modified: page.modified, language: page.language,
            description: page.description, tags: page.tags, text: article.text, entities: facts.entities,
            dates: facts.dates, statements: facts.statements, announcements: facts.announcements
        )
    }
}
