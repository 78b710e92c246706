import Archive
import Extractor
import Fetcher
import Foundation
import Generator

/// One ingestion cycle: every feed fetched once, every new article extracted, analysed, drafted and archived.
///
/// Safe to kill at any moment: an article's archive entry and its drafts are committed together, and articles
/// already archived (by feed item, URL, canonical URL or text) are skipped, so a re-run does nothing twice.
struct IngestionCycle {
    let feeds: [FeedSource]
    let store: ArchiveStore
    let rulebook: Rulebook
    let fetcher: Fetcher
    /// How many feeds are fetched at once; the fetcher also limits requests per host.
    var concurrentFeeds = 8
    /// Called after each feed, for progress.
    var onFeedDone: @Sendable (FeedReport) -> Void = { _ in }

    /// Runs the cycle and reports on each feed.
    func run() async -> [FeedReport] {
        await withTaskGroup(of: (Int, FeedReport).self) { group in
            var reports = [FeedReport?](repeating: nil, count: feeds.count)
            var next = 0
            func startNext() {
                guard next < feeds.count else { return }
                let index = next
                next += 1
                group.addTask { (index, await ingest(feeds[index])) }
            }
            for _ in 0..<min(concurrentFeeds, feeds.count) { startNext() }
            for await (index, report) in group {
                reports[index] = report
                onFeedDone(report)
                startNext()
            }
            return reports.compactMap { $0 }
        }
    }

    /// Fetches one feed and ingests its new entries.
    private func ingest(_ source: FeedSource) async -> FeedReport {
        let feedURL = source.url.absoluteString
        var report = FeedReport(source: source)
        do {
            let validators = try store.feedState(CacheValidators.self, for: feedURL) ?? CacheValidators()
            let resource = try await fetcher.fetchFeed(source.url, validators: validators)
            if resource.isNotModified {
                report.outcome = .notModified
                try store.recordFetch(FetchRecord(feedURL: feedURL, time: Date(), outcome: "not-modified",
                                                  httpStatus: resource.statusCode))
                return report
            }
            let feed = try FeedParser.parse(resource.body, url: resource.finalURL, contentType: resource.contentType)
            report.title = feed.title
            for entry in feed.entries {
                do {
                    try await ingest(entry, of: source, into: &report)
                } catch {
                    report.articleFailures.append(ArticleFailure(url: entry.link?.absoluteString ?? entry.id,
                                                                 reason: "\(error)"))
                }
            }
            try store.saveFeedState(resource.validators, for: feedURL, title: feed.title)
            try store.recordFetch(FetchRecord(
                feedURL: feedURL, time: Date(), outcome: "ok", httpStatus: resource.statusCode,
                detail: report.articleFailures.isEmpty ? nil : "\(report.articleFailures.count) articles failed",
                newArticles: report.newArticles
            ))
            report.outcome = .fetched
        } catch {
            report.outcome = .failed("\(error)")
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
        var page = try PageExtractor().extract(html: fetchedPage.html, url: fetchedPage.url)
        page.fillGaps(from: entry)
        guard !page.text.isEmpty else { throw IngestionError.noText }

        let record = ArticleRecord(
            guid: guid, url: fetchedPage.url ?? link ?? guid, feedURL: feedURL, page: page,
            rawPage: Data(fetchedPage.html)
        )
        let published = record.publishedDay ?? CalendarDay(record.fetchedAt)
        let analysis = TextAnalyzer().analyze(page.text, published: published)
        let outcome = try store.ingest(record, analysis: analysis, rulebook: rulebook)
        if case let .archived(_, created, updated) = outcome {
            report.newArticles += 1
            report.announcements += analysis.announcements.count
            report.createdDrafts += created
            report.updatedDrafts += updated
        }
    }

    /// The article page of an entry: fetched when the feed carries only a summary, else the feed's own content.
    private func page(for entry: FeedEntry) async throws -> (html: [UInt8], url: String?) {
        if entry.needsFullPage, let link = entry.link {
            let resource = try await fetcher.fetchPage(link)
            return (resource.body, resource.finalURL.absoluteString)
        }
        guard let content = entry.content ?? entry.summary else { throw IngestionError.noText }
        let body = content.kind == .text ? "<p>\(escapingMarkup(content.value))</p>" : content.value
        return (Array("<html><body><article>\(body)</article></body></html>".utf8), entry.link?.absoluteString)
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
