import Fetcher
import Foundation

/// What an ingestion cycle did with one feed.
struct FeedReport: Sendable {
    /// How fetching the feed ended.
    enum Outcome: Sendable, Equatable {
        case pending
        case fetched
        case notModified
        /// Stopped between two articles because the daemon is shutting down; the rest waits for the next poll.
        case interrupted
        case failed(String)
    }

    let source: FeedSource
    var title: String?
    var outcome = Outcome.pending
    var newArticles = 0
    var announcements = 0
    var createdDrafts: [String] = []
    var updatedDrafts: [String] = []
    var articleFailures: [ArticleFailure] = []
    /// How long the server asked clients to wait (Cache-Control `max-age`, `Expires`).
    var freshnessLifetime: TimeInterval?
    /// The server's `Retry-After` on a failed fetch.
    var retryAfter: TimeInterval?
    /// The feed's own refresh interval (RSS `<ttl>`, `sy:updatePeriod`).
    var timeToLive: TimeInterval?
    /// The publication dates of the feed's entries, to tell how often it publishes.
    var entryDates: [Date] = []

    init(source: FeedSource) {
        self.source = source
    }

    /// The feed's name for people: its configured name, its title, or its address.
    var displayName: String {
        source.name ?? title ?? source.url.absoluteString
    }

    /// Whether the feed or one of its articles failed.
    var hasFailures: Bool {
        if case .failed = outcome { return true }
        return !articleFailures.isEmpty
    }
}

/// An article that could not be ingested, and why.
struct ArticleFailure: Sendable {
    let url: String
    let reason: String
}

/// The totals of a cycle, printed at its end.
struct CycleSummary {
    let reports: [FeedReport]

    var newArticles: Int { reports.reduce(0) { $0 + $1.newArticles } }
    var announcements: Int { reports.reduce(0) { $0 + $1.announcements } }
    var createdDrafts: Int { reports.reduce(0) { $0 + $1.createdDrafts.count } }
    var updatedDrafts: Int { reports.reduce(0) { $0 + $1.updatedDrafts.count } }
    var failedFeeds: [FeedReport] { reports.filter(\.hasFailures) }

    /// The summary for people, one fact a line, then each failure with its reason.
    var text: String {
        var lines = [
            "feeds:          \(reports.count) (\(reports.count - failedFeeds.count) without failures)",
            "new articles:   \(newArticles)",
            "announcements:  \(announcements)",
            "drafts:         \(createdDrafts) new, \(updatedDrafts) with new evidence",
            "failures:       \(failedFeeds.count)",
        ]
        for report in failedFeeds {
            if case let .failed(reason) = report.outcome {
                lines.append("  \(report.displayName): \(reason)")
            }
            for failure in report.articleFailures {
                lines.append("  \(report.displayName): \(failure.url): \(failure.reason)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
