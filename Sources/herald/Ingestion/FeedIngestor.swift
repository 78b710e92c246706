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
    let store: ArchiveStore
    let rulebook: Rulebook
    let fetcher: Fetcher
    var metrics = IngestionMetrics()
    var logger = Logger(label: "herald.ingest")
    /// Called after each archived article, for progress.
    var onArticleArchived: @Sendable () -> Void = {}
    /// Asked between articles: once it answers true, the rest of the feed is left for the next poll.
    var shouldStop: @Sendable () -> Bool = { false }

    /// Fetches one feed and ingests its new entries.
    func ingest(_ source: FeedSource) async -> FeedReport {
        let feedURL = source.url.absoluteString
        var report = FeedReport(source: source)
        let started = ContinuousClock.now
        do {
            let validators = try store.feedState(CacheValidators.self, for: feedURL) ?? CacheValidators()
            let resource: FetchedResource
            do {
                resource = try await fetcher.fetchFeed(source.url, validators: validators)
                metrics.recordFeedFetch(duration: ContinuousClock.now - started)
            } catch {
                if case let .httpStatus(_, _, retryAfter) = error { report.retryAfter = retryAfter }
                throw error
            }
            report.freshnessLifetime = resource.freshnessLifetime
            if resource.isNotModified {
                report.outcome = .notModified
                try store.recordFetch(FetchRecord(feedURL: feedURL, time: Date(), outcome: "not-modified",
                                                  httpStatus: resource.statusCode))
                metrics.feedsFetched.increment()
                return report
            }
            let feed = try FeedParser.parse(resource.body, url: resource.finalURL, contentType: resource.contentType)
            report.title = feed.title
            report.timeToLive = feed.timeToLive
            report.entryDates = feed.entries.compactMap { $0.published ?? $0.updated }
            var abandoned = false
            for entry in feed.entries {
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
            // Validators are saved only once every entry was tried: a feed left half-done is fetched whole next time.
            if !abandoned {
                try store.saveFeedState(resource.validators, for: feedURL, title: feed.title)
            }
            try store.recordFetch(FetchRecord(
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
            try? store.recordFetch(FetchRecord(feedURL: feedURL, time: Date(), outcome: "failed", detail: "\(error)"))
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
        if try store.containsArticle(guid: guid, url: link) { return }

        let fetchedPage = try await page(for: entry)
        var page = try PageExtractor().extract(
            html: fetchedPage.html, url: fetchedPage.url, headerCharset: fetchedPage.charset
        )
        page.fillGaps(from: entry)
        guard !page.text.isEmpty else { throw IngestionError.noText }

        let record = ArticleRecord(
            guid: guid, url: fetchedPage.url ?? link ?? guid, feedURL: feedURL, page: page,
            rawPage: Data(fetchedPage.html)
        )
        let published = record.publishedDay ?? CalendarDay(record.fetchedAt)
        let analysis = TextAnalyzer().analyze(page.text, published: published)
        let outcome = try await store.ingestInBatch(record, analysis: analysis, rulebook: rulebook)
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
    private func page(for entry: FeedEntry) async throws -> (html: [UInt8], url: String?, charset: String?) {
        if entry.needsFullPage, let link = entry.link {
            let resource = try await fetcher.fetchPage(link)
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
