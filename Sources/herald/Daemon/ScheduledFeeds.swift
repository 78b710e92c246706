import Fetcher
import Foundation
import Logging

/// Feeds on a schedule of the daemon's own, for one daemon per store (SQLite): each feed is first due when its
/// saved ``FeedState`` says, so a restart resumes it (a feed backing off keeps backing off), and again when its
/// poll plans.
struct ScheduledFeeds: FeedClaims {
    let feeds: [FeedSource]
    /// Reads the saved states and knows the polling policy.
    let ingestor: FeedIngestor
    private var schedule: FeedSchedule?
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private(set) var waitingCount: Int?

    init(feeds: [FeedSource], ingestor: FeedIngestor) {
        self.feeds = feeds
        self.ingestor = ingestor
        start = clock.now
    }

    var feedCount: Int { feeds.count }

    var startMetadata: Logger.Metadata { [:] }

    /// Seconds since the daemon started.
    private var now: Double { (clock.now - start).secondsValue }

    mutating func claim(limit: Int) async -> [(feed: Int, source: FeedSource)] {
        var schedule = await loadedSchedule()
        let due = schedule.dueFeeds(at: now)
        let started = Array(due.prefix(limit))
        for feed in started { schedule.startPolling(feed) }
        self.schedule = schedule
        waitingCount = due.count - started.count
        return started.map { ($0, feeds[$0]) }
    }

    func keep(_ polling: Set<Int>) async {}

    mutating func release(_ feed: Int, dueIn delay: TimeInterval) async {
        let due = now + delay
        schedule?.finishPolling(feed, due: due)
    }

    func pause(hasFreeSlot: Bool, stopping: Bool) -> Double {
        let untilDue = hasFreeSlot ? (schedule?.nextDue ?? 1) - now : 1
        return stopping ? 0.2 : min(1, max(0.01, untilDue))
    }

    /// The schedule, made from the saved states on first use.
    private func loadedSchedule() async -> FeedSchedule {
        if let schedule { return schedule }
        var dueTimes: [Double] = []
        for source in feeds { dueTimes.append(await initialDelay(of: source)) }
        return FeedSchedule(dueTimes: dueTimes)
    }

    /// How long after the start a feed is first due: when its saved state says, at most the longest wait the policy
    /// allows (a clock set back must not park a feed for years).
    private func initialDelay(of source: FeedSource) async -> Double {
        guard let next = await ingestor.savedState(of: source).nextAttempt else { return 0 }
        let longest = max(ingestor.policy.maximumInterval, ingestor.policy.maximumRetryAfter)
        return min(max(0, next.timeIntervalSinceNow), longest)
    }
}
