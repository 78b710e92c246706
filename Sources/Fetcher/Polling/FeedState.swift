import Foundation

/// What Herald remembers about one feed between fetches: where it is now, the validators for a
/// conditional GET, its failures and when to try next. A plain value for the archive to store.
///
/// The transitions are pure functions of the previous state, the outcome and the time:
///
/// ```swift
/// var state = stored ?? FeedState(url: source.url)
/// guard state.isDue(at: now) else { return }
/// do {
///     let response = try await fetcher.fetchFeed(state.url, validators: state.validators)
///     let feed = response.isNotModified ? nil : try FeedParser.parse(response.body, url: response.finalURL)
///     state = state.recordingSuccess(response, feedInterval: feed?.timeToLive, at: now)
/// } catch let error as FetchError {
///     state = state.recordingFailure(error, at: now)
/// }
/// archive.save(state)
/// ```
public struct FeedState: Sendable, Hashable, Codable {
    /// The address to fetch, updated when the feed has moved permanently.
    public var url: URL
    /// The validators of the last successful response.
    public var validators: CacheValidators
    /// When the feed was last fetched, successfully or not.
    public var lastAttempt: Date?
    /// When the feed was last fetched successfully (200 or 304).
    public var lastSuccess: Date?
    /// How many fetches in a row have failed.
    public var consecutiveFailures: Int
    /// The last failure, as one line, cleared by a success.
    public var lastError: String?
    /// The earliest time to fetch again; `nil` means now.
    public var nextAttempt: Date?
    /// A permanent redirect target seen on recent fetches, not yet adopted.
    public var pendingMove: URL?
    /// How many fetches in a row redirected permanently to ``pendingMove``.
    public var pendingMoveCount: Int

    /// The state of a feed never fetched.
    public init(url: URL) {
        self.url = url
        validators = CacheValidators()
        consecutiveFailures = 0
        pendingMoveCount = 0
    }

    /// Whether the feed may be fetched at `now`.
    public func isDue(at now: Date) -> Bool {
        nextAttempt.map { $0 <= now } ?? true
    }

    /// The state after a successful fetch (including 304 Not Modified).
    ///
    /// - Parameters:
    ///   - response: What the fetch returned.
    ///   - feedInterval: The refresh interval the feed itself declares (``Feed/timeToLive``).
    ///   - now: The time of the fetch.
    ///   - policy: The polling intervals.
    public func recordingSuccess(
        _ response: FetchedResource, feedInterval: TimeInterval? = nil, at now: Date, policy: PollingPolicy = .default
    ) -> FeedState {
        var next = self
        next.lastAttempt = now
        next.lastSuccess = now
        next.consecutiveFailures = 0
        next.lastError = nil
        next.validators = response.validators
        let interval = policy.interval(feedInterval: feedInterval, freshnessLifetime: response.freshnessLifetime)
        next.nextAttempt = now.addingTimeInterval(interval)
        if let moved = response.permanentlyMovedTo, moved != url {
            next.pendingMoveCount = moved == pendingMove ? pendingMoveCount + 1 : 1
            next.pendingMove = moved
            if next.pendingMoveCount >= policy.permanentRedirectsBeforeMove {
                next.url = moved
                next.pendingMove = nil
                next.pendingMoveCount = 0
            }
        } else {
            next.pendingMove = nil
            next.pendingMoveCount = 0
        }
        return next
    }

    /// The state after a failed fetch: exponential backoff with jitter, at least as long as the
    /// server's `Retry-After`.
    ///
    /// - Parameters:
    ///   - error: Why the fetch failed.
    ///   - now: The time of the fetch.
    ///   - policy: The backoff bounds.
    ///   - jitter: A number in `0...1` spreading retries of many feeds apart; pass a random one.
    public func recordingFailure(
        _ error: FetchError, at now: Date, policy: PollingPolicy = .default, jitter: Double = .random(in: 0...1)
    ) -> FeedState {
        var next = self
        next.lastAttempt = now
        next.consecutiveFailures = consecutiveFailures + 1
        next.lastError = error.description
        var delay = policy.backoff(afterFailures: next.consecutiveFailures, jitter: jitter)
        if case let .httpStatus(_, _, retryAfter?) = error {
            delay = max(delay, min(retryAfter, policy.maximumRetryAfter))
        }
        next.nextAttempt = now.addingTimeInterval(delay)
        return next
    }
}

/// How often feeds are polled and how failing feeds back off.
public struct PollingPolicy: Sendable, Hashable {
    /// The interval between fetches of a healthy feed that declares nothing.
    public var defaultInterval: TimeInterval
    /// The shortest interval ever used, whatever the feed or server says.
    public var minimumInterval: TimeInterval
    /// The longest interval for a healthy feed (a feed's TTL is honoured up to this).
    public var maximumInterval: TimeInterval
    /// The delay after the first failure; it doubles with each further failure.
    public var initialBackoff: TimeInterval
    /// The longest backoff.
    public var maximumBackoff: TimeInterval
    /// The longest `Retry-After` honoured.
    public var maximumRetryAfter: TimeInterval
    /// How many fetches in a row must redirect permanently to the same place before the feed's
    /// address is updated.
    public var permanentRedirectsBeforeMove: Int

    /// Creates a policy.
    public init(
        defaultInterval: TimeInterval = 30 * 60, minimumInterval: TimeInterval = 5 * 60,
        maximumInterval: TimeInterval = 24 * 3600, initialBackoff: TimeInterval = 5 * 60,
        maximumBackoff: TimeInterval = 24 * 3600, maximumRetryAfter: TimeInterval = 48 * 3600,
        permanentRedirectsBeforeMove: Int = 3
    ) {
        self.defaultInterval = defaultInterval
        self.minimumInterval = minimumInterval
        self.maximumInterval = maximumInterval
        self.initialBackoff = initialBackoff
        self.maximumBackoff = maximumBackoff
        self.maximumRetryAfter = maximumRetryAfter
        self.permanentRedirectsBeforeMove = permanentRedirectsBeforeMove
    }

    /// The defaults: every 30 minutes, backing off from 5 minutes to a day.
    public static let `default` = PollingPolicy()

    /// The interval after a success: the default, raised to the feed's TTL and the server's
    /// freshness lifetime (they are minimums), within the bounds.
    public func interval(feedInterval: TimeInterval?, freshnessLifetime: TimeInterval?) -> TimeInterval {
        let requested = max(defaultInterval, feedInterval ?? 0, freshnessLifetime ?? 0)
        return min(max(requested, minimumInterval), max(maximumInterval, minimumInterval))
    }

    /// The delay after `failures` failures in a row, with "equal jitter": half the exponential
    /// delay is fixed, the other half scaled by `jitter` (clamped to `0...1`).
    public func backoff(afterFailures failures: Int, jitter: Double) -> TimeInterval {
        guard failures > 0 else { return 0 }
        let exponent = Double(min(failures - 1, 30))
        let full = min(maximumBackoff, initialBackoff * pow(2, exponent))
        let spread = min(max(jitter, 0), 1)
        return max(minimumInterval, full / 2 + full / 2 * spread)
    }
}
