@_spi(StoreBackend) import Archive
import Extractor
import Foundation
import Generator
import Logging
import PostgresNIO

extension PostgresStore: IngestionStore {
    public func existingArticle(guid: String?, url: String?, canonicalURL: String?, contentHash: String?)
        async throws -> Int64? {
        try await connection { connection in
            try await Self.existingArticle(connection, guid: guid, url: url, canonicalURL: canonicalURL,
                                           contentHash: contentHash, logger: logger)
        }
    }

    /// Archives an article with its analysis and drafts in one transaction.
    ///
    /// Two workers may ingest the same article at once: the database's unique indexes on canonical URL and content
    /// hash let one insert win (`ON CONFLICT DO NOTHING`) and the other reports a duplicate. Drafting takes a
    /// transaction-level advisory lock per jurisdiction of the article's announcements (see
    /// ``draftingLocks(for:)``), so that the drafts it reads are not changed by another worker before it commits;
    /// should two workers still propose the same new draft id, or deadlock, the loser's transaction is run again
    /// and sees the winner's draft.
    public func ingest(_ article: ArticleRecord, analysis: TextAnalysis, rulebook: Rulebook,
                       generator: DraftGenerator, now: Date) async throws -> IngestOutcome {
        let stored = try StoredArticle(article)
        return try await transaction(attempts: 3) { connection in
            if let existing = try await Self.existingArticle(
                connection, guid: article.guid, url: article.url, canonicalURL: article.canonicalURL,
                contentHash: article.contentHash, logger: logger
            ) {
                return .duplicate(articleID: existing)
            }
            guard let articleID = try await Self.insert(stored, connection, logger: logger) else {
                let winner = try await connection.column(Int64.self, """
                    SELECT id FROM article WHERE canonicalURL = \(stored.canonicalURL)
                        OR contentHash = \(stored.contentHash) ORDER BY id LIMIT 1
                    """, logger: logger)
                guard let winner = winner.first else {
                    throw ArchiveError.unreadableRecord("article \(stored.canonicalURL) neither inserted nor found")
                }
                return .duplicate(articleID: winner)
            }
            try await Self.insertFacts(analysis, of: stored, articleID: articleID, connection, logger: logger)
            let source = DraftSource(article: String(articleID), url: stored.canonicalURL, site: stored.site,
                                     published: article.publishedDay)
            let result = try await Self.drafting(
                connection, source: source, analysis: analysis, rulebook: rulebook, generator: generator, now: now,
                logger: logger
            )
            for draft in result.drafts {
                try await Self.save(draft, isNew: result.createdIDs.contains(draft.id), connection, logger: logger)
            }
            for (position, announcement) in analysis.announcements.enumerated() {
                let subjects = announcement.subjects.map(\.rawValue).joined(separator: ",")
                try await connection.run("""
                    INSERT INTO announcement (articleID, position, actor, action, status, jurisdiction, effective,
                        enforcement, subjects, draftID)
                    VALUES (\(articleID), \(position), \(announcement.actor), \(announcement.action.rawValue),
                        \(announcement.status.rawValue), \(announcement.jurisdiction), \(announcement.effective),
                        \(announcement.enforcement), \(subjects), \(result.draftIDByAnnouncement[position]))
                    """, logger: logger)
            }
            try await Self.requestOutput(.day, key: stored.day, connection, logger: logger)
            let created = result.drafts.map(\.id).filter { result.createdIDs.contains($0) }
            let updated = result.drafts.map(\.id).filter { !result.createdIDs.contains($0) }
            return .archived(articleID: articleID, createdDrafts: created, updatedDrafts: updated)
        }
    }

    /// The same as ``ingest(_:analysis:rulebook:generator:now:)``: each article has a transaction of its own, so
    /// that workers do not hold each other's articles back.
    public func ingestInBatch(_ article: ArticleRecord, analysis: TextAnalysis, rulebook: Rulebook,
                              generator: DraftGenerator, now: Date) async throws -> IngestOutcome {
        try await ingest(article, analysis: analysis, rulebook: rulebook, generator: generator, now: now)
    }

