import Extractor
import Foundation
import Generator
import TestFolders
import Testing
@_spi(StoreBackend) @testable import Archive

@Suite struct IngestTests {
    @Test func aSecondRunOverTheSameArticlesArchivesNothingNew() throws {
        let folder = try TemporaryFolder.make("archive")
        let path = folder.appendingPathComponent("herald.sqlite").path
        let articles = [
            banArticle(guid: "g1", url: "https://ledger.example/a", site: "Ledger", published: "2031-04-10"),
            banArticle(guid: "g2", url: "https://courier.example/b", site: "Courier", published: "2031-04-11",
                       lead: "Breaking. "),
        ]
        var firstRun: [IngestOutcome] = []
        do {
            let store = try ArchiveStore(path: path)
            for (article, facts) in articles {
                firstRun.append(try store.ingest(article, analysis: facts, rulebook: Rulebook(), now: fixedNow))
            }
        }
        let store = try ArchiveStore(path: path)
        for (article, facts) in articles {
            let outcome = try store.ingest(article, analysis: facts, rulebook: Rulebook(), now: fixedNow)
            guard case .duplicate = outcome else {
                Issue.record("re-run archived again: \(outcome)")
                continue
            }
        }
        #expect(try store.exportedArticles().count == 2)
        let drafts = try store.drafts()
        #expect(drafts.count == 1)
        #expect(drafts.first?.evidence.count == 2)
    }

    @Test func exportFiltersByDay() throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        for (index, day) in ["2031-04-09", "2031-04-10", "2031-04-12"].enumerated() {
            let (article, facts) = banArticle(guid: "g\(index)", url: "https://x.example/\(index)", site: "X\(index)",
                                              published: day, issuer: "Issuer \(index)")
            _ = try store.ingest(article, analysis: facts, rulebook: Rulebook(), now: fixedNow)
        }
        let some = try store.exportedArticles(since: CalendarDay(iso: "2031-04-10"), until: CalendarDay(iso: "2031-04-11"))
        #expect(some.map(\.published) == ["2031-04-10"])
        #expect(try store.exportedArticles(since: CalendarDay(iso: "2031-04-10")).count == 2)
    }

    @Test func exportedArticlesCarryTheDayAndThePageMetadata() throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        var (dated, facts) = banArticle(guid: "a", url: "https://x.example/a", site: "X",
                                        published: "2031-04-10T23:30:00+00:00")
        dated.page.authors = ["Mira Okafor"]
        dated.page.tags = ["policy"]
        var (undated, _) = banArticle(guid: "b", url: "https://x.example/b", site: "X", published: "",
                                      issuer: "Other Exchange")
        undated.page.published = nil
        undated.fetchedAt = Date(timeIntervalSince1970: 1_900_000_000)
        for article in [dated, undated] {
            _ = try store.ingest(article, analysis: facts, rulebook: Rulebook(), now: fixedNow)
        }
        let exported = try store.exportedArticles()
        #expect(exported.map(\.published) == [CalendarDay(undated.fetchedAt).description, "2031-04-10"])
        #expect(exported.map(\.url) == ["https://x.example/b", "https://x.example/a"])
        #expect(exported.last?.authors == ["Mira Okafor"])
        #expect(exported.last?.tags == ["policy"])
        let line = try #require(try exported.first?.jsonLine())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        for field in ["url", "title", "site", "published", "text", "entities", "dates", "statements", "announcements"] {
            #expect(object.keys.contains(field), "missing \(field)")
        }
        #expect(object["modified"] is NSNull)
    }

    @Test func feedStateAndFetchHistoryRoundTrip() throws {
        struct State: Codable, Equatable, Sendable { var etag: String?; var failures: Int }
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        #expect(try store.feedState(State.self, for: "https://f.example/rss") == nil)
        try store.saveFeedState(State(etag: "\"abc\"", failures: 2), for: "https://f.example/rss")
        #expect(try store.feedState(State.self, for: "https://f.example/rss") == State(etag: "\"abc\"", failures: 2))
        try store.recordFetch(FetchRecord(feedURL: "https://f.example/rss", time: fixedNow, outcome: "ok",
                                          httpStatus: 200, newArticles: 3))
        try store.recordFetch(FetchRecord(feedURL: "https://f.example/rss", time: fixedNow, outcome: "not-modified",
                                          httpStatus: 304))
        #expect(try store.fetchHistory(feedURL: "https://f.example/rss").map(\.outcome) == ["not-modified", "ok"])
    }
}

@Suite struct OutputBacklogTests {
    @Test func aFileRequestedAgainWhileBeingWrittenStaysInTheBacklog() throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        try store.write { db in try ArchiveStore.requestOutput(.day, key: "2031-04-10", db) }
        let read = try store.read { db in try BacklogRow.fetchAll(db) }
        try store.write { db in try ArchiveStore.requestOutput(.day, key: "2031-04-10", db) }
        try store.write { db in try ArchiveStore.crossOff(read[0], db) }
        #expect(try store.read { db in try BacklogRow.fetchAll(db) }.map(\.generation) == [1])
        let again = try store.read { db in try BacklogRow.fetchAll(db) }
        try store.write { db in try ArchiveStore.crossOff(again[0], db) }
        #expect(try store.read { db in try BacklogRow.fetchCount(db) } == 0)
    }
}

@Suite struct DraftingScopeTests {
    @Test func draftsInOtherJurisdictionsKeepTheirRuleIDsOutOfReach() throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        // Two issuers whose slugs make the same rule id: one without a jurisdiction, one in OL.
        var (first, firstFacts) = banArticle(guid: "a", url: "https://x.example/a", site: "X", published: "2031-01-01",
                                             issuer: "OL Harbor")
        firstFacts.announcements[0].jurisdiction = nil
        first.page.title = "first"
        let (second, secondFacts) = banArticle(guid: "b", url: "https://y.example/b", site: "Y",
                                               published: "2031-01-02", issuer: "Harbor", lead: "Also. ")
        _ = try store.ingest(first, analysis: firstFacts, rulebook: Rulebook(), now: fixedNow)
        _ = try store.ingest(second, analysis: secondFacts, rulebook: Rulebook(), now: fixedNow)
        let ruleIDs = try store.drafts().map(\.rule.id)
        #expect(ruleIDs.count == 2)
        #expect(Set(ruleIDs).count == 2, "\(ruleIDs)")
    }

    @Test func evidenceStillReachesAPendingDraftOfTheSameJurisdiction() throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        for (index, site) in ["A", "B", "C"].enumerated() {
            let (article, facts0) = banArticle(guid: "\(index)", url: "https://\(site).example/\(index)", site: site,
                                              published: "2031-01-0\(index + 1)", lead: String(repeating: "x", count: index))
            var facts = facts0
            facts.announcements[0].jurisdiction = index == 1 ? "ol" : "OL"
            _ = try store.ingest(article, analysis: facts, rulebook: Rulebook(), now: fixedNow)
        }
        let drafts = try store.drafts()
        #expect(drafts.count == 1)
        #expect(drafts.first?.evidence.count == 3)
    }
}
