import Archive
import Extractor
import Fetcher
import Foundation
import Generator
import Logging

/// Ingests one feed: fetches it (conditionally), and extracts, analyses, drafts and archives each entry the archive
/// does not have yet.
///
/// Safe to kill at any moment: an article's archive entry and its drafts are committed together, and articles
/// already archived (by feed item, URL, canonical URL or text) are skipped, so a re-run does nothing twice.
struct FeedIngestor: Sendable {
    let store: any IngestionStore
    let rulebook: Rulebook
    let fetcher: Fetcher
    var metrics = IngestionMetrics()
    var logger = Logger(label: "herald.ingest")
    /// How often feeds are polled and how failing ones back off; a feed's own `interval` overrides the base.
    var policy = PollingPolicy.default
    /// Called after each archived article, for progress.
    var onArticleArchived: @Sendable () -> Void = {}
    /// Asked between articles: once it answers true, the rest of the feed is left for the next poll.
    var shouldStop: @Sendable () -> Bool = { false }
    /// The most entries read from one feed in one poll. Feeds list their newest entries first; the rest of a longer
    /// feed is ignored (and logged), so that one feed cannot make Herald fetch an unbounded number of pages.
    var maximumEntriesPerPoll = 1_000

    /// Fetches one feed and ingests its new entries, then saves the feed's polling state (validators, failures,
    /// next attempt, a permanent move) for the next run.
    func ingest(_ source: FeedSource) async -> FeedReport {
        let feedURL = source.url.absoluteString
        var report = FeedReport(source: source)
        let policy = policy.forFeed(interval: source.interval)
        let previous = await savedState(of: source)
        var state = previous
        let now = Date()
        let started = ContinuousClock.now
        do {
            let resource = try await fetcher.fetchFeed(
                state.url, validators: state.validators, allowingPrivateAddresses: source.allowsPrivateAddresses)
            metrics.recordFeedFetch(duration: ContinuousClock.now - started)
            if resource.isNotModified {
                report.outcome = .notModified
                state = state.recordingSuccess(resource, at: now, policy: policy)
                try await store.saveFeedState(state, for: feedURL, title: nil, at: Date())
                try await store.recordFetch(FetchRecord(feedURL: feedURL, time: Date(), outcome: "not-modified",
                                                  httpStatus: resource.statusCode))
                metrics.feedsFetched.increment()
                return finished(report, state: state, previous: previous)
            }
            let feed = try FeedParser.parse(resource.body, url: resource.finalURL, contentType: resource.contentType)
            report.title = feed.title
            var abandoned = false
            if feed.entries.count > maximumEntriesPerPoll {
                logger.warning("feed lists more entries than are read in one poll", metadata: [
                    "feed": "\(report.displayName)", "entries": "\(feed.entries.count)", "read": "\(maximumEntriesPerPoll)",
                ])
            }
            for entry in feed.entries.prefix(maximumEntriesPerPoll) {
                if shouldStop() {
                    abandoned = true
                    break
                }
                do {
                    try await ingest(entry, of: source, into: &report)
                } catch {
                    report.articleFailures.append(ArticleFailure(url: entry.link?.absoluteString ?? entry.id,
                                                                 reason: "\(error)"))
                    logger.warning("article failed", metadata: [
                        "feed": "\(report.displayName)", "article": "\(entry.link?.absoluteString ?? entry.id)",
                        "reason": "\(error)",
                    ])
                }
            }
            // The state is saved only once every entry was tried: a feed left half-done is fetched whole, at once,
            // next time.
            if !abandoned {
                state = state.recordingSuccess(resource, feed: feed, at: now, policy: policy)
                try await store.saveFeedState(state, for: feedURL, title: feed.title, at: Date())
            }
            try await store.recordFetch(FetchRecord(
                feedURL: feedURL, time: Date(), outcome: abandoned ? "interrupted" : "ok",
                httpStatus: resource.statusCode,
                detail: report.articleFailures.isEmpty ? nil : "\(report.articleFailures.count) articles failed",
                newArticles: report.newArticles
            ))
            report.outcome = abandoned ? .interrupted : .fetched
            metrics.feedsFetched.increment()
        } catch {
            report.outcome = .failed("\(error)")
            metrics.feedsFailed.increment()
            var retryAfter: TimeInterval?
            if case let .httpStatus(_, _, seconds)? = error as? FetchError { retryAfter = seconds }
            state = previous.recordingFailure("\(error)", retryAfter: retryAfter, at: now, policy: policy)
            do {
                try await store.saveFeedState(state, for: feedURL, title: nil, at: Date())
            } catch {
                logger.error("cannot save the feed's state", metadata: [
                    "feed": "\(report.displayName)", "reason": "\(error)",
                ])
            }
            try? await store.recordFetch(FetchRecord(feedURL: feedURL, time: Date(), outcome: "failed", detail: "\(error)"))
        }
        return finished(report, state: state, previous: previous)
    }

    /// The feed's saved polling state, or a fresh one for a new feed. A state the archive cannot read is logged and
    /// started afresh: it only spares the server work, losing it loses nothing else.
    func savedState(of source: FeedSource) async -> FeedState {
        do {
            return try await store.feedState(StoredFeedState.self, for: source.url.absoluteString)?.state(for: source.url)
                ?? FeedState(url: source.url)
        } catch {
            logger.warning("unreadable feed state, starting afresh", metadata: [
                "feed": "\(source.name ?? source.url.absoluteString)", "reason": "\(error)",
            ])
            return FeedState(url: source.url)
        }
    }

