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
///     state = state.recordingSuccess(response, feed: feed, at: now, policy: policy)
/// } catch let error as FetchError {
///     state = state.recordingFailure(error, at: now, policy: policy)
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
    /// When the feed is next due on its polling schedule; `nil` means now.
    public var nextAttempt: Date?
    /// The earliest time anyone may fetch the feed again: the backoff of a failing feed, or what
    /// its server and the feed itself asked (Retry-After, Cache-Control, `<ttl>`); `nil` means now.
    public var notBefore: Date?
    /// What the last fetched copy and its server said about polling, reused after a 304.
    public var lastObservation: PollObservation?
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

    /// Whether the feed is due on its polling schedule at `now`.
    public func isDue(at now: Date) -> Bool {
        nextAttempt.map { $0 <= now } ?? true
    }

    /// Whether the feed must not be fetched yet at `now`: it is backing off after failures, or its
    /// server or the feed asked for a pause that has not passed.
    public func isHeldBack(at now: Date) -> Bool {
        notBefore.map { $0 > now } ?? false
    }

    /// The state after a successful fetch (including 304 Not Modified).
    ///
    /// - Parameters:
    ///   - response: What the fetch returned.
    ///   - feed: The parsed feed, `nil` after a 304 (what the previous copy said is kept).
    ///   - now: The time of the fetch.
    ///   - policy: The polling intervals.
    ///   - random: A number in `-1...1` that picks the jitter.
    public func recordingSuccess(
        _ response: FetchedResource, feed: Feed? = nil, at now: Date, policy: PollingPolicy = .default,
        random: Double = .random(in: -1...1)
    ) -> FeedState {
        var next = self
        next.lastAttempt = now
        next.lastSuccess = now
        next.consecutiveFailures = 0
        next.lastError = nil
        next.validators = response.validators
        var observation = feed.map { PollObservation(feed: $0, freshnessLifetime: response.freshnessLifetime) }
            ?? lastObservation ?? PollObservation()
        observation.freshnessLifetime = response.freshnessLifetime
        next.lastObservation = observation
        next.nextAttempt = now.addingTimeInterval(policy.delayAfterSuccess(observation, random: random))
        let wait = policy.minimumWait(after: observation)
        next.notBefore = wait > 0 ? now.addingTimeInterval(wait) : nil
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
    ///   - reason: Why the fetch failed, as one line.
    ///   - retryAfter: The server's `Retry-After`, in seconds, when it sent one.
    ///   - now: The time of the fetch.
    ///   - policy: The backoff bounds.
    ///   - random: A number in `-1...1` that picks the jitter.
    public func recordingFailure(
        _ reason: String, retryAfter: TimeInterval? = nil, at now: Date, policy: PollingPolicy = .default,
        random: Double = .random(in: -1...1)
    ) -> FeedState {
        var next = self
        next.lastAttempt = now
        next.consecutiveFailures = consecutiveFailures + 1
        next.lastError = reason
        let delay = policy.delayAfterFailure(next.consecutiveFailures, retryAfter: retryAfter, random: random)
        next.nextAttempt = now.addingTimeInterval(delay)
        next.notBefore = next.nextAttempt
        return next
    }

    /// The state after a failed fetch, with the error's description and `Retry-After`.
    public func recordingFailure(
        _ error: FetchError, at now: Date, policy: PollingPolicy = .default, random: Double = .random(in: -1...1)
    ) -> FeedState {
        var retryAfter: TimeInterval?
        if case let .httpStatus(_, _, seconds) = error { retryAfter = seconds }
        return recordingFailure(error.description, retryAfter: retryAfter, at: now, policy: policy, random: random)
    }
}

/// A feed's state as any version of Herald stored it: a ``FeedState``, or the bare
/// ``CacheValidators`` that versions before persistent polling state wrote.
public struct StoredFeedState: Decodable, Sendable {
    private let current: FeedState?
    private let legacyValidators: CacheValidators

    public init(from decoder: any Decoder) throws {
        if let state = try? FeedState(from: decoder) {
            current = state
            legacyValidators = state.validators
        } else {
            current = nil
            legacyValidators = try CacheValidators(from: decoder)
        }
    }

    /// The state of the feed configured at `url`: the stored one, or a fresh one keeping the
    /// validators an older version stored.
    public func state(for url: URL) -> FeedState {
        if let current { return current }
        var state = FeedState(url: url)
        state.validators = legacyValidators
        return state
    }
}
