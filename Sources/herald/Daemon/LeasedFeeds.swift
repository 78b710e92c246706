import Archive
import Fetcher
import Foundation
import Logging

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

/// Feeds leased from a store shared by several workers (PostgreSQL): instead of a schedule of its own, the worker
/// claims due feeds from the store's lease table, as many as it has free slots, renews the leases it holds while it
/// works, and releases each feed as due at the next attempt its saved ``FeedState`` plans (the polling policy's
/// interval, backoff and the server's wishes, kept in the store, so that any worker continues them). A worker that
/// dies stops renewing; once its leases expire, the other workers claim its feeds. A feed interrupted by a shutdown
/// is released as due at once, so that another worker carries on.
struct LeasedFeeds: FeedClaims {
    let store: any FeedLeaseStore
    let lease: LeaseSettings
    var logger = Logger(label: "herald.daemon")
    private let sources: [String: FeedSource]
    private let urls: [String]
    private var isRegistered = false
    private let clock = ContinuousClock()
    private var lastRenewal: ContinuousClock.Instant

    init(feeds: [FeedSource], store: any FeedLeaseStore, lease: LeaseSettings) {
        self.store = store
        self.lease = lease
        sources = Dictionary(feeds.map { ($0.url.absoluteString, $0) }, uniquingKeysWith: { first, _ in first })
        urls = sources.keys.sorted()
        lastRenewal = clock.now
    }

    var feedCount: Int { urls.count }

    var startMetadata: Logger.Metadata { ["worker": "\(lease.owner)", "lease": "\(lease.duration)s"] }

    /// Not known: the lease table is shared.
    var waitingCount: Int? { nil }

    mutating func claim(limit: Int) async -> [(feed: String, source: FeedSource)] {
        if !isRegistered { isRegistered = await register() }
        guard isRegistered, limit > 0 else { return [] }
        do {
            let claimed = try await store.claimDueFeeds(among: urls, owner: lease.owner, limit: limit,
                                                        duration: lease.duration)
            return claimed.compactMap { url in
                logger.debug("feed claimed", metadata: ["feed": "\(url)"])
                return sources[url].map { (url, $0) }
            }
        } catch {
            logger.error("cannot claim feeds", metadata: ["reason": "\(error)"])
            return []
        }
    }

    /// Extends the leases held every third of their duration; a feed whose lease was lost (this worker stalled past
    /// its expiry and another took it) is finished anyway: the store archives nothing twice.
    mutating func keep(_ polling: Set<String>) async {
        guard clock.now - lastRenewal >= .seconds(lease.duration / 3) else { return }
        lastRenewal = clock.now
        do {
            let renewed = try await store.renewLeases(polling.sorted(), owner: lease.owner, duration: lease.duration)
            for url in polling.subtracting(renewed) {
                logger.warning("lease lost to another worker", metadata: ["feed": "\(url)"])
            }
        } catch {
            logger.error("cannot renew leases", metadata: ["reason": "\(error)"])
        }
    }

    func release(_ url: String, dueIn delay: TimeInterval) async {
        do {
            if try await !store.releaseLease(url, owner: lease.owner, dueIn: delay) {
                logger.warning("lease lost to another worker", metadata: ["feed": "\(url)"])
            }
        } catch {
            logger.error("cannot release a lease", metadata: ["feed": "\(url)", "reason": "\(error)"])
        }
    }

    func pause(hasFreeSlot: Bool, stopping: Bool) -> Double {
        stopping ? 0.2 : 0.5
    }

    private func register() async -> Bool {
        do {
            try await store.registerFeeds(urls)
            return true
        } catch {
            logger.error("cannot register the feeds", metadata: ["reason": "\(error)"])
            return false
        }
    }
}
