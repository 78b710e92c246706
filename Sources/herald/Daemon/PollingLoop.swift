import Archive
import Fetcher
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// Where the daemon's polling loop gets the feeds it polls: a schedule of its own (``ScheduledFeeds``, one daemon
/// per SQLite store) or the store's lease table (``LeasedFeeds``, several workers sharing a PostgreSQL store).
protocol FeedClaims: Sendable {
    /// What names a feed while it is polled.
    associatedtype Feed: Hashable & Sendable

    /// How many feeds there are, for the start-up log line.
    var feedCount: Int { get }

    /// What the start-up log line says beyond the facts every loop gives.
    var startMetadata: Logger.Metadata { get }

    /// How many feeds were due but left waiting for a free slot at the last claim, when known.
    var waitingCount: Int? { get }

    /// Up to `limit` feeds (possibly none) to poll now, with their sources.
    mutating func claim(limit: Int) async -> [(feed: Feed, source: FeedSource)]

    /// Keeps hold of the feeds being polled (a lease is renewed); called at every turn of the loop.
    mutating func keep(_ polling: Set<Feed>) async

    /// Ends a feed's poll: it is due again `delay` seconds from now.
    mutating func release(_ feed: Feed, dueIn delay: TimeInterval) async

    /// How long to wait, in seconds, before looking for due feeds again.
    func pause(hasFreeSlot: Bool, stopping: Bool) -> Double
}

/// The daemon's main service, whatever gives it its feeds: polls them a bounded number at a time until a graceful
/// shutdown; then finishes the article each busy feed is on, leaves the rest for the next start, writes the pending
/// output files and returns.
struct PollingLoop<Claims: FeedClaims>: Service {
    let claims: Claims
    let ingestor: FeedIngestor
    let concurrentFeeds: Int
    let store: any HeraldStore
    let outputFolder: URL
    let stopRequest: StopRequest
    var logger = Logger(label: "herald.daemon")
    var metrics = IngestionMetrics()

    /// What a child task of the loop reports.
    private enum Event: Sendable {
        case feedDone(Claims.Feed, FeedReport)
        case woke
    }

    func run() async {
        await withGracefulShutdownHandler {
            await pollUntilStopped()
        } onGracefulShutdown: { [stopRequest] in
            stopRequest.stop()
        }
    }

    private func pollUntilStopped() async {
        var claims = self.claims
        var stoppable = ingestor
        stoppable.shouldStop = { [stopRequest] in stopRequest.isStopping }
        let feedIngestor = stoppable
        logger.info("daemon started", metadata: [
            "feeds": "\(claims.feedCount)", "interval": "\(Int(ingestor.policy.interval))s",
            "concurrent": "\(concurrentFeeds)",
        ].merging(claims.startMetadata) { first, _ in first })

        await withTaskGroup(of: Event.self) { group in
            var polling: Set<Claims.Feed> = []
            var isSleeping = false
            while true {
                let stopping = stopRequest.isStopping
                if !stopping {
                    for (feed, source) in await claims.claim(limit: max(0, concurrentFeeds - polling.count)) {
                        guard polling.insert(feed).inserted else { continue }
                        group.addTask { .feedDone(feed, await feedIngestor.ingest(source)) }
                    }
                    if let waiting = claims.waitingCount { metrics.queueDepth.record(waiting) }
                    metrics.feedsInFlight.record(polling.count)
                }
                if !polling.isEmpty { await claims.keep(polling) }
                if stopping, polling.isEmpty { break }
                if !isSleeping {
                    // Short naps, so that a shutdown request or a free slot is noticed quickly.
                    let wait = claims.pause(hasFreeSlot: polling.count < concurrentFeeds, stopping: stopping)
                    group.addTask {
                        try? await Task.sleep(for: .milliseconds(Int(wait * 1000)))
                        return .woke
                    }
                    isSleeping = true
                }
                guard let event = await group.next() else { break }
                switch event {
                case .woke:
                    isSleeping = false
                case let .feedDone(feed, report):
                    polling.remove(feed)
                    await finished(feed, report: report, claims: &claims)
                }
            }
            group.cancelAll()
        }
        await writeOutputs()
        logger.info("daemon stopped")
    }

    private func finished(_ feed: Claims.Feed, report: FeedReport, claims: inout Claims) async {
        // Without a new state (a feed interrupted by the shutdown), the feed is due again at once.
        let delay = report.state?.nextAttempt.map { max(0, $0.timeIntervalSinceNow) } ?? 0
        var metadata: Logger.Metadata = [
            "feed": "\(report.displayName)", "new": "\(report.newArticles)", "next": "\(Int(delay))s",
        ]
        switch report.outcome {
        case let .failed(reason):
            metadata["reason"] = "\(reason)"
            logger.warning("feed failed", metadata: metadata)
        case .interrupted:
            logger.info("feed interrupted by shutdown", metadata: metadata)
        default:
            logger.info("feed polled", metadata: metadata)
        }
        await claims.release(feed, dueIn: delay)
        if report.newArticles > 0 { await writeOutputs() }
    }

    private func writeOutputs() async {
        do {
            try await store.writePendingOutputs(to: outputFolder)
        } catch {
            logger.error("cannot write the output files", metadata: ["reason": "\(error)"])
        }
    }
}

/// A shutdown request, set once by the signal handler and read by the polling loop and busy feeds.
final class StopRequest: Sendable {
    private let stopping = Atomic<Bool>(false)

    /// Whether a shutdown was requested.
    var isStopping: Bool { stopping.load(ordering: .acquiring) }

    /// Requests a shutdown.
    func stop() {
        stopping.store(true, ordering: .releasing)
    }
}
