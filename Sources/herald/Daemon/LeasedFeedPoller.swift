import Archive
import Fetcher
import Foundation
import Logging
import ServiceLifecycle

/// How a worker holds feeds on a shared store: its name in the lease table and how long a lease lasts unless
/// renewed.
struct LeaseSettings: Sendable {
    /// The worker's name, unique among the workers on the store.
    let owner: String
    /// Seconds a lease lasts; the worker renews its leases every third of it.
    let duration: TimeInterval

    /// The default name: host and process id.
    static var defaultOwner: String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }
}

/// The daemon's main service on a store shared by several workers (PostgreSQL): instead of a schedule of its own,
/// it claims due feeds from the store's lease table, as many as it has free slots, renews the leases it holds
/// while it works, and releases each feed as due at the next attempt its saved ``FeedState`` plans (the polling
/// policy's interval, backoff and the server's wishes, kept in the store, so that any worker continues them). A
/// worker that dies stops renewing; once its leases expire, the other workers claim its feeds.
///
/// On a graceful shutdown it finishes the article each busy feed is on, releases those feeds as due at once (so
/// that another worker carries on), writes the pending output files and returns.
struct LeasedFeedPoller: Service {
    let feeds: [FeedSource]
    let ingestor: FeedIngestor
    let concurrentFeeds: Int
    let store: any IngestionStore & FeedLeaseStore
    let lease: LeaseSettings
    let outputFolder: URL
    let stopRequest: StopRequest
    var logger = Logger(label: "herald.daemon")
    var metrics = IngestionMetrics()

    /// What a child task of the polling loop reports.
    private enum Event: Sendable {
        case feedDone(String, FeedReport)
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
        let sources = Dictionary(feeds.map { ($0.url.absoluteString, $0) }, uniquingKeysWith: { first, _ in first })
        let urls = sources.keys.sorted()
        var stoppable = ingestor
        stoppable.shouldStop = { [stopRequest] in stopRequest.isStopping }
        let feedIngestor = stoppable
        logger.info("daemon started", metadata: [
            "feeds": "\(urls.count)", "interval": "\(Int(ingestor.policy.interval))s",
            "concurrent": "\(concurrentFeeds)",
            "worker": "\(lease.owner)", "lease": "\(lease.duration)s",
        ])
        var held: Set<String> = []
        var isRegistered = false
        let clock = ContinuousClock()
        var lastRenewal = clock.now

        await withTaskGroup(of: Event.self) { group in
            var isSleeping = false
            while true {
                let stopping = stopRequest.isStopping
                if !stopping {
                    if !isRegistered { isRegistered = await register(urls) }
                    if isRegistered, held.count < concurrentFeeds {
                        for url in await claim(among: urls, limit: concurrentFeeds - held.count) {
                            guard let source = sources[url], held.insert(url).inserted else { continue }
                            group.addTask { .feedDone(url, await feedIngestor.ingest(source)) }
                        }
                    }
                    metrics.feedsInFlight.record(held.count)
                }
                if !held.isEmpty, clock.now - lastRenewal >= .seconds(lease.duration / 3) {
                    await renew(held)
                    lastRenewal = clock.now
                }
                if stopping, held.isEmpty { break }
                if !isSleeping {
                    group.addTask {
                        try? await Task.sleep(for: .milliseconds(stopping ? 200 : 500))
                        return .woke
                    }
                    isSleeping = true
                }
                guard let event = await group.next() else { break }
                switch event {
                case .woke:
                    isSleeping = false
                case let .feedDone(url, report):
                    held.remove(url)
                    await finished(url, report: report)
                }
            }
            group.cancelAll()
        }
        await writeOutputs()
        logger.info("daemon stopped")
    }

    private func register(_ urls: [String]) async -> Bool {
        do {
            try await store.registerFeeds(urls)
            return true
        } catch {
            logger.error("cannot register the feeds", metadata: ["reason": "\(error)"])
            return false
        }
    }

    private func claim(among urls: [String], limit: Int) async -> [String] {
        do {
            let claimed = try await store.claimDueFeeds(among: urls, owner: lease.owner, limit: limit,
                                                        duration: lease.duration)
            for url in claimed {
                logger.debug("feed claimed", metadata: ["feed": "\(url)"])
            }
            return claimed
        } catch {
            logger.error("cannot claim feeds", metadata: ["reason": "\(error)"])
            return []
        }
    }

    /// Extends the leases held; a feed whose lease was lost (this worker stalled past its expiry and another took
    /// it) is finished anyway: the store archives nothing twice.
    private func renew(_ held: Set<String>) async {
        do {
            let renewed = try await store.renewLeases(held.sorted(), owner: lease.owner, duration: lease.duration)
            for url in held.subtracting(renewed) {
                logger.warning("lease lost to another worker", metadata: ["feed": "\(url)"])
            }
        } catch {
            logger.error("cannot renew leases", metadata: ["reason": "\(error)"])
        }
    }

    private func finished(_ url: String, report: FeedReport) async {
        // Without a new state (a feed interrupted by the shutdown), the feed is due again at once.
        let delay = report.state?.nextAttempt.map { max(0, $0.timeIntervalSinceNow) } ?? 0
        var metadata: Logger.Metadata = [
            "feed": "\(report.displayName)", "new": "\(report.newArticles)", "next": "\(Int(delay))s",
        ]
        switch report.outcome {
        case .interrupted:
            logger.info("feed interrupted by shutdown", metadata: metadata)
        case let .failed(reason):
            metadata["reason"] = "\(reason)"
            logger.warning("feed failed", metadata: metadata)
        default:
            logger.info("feed polled", metadata: metadata)
        }
        do {
            if try await !store.releaseLease(url, owner: lease.owner, dueIn: delay) {
                logger.warning("lease lost to another worker", metadata: ["feed": "\(url)"])
            }
        } catch {
            logger.error("cannot release a lease", metadata: ["feed": "\(url)", "reason": "\(error)"])
        }
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
