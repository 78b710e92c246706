import Foundation
import GRDB

/// Feed leases in SQLite, on this machine's clock. SQLite serializes writers, so a claim is a plain read and
/// update inside one write transaction; the daemon itself keeps one process per SQLite store (its lock file), and
/// these leases give the SQLite store the same contract as the PostgreSQL one.
extension ArchiveStore: FeedLeaseStore {
    public func registerFeeds(_ feedURLs: [String]) throws {
        let now = Date()
        try write { db in
            for url in feedURLs {
                try db.execute(sql: "INSERT INTO feedLease (url, dueAt) VALUES (?, ?) ON CONFLICT (url) DO NOTHING",
                               arguments: [url, now])
            }
        }
    }

    public func claimDueFeeds(among feedURLs: [String], owner: String, limit: Int, duration: TimeInterval) throws
        -> [String] {
        guard limit > 0, !feedURLs.isEmpty else { return [] }
        let now = Date()
        return try write { db in
            let claimed = try String.fetchAll(db, sql: """
                SELECT url FROM feedLease
                WHERE url IN (SELECT value FROM json_each(?)) AND dueAt <= ? AND (owner IS NULL OR expires <= ?)
                ORDER BY dueAt, url LIMIT ?
                """, arguments: [try StoredJSON.encode(feedURLs), now, now, limit])
            for url in claimed {
                try db.execute(sql: "UPDATE feedLease SET owner = ?, expires = ? WHERE url = ?",
                               arguments: [owner, now.addingTimeInterval(duration), url])
            }
            return claimed
        }
    }

    public func renewLeases(_ feedURLs: [String], owner: String, duration: TimeInterval) throws -> [String] {
        let expires = Date().addingTimeInterval(duration)
        return try write { db in
            try feedURLs.filter { url in
                try db.execute(sql: "UPDATE feedLease SET expires = ? WHERE url = ? AND owner = ?",
                               arguments: [expires, url, owner])
                return db.changesCount > 0
            }
        }
    }

    @discardableResult
    public func releaseLease(_ feedURL: String, owner: String, dueIn delay: TimeInterval) throws -> Bool {
        let due = Date().addingTimeInterval(delay)
        return try write { db in
            try db.execute(
                sql: "UPDATE feedLease SET owner = NULL, expires = NULL, dueAt = ? WHERE url = ? AND owner = ?",
                arguments: [due, feedURL, owner]
            )
            return db.changesCount > 0
        }
    }

    public func feedLeases() throws -> [FeedLease] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT url, dueAt, owner, expires FROM feedLease ORDER BY url").map { row in
                FeedLease(feedURL: row["url"], due: row["dueAt"], owner: row["owner"], expires: row["expires"])
            }
        }
    }
}
