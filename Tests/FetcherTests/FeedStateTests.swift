import Foundation
import Testing
@testable import Fetcher

@Suite struct FeedStateTests {
    let feedURL = URL(string: "https://news.example/feed")!
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    let policy = PollingPolicy(interval: 600, maximumInterval: 86_400, jitter: 0.1)

    func response(
        status: Int = 200, movedTo: URL? = nil, freshness: TimeInterval? = nil, etag: String? = "\"v1\""
    ) -> FetchedResource {
        FetchedResource(
            statusCode: status, body: [], finalURL: movedTo ?? feedURL, contentType: "application/rss+xml",
            validators: CacheValidators(entityTag: etag, lastModified: nil), permanentlyMovedTo: movedTo,
            freshnessLifetime: freshness)
    }

    func feed(ttl: TimeInterval? = nil, hoursBetweenEntries gap: Double? = nil) -> Feed {
        let entries = gap.map { gap in
            (0..<6).map { FeedEntry(id: "e\($0)", published: start.addingTimeInterval(-Double($0) * gap * 3600)) }
        } ?? []
        return Feed(format: .rss20, timeToLive: ttl, entries: entries)
    }

    @Test func aNewFeedIsDueAtOnceAndNotHeldBack() {
        #expect(FeedState(url: feedURL).isDue(at: start))
        #expect(!FeedState(url: feedURL).isHeldBack(at: start))
    }

    @Test func successStoresValidatorsAndSchedulesTheInterval() {
        let state = FeedState(url: feedURL).recordingSuccess(response(), at: start, policy: policy, random: 0)
        #expect(state.validators.entityTag == "\"v1\"")
        #expect(state.nextAttempt == start.addingTimeInterval(600))
        #expect(!state.isDue(at: start.addingTimeInterval(599)))
        #expect(state.isDue(at: start.addingTimeInterval(600)))
        // Nothing asked for a pause: `herald run` may fetch it again at once.
        #expect(!state.isHeldBack(at: start.addingTimeInterval(1)))
    }

    @Test(arguments: [
        (nil, nil, 600.0),
        (3_600.0, nil, 3_600.0), // Cache-Control
        (nil, 1_800.0, 1_800.0), // <ttl>
        (60.0, 120.0, 600.0), // shorter than the interval: the interval
        (864_000.0, nil, 86_400.0), // absurd: the maximum
    ] as [(Double?, Double?, Double)])
    func theServersAndTheFeedsWishesAreLowerBoundsUpToTheMaximum(freshness: Double?, ttl: Double?, expected: Double) {
        let state = FeedState(url: feedURL)
            .recordingSuccess(response(freshness: freshness), feed: feed(ttl: ttl), at: start, policy: policy, random: -1)
        #expect(state.nextAttempt == start.addingTimeInterval(expected == 600 ? 540 : expected))
        let wish = max(freshness ?? 0, ttl ?? 0)
        #expect(state.isHeldBack(at: start.addingTimeInterval(min(wish, 86_400) - 1)) == (wish > 0))
        #expect(!state.isHeldBack(at: start.addingTimeInterval(min(wish, 86_400))))
    }

    @Test func aFeedTTLOutlivesA304() {
        let first = FeedState(url: feedURL).recordingSuccess(response(), feed: feed(ttl: 7_200), at: start,
                                                             policy: policy, random: 0)
        let later = start.addingTimeInterval(7_200)
        let notModified = first.recordingSuccess(response(status: 304), at: later, policy: policy, random: 0)
        #expect(notModified.nextAttempt == later.addingTimeInterval(7_200))
    }

    @Test(arguments: [
        (24.0, 43_200.0), // daily: half a day
        (6.0, 10_800.0), // every six hours: every three
        (0.05, 600.0), // more often than the interval: the interval
        (720.0, 86_400.0), // monthly: the maximum
    ] as [(Double, Double)])
    func aFeedThatPublishesRarelyIsPolledLessOften(hours: Double, expected: Double) {
        let state = FeedState(url: feedURL).recordingSuccess(response(), feed: feed(hoursBetweenEntries: hours),
                                                             at: start, policy: policy, random: 0)
        #expect(state.nextAttempt == start.addingTimeInterval(expected))
    }

    @Test func failuresBackOffExponentiallyUpToTheMaximumAndRecover() {
        var state = FeedState(url: feedURL)
        var delays: [TimeInterval] = []
        for attempt in 0..<12 {
            let now = start.addingTimeInterval(TimeInterval(attempt) * 100_000)
            state = state.recordingFailure(.network(feedURL, reason: "refused"), at: now, policy: policy, random: 0)
            delays.append(state.nextAttempt!.timeIntervalSince(now))
            #expect(state.isHeldBack(at: now.addingTimeInterval(delays.last! - 1)))
        }
        #expect(delays.prefix(4) == [600, 1_200, 2_400, 4_800])
        #expect(zip(delays, delays.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(delays.last == 86_400)
        #expect(state.consecutiveFailures == 12)
        #expect(state.lastError?.contains("refused") == true)

        let recovered = state.recordingSuccess(response(), at: start, policy: policy, random: 0)
        #expect(recovered.consecutiveFailures == 0)
        #expect(recovered.lastError == nil)
        #expect(recovered.lastSuccess == start)
        #expect(!recovered.isHeldBack(at: start))
    }

