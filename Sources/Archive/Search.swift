import Extractor
import Foundation
import GRDB

/// What `herald search` looks for: words in an article's title, text and facts, optionally narrowed.
public struct SearchQuery: Sendable {
    /// FTS5 syntax (`ban AND mining`, `"mining hardware"`, `regulat*`); text that is not valid syntax is read as
    /// plain words, all of which must occur.
    public var text: String
    /// Only articles filed on or after this day.
    public var since: CalendarDay?
    /// Only articles naming an entity with this name, alias or code (case-insensitive).
    public var entity: String?
    /// Only articles naming an entity of this type (with `entity`: that entity has this type).
    public var type: EntityType?
    public var limit: Int

    public init(
        _ text: String, since: CalendarDay? = nil, entity: String? = nil, type: EntityType? = nil, limit: Int = 20
    ) {
        self.text = text
        self.since = since
        self.entity = entity
        self.type = type
        self.limit = limit
    }
}

/// An article that matches a search, best first.
public struct SearchHit: Codable, Equatable, Sendable {
    public var article: Int64
    public var url: String
    public var title: String?
    public var site: String?
    public var published: String?
    /// The passage that matched, the matching words in `[brackets]`.
    public var snippet: String

    public init(article: Int64, url: String, title: String?, site: String?, published: String?, snippet: String) {
        self.article = article
        self.url = url
        self.title = title
        self.site = site
        self.published = published
        self.snippet = snippet
    }
}

/// A search that cannot run.
public struct SearchError: Error, Equatable, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}

extension ArchiveStore {
    /// The articles that match a query, most relevant first (BM25).
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        guard let pattern = Self.pattern(for: query.text) else {
            throw SearchError(description: "the query \"\(query.text)\" has no words to search for")
        }
        var conditions = ["articleSearch MATCH ?"]
        var arguments: StatementArguments = [pattern]
        if let since = query.since {
            conditions.append("article.day >= ?")
            arguments += [since.description]
        }
        if query.entity != nil || query.type != nil {
            var entityConditions = ["entity.articleID = article.id"]
            if let name = query.entity {
                entityConditions.append("(entity.name = ? COLLATE NOCASE OR entity.code = ? COLLATE NOCASE)")
                arguments += [name, name]
            }
            if let type = query.type {
                entityConditions.append("entity.type = ?")
                arguments += [type.rawValue]
            }
            conditions.append("EXISTS (SELECT 1 FROM entity WHERE \(entityConditions.joined(separator: " AND ")))")
        }
        arguments += [max(1, query.limit)]
        let sql = """
            SELECT article.id, article.canonicalURL, article.title, article.site, article.published,
                   snippet(articleSearch, -1, '[', ']', '…', 16) AS snippet
            FROM articleSearch JOIN article ON article.id = articleSearch.rowid
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY bm25(articleSearch, 2.0, 1.0, 1.5), article.id
            LIMIT ?
            """
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                SearchHit(
                    article: row[0], url: row[1], title: row[2], site: row[3], published: row[4], snippet: row[5]
                )
            }
        }
    }

    /// The query as FTS5 syntax when it is valid, else as all of its words of two letters or more (so that
    /// `Harbor's lending` looks for `harbor` and `lending`).
    static func pattern(for text: String) -> FTS5Pattern? {
        if let raw = try? FTS5Pattern(rawPattern: text, allowedColumns: ["title", "text", "facts"]) { return raw }
        let words = text.split { !$0.isLetter && !$0.isNumber }.filter { $0.count > 1 }.map(String.init)
        return FTS5Pattern(matchingAllTokensIn: words.joined(separator: " "))
    }
}
