@_spi(StoreBackend) import Archive
import Extractor
import Generator
import Logging
import PostgresNIO

/// Drafts' evidence in rows of its own, appended as reports arrive, as in the SQLite store (migration v3): a
/// draft's body is stored without its evidence and put back together when read.
extension PostgresStore {
    /// Drafts from their stored bodies, with their evidence put back, in the bodies' order.
    static func assembled(_ rows: [(id: String, body: String)], _ connection: PostgresConnection, logger: Logger)
        async throws -> [RuleDraft] {
        guard !rows.isEmpty else { return [] }
        var evidence: [String: [Evidence]] = [:]
        let ids = rows.map(\.id)
        let pieces = try await connection.query("""
            SELECT draftID, article, url, site, published, quote, quoteStart, quoteEnd, status FROM evidence
            WHERE draftID = ANY(\(ids)::text[]) ORDER BY id
            """, logger: logger)
        for try await (draftID, article, url, site, published, quote, start, end, status) in pieces.decode(
            (String, String, String, String?, String?, String, Int?, Int?, String).self
        ) {
            guard let status = PolicyStatus(rawValue: status) else {
                throw ArchiveError.unreadableRecord("evidence of draft \(draftID) with the status '\(status)'")
            }
            evidence[draftID, default: []].append(Evidence(
                article: article, url: url, site: site, published: published, quote: quote, start: start, end: end,
                status: status
            ))
        }
        return try rows.map { row in
            var draft = try StoredJSON.decode(RuleDraft.self, from: row.body)
            draft.evidence = evidence[row.id] ?? []
            return draft
        }
    }

    /// Stores the pieces of a draft's evidence the store does not have yet: those past the number it holds.
    static func appendEvidence(of draft: RuleDraft, _ connection: PostgresConnection, logger: Logger) async throws {
        let stored = try await connection.column(
            Int.self, "SELECT count(*) FROM evidence WHERE draftID = \(draft.id)", logger: logger
        ).first ?? 0
        guard stored <= draft.evidence.count else { throw ArchiveError.evidenceRemoved(draftID: draft.id) }
        for piece in draft.evidence.dropFirst(stored) {
            try await connection.run("""
                INSERT INTO evidence (draftID, article, url, site, published, quote, quoteStart, quoteEnd, status)
                VALUES (\(draft.id), \(piece.article), \(piece.url), \(piece.site), \(piece.published), \(piece.quote),
                    \(piece.start), \(piece.end), \(piece.status.rawValue))
                """, logger: logger)
        }
    }
}
