import Foundation
import Testing
@testable import Fetcher

@Suite struct FeedStateTests {
    let feedURL = URL(string: "https://news.example/feed")!
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    func response(
        status: Int = 200, movedTo: URL? = nil, freshness: TimeInterval? = nil, etag: String? = "\"v1\""
    ) -> FetchedResource {
        FetchedResource(
            statusCode: status, body: [], finalURL: movedTo ?? feedURL, contentType: "application/rss+xml",
            validators: CacheValidators(entityTag: etag, lastModified: nil), permanentlyMovedTo: movedTo,
            freshnessLifetime: freshness)
    }

    @Test func aNewFeedIsDueAtOnce() {
        #expect(FeedState(url: feedURL).isDue(at: start))
    }

    @Test func successStoresValidatorsAndSchedulesTheDefaultInterval() {
        let state = FeedState(url: feedURL).recordingSuccess(response(), at: start)
        #expect(state.validators.entityTag == "\"v1\"")
        #expect(state.nextAttempt == start.addingTimeInterval(30 * 60))
        #expect(!state.isDue(at: start.addingTimeInterval(29 * 60)))
        #expect(state.isDue(at: start.addingTimeInterval(30 * 60)))
    }

    @Test func feedTTLAndCacheLifetimeAreMinimumsWithinBounds() {
        let policy = PollingPolicy.default
        #expect(policy.interval(feedInterval: 2 * 3600, freshnessLifetime: nil) == 2 * 3600)
        #expect(policy.interval(feedInterval: 60, freshnessLifetime: 3 * 3600) == 3 * 3600)
        #expect(policy.interval(feedInterval: 60, freshnessLifetime: 10) == 30 * 60)
        #expect(policy.interval(feedInterval: 90 * 86_400, freshnessLifetime: nil) == 24 * 3600)
    }

    @Test func failuresBackOffExponentiallyWithJitterAndRecover() {
        var state = FeedState(url: feedURL)
        var delays: [TimeInterval] = []
        for attempt in 0..<12 {
            let now = start.addingTimeInterval(TimeInterval(attempt) * 100_000)
            state = state.recordingFailure(.network(feedURL, reason: "refused"), at: now, jitter: 1)
            delays.append(state.nextAttempt!.timeIntervalSince(now).rounded())
        }
        #expect(delays.prefix(4) == [300, 600, 1200, 2400])
        #expect(delays.last == TimeInterval(24 * 3600), "\(delays)")
        #expect(state.consecutiveFailures == 12)
        #expect(state.lastError?.contains("refused") == true)

        let halfJitter = FeedState(url: feedURL).recordingFailure(.timedOut(feedURL), at: start, jitter: 0)
            .recordingFailure(.timedOut(feedURL), at: start, jitter: 0)
        #expect(halfJitter.nextAttempt == start.addingTimeInterval(300))

        let recovered = state.recordingSuccess(response(), at: start)
        #expect(recovered.consecutiveFailures == 0)
        #expect(recovered.lastError == nil)
    }

    @Test func retryAfterIsHonouredUpToItsCap() {
        let limited = FeedState(url: feedURL)
            .recordingFailure(.httpStatus(429, feedURL, retryAfter: 7200), at: start, jitter: 0)
        #expect(limited.nextAttempt == start.addingTimeInterval(7200))
        let absurd = FeedState(url: feedURL)
            .recordingFailure(.httpStatus(503, feedURL, retryAfter: 30 * 86_400), at: start, jitter: 0)
        #expect(absurd.nextAttempt == start.addingTimeInterval(48 * 3600))
    }

    @Test func aFeedMovesOnlyAfterRepeatedPermanentRedirects() {
        let target = URL(string: "https://new.example/feed")!
        var state = FeedState(url: feedURL)
        state = state.recordingSuccess(response(movedTo: target), at: start)
        state = state.recordingSuccess(response(movedTo: target), at: start)
        #expect(state.url == feedURL)
        #expect(state.pendingMoveCount == 2)
        let interrupted = state.recordingSuccess(response(), at: start)
        #expect(interrupted.pendingMove == nil)
        state = state.recordingSuccess(response(movedTo: target), at: start)
        #expect(state.url == target)
        #expect(state.pendingMove == nil)
    }

    @Test func stateRoundTripsThroughJSON() throws {
        let state = FeedState(url: feedURL).recordingFailure(.timedOut(feedURL), at: start, jitter: 0.5)
        let decoded = try JSONDecoder().decode(FeedState.self, from: JSONEncoder().encode(state))
        #expect(decoded == state)
    }
}
