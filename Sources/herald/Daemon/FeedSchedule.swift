import Foundation

/// When each feed is due, and which are being polled: the daemon's plan, as a value.
///
/// Times are seconds on a monotonic clock, so that the plan is pure and testable; the daemon passes the
/// current time in. When each feed is due comes from its saved ``FeedState``, which the ingestor updates after each
/// poll with the shared ``PollingPolicy``.
struct FeedSchedule: Sendable {
    private struct Slot: Sendable {
        var due: Double
        var isPolling = false
    }

    private var slots: [Slot]

    /// A schedule where each feed is due at its own time.
    init(dueTimes: [Double]) {
        slots = dueTimes.map { Slot(due: $0) }
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

    /// Marks a feed's poll as finished; it comes due again at `due`.
    mutating func finishPolling(_ feed: Int, due: Double) {
        slots[feed].isPolling = false
        slots[feed].due = due
    }
}
