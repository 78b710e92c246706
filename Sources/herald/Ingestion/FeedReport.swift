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
        /// Not fetched: the feed is backing off after failures, or its server or the feed asked for a pause
        /// (its ``FeedReport/state`` tells until when).
        case heldBack
    }

    let source: FeedSource
    var title: String?
    var outcome = Outcome.pending
    var newArticles = 0
    var announcements = 0
    var createdDrafts: [String] = []
    var updatedDrafts: [String] = []
    var articleFailures: [ArticleFailure] = []
    /// The feed's polling state after this fetch (or attempt), as saved in the archive.
    var state: FeedState?

    init(source: FeedSource) {
        self.source = source
    }

    /// The feed's name for people: its configured name, its title, or its address.
    var displayName: String {
        source.name ?? title ?? source.url.absoluteString
    }

    /// Whether the feed or one of its articles failed, or the feed is held back after failing.
    var hasFailures: Bool {
        if case .failed = outcome { return true }
        if outcome == .heldBack, let state, state.consecutiveFailures > 0 { return true }
        return !articleFailures.isEmpty
    }

    /// The report of a feed left alone because it is held back.
    static func heldBack(_ source: FeedSource, state: FeedState) -> FeedReport {
        var report = FeedReport(source: source)
        report.outcome = .heldBack
        report.state = state
        return report
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
    var heldBackFeeds: [FeedReport] { reports.filter { $0.outcome == .heldBack } }

    /// The summary for people, one fact a line, then each failure with its reason.
    var text: String {
        var lines = [
            "feeds:          \(reports.count) (\(reports.count - failedFeeds.count) without failures)",
            "new articles:   \(newArticles)",
            "announcements:  \(announcements)",
            "drafts:         \(createdDrafts) new, \(updatedDrafts) with new evidence",
            "failures:       \(failedFeeds.count)",
        ]
        if !heldBackFeeds.isEmpty {
            lines.insert("held back:      \(heldBackFeeds.count) (not due yet; --force fetches them)", at: 1)
        }
        for report in failedFeeds {
            if case let .failed(reason) = report.outcome {
                lines.append("  \(report.displayName): \(reason)")
            }
            if report.outcome == .heldBack, let state = report.state {
                let next = state.notBefore.map { " until \(FeedTimes.text($0))" } ?? ""
                let failures = state.consecutiveFailures == 1 ? "1 failure" : "\(state.consecutiveFailures) failures in a row"
                lines.append("  \(report.displayName): held back\(next) after \(failures): " + (state.lastError ?? "unknown error"))
            }
            for failure in report.articleFailures {
                lines.append("  \(report.displayName): \(failure.url): \(failure.reason)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
