import Foundation
import GRDB

extension ArchiveStore {
    /// The fetcher's saved state for a feed (validators, schedule, failures), or `nil` for a new feed.
    public func feedState<State: Decodable>(_ type: State.Type, for feedURL: String) throws -> State? {
        let row = try read { db in try FeedRow.fetchOne(db, key: feedURL) }
        guard let data = row?.state else { return nil }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw ArchiveError.unreadableRecord("state of feed \(feedURL): \(error)")
        }
    }

    /// Saves the fetcher's state for a feed, replacing the previous one.
    public func saveFeedState(_ state: some Encodable & Sendable, for feedURL: String, title: String? = nil,
                              at time: Date = Date()) throws {
        let data = try JSONEncoder().encode(state)
        try write { db in
            let previous = try FeedRow.fetchOne(db, key: feedURL)
            try FeedRow(url: feedURL, title: title ?? previous?.title, state: data, updatedAt: time).upsert(db)
        }
    }

    /// Appends a fetch to a feed's history.
    public func recordFetch(_ fetch: FetchRecord) throws {
        try write { db in
            var fetch = fetch
            try fetch.insert(db)
        }
    }

    /// A feed's fetch history, newest first.
    public func fetchHistory(feedURL: String, limit: Int = 50) throws -> [FetchRecord] {
        try read { db in
            try FetchRecord.filter(Column("feedURL") == feedURL).order(Column("id").desc).limit(limit).fetchAll(db)
        }
    }
}

extension ArchiveStore: IngestionStore {}
