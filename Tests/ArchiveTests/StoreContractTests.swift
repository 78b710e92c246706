import Extractor
import Foundation
import Generator
import PostgresTestSupport
import TestFolders
import Testing
@testable import Archive
@testable import ArchivePostgres

/// The promises every store backend keeps, tested the same way on each: SQLite always, PostgreSQL when
/// `HERALD_TEST_POSTGRES` names a server.
@Suite struct StoreContractTests {
    @Test(arguments: StoreBackend.available)
    func anArticleIsArchivedOnceWithItsFactsAndDraft(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let (article, facts) = banArticle(guid: "g1", url: "https://ledger.example/harbor", site: "Ledger",
                                              published: "2031-04-10")
            let first = try await store.ingestAtFixedTime(article, facts)
            guard case let .archived(id, created, updated) = first else {
                Issue.record("expected an archived article, got \(first)")
                return
            }
            #expect(created.count == 1)
            #expect(updated.isEmpty)
            let draft = try #require(try await store.draft(id: created[0]))
            #expect(draft.evidence.map(\.article) == [String(id)])
            #expect(draft.evidence.first?.url == "https://ledger.example/harbor")
            #expect(try await store.drafts(DraftFilter(state: .pending)).map(\.id) == created)
            #expect(try await store.drafts(DraftFilter(state: .approved)).isEmpty)
            let stored = try #require(try await store.article(id: id))
            #expect(stored.analysis == facts)
            #expect(stored.article.day == "2031-04-10")
            let again = try await store.ingestAtFixedTime(article, facts)
            #expect(again == .duplicate(articleID: id))
            let exported = try await store.exportedArticles(since: nil, until: nil)
            #expect(exported.map(\.url) == ["https://ledger.example/harbor"])
            #expect(exported.first?.published == "2031-04-10")
            #expect(exported.first?.announcements == facts.announcements)
            #expect(exported.first?.entities == facts.entities)
        }
    }

    @Test(arguments: StoreBackend.available, ["guid", "url", "canonical", "text"])
    func duplicatesAreFoundByGuidURLCanonicalURLOrText(backend: StoreBackend, key: String) async throws {
        try await backend.withNewStore { store in
            let (article, facts) = banArticle(guid: "g1", url: "https://ledger.example/a", site: "Ledger",
                                              published: "2031-04-10")
            let first = try await store.ingestAtFixedTime(article, facts)
            guard case let .archived(id, _, _) = first else {
                Issue.record("expected an archived article, got \(first)")
                return
            }
            var again = article
            again.guid = key == "guid" ? "g1" : "other-guid"
            again.url = key == "url" ? article.url : "https://mirror.example/x"
            again.page.canonicalURL = key == "canonical" ? article.page.canonicalURL : "https://mirror.example/y"
            again.page.text = key == "text" ? "  " + article.page.text.uppercased() + " " : "Other words entirely."
            #expect(try await store.ingestAtFixedTime(again, facts) == .duplicate(articleID: id))
            #expect(try await store.existingArticle(
                guid: again.guid, url: again.url, canonicalURL: again.canonicalURL, contentHash: again.contentHash
            ) == id)
            #expect(try await store.existingArticle(
                guid: "g9", url: "https://else.example/", canonicalURL: "https://else.example/c", contentHash: "0"
            ) == nil)
            #expect(try await store.exportedArticles(since: nil, until: nil).count == 1)
        }
    }

    @Test(arguments: StoreBackend.available)
    func anArticleIngestedByManyWorkersAtOnceIsArchivedOnce(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let (article, facts) = banArticle(guid: nil, url: "https://ledger.example/race", site: "Ledger",
                                              published: "2031-04-10")
            let outcomes = try await withThrowingTaskGroup(of: IngestOutcome.self) { group in
                for worker in 0..<6 {
                    var copy = article
                    // Each worker reached the article through another link, as from another feed.
                    copy.url = "https://ledger.example/race?via=\(worker)"
                    group.addTask { try await store.ingestAtFixedTime(copy, facts) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let archived = outcomes.filter { if case .archived = $0 { true } else { false } }
            #expect(archived.count == 1, "\(outcomes)")
            #expect(try await store.exportedArticles(since: nil, until: nil).count == 1)
        }
    }

    @Test(arguments: StoreBackend.available)
    func oneAnnouncementSeenByTwoWorkersAtOnceMakesOneDraftWithBothPiecesOfEvidence(backend: StoreBackend)
        async throws {
        try await backend.withNewStore { store in
            let reports = [
                banArticle(guid: "a", url: "https://ledger.example/ban", site: "Ledger", published: "2031-04-10"),
                banArticle(guid: "b", url: "https://courier.example/ban", site: "Courier", published: "2031-04-10",
                           lead: "Breaking. "),
                banArticle(guid: "c", url: "https://gazette.example/ban", site: "Gazette", published: "2031-04-11",
                           lead: "In short: "),
            ]
            let outcomes = try await withThrowingTaskGroup(of: IngestOutcome.self) { group in
                for (article, facts) in reports {
                    group.addTask { try await store.ingestAtFixedTime(article, facts) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            var created: [String] = []
            var touched: Set<String> = []
            for outcome in outcomes {
                guard case let .archived(_, new, updated) = outcome else {
                    Issue.record("not archived: \(outcome)")
                    continue
                }
                created += new
                touched.formUnion(new + updated)
            }
            #expect(created.count == 1, "two workers each created a draft: \(outcomes)")
            #expect(touched.count == 1)
            let draftID = try #require(created.first)
            let draft = try #require(try await store.draft(id: draftID))
            #expect(Set(draft.evidence.map(\.url)) == Set(reports.map(\.0.canonicalURL)))
        }
    }

    @Test(arguments: StoreBackend.available)
    func feedStateAndFetchHistoryRoundTrip(backend: StoreBackend) async throws {
        struct State: Codable, Equatable, Sendable {
            var etag: String
            var failures: Int
        }
        try await backend.withNewStore { store in
            let feed = "https://f.example/rss"
            #expect(try await store.feedState(State.self, for: feed) == nil)
            try await store.saveFeedState(State(etag: "\"abc\"", failures: 2), for: feed, title: "F", at: fixedNow)
            try await store.saveFeedState(State(etag: "\"def\"", failures: 0), for: feed, title: nil, at: fixedNow)
            #expect(try await store.feedState(State.self, for: feed) == State(etag: "\"def\"", failures: 0))
            try await store.recordFetch(FetchRecord(feedURL: feed, time: fixedNow, outcome: "ok", httpStatus: 200,
                                                    newArticles: 3))
            try await store.recordFetch(FetchRecord(feedURL: feed, time: fixedNow.addingTimeInterval(60),
                                                    outcome: "failed", detail: "timed out"))
            try await store.recordFetch(FetchRecord(feedURL: "https://other.example/", time: fixedNow, outcome: "ok"))
            let history = try await store.fetchHistory(feedURL: feed, limit: 10)
            #expect(history.map(\.outcome) == ["failed", "ok"])
            #expect(history.map(\.httpStatus) == [nil, 200])
            #expect(history.map(\.newArticles) == [0, 3])
            #expect(history.first?.detail == "timed out")
            #expect(history.first?.time == fixedNow.addingTimeInterval(60))
            #expect(try await store.fetchHistory(feedURL: feed, limit: 1).count == 1)
        }
    }

    @Test(arguments: StoreBackend.available)
    func outputFilesFollowTheStoreAndAreWrittenOnce(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let folder = try TemporaryFolder.make("archive")
            let (article, facts) = banArticle(guid: "g1", url: "https://ledger.example/a", site: "Ledger",
                                              published: "2031-04-10")
            guard case let .archived(_, created, _) = try await store.ingestAtFixedTime(article, facts) else {
                Issue.record("not archived")
                return
            }
            let written = try await store.writePendingOutputs(to: folder)
            #expect(Set(written) == ["archive/2031-04-10.jsonl", "drafts/\(created[0]).yaml"])
            let archive = try String(contentsOf: folder.appendingPathComponent("archive/2031-04-10.jsonl"),
                                     encoding: .utf8)
            let lines = archive.split(separator: "\n")
            #expect(lines.count == 1 && archive.hasSuffix("}\n"))
            let exported = try JSONDecoder().decode(ExportedArticle.self, from: Data(archive.utf8))
            #expect(exported.url == "https://ledger.example/a")
            #expect(exported.statements == facts.statements)
            let yaml = try String(contentsOf: folder.appendingPathComponent("drafts/\(created[0]).yaml"),
                                  encoding: .utf8)
            #expect(yaml.contains("change: add"))
            #expect(try await store.writePendingOutputs(to: folder).isEmpty)
        }
    }

    @Test func bothBackendsApplyTheSameMigrations() {
        #expect(PostgresSchema.migrations.map(\.identifier) == Schema.migrator.migrations)
    }

    @Test(.enabled(if: StoreBackend.testServer != nil, "HERALD_TEST_POSTGRES names no server"))
    func aPostgresDatabaseMigratedByANewerHeraldIsRefusedAndLeftAlone() async throws {
        let address = try await TestPostgres.newDatabase()
        let store = try await PostgresStore.open(address)
        try await store.connection { connection in
            try await connection.run("INSERT INTO schema_migrations (identifier) VALUES ('v99: from the future')",
                                     logger: store.logger)
        }
        await store.close()
        await #expect(throws: ArchiveError.newerSchema(path: address.displayName,
                                                       unknownMigrations: ["v99: from the future"])) {
            let reopened = try await PostgresStore.open(address)
            await reopened.close()
        }
        try await TestPostgres.dropDatabase(address)
    }
}
