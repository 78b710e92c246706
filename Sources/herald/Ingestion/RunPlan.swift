import Fetcher
import Foundation

/// Which feeds one `herald run` fetches: every feed not held back by its saved state (backing off after
/// failures, or asked to wait by its server or itself), or every feed when forced. Local files are never held back.
struct RunPlan {
    /// The feeds to fetch, in list order.
    let due: [FeedSource]
    /// The reports of the feeds left alone, by their place in the list.
    let heldBack: [Int: FeedReport]
    private let order: [FeedSource]

    init(feeds: [FeedSource], force: Bool, now: Date, savedState: (FeedSource) -> FeedState) {
        var due: [FeedSource] = []
        var heldBack: [Int: FeedReport] = [:]
        for (index, source) in feeds.enumerated() {
            let state = force || source.url.isFileURL ? nil : savedState(source)
            if let state, state.isHeldBack(at: now) {
                heldBack[index] = .heldBack(source, state: state)
            } else {
                due.append(source)
            }
        }
        self.due = due
        self.heldBack = heldBack
        order = feeds
    }

    /// The reports of the fetched feeds (in the order of ``due``) merged with the held-back ones, in list order.
    func inListOrder(_ fetched: [FeedReport]) -> [FeedReport] {
        var fetchedReports = fetched.makeIterator()
        return order.indices.compactMap { heldBack[$0] ?? fetchedReports.next() }
    }
}
