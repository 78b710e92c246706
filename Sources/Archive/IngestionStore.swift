import Extractor
import Foundation
import Generator

/// What ingestion (`herald run`, `herald daemon`) needs from a store, whatever holds it: SQLite (``ArchiveStore``)
/// or PostgreSQL (`ArchivePostgres.PostgresStore`).
///
/// Every implementation keeps the same promises: an article, its facts and its drafts are committed together or
/// not at all, and an article the store already has (by guid, URL, canonical URL or text) is reported as a
/// ``IngestOutcome/duplicate(articleID:)`` and written nowhere.
public protocol IngestionStore: HeraldStore {
    /// The id of the archived article with this guid, URL, canonical URL or content hash, if any.
    func existingArticle(guid: String?, url: String?, canonicalURL: String?, contentHash: String?) async throws
        -> Int64?

    /// Archives an article with its analysis and turns its announcements into drafts, in one transaction.
    func ingest(_ article: ArticleRecord, analysis: TextAnalysis, rulebook: Rulebook, generator: DraftGenerator,
                now: Date) async throws -> IngestOutcome

    /// Archives an article as ``ingest(_:analysis:rulebook:generator:now:)`` does, possibly in a transaction
    /// shared with other articles submitted meanwhile (SQLite), each still committed with its drafts.
    func ingestInBatch(_ article: ArticleRecord, analysis: TextAnalysis, rulebook: Rulebook,
                       generator: DraftGenerator, now: Date) async throws -> IngestOutcome

    /// Saves the fetcher's state for a feed, replacing the previous one; a `nil` title keeps the stored one.
    func saveFeedState<State: Encodable & Sendable>(_ state: State, for feedURL: String, title: String?,
                                                    at time: Date) async throws

    /// Appends a fetch to a feed's history.
    func recordFetch(_ fetch: FetchRecord) async throws

    /// A feed's fetch history, newest first.
    func fetchHistory(feedURL: String, limit: Int) async throws -> [FetchRecord]

    /// The archived articles filed between two days (both included, `nil` for no bound), oldest first.
    func exportedArticles(since: CalendarDay?, until: CalendarDay?) async throws -> [ExportedArticle]
}

extension IngestionStore {
    /// Whether the archive already has the article.
    public func containsArticle(
        guid: String? = nil, url: String? = nil, canonicalURL: String? = nil, contentHash: String? = nil
    ) async throws -> Bool {
        try await existingArticle(guid: guid, url: url, canonicalURL: canonicalURL, contentHash: contentHash) != nil
    }
}

/// Feeds leased to workers, for several daemons on one store: a worker claims the feeds that are due and not
/// leased (or whose lease expired), renews its leases while it works, and releases each feed with the time it is
/// due again. Times are the store's clock, so that workers on several machines agree.
public protocol FeedLeaseStore: Sendable {
    /// Makes the feeds known to the lease table (due now when new); feeds already known keep their schedule.
    func registerFeeds(_ feedURLs: [String]) async throws

    /// Leases up to `limit` of the given feeds that are due and free (never leased, released, or whose lease
    /// expired) to `owner` for `duration` seconds, earliest due first.
    ///
    /// - Returns: The feeds now leased to `owner`.
    func claimDueFeeds(among feedURLs: [String], owner: String, limit: Int, duration: TimeInterval) async throws
        -> [String]

    /// Extends the leases `owner` still holds on these feeds by `duration` seconds from now.
    ///
    /// - Returns: The feeds whose lease was extended; a missing one was taken by another worker after it expired.
    func renewLeases(_ feedURLs: [String], owner: String, duration: TimeInterval) async throws -> [String]

    /// Ends `owner`'s lease on a feed and makes it due again `delay` seconds from now.
    ///
    /// - Returns: Whether `owner` still held the lease (otherwise nothing changed).
    @discardableResult
    func releaseLease(_ feedURL: String, owner: String, dueIn delay: TimeInterval) async throws -> Bool

    /// Every lease, for inspection.
    func feedLeases() async throws -> [FeedLease]
}

/// A feed's row in the lease table.
public struct FeedLease: Equatable, Sendable {
    public var feedURL: String
    /// When the feed is due next.
    public var due: Date
    /// The worker holding the lease, if any.
    public var owner: String?
    /// When the lease ends unless renewed.
    public var expires: Date?

    public init(feedURL: String, due: Date, owner: String?, expires: Date?) {
        self.feedURL = feedURL
        self.due = due
        self.owner = owner
        self.expires = expires
    }
}
