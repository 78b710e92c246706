import Foundation

/// When to poll a feed next, from what its last poll taught.
///
/// The configured interval is the base. A feed that publishes rarely is polled less often (half its typical gap
/// between entries, up to ``maximumInterval``); a failing feed backs off exponentially. The server's and the
/// feed's own wishes (Cache-Control `max-age` or `Expires`, RSS `<ttl>`, `Retry-After`) are lower bounds. Jitter
/// spreads feeds that share a schedule, so they do not all come due at the same moment.
struct PollingPolicy: Sendable, Equatable {
    /// The configured interval between two polls of a feed.
    var interval: TimeInterval
    /// The longest wait, whatever the feed or server says.
    var maximumInterval: TimeInterval
    /// The jitter, as a fraction of the delay: 0.1 means ±10 %.
    var jitter: Double = 0.1

    init(interval: TimeInterval, maximumInterval: TimeInterval? = nil, jitter: Double = 0.1) {
        self.interval = interval
        self.maximumInterval = max(interval, maximumInterval ?? max(interval, 24 * 3600))
        self.jitter = jitter
    }

    /// The delay before the next poll.
    ///
    /// - Parameters:
    ///   - poll: What the last poll found.
    ///   - consecutiveFailures: How many polls in a row failed, this one included.
    ///   - random: A number in -1...1 that picks the jitter.
    func delay(after poll: PollObservation, consecutiveFailures: Int, random: Double) -> TimeInterval {
        var delay = consecutiveFailures > 0
            ? interval * pow(2, Double(min(consecutiveFailures - 1, 16)))
            : max(interval, (poll.typicalGapBetweenEntries ?? 0) / 2)
        for lowerBound in [poll.freshnessLifetime, poll.timeToLive, poll.retryAfter].compactMap({ $0 }) {
            delay = max(delay, lowerBound)
        }
        delay = min(delay, maximumInterval)
        return max(1, delay * (1 + jitter * min(1, max(-1, random))))
    }
}

/// What one poll of a feed tells about when to poll it again.
struct PollObservation: Sendable, Equatable {
    var freshnessLifetime: TimeInterval?
    var timeToLive: TimeInterval?
    var retryAfter: TimeInterval?
    /// The median gap between the feed's most recent entries, when it has at least three dated ones.
    var typicalGapBetweenEntries: TimeInterval?

    init(freshnessLifetime: TimeInterval? = nil, timeToLive: TimeInterval? = nil, retryAfter: TimeInterval? = nil,
         typicalGapBetweenEntries: TimeInterval? = nil) {
        self.freshnessLifetime = freshnessLifetime
        self.timeToLive = timeToLive
        self.retryAfter = retryAfter
        self.typicalGapBetweenEntries = typicalGapBetweenEntries
    }

    /// The median gap between the newest (at most ten) of the dates.
    static func typicalGap(between dates: [Date]) -> TimeInterval? {
        let newest = dates.sorted(by: >).prefix(10)
        guard newest.count >= 3 else { return nil }
        let gaps = zip(newest, newest.dropFirst()).map { $0.timeIntervalSince($1) }.sorted()
        return gaps[gaps.count / 2]
    }
}

extension PollObservation {
    /// What a feed report tells.
    init(_ report: FeedReport) {
        self.init(freshnessLifetime: report.freshnessLifetime, timeToLive: report.timeToLive,
                  retryAfter: report.retryAfter,
                  typicalGapBetweenEntries: Self.typicalGap(between: report.entryDates))
    }
}
