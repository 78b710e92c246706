import Foundation
import Logging
import Synchronization

/// Tells how a `herald run` cycle is going: a progress line on a terminal (feeds and articles done, rate, ETA),
/// or one log line a feed elsewhere.
final class CycleProgress: Sendable {
    private struct State {
        var feedsDone = 0
        var articles = 0
        var lastDrawn: ContinuousClock.Instant?
    }

    private let totalFeeds: Int
    private let output: TerminalOutput
    private let logger: Logger
    private let started = ContinuousClock.now
    private let state = Mutex(State())

    init(totalFeeds: Int, output: TerminalOutput = .shared, logger: Logger) {
        self.totalFeeds = totalFeeds
        self.output = output
        self.logger = logger
    }

    /// Counts an archived article.
    func articleArchived() {
        let snapshot = state.withLock { state in
            state.articles += 1
            return redrawIfDue(&state)
        }
        if let snapshot { output.showProgress(snapshot) }
    }

    /// Counts a finished feed and logs it: at info level when there is no progress line, else at debug level;
    /// failures always as warnings.
    func feedDone(_ report: FeedReport) {
        let snapshot = state.withLock { state in
            state.feedsDone += 1
            state.lastDrawn = nil
            return redrawIfDue(&state)
        }
        var metadata: Logger.Metadata = ["feed": "\(report.displayName)", "new": "\(report.newArticles)"]
        switch report.outcome {
        case let .failed(reason):
            metadata["reason"] = "\(reason)"
            logger.warning("feed failed", metadata: metadata)
        case .notModified:
            logger.log(level: output.isTerminal ? .debug : .info, "feed not modified", metadata: metadata)
        default:
            metadata["failed"] = "\(report.articleFailures.count)"
            logger.log(level: output.isTerminal ? .debug : .info, "feed done", metadata: metadata)
        }
        if let snapshot { output.showProgress(snapshot) }
    }

    /// Removes the progress line.
    func finish() {
        output.clearProgress()
    }

    /// The progress line when it is time to redraw it (at most ten times a second).
    private func redrawIfDue(_ state: inout State) -> String? {
        guard output.isTerminal else { return nil }
        let now = ContinuousClock.now
        if let last = state.lastDrawn, now - last < .milliseconds(100) { return nil }
        state.lastDrawn = now
        return ProgressLine(feedsDone: state.feedsDone, totalFeeds: totalFeeds, articles: state.articles,
                            elapsed: now - started).text
    }
}

/// The text of the progress line. Pure, for tests.
struct ProgressLine {
    let feedsDone: Int
    let totalFeeds: Int
    let articles: Int
    let elapsed: Duration

    /// `feeds 12/40 · 230 articles · 45.2 articles/s · ETA 1m20s`.
    var text: String {
        var parts = ["feeds \(feedsDone)/\(totalFeeds)", "\(articles) articles"]
        let seconds = elapsed.secondsValue
        if seconds > 0 {
            parts.append(String(format: "%.1f articles/s", Double(articles) / seconds))
        }
        if let eta {
            parts.append("ETA \(Self.format(eta))")
        }
        return parts.joined(separator: " · ")
    }

    /// The time left, from the pace of the feeds done so far; nil before the first feed is done.
    var eta: Double? {
        guard feedsDone > 0, totalFeeds >= feedsDone else { return nil }
        return elapsed.secondsValue / Double(feedsDone) * Double(totalFeeds - feedsDone)
    }

    /// `45s`, `3m05s`, `2h10m`.
    static func format(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
        return String(format: "%dh%02dm", whole / 3600, whole % 3600 / 60)
    }
}

extension Duration {
    /// The duration in seconds.
    var secondsValue: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
