import Archive
import Foundation
import PostgresNIO

/// Feed leases on the database's clock: a worker claims due, free feeds with `FOR UPDATE SKIP LOCKED`, so that
/// workers claiming at the same moment never wait for each other nor claim the same feed.
extension PostgresStore: FeedLeaseStore {
    public func registerFeeds(_ feedURLs: [String]) async throws {
        try await connection { connection in
            try await connection.run("""
                INSERT INTO feedLease (url, dueAt) SELECT url, now() FROM unnest(\(feedURLs)::text[]) AS given(url)
                ON CONFLICT (url) DO NOTHING
                """, logger: logger)
        }
    }

    public func claimDueFeeds(among feedURLs: [String], owner: String, limit: Int, duration: TimeInterval)
        async throws -> [String] {
        guard limit > 0 else { return [] }
        return try await connection { connection in
            try await connection.column(String.self, """
                WITH claimed AS (
                    SELECT url FROM feedLease
                    WHERE url = ANY(\(feedURLs)::text[]) AND dueAt <= now()
                        AND (owner IS NULL OR expires <= now())
                    ORDER BY dueAt, url
                    LIMIT \(limit)
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE feedLease SET owner = \(owner), expires = now() + make_interval(secs => \(duration))
                FROM claimed WHERE feedLease.url = claimed.url
                RETURNING feedLease.url
                """, logger: logger)
        }
    }

    public func renewLeases(_ feedURLs: [String], owner: String, duration: TimeInterval) async throws -> [String] {
        guard !feedURLs.isEmpty else { return [] }
        return try await connection { connection in
            try await connection.column(String.self, """
                UPDATE feedLease SET expires = now() + make_interval(secs => \(duration))
                WHERE url = ANY(\(feedURLs)::text[]) AND owner = \(owner)
                RETURNING url
                """, logger: logger)
        }
    }

    @discardableResult
    public func releaseLease(_ feedURL: String, owner: String, dueIn delay: TimeInterval) async throws -> Bool {
        try await connection { connection in
            try await !connection.column(String.self, """
                UPDATE feedLease SET owner = NULL, expires = NULL, dueAt = now() + make_interval(secs => \(delay))
                WHERE url = \(feedURL) AND owner = \(owner)
                RETURNING url
                """, logger: logger).isEmpty
        }
    }

    public func feedLeases() async throws -> [FeedLease] {
        try await connection { connection in
            let rows = try await connection.query(
                "SELECT url, dueAt, owner, expires FROM feedLease ORDER BY url", logger: logger
            )
            var leases: [FeedLease] = []
            for try await (url, due, owner, expires) in rows.decode((String, Date, String?, Date?).self) {
                leases.append(FeedLease(feedURL: url, due: due, owner: owner, expires: expires))
            }
            return leases
        }
    }
}
