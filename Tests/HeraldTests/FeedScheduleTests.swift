import Foundation
import Testing
@testable import herald

@Suite struct FeedScheduleTests {
    @Test func eachFeedIsDueAtItsOwnTimeAndNoneTwiceWhileItIsPolled() {
        var schedule = FeedSchedule(dueTimes: [0, 0, 30])
        #expect(schedule.dueFeeds(at: 0) == [0, 1])
        schedule.startPolling(1)
        #expect(schedule.dueFeeds(at: 5) == [0])
        #expect(schedule.pollingCount == 1)
        #expect(schedule.dueFeeds(at: 30) == [0, 2])
    }

    @Test func aFinishedFeedComesDueWhenItsStateSays() {
        var schedule = FeedSchedule(dueTimes: [0, 0])
        schedule.startPolling(0)
        schedule.startPolling(1)
        #expect(schedule.nextDue == nil)
        schedule.finishPolling(0, due: 13)
        schedule.finishPolling(1, due: 54)
        #expect(schedule.nextDue == 13)
        #expect(schedule.dueFeeds(at: 12.9).isEmpty)
        #expect(schedule.dueFeeds(at: 13) == [0])
        #expect(schedule.dueFeeds(at: 60) == [0, 1])
    }
}