    /// The report with the feed's new state; a permanent move just adopted is logged.
    private func finished(_ report: FeedReport, state: FeedState, previous: FeedState) -> FeedReport {
        var report = report
        report.state = state
        if state.url != previous.url {
            logger.warning("feed moved permanently; fetching its new address from now on", metadata: [
                "feed": "\(report.displayName)", "from": "\(previous.url.absoluteString)",
                "to": "\(state.url.absoluteString)",
            ])
        }
        return report
    }

    /// Fetches, extracts, analyses and archives one feed entry, unless the archive already has it.
    private func ingest(_ entry: FeedEntry, of source: FeedSource, into report: inout FeedReport) async throws {
        let feedURL = source.url.absoluteString
        // A feed from the web must not make Herald read local files.
        if let link = entry.link, link.isFileURL, !source.url.isFileURL {
            throw IngestionError.localLinkInRemoteFeed(link.absoluteString)
        }
        // Publishers' GUIDs are only unique within their feed.
        let guid = "\(feedURL)#\(entry.id)"
        let link = entry.link?.absoluteString
        let cleanLink = entry.link.map { CanonicalURL.normalize($0).absoluteString }
        if try await store.containsArticle(guid: guid, url: link, canonicalURL: cleanLink) { return }

        let fetchedPage = try await page(for: entry, of: source)
        var page = try PageExtractor().extract(
            html: fetchedPage.html, url: fetchedPage.url, headerCharset: fetchedPage.charset
        )
        page.fillGaps(from: entry)
        page.settleCanonicalURL(fetchedAt: fetchedPage.url.flatMap(URL.init(string:)) ?? entry.link)
        guard !page.text.isEmpty else { throw IngestionError.noText }

        let record = ArticleRecord(
            guid: guid, url: fetchedPage.url ?? link ?? guid, feedURL: feedURL, page: page,
            rawPage: Data(fetchedPage.html)
        )
        let published = record.publishedDay ?? CalendarDay(record.fetchedAt)
        let analysis = TextAnalyzer().analyze(page.text, headline: page.title, published: published)
        let outcome = try await store.ingestInBatch(record, analysis: analysis, rulebook: rulebook,
                                                    generator: DraftGenerator(), now: Date())
        if case let .archived(_, created, updated) = outcome {
            report.newArticles += 1
            report.announcements += analysis.announcements.count
            report.createdDrafts += created
            report.updatedDrafts += updated
            metrics.articlesArchived.increment()
            metrics.draftsCreated.increment(by: created.count)
            onArticleArchived()
        }
    }

    /// The article page of an entry: fetched when the feed carries only a summary, else the feed's own content.
    /// A feed allowed on private addresses has its pages allowed too.
    private func page(
        for entry: FeedEntry, of source: FeedSource
    ) async throws -> (html: [UInt8], url: String?, charset: String?) {
        if entry.needsFullPage, let link = entry.link {
            let resource = try await fetcher.fetchPage(link, allowingPrivateAddresses: source.allowsPrivateAddresses)
            return (resource.body, resource.finalURL.absoluteString, resource.charset)
        }
        guard let content = entry.content ?? entry.summary else { throw IngestionError.noText }
        let body = content.kind == .text ? "<p>\(escapingMarkup(content.value))</p>" : content.value
        return (Array("<html><body><article>\(body)</article></body></html>".utf8), entry.link?.absoluteString, "utf-8")
    }
}

/// Why an entry could not be ingested.
enum IngestionError: Error, CustomStringConvertible {
    case noText
    case localLinkInRemoteFeed(String)

    var description: String {
        switch self {
        case .noText: "the entry has no link and no content, or its page has no main text"
        case let .localLinkInRemoteFeed(link): "refusing a local file link in a feed from the web: \(link)"
        }
    }
}

private func escapingMarkup(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
}

extension ArticlePage {
    /// Replaces the canonical URL the page declares by the one the archive files it under: the declared one when it
    /// stays on the page's site and is not the site's root, else the address fetched; without tracking parameters
    /// either way (see ``ArticleURL``).
    mutating func settleCanonicalURL(fetchedAt address: URL?) {
        guard let address else { return }
        let chosen = ArticleURL.canonical(declared: canonicalURL, fetched: address)
        if let declared = canonicalURL {
            if URL(string: declared).map(CanonicalURL.normalize) != chosen {
                provenance["canonicalURL"] = "address fetched (the page's \(declared) points off the article)"
            }
        } else {
            provenance["canonicalURL"] = "address fetched"
        }
        canonicalURL = chosen.absoluteString
    }

    /// Takes the feed's title, author and date where the page has none.
    mutating func fillGaps(from entry: FeedEntry) {
        if title == nil, let entryTitle = entry.title {
            title = entryTitle
            provenance["title"] = "feed entry"
        }
        if authors.isEmpty, let author = entry.author {
            authors = [author]
            provenance["authors"] = "feed entry"
        }
        if published == nil, let date = entry.published ?? entry.updated {
            published = ISO8601DateFormatter().string(from: date)
            provenance["published"] = "feed entry"
        }
    }
}
