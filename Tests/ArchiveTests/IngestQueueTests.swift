import Extractor
import Foundation
import Generator
import GRDB
import TestFolders
import Testing
@testable import Archive

/// A failure we provoke on purpose.
private struct ProvokedFailure: Error {}

@Suite struct IngestQueueTests {
    @Test func articlesSubmittedTogetherAreEachArchivedOnceWithTheirDrafts() async throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        // 30 reports of one ban from 30 outlets, and each submitted twice, all at once.
        let articles = (0..<30).map { index in
            banArticle(guid: "g\(index)", url: "https://outlet\(index).example/ban", site: "Outlet \(index)",
                       published: "2031-04-1\(index % 10)", lead: String(repeating: "Now. ", count: index))
        }
        let outcomes = try await withThrowingTaskGroup(of: IngestOutcome.self) { group in
            for (article, facts) in articles + articles {
                group.addTask {
                    try await store.ingestInBatch(article, analysis: facts, rulebook: Rulebook(), now: fixedNow)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let archived = outcomes.filter { if case .archived = $0 { true } else { false } }
        #expect(archived.count == 30)
        #expect(outcomes.count - archived.count == 30)
        let drafts = try store.drafts()
        #expect(drafts.count == 1)
        #expect(drafts.first?.evidence.count == 30)
        #expect(Set(drafts.first?.evidence.map(\.article) ?? []).count == 30)
        #expect(try store.exportedArticles().count == 30)
    }

    @Test func evidenceAddedOutsideTheQueueIsSeenByItsNextTransaction() async throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        // Reports of one ban, alternately through the queue (which remembers evidence it read) and directly.
        for index in 0..<8 {
            let (article, facts) = banArticle(guid: "g\(index)", url: "https://outlet\(index).example/ban",
                                              site: "Outlet \(index)", published: "2031-04-1\(index)",
                                              lead: String(repeating: "Now. ", count: index))
            let outcome = index % 2 == 0
                ? try await store.ingestInBatch(article, analysis: facts, rulebook: Rulebook(), now: fixedNow)
                : try store.ingest(article, analysis: facts, rulebook: Rulebook(), now: fixedNow)
            guard case let .archived(articleID, _, _) = outcome else {
                Issue.record("article \(index) not archived")
                continue
            }
            let draft = try #require(try store.drafts().first)
            #expect(draft.evidence.count == index + 1)
            #expect(draft.evidence.last?.article == String(articleID))
        }
        let outlets = try #require(try store.drafts().first).evidence.map(\.site)
        #expect(outlets == (0..<8).map { "Outlet \($0)" })
    }

    @Test func aFailingPieceIsRolledBackAloneAndItsCallerGetsTheError() async throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        let results = await withTaskGroup(of: (Int, Bool).self) { group in
            for index in 0..<20 {
                group.addTask {
                    do {
                        _ = try await store.ingestQueue.submit(to: store) { db, _ in
                            try db.execute(sql: "INSERT INTO outputBacklog (kind, key) VALUES ('test', ?)",
                                           arguments: [String(index)])
                            if index % 3 == 0 { throw ProvokedFailure() }
                            return .duplicate(articleID: Int64(index))
                        }
                        return (index, true)
                    } catch {
                        return (index, !(error is ProvokedFailure))
                    }
                }
            }
            return await group.reduce(into: [Int: Bool]()) { $0[$1.0] = $1.1 }
        }
        for index in 0..<20 {
            #expect(results[index] == (index % 3 != 0), "piece \(index)")
        }
        let kept = try store.read { db in
            try String.fetchAll(db, sql: "SELECT key FROM outputBacklog WHERE kind = 'test'")
        }
        #expect(Set(kept) == Set((0..<20).filter { $0 % 3 != 0 }.map(String.init)))
    }
}
