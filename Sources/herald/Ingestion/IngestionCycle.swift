import Fetcher

/// One ingestion cycle: every feed ingested once, a bounded number at a time.
struct IngestionCycle {
    let feeds: [FeedSource]
    let ingestor: FeedIngestor
    /// How many feeds are ingested at once; the fetcher also limits requests per host.
    var concurrentFeeds = 16
    /// Called after each feed, for progress.
    var onFeedDone: @Sendable (FeedReport) -> Void = { _ in }

    /// Runs the cycle and reports on each feed, in the order of the feed list.
    func run() async -> [FeedReport] {
        await withTaskGroup(of: (Int, FeedReport).self) { group in
            var reports = [FeedReport?](repeating: nil, count: feeds.count)
            var next = 0
            func startNext() {
                guard next < feeds.count else { return }
                let index = next
                next += 1
                group.addTask { (index, await ingestor.ingest(feeds[index])) }
            }
            for _ in 0..<min(max(1, concurrentFeeds), feeds.count) { startNext() }
            for await (index, report) in group {
                reports[index] = report
                onFeedDone(report)
                startNext()
            }
            return reports.compactMap { $0 }
        }
    }
}
