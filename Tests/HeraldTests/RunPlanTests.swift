import Extractor
import Fetcher
import Foundation
import Testing
@testable import herald

@Suite struct RunPlanTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let healthy = FeedSource(url: URL(string: "https://healthy.example/rss")!)
    let failing = FeedSource(url: URL(string: "https://failing.example/rss")!, name: "Failing")
    let asksToWait = FeedSource(url: URL(string: "https://ttl.example/rss")!)
    let local = FeedSource(url: URL(fileURLWithPath: "/srv/feeds/local.xml"))

    func state(of source: FeedSource) -> FeedState {
        var state = FeedState(url: source.url)
        switch source {
        case failing:
            state = state.recordingFailure("HTTP 500", at: now.addingTimeInterval(-60), random: 0)
        case asksToWait, local:
            state.notBefore = now.addingTimeInterval(600)
        default:
            break
        }
        return state
    }

    @Test func feedsHeldBackAreLeftOutAndReportedInListOrder() {
        let feeds = [failing, healthy, asksToWait, local]
        let plan = RunPlan(feeds: feeds, force: false, now: now, savedState: state(of:))
        #expect(plan.due == [healthy, local], "a local file is always read")
        let fetched = plan.due.map { source -> FeedReport in
            var report = FeedReport(source: source)
            report.outcome = .fetched
            return report
        }
        let reports = plan.inListOrder(fetched)
        #expect(reports.map(\.source) == feeds)
        #expect(reports.map(\.outcome) == [.heldBack, .fetched, .heldBack, .fetched])
        // A feed held back while failing still counts as failing; one that was asked to wait does not.
        #expect(reports.map(\.hasFailures) == [true, false, false, false])
        let summary = CycleSummary(reports: reports).text
        #expect(summary.contains("held back:      2"))
        #expect(summary.contains("Failing: held back until"))
        #expect(summary.contains("HTTP 500"))
    }

    @Test func forcingFetchesEveryFeed() {
        let feeds = [failing, healthy, asksToWait, local]
        let plan = RunPlan(feeds: feeds, force: true, now: now, savedState: state(of:))
        #expect(plan.due == feeds)
        #expect(plan.heldBack.isEmpty)
    }

    @Test func aPauseThatHasPassedHoldsNothingBack() {
        let plan = RunPlan(feeds: [failing, asksToWait], force: false, now: now.addingTimeInterval(7 * 86_400),
                           savedState: state(of:))
        #expect(plan.due == [failing, asksToWait])
    }
}

@Suite struct CanonicalSettlingTests {
    @Test(arguments: [
        ("https://news.example/a?utm_source=rss", "https://news.example/a", "https://news.example/a"),
        ("https://www.news.example/", "https://news.example/a?utm_source=rss", "https://news.example/a"),
        ("https://elsewhere.example/a", "https://news.example/a", "https://news.example/a"),
        (nil, "https://news.example/a?fbclid=1", "https://news.example/a"),
    ] as [(String?, String, String)])
    func theArchivedCanonicalURLIsTheTrustedOne(declared: String?, fetched: String, expected: String) throws {
        var page = ArticlePage(canonicalURL: declared)
        page.settleCanonicalURL(fetchedAt: URL(string: fetched))
        #expect(page.canonicalURL == expected)
        #expect((page.provenance["canonicalURL"] != nil) == (declared.map { !$0.contains("utm_") } ?? true))
    }

    @Test func withoutAnAddressNothingChanges() {
        var page = ArticlePage(canonicalURL: "https://news.example/a")
        page.settleCanonicalURL(fetchedAt: nil)
        #expect(page.canonicalURL == "https://news.example/a")
    }
}
