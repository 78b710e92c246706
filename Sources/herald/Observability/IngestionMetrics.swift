import Metrics

/// The ingestion metrics, through swift-metrics: no-ops until a metrics backend is bootstrapped
/// (`herald daemon --metrics-address` bootstraps Prometheus).
struct IngestionMetrics: Sendable {
    /// Feeds fetched successfully (including 304 Not Modified).
    let feedsFetched = Counter(label: "herald_feeds_fetched_total")
    /// Feeds whose fetch or parse failed.
    let feedsFailed = Counter(label: "herald_feeds_failed_total")
    /// Articles archived.
    let articlesArchived = Counter(label: "herald_articles_archived_total")
    /// Drafts created.
    let draftsCreated = Counter(label: "herald_drafts_created_total")
    /// How long a feed's fetch took, as a histogram.
    let feedFetchLatency = Metrics.Timer(label: "herald_feed_fetch_duration_seconds", preferredDisplayUnit: .seconds)
    /// Feeds due for a poll but waiting for a free slot.
    let queueDepth = Gauge(label: "herald_queue_depth")
    /// Feeds being ingested now.
    let feedsInFlight = Gauge(label: "herald_feeds_in_flight")

    /// Records one feed fetch's duration.
    func recordFeedFetch(duration: Duration) {
        feedFetchLatency.recordNanoseconds(duration.wholeNanoseconds)
    }
}

extension Duration {
    /// The duration in whole nanoseconds.
    var wholeNanoseconds: Int64 {
        let parts = components
        return parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000
    }
}
