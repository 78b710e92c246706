import Archive
import Extractor
import Foundation
import Logging
import PostgresNIO

/// Full-text search on PostgreSQL (migration v5): each article's title, facts and text in a `tsvector` with a GIN
/// index, weighted as the SQLite store's BM25 weighs its columns, under a configuration that stems English words
/// and drops none (SQLite's porter tokenizer keeps stop words too). Queries use the SQLite store's syntax
/// (``SearchPattern``).
extension PostgresStore {
    /// How many characters of an article's text and facts are indexed: a `tsvector` holds at most 1 MB, which
    /// text this long cannot exceed whatever its words, and news articles are far shorter.
    static let indexedCharacters = 100_000

    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        guard let pattern = SearchPattern(query.text) else {
            throw SearchError(description: "the query \"\(query.text)\" has no words to search for")
        }
        let since = query.since?.description
        let entity = query.entity, type = query.type?.rawValue
        let limit = max(1, query.limit)
        // Ranks and limits first, then makes snippets for the few articles kept: the passage is taken from the
        // first of text, title and facts that matches the whole query, as SQLite takes it from the best column.
        // The rank weighs the columns as SQLite's BM25 does (title 2, facts 1.5, text 1) and divides by the
        // document's length: on the sample, 18 of 19 queries put the same article first as SQLite, 12 of 19 the
        // same order (`ts_rank` without the length: 14 and 9).
        return try await connection { connection in
            let rows = try await connection.query("""
                WITH matched AS (
                    SELECT s.articleID, s.facts, q.query,
                        ts_rank_cd('{0.5, 0.1, 0.75, 1.0}', s.document, q.query, 2) AS rank
                    FROM articleSearch s
                    CROSS JOIN to_tsquery('herald_search', \(pattern.tsquery)) AS q(query)
                    JOIN article a ON a.id = s.articleID
                    WHERE s.document @@ q.query
                        AND (\(since)::text IS NULL OR a.day >= \(since))
                        AND ((\(entity)::text IS NULL AND \(type)::text IS NULL) OR EXISTS (
                            SELECT 1 FROM entity e WHERE e.articleID = a.id
                                AND (\(entity)::text IS NULL OR lower(e.name) = lower(\(entity))
                                    OR lower(e.code) = lower(\(entity)))
                                AND (\(type)::text IS NULL OR e.type = \(type))))
                    ORDER BY rank DESC, s.articleID
                    LIMIT \(limit)
                )
                SELECT a.id, a.canonicalURL, a.title, a.site, a.published,
                    ts_headline('herald_search', CASE
                        WHEN to_tsvector('herald_search', a.text) @@ m.query THEN a.text
                        WHEN setweight(to_tsvector('herald_search', coalesce(a.title, '')), 'A') @@ m.query
                            THEN a.title
                        WHEN setweight(to_tsvector('herald_search', m.facts), 'B') @@ m.query THEN m.facts
                        ELSE coalesce(a.title || ' ', '') || a.text END,
                        m.query, 'StartSel=[, StopSel=], MaxWords=16, MinWords=8, MaxFragments=1')
                FROM matched m JOIN article a ON a.id = m.articleID
                ORDER BY m.rank DESC, m.articleID
                """, logger: logger)
            var hits: [SearchHit] = []
            for try await (id, url, title, site, published, snippet) in rows.decode(
                (Int64, String, String?, String?, String?, String).self
            ) {
                hits.append(SearchHit(article: id, url: url, title: title, site: site, published: published,
                                      snippet: Self.joiningAdjacentMarks(snippet)))
            }
            return hits
        }
    }

    /// `[mining] [income]` as `[mining income]`: PostgreSQL marks each word of a phrase, SQLite the phrase.
    static func joiningAdjacentMarks(_ snippet: String) -> String {
        snippet.replacingOccurrences(of: "] [", with: " ")
    }

    /// Stores an article's searchable document: its title, facts and text, weighted `A`, `B` and `D`.
    static func insertSearchDocument(articleID: Int64, title: String?, text: String, facts: String,
                                     _ connection: PostgresConnection, logger: Logger) async throws {
        let title = title ?? "", text = String(text.prefix(indexedCharacters))
        let facts = String(facts.prefix(indexedCharacters))
        try await connection.run("""
            INSERT INTO articleSearch (articleID, facts, document)
            VALUES (\(articleID), \(facts),
                setweight(to_tsvector('herald_search', \(title)), 'A')
                    || setweight(to_tsvector('herald_search', \(facts)), 'B')
                    || to_tsvector('herald_search', \(text)))
            """, logger: logger)
    }
}
