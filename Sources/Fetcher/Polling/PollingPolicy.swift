import Foundation

/// How often feeds are polled and how failing feeds back off: the one policy `herald run` and
/// `herald daemon` share.
///
/// The configured interval is the base. A feed that publishes rarely is polled less often (half its
/// typical gap between entries); a failing feed backs off exponentially from the interval. The
/// server's and the feed's own wishes (Cache-Control `max-age` or `Expires`, RSS `<ttl>`,
/// `Retry-After`) are lower bounds. Jitter spreads feeds that share a schedule apart, never below a
/// lower bound.
public struct PollingPolicy: Sendable, Hashable {
    /// The interval between two polls of a healthy feed that declares nothing.
    public var interval: TimeInterval
    /// The longest interval for a healthy feed and the longest backoff.
    public var maximumInterval: TimeInterval
    /// The longest `Retry-After` honoured (it may exceed ``maximumInterval``: the server asked).
    public var maximumRetryAfter: TimeInterval
    /// The jitter, as a fraction of the delay: 0.1 means ±10 %.
    public var jitter: Double
    /// How many fetches in a row must redirect permanently to the same place before the feed's
    /// address is updated.
    public var permanentRedirectsBeforeMove: Int

    /// Creates a policy; `maximumInterval` is raised to `interval` when smaller.
    public init(
        interval: TimeInterval = 15 * 60, maximumInterval: TimeInterval = 24 * 3600,
        maximumRetryAfter: TimeInterval = 48 * 3600, jitter: Double = 0.1, permanentRedirectsBeforeMove: Int = 3
    ) {
        self.interval = max(1, interval)
        self.maximumInterval = max(self.interval, maximumInterval)
        self.maximumRetryAfter = maximumRetryAfter
        self.jitter = min(max(jitter, 0), 1)
        self.permanentRedirectsBeforeMove = max(1, permanentRedirectsBeforeMove)
    }

    /// The defaults: every 15 minutes, backing off up to a day.
    public static let `default` = PollingPolicy()

    /// This policy with a feed's own configured interval (`interval:` in the feed list), if it has one.
    public func forFeed(interval feedInterval: TimeInterval?) -> PollingPolicy {
        guard let feedInterval else { return self }
        var policy = self
        policy.interval = max(1, feedInterval)
        policy.maximumInterval = max(policy.interval, maximumInterval)
        return policy
    }

    /// The delay before the next poll after a success.
    ///
    /// - Parameters:
    ///   - observation: What the feed and its server said.
    ///   - random: A number in `-1...1` that picks the jitter.
    public func delayAfterSuccess(_ observation: PollObservation, random: Double) -> TimeInterval {
        let base = max(interval, (observation.typicalGapBetweenEntries ?? 0) / 2)
        return jittered(min(base, maximumInterval), random: random, atLeast: minimumWait(after: observation))
    }

    /// The delay before the next poll after `failures` failures in a row: the interval doubled
    /// for each failure after the first, up to ``maximumInterval``, and at least the server's
    /// `Retry-After` (up to ``maximumRetryAfter``).
    public func delayAfterFailure(_ failures: Int, retryAfter: TimeInterval?, random: Double) -> TimeInterval {
        let exponent = Double(min(max(failures, 1) - 1, 30))
        let backoff = min(maximumInterval, interval * pow(2, exponent))
        return jittered(backoff, random: random, atLeast: min(retryAfter ?? 0, maximumRetryAfter))
    }

    /// The least time before the feed may be fetched again, as its server and the feed itself ask
    /// (Cache-Control, `Expires`, `<ttl>`), up to ``maximumInterval``; 0 when they ask nothing.
    public func minimumWait(after observation: PollObservation) -> TimeInterval {
        let requested = max(observation.freshnessLifetime ?? 0, observation.timeToLive ?? 0)
        return min(requested, maximumInterval)
    }

    private func jittered(_ delay: TimeInterval, random: Double, atLeast floor: TimeInterval) -> TimeInterval {
        let spread = jitter * min(1, max(-1, random.isFinite ? random : 0))
        return max(1, floor, delay * (1 + spread))
    }
}

/// What one poll of a feed tells about when to poll it again.
public struct PollObservation: Sendable, Hashable, Codable {
    /// How long the server asked clients to wait (Cache-Control `max-age`, `Expires`).
    public var freshnessLifetime: TimeInterval?
    /// The feed's own refresh interval (RSS `<ttl>`, `sy:updatePeriod`).
    public var timeToLive: TimeInterval?
    /// The median gap between the feed's most recent entries, when it has at least three dated ones.
    public var typicalGapBetweenEntries: TimeInterval?

    /// Creates an observation.
    public init(
        freshnessLifetime: TimeInterval? = nil, timeToLive: TimeInterval? = nil,
        typicalGapBetweenEntries: TimeInterval? = nil
    ) {
        self.freshnessLifetime = freshnessLifetime
        self.timeToLive = timeToLive
        self.typicalGapBetweenEntries = typicalGapBetweenEntries
    }

    /// What a parsed feed and the response that carried it tell.
    public init(feed: Feed, freshnessLifetime: TimeInterval?) {
        self.init(
            freshnessLifetime: freshnessLifetime, timeToLive: feed.timeToLive,
            typicalGapBetweenEntries: Self.typicalGap(between: feed.entries.compactMap { $0.published ?? $0.updated })
        )
    }

    /// The median gap between the newest (at most ten) of the dates; `nil` for fewer than three.
    public static func typicalGap(between dates: [Date]) -> TimeInterval? {
        let newest = dates.sorted(by: >).prefix(10)
        guard newest.count >= 3 else { return nil }
        let gaps = zip(newest, newest.dropFirst()).map { $0.timeIntervalSince($1) }.sorted()
        return gaps[gaps.count / 2]
    }
}