    @Test(arguments: [-1.0, -0.5, 0.3, 1.0, 7.0, -7.0, .nan])
    func jitterStaysWithinItsFraction(random: Double) {
        let state = FeedState(url: feedURL).recordingSuccess(response(), at: start, policy: policy, random: random)
        let delay = state.nextAttempt!.timeIntervalSince(start)
        #expect(delay >= 540 && delay <= 660)
        if random != 0, random.isFinite { #expect(delay != 600) }
    }

    @Test func retryAfterIsHonouredUpToItsCapAndJitterNeverShortensIt() {
        let limited = FeedState(url: feedURL)
            .recordingFailure(.httpStatus(429, feedURL, retryAfter: 7200), at: start, policy: policy, random: -1)
        #expect(limited.nextAttempt == start.addingTimeInterval(7200))
        #expect(limited.isHeldBack(at: start.addingTimeInterval(7199)))
        let absurd = FeedState(url: feedURL)
            .recordingFailure(.httpStatus(503, feedURL, retryAfter: 30 * 86_400), at: start, policy: policy, random: 0)
        #expect(absurd.nextAttempt == start.addingTimeInterval(48 * 3600))
    }

    @Test func aFeedsOwnIntervalReplacesTheBase() {
        let hourly = policy.forFeed(interval: 3_600)
        #expect(hourly.interval == 3_600)
        #expect(policy.forFeed(interval: nil) == policy)
        #expect(policy.forFeed(interval: 200_000).maximumInterval == 200_000)
        let state = FeedState(url: feedURL).recordingSuccess(response(freshness: 7_200), at: start, policy: hourly,
                                                             random: 0)
        #expect(state.nextAttempt == start.addingTimeInterval(7_200))
    }

    @Test func theTypicalGapIsTheMedianOfTheNewestEntries() {
        let hourly = (0..<30).map { start.addingTimeInterval(Double(-$0) * 3_600) }
        #expect(PollObservation.typicalGap(between: hourly.shuffled()) == 3_600)
        // One old outlier does not move the median.
        let withOutlier = Array(hourly.prefix(5)) + [start.addingTimeInterval(-90 * 86_400)]
        #expect(PollObservation.typicalGap(between: withOutlier) == 3_600)
        #expect(PollObservation.typicalGap(between: Array(hourly.prefix(2))) == nil)
        #expect(PollObservation.typicalGap(between: []) == nil)
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
        let failed = state.recordingFailure(.timedOut(feedURL), at: start)
        #expect(failed.pendingMoveCount == 2)
        state = state.recordingSuccess(response(movedTo: target), at: start)
        #expect(state.url == target)
        #expect(state.pendingMove == nil)
    }

    @Test func stateRoundTripsThroughJSON() throws {
        let state = FeedState(url: feedURL).recordingFailure(.timedOut(feedURL), at: start, random: 0.5)
            .recordingSuccess(response(), feed: feed(ttl: 60, hoursBetweenEntries: 2), at: start)
        let decoded = try JSONDecoder().decode(FeedState.self, from: JSONEncoder().encode(state))
        #expect(decoded == state)
        let stored = try JSONDecoder().decode(StoredFeedState.self, from: JSONEncoder().encode(state))
        #expect(stored.state(for: URL(string: "https://elsewhere.example/")!) == state)
    }

    @Test func validatorsAnOlderVersionStoredAreKept() throws {
        let legacy = try JSONEncoder().encode(CacheValidators(entityTag: "\"abc\"", lastModified: "Tue, 01 Oct 2024"))
        let state = try JSONDecoder().decode(StoredFeedState.self, from: legacy).state(for: feedURL)
        #expect(state.url == feedURL)
        #expect(state.validators == CacheValidators(entityTag: "\"abc\"", lastModified: "Tue, 01 Oct 2024"))
        #expect(state.consecutiveFailures == 0)
        #expect(state.isDue(at: start))
        let empty = try JSONDecoder().decode(StoredFeedState.self, from: Data("{}".utf8)).state(for: feedURL)
        #expect(empty == FeedState(url: feedURL))
        #expect(throws: (any Error).self) { try JSONDecoder().decode(StoredFeedState.self, from: Data("[1]".utf8)) }
    }
}
