import Foundation
import Testing
@testable import herald

@Suite struct PollingPolicyTests {
    let policy = PollingPolicy(interval: 600, maximumInterval: 86_400, jitter: 0.1)

    @Test func aFeedWithNothingToSayIsPolledAtTheConfiguredInterval() {
        #expect(policy.delay(after: PollObservation(), consecutiveFailures: 0, random: 0) == 600)
    }

    @Test(arguments: [
        (86_400.0, 43_200.0), // daily: half a day
        (21_600.0, 10_800.0), // every six hours: every three
        (300.0, 600.0), // more often than the interval: the interval
        (2_592_000.0, 86_400.0), // monthly: the maximum
    ] as [(Double, Double)])
    func aFeedThatPublishesRarelyIsPolledLessOften(gap: Double, expected: Double) {
        let observation = PollObservation(typicalGapBetweenEntries: gap)
        #expect(policy.delay(after: observation, consecutiveFailures: 0, random: 0) == expected)
    }

    @Test(arguments: [
        (PollObservation(freshnessLifetime: 3_600), 3_600.0),
        (PollObservation(timeToLive: 1_800), 1_800.0),
        (PollObservation(retryAfter: 7_200), 7_200.0),
        (PollObservation(freshnessLifetime: 60, timeToLive: 120), 600.0),
        (PollObservation(freshnessLifetime: 3_600, retryAfter: 900), 3_600.0),
        (PollObservation(retryAfter: 864_000), 86_400.0),
    ] as [(PollObservation, Double)])
    func theServersAndTheFeedsWishesAreLowerBoundsUpToTheMaximum(observation: PollObservation, expected: Double) {
        #expect(policy.delay(after: observation, consecutiveFailures: 0, random: 0) == expected)
    }

    @Test func failuresBackOffExponentiallyUpToTheMaximum() {
        let delays = (1...12).map { policy.delay(after: PollObservation(), consecutiveFailures: $0, random: 0) }
        #expect(Array(delays.prefix(4)) == [600, 1_200, 2_400, 4_800])
        #expect(zip(delays, delays.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(delays.last == 86_400)
    }

    @Test func aFailingServersRetryAfterStillCounts() {
        let delay = policy.delay(after: PollObservation(retryAfter: 5_000), consecutiveFailures: 1, random: 0)
        #expect(delay == 5_000)
    }

    @Test(arguments: [-1.0, -0.5, 0.3, 1.0, 7.0, -7.0])
    func jitterStaysWithinItsFraction(random: Double) {
        let delay = policy.delay(after: PollObservation(), consecutiveFailures: 0, random: random)
        #expect(delay >= 540 && delay <= 660)
        if random != 0 { #expect(delay != 600) }
    }

    @Test func theTypicalGapIsTheMedianOfTheNewestEntries() {
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        let hourly = (0..<30).map { now.addingTimeInterval(Double(-$0) * 3_600) }
        #expect(PollObservation.typicalGap(between: hourly.shuffled()) == 3_600)
        // One old outlier does not move the median.
        let withOutlier = Array(hourly.prefix(5)) + [now.addingTimeInterval(-90 * 86_400)]
        #expect(PollObservation.typicalGap(between: withOutlier) == 3_600)
        #expect(PollObservation.typicalGap(between: Array(hourly.prefix(2))) == nil)
        #expect(PollObservation.typicalGap(between: []) == nil)
    }
}

@Suite struct FeedScheduleTests {
    let policy = PollingPolicy(interval: 10, maximumInterval: 1_000, jitter: 0)

    @Test func everyFeedIsDueAtTheStartAndNoneTwiceWhileItIsPolled() {
        var schedule = FeedSchedule(feedCount: 3, start: 0)
        #expect(schedule.dueFeeds(at: 0) == [0, 1, 2])
        schedule.startPolling(1)
        #expect(schedule.dueFeeds(at: 5) == [0, 2])
        #expect(schedule.pollingCount == 1)
    }

    @Test func aFinishedFeedComesDueAfterItsDelay() {
        var schedule = FeedSchedule(feedCount: 2, start: 0)
        schedule.startPolling(0)
        schedule.startPolling(1)
        schedule.finishPolling(0, succeeded: true, observation: PollObservation(), policy: policy, at: 3, random: 0)
        schedule.finishPolling(1, succeeded: true, observation: PollObservation(freshnessLifetime: 50),
                               policy: policy, at: 4, random: 0)
        #expect(schedule.nextDue == 13)
        #expect(schedule.dueFeeds(at: 12.9).isEmpty)
        #expect(schedule.dueFeeds(at: 13) == [0])
        #expect(schedule.dueFeeds(at: 60) == [0, 1])
    }

    @Test func failuresInARowGrowTheDelayAndASuccessResetsIt() {
        var schedule = FeedSchedule(feedCount: 1, start: 0)
        var delays: [TimeInterval] = []
        for succeeded in [false, false, false, true, false] {
            schedule.startPolling(0)
            delays.append(schedule.finishPolling(0, succeeded: succeeded, observation: PollObservation(),
                                                 policy: policy, at: 0, random: 0))
        }
        #expect(delays == [10, 20, 40, 10, 10])
    }
}
