import Archive
import Foundation
import PostgresNIO

extension PostgresStore {
    public func feedState<State: Decodable>(_ type: State.Type, for feedURL: String) async throws -> State? {
        let data = try await connection { connection in
            try await connection.column(
                Data?.self, "SELECT state FROM feed WHERE url = \(feedURL)", logger: logger
            ).first ?? nil
        }
        guard let data else { return nil }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw ArchiveError.unreadableRecord("state of feed \(feedURL): \(error)")
        }
    }

    public func saveFeedState<State: Encodable & Sendable>(_ state: State, for feedURL: String, title: String?,
                                                           at time: Date) async throws {
        let data = try JSONEncoder().encode(state)
        try await connection { connection in
            try await connection.run("""
                INSERT INTO feed (url, title, state, updatedAt) VALUES (\(feedURL), \(title), \(data), \(time))
                ON CONFLICT (url) DO UPDATE SET title = COALESCE(EXCLUDED.title, feed.title),
                    state = EXCLUDED.state, updatedAt = EXCLUDED.updatedAt
                """, logger: logger)
        }
    }

    public func recordFetch(_ fetch: FetchRecord) async throws {
        try await connection { connection in
            try await connection.run("""
                INSERT INTO "fetch" (feedURL, "time", outcome, httpStatus, detail, newArticles)
                VALUES (\(fetch.feedURL), \(fetch.time), \(fetch.outcome), \(fetch.httpStatus), \(fetch.detail),
                    \(fetch.newArticles))
                """, logger: logger)
        }
    }

    public func fetchHistory(feedURL: String, limit: Int) async throws -> [FetchRecord] {
        try await connection { connection in
            let rows = try await connection.query("""
                SELECT feedURL, "time", outcome, httpStatus, detail, newArticles FROM "fetch"
                WHERE feedURL = \(feedURL) ORDER BY id DESC LIMIT \(limit)
                """, logger: logger)
            var records: [FetchRecord] = []
            for try await (url, time, outcome, status, detail, new) in rows.decode(
                (String, Date, String, Int?, String?, Int).self
            ) {
                records.append(FetchRecord(feedURL: url, time: time, outcome: outcome, httpStatus: status,
                                           detail: detail, newArticles: new))
            }
            return records
        }
    }
}
