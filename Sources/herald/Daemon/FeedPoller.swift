import Archive
import Fetcher
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// The daemon's main service: polls each feed on its own schedule, a bounded number at a time, until a graceful
/// shutdown. Each feed's schedule is its saved ``FeedState``, so a restart resumes it (a feed backing off keeps
/// backing off); then finishes the article each busy feed is on, leaves the rest for the next start, writes the
/// pending output files and returns.
struct FeedPoller: Service {
    let feeds: [FeedSource]
    let ingestor: FeedIngestor
    let concurrentFeeds: Int
    let store: ArchiveStore
    let outputFolder: URL
    let stopRequest: StopRequest
    var logger = Logger(label: "herald.daemon")
    var metrics = IngestionMetrics()

    /// What a child task of the polling loop reports.
    private enum Event: Sendable {
        case feedDone(Int, FeedReport)
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
        let clock = ContinuousClock()
        let start = clock.now
        func now() -> Double { (clock.now - start).secondsValue }
        var dueTimes: [Double] = []
        for source in feeds { dueTimes.append(await initialDelay(of: source)) }
        var schedule = FeedSchedule(dueTimes: dueTimes)
        var stoppable = ingestor
        stoppable.shouldStop = { [stopRequest] in stopRequest.isStopping }
        let feedIngestor = stoppable
        logger.info("daemon started", metadata: [
            "feeds": "\(feeds.count)", "interval": "\(Int(ingestor.policy.interval))s", "concurrent": "\(concurrentFeeds)",
        ])

        await withTaskGroup(of: Event.self) { group in
            var isSleeping = false
            while true {
                let stopping = stopRequest.isStopping
                if !stopping {
                    let due = schedule.dueFeeds(at: now())
                    let free = max(0, concurrentFeeds - schedule.pollingCount)
                    for feed in due.prefix(free) {
                        schedule.startPolling(feed)
                        let source = feeds[feed]
                        group.addTask { .feedDone(feed, await feedIngestor.ingest(source)) }
                    }
                    metrics.queueDepth.record(max(0, due.count - free))
                    metrics.feedsInFlight.record(schedule.pollingCount)
                }
                if stopping, schedule.pollingCount == 0 { break }
                if !isSleeping {
                    // Short naps, so that a shutdown request or a free slot is noticed quickly.
                    let hasFreeSlot = schedule.pollingCount < concurrentFeeds
                    let untilDue = hasFreeSlot ? (schedule.nextDue ?? 1) - now() : 1
                    let wait = stopping ? 0.2 : min(1, max(0.01, untilDue))
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
                    finished(feed, report: report, schedule: &schedule, at: now())
                }
            }
            group.cancelAll()
        }
        writeOutputs()
        logger.info("daemon stopped")
    }

    /// How long after the start a feed is first due: when its saved state says, at most the longest wait the policy
    /// allows (a clock set back must not park a feed for years).
    private func initialDelay(of source: FeedSource) async -> Double {
        guard let next = await ingestor.savedState(of: source).nextAttempt else { return 0 }
        let longest = max(ingestor.policy.maximumInterval, ingestor.policy.maximumRetryAfter)
        return min(max(0, next.timeIntervalSinceNow), longest)
    }

    private func finished(_ feed: Int, report: FeedReport, schedule: inout FeedSchedule, at now: Double) {
        // Without a new state (a feed interrupted by the shutdown), the feed is due again at once.
        let delay = report.state?.nextAttempt.map { max(0, $0.timeIntervalSinceNow) } ?? 0
        schedule.finishPolling(feed, due: now + delay)
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
        if report.newArticles > 0 { writeOutputs() }
    }

    private func writeOutputs() {
        do {
            try store.writePendingOutputs(to: outputFolder)
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
