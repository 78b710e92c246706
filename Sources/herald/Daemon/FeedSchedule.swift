import Foundation

/// When each feed is due, and which are being polled: the daemon's plan, as a value.
///
/// Times are seconds on a monotonic clock, so that the plan is pure and testable; the daemon passes the
/// current time in.
struct FeedSchedule: Sendable {
    private struct Slot: Sendable {
        var due: Double
        var isPolling = false
        var consecutiveFailures = 0
    }

    private var slots: [Slot]

    /// A schedule where every feed is due at `start`.
    init(feedCount: Int, start: Double) {
        slots = Array(repeating: Slot(due: start), count: feedCount)
    }

    /// The feeds due at `now` and not being polled, earliest first.
    func dueFeeds(at now: Double) -> [Int] {
        slots.indices.filter { !slots[$0].isPolling && slots[$0].due <= now }.sorted { slots[$0].due < slots[$1].due }
    }

    /// The earliest due time of a feed that is not being polled.
    var nextDue: Double? {
        slots.filter { !$0.isPolling }.map(\.due).min()
    }

    /// How many feeds are being polled.
    var pollingCount: Int {
        slots.count { $0.isPolling }
    }

    /// Marks a feed as being polled.
    mutating func startPolling(_ feed: Int) {
        slots[feed].isPolling = true
    }

    /// Marks a feed's poll as finished and plans its next one.
    ///
    /// - Returns: The delay chosen.
    @discardableResult
    mutating func finishPolling(_ feed: Int, succeeded: Bool, observation: PollObservation, policy: PollingPolicy,
                                at now: Double, random: Double) -> TimeInterval {
        slots[feed].isPolling = false
        slots[feed].consecutiveFailures = succeeded ? 0 : slots[feed].consecutiveFailures + 1
        let delay = policy.delay(after: observation, consecutiveFailures: slots[feed].consecutiveFailures,
                                 random: random)
        slots[feed].due = now + delay
        return delay
    }
}
