@_spi(StoreBackend) import Archive
import Extractor
import Foundation
import Generator
import PostgresNIO

extension PostgresStore {
    /// Writes the files the database changed since they were last written (`archive/<day>.jsonl`,
    /// `drafts/<id>.yaml`), each whole from what the database holds, and crosses each off once written unless it
    /// was requested again meanwhile. Several workers sharing an output folder write the same content.
    @discardableResult
    public func writePendingOutputs(to output: URL) async throws -> [String] {
        let backlog = try await connection { connection in
            var entries: [(kind: String, key: String, generation: Int64)] = []
            let rows = try await connection.query(
                "SELECT kind, key, generation FROM outputBacklog ORDER BY kind, key", logger: logger
            )
            for try await entry in rows.decode((String, String, Int64).self) { entries.append(entry) }
            return entries
        }
        var written: [String] = []
        for entry in backlog {
            switch OutputKind(rawValue: entry.kind) {
            case .day:
                guard let day = CalendarDay(iso: entry.key) else { break }
                let lines = try await exportedArticles(since: day, until: day).map { try $0.jsonLine() + "\n" }
                let path = OutputKind.day.path(key: entry.key)
                try AtomicFile.write(lines.joined(), to: output.appendingPathComponent(path))
                written.append(path)
            case .draft:
                guard let draft = try await draft(id: entry.key) else { break }
                let path = OutputKind.draft.path(key: entry.key)
                try AtomicFile.write(try draft.yaml(), to: output.appendingPathComponent(path))
                written.append(path)
            case nil:
                break
            }
            try await connection { connection in
                try await connection.run("""
                    DELETE FROM outputBacklog
                    WHERE kind = \(entry.kind) AND key = \(entry.key) AND generation = \(entry.generation)
                    """, logger: logger)
            }
        }
        return written
    }

    /// The archived articles filed between two days (both included), oldest first, with their facts.
    public func exportedArticles(since: CalendarDay? = nil, until: CalendarDay? = nil) async throws
        -> [ExportedArticle] {
        var articles: [ExportedArticle] = []
        try await forEachExportedArticle(since: since, until: until) { articles.append($0) }
        return articles
    }

    /// Calls `body` with each archived article filed between two days (both included), oldest first, as the rows
    /// arrive, so that a large archive streams.
    public func forEachExportedArticle(
        since: CalendarDay? = nil, until: CalendarDay? = nil, _ body: (ExportedArticle) throws -> Void
    ) async throws {
        let since = since?.description ?? "0000-00-00", until = until?.description ?? "9999-99-99"
        try await connection { connection in
            let rows = try await connection.query("""
                SELECT \(unescaped: Self.articleColumns), e.analysis
                FROM article a LEFT JOIN extraction e ON e.articleID = a.id
                WHERE a.day >= \(since) AND a.day <= \(until)
                ORDER BY a.day, a.id
                """, logger: logger)
            for try await row in rows {
                let (article, facts) = try Self.articleWithFacts(row)
                try body(try ExportedArticle(article, facts: facts))
            }
        }
    }

    /// The columns of `article a` that ``articleWithFacts(_:)`` reads, before the analysis.
    static let articleColumns = """
        a.id, a.guid, a.url, a.canonicalURL, a.contentHash, a.title, a.site, a.published, a.day, a.feedURL, \
        a.fetchedAt, a.text, a.metadata
        """

    /// An article (without its raw page) and its analysis from a row of ``articleColumns`` and the analysis JSON.
    static func articleWithFacts(_ row: PostgresRow) throws -> (article: StoredArticle, analysis: TextAnalysis) {
        let (id, guid, url, canonical, hash, title, site, published, day, feed, fetchedAt, text, metadata,
             analysis) = try row.decode(
            (Int64, String?, String, String, String, String?, String?, String?, String, String?, Date, String,
             String, String?).self
        )
        let article = StoredArticle(
            id: id, guid: guid, url: url, canonicalURL: canonical, contentHash: hash, title: title, site: site,
            published: published, day: day, feedURL: feed, fetchedAt: fetchedAt, text: text, metadata: metadata
        )
        let facts = try analysis.map { try StoredJSON.decode(TextAnalysis.self, from: $0) } ?? TextAnalysis()
        return (article, facts)
    }

    /// The draft with an id.
    public func draft(id: String) async throws -> RuleDraft? {
        try await drafts(selectedBy: "SELECT id, body FROM draft WHERE id = \(id)").first
    }

    /// The drafts whose id and body a query selects, with their evidence.
    func drafts(selectedBy query: PostgresQuery) async throws -> [RuleDraft] {
        try await connection { connection in
            var rows: [(id: String, body: String)] = []
            for try await row in try await connection.query(query, logger: logger).decode((String, String).self) {
                rows.append(row)
            }
            return try await Self.assembled(rows, connection, logger: logger)
        }
    }
}