    static func existingArticle(
        _ connection: PostgresConnection, guid: String?, url: String?, canonicalURL: String?, contentHash: String?,
        logger: Logger
    ) async throws -> Int64? {
        func given(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }
        let (guid, url, canonicalURL, contentHash) = (given(guid), given(url), given(canonicalURL), given(contentHash))
        guard guid != nil || url != nil || canonicalURL != nil || contentHash != nil else { return nil }
        // The same order of preference as the SQLite store: guid, then URL, canonical URL, text.
        return try await connection.column(Int64.self, """
            SELECT id FROM article
            WHERE guid = \(guid) OR url = \(url) OR canonicalURL = \(url) OR url = \(canonicalURL)
                OR canonicalURL = \(canonicalURL) OR contentHash = \(contentHash)
            ORDER BY CASE WHEN guid = \(guid) THEN 0 WHEN url = \(url) OR canonicalURL = \(url) THEN 1
                WHEN url = \(canonicalURL) OR canonicalURL = \(canonicalURL) THEN 2 ELSE 3 END, id
            LIMIT 1
            """, logger: logger).first
    }

    /// Inserts the article row; `nil` when another worker's row has its canonical URL or content hash.
    private static func insert(_ article: StoredArticle, _ connection: PostgresConnection, logger: Logger)
        async throws -> Int64? {
        try await connection.column(Int64.self, """
            INSERT INTO article (guid, url, canonicalURL, contentHash, title, site, published, day, feedURL,
                fetchedAt, rawPage, rawPageEncoding, text, metadata)
            VALUES (\(article.guid), \(article.url), \(article.canonicalURL), \(article.contentHash),
                \(article.title), \(article.site), \(article.published), \(article.day), \(article.feedURL),
                \(article.fetchedAt), \(article.rawPage), \(article.rawPageEncoding), \(article.text),
                \(article.metadata))
            ON CONFLICT DO NOTHING
            RETURNING id
            """, logger: logger).first
    }

    /// Stores what the analysis found: the JSON, the search document, and the entities with their aliases.
    private static func insertFacts(_ analysis: TextAnalysis, of article: StoredArticle, articleID: Int64,
                                    _ connection: PostgresConnection, logger: Logger) async throws {
        let json = try StoredJSON.encode(analysis)
        try await connection.run(
            "INSERT INTO extraction (articleID, analysis) VALUES (\(articleID), \(json))", logger: logger
        )
        try await insertSearchDocument(articleID: articleID, title: article.title, text: article.text,
                                       facts: analysis.searchableFacts, connection, logger: logger)
        var names: [String] = [], types: [String] = [], codes: [String] = []
        for entity in analysis.entities {
            for name in [entity.name] + entity.aliases.filter({ $0 != entity.name }) {
                names.append(name)
                types.append(entity.type.rawValue)
                codes.append(entity.code ?? "")
            }
        }
        guard !names.isEmpty else { return }
        try await connection.run("""
            INSERT INTO entity (articleID, name, type, code)
            SELECT \(articleID), name, type, NULLIF(code, '')
            FROM unnest(\(names)::text[], \(types)::text[], \(codes)::text[]) AS given(name, type, code)
            """, logger: logger)
    }

    /// Files a file for writing, or counts one more request for it.
    static func requestOutput(_ kind: OutputKind, key: String, _ connection: PostgresConnection, logger: Logger)
        async throws {
        try await connection.run("""
            INSERT INTO outputBacklog (kind, key, generation) VALUES (\(kind.rawValue), \(key), 0)
            ON CONFLICT (kind, key) DO UPDATE SET generation = outputBacklog.generation + 1
            """, logger: logger)
    }
}
