import Foundation

/// Keeps Herald polite towards each host: at most a few requests in flight, and a minimum
/// delay between the starts of two requests.
actor HostScheduler {
    private let maximumConcurrent: Int
    private let minimumDelay: Duration
    private var active: [String: Int] = [:]
    private var nextStart: [String: ContinuousClock.Instant] = [:]
    private let clock = ContinuousClock()

    init(maximumConcurrent: Int, minimumDelay: Duration) {
        self.maximumConcurrent = max(1, maximumConcurrent)
        self.minimumDelay = minimumDelay
    }

    /// Waits until a request to the host may start, and counts it as in flight.
    func acquire(host: String) async throws {
        while true {
            try Task.checkCancellation()
            let now = clock.now
            let earliest = nextStart[host] ?? now
            if active[host, default: 0] < maximumConcurrent, earliest <= now {
                active[host, default: 0] += 1
                nextStart[host] = now + minimumDelay
                return
            }
            let wait = earliest > now ? earliest - now : .milliseconds(20)
            try await Task.sleep(for: min(wait, .milliseconds(250)))
        }
    }

    /// Marks a request to the host as finished.
    func release(host: String) {
        active[host, default: 1] -= 1
    }
}
