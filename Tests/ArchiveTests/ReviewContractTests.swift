import Extractor
import Foundation
import Generator
import TestFolders
import Testing
@testable import Archive
@testable import ArchivePostgres

/// What review needs from a store (``ReviewStore``), tested the same way on every backend: drafts listed and
/// filtered, decisions logged and taken once, articles read back.
@Suite struct ReviewContractTests {
    /// Files a ban in Osterland, then a licence requirement in Westmark a minute later; their draft ids.
    func fileTwoDrafts(into store: StoreBackend.TestStore) async throws -> (ban: String, licence: String) {
        let (ban, banFacts) = banArticle(guid: "a", url: "https://ledger.example/ban", site: "Ledger",
                                         published: "2031-04-10")
        let (licence, licenceFacts) = banArticle(
            guid: "b", url: "https://wire.example/licence", site: "Wire", published: "2031-04-11", issuer: "Quay",
            subjects: [.custody], country: ("Westmark", "WM"), action: .require
        )
        let first = try await store.ingestAtFixedTime(ban, banFacts)
        let second = try await store.ingest(licence, analysis: licenceFacts, rulebook: Rulebook(),
                                            generator: DraftGenerator(), now: fixedNow.addingTimeInterval(60))
        guard case let .archived(_, banIDs, _) = first, case let .archived(_, licenceIDs, _) = second,
              banIDs.count == 1, licenceIDs.count == 1 else {
            throw StoreTestError("not archived with one draft each: \(first), \(second)")
        }
        return (banIDs[0], licenceIDs[0])
    }

    @Test(arguments: StoreBackend.available)
    func draftsAreListedNewestFirstAndFiltered(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let (ban, licence) = try await fileTwoDrafts(into: store)
            func ids(_ filter: DraftFilter) async throws -> [String] { try await store.drafts(filter).map(\.id) }
            #expect(try await ids(DraftFilter()) == [licence, ban])
            #expect(try await ids(DraftFilter(state: .pending)) == [licence, ban])
            #expect(try await ids(DraftFilter(state: .approved)).isEmpty)
            #expect(try await ids(DraftFilter(jurisdiction: "ol")) == [ban])
            #expect(try await ids(DraftFilter(jurisdiction: "WM")) == [licence])
            #expect(try await ids(DraftFilter(action: .require)) == [licence])
            #expect(try await ids(DraftFilter(state: .pending, jurisdiction: "OL", action: .require)).isEmpty)
            let listed = try await store.drafts(DraftFilter(jurisdiction: "OL"))
            #expect(listed.first?.evidence.map(\.url) == ["https://ledger.example/ban"])
            let read = try await store.draft(id: ban)
            #expect(listed.first == read)
        }
    }

    @Test(arguments: StoreBackend.available)
    func aDecisionIsLoggedWithTheDraftAndTakenOnce(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let (ban, licence) = try await fileTwoDrafts(into: store)
            let decided = try await store.decide(draftID: ban, expecting: .pending) { draft in
                var approved = draft
                approved.state = .approved
                approved.updated = fixedNow.addingTimeInterval(120)
                return (Decision(draftID: ban, verdict: .approved, reviewer: "ana",
                                 time: fixedNow.addingTimeInterval(120), reason: "two sources", detail: "added"),
                        approved)
            }
            #expect(decided.state == .approved)
            #expect(try await store.draft(id: ban)?.state == .approved)
            #expect(try await store.draft(id: ban)?.evidence.count == 1)
            let log = try await store.decisions(draftID: ban)
            #expect(log.map(\.verdict) == [.approved])
            #expect(log.first?.reviewer == "ana")
            #expect(log.first?.reason == "two sources")
            #expect(log.first?.detail == "added")
            #expect(log.first?.time == fixedNow.addingTimeInterval(120))
            #expect(log.first?.id != nil)
            #expect(try await store.decisions(draftID: licence).isEmpty)

            var ranAgain = false
            await #expect(throws: DraftStateConflict(draftID: ban, expected: .pending, found: .approved)) {
                try await store.decide(draftID: ban, expecting: .pending) { draft in
                    ranAgain = true
                    return (Decision(draftID: ban, verdict: .rejected, reviewer: "bo", time: fixedNow, reason: "late",
                                     detail: nil), draft)
                }
            }
            #expect(!ranAgain)
            await #expect(throws: ArchiveError.unknownDraft("no-such-draft")) {
                try await store.decide(draftID: "no-such-draft", expecting: .pending) { ($0.decision, $0) }
            }
            #expect(try await store.decisions(draftID: ban).count == 1)
        }
    }

    @Test(arguments: StoreBackend.available)
    func aDecisionThatFailsChangesNothing(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let (ban, _) = try await fileTwoDrafts(into: store)
            let before = try await store.draft(id: ban)
            await #expect(throws: StoreTestError.self) {
                try await store.decide(draftID: ban, expecting: .pending) { _ in
                    throw StoreTestError("the rulebook could not be written")
                }
            }
            #expect(try await store.draft(id: ban) == before)
            #expect(try await store.decisions(draftID: ban).isEmpty)
        }
    }

    @Test(arguments: StoreBackend.available)
    func aDecidedDraftIsWrittenToItsFileAgain(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let (ban, _) = try await fileTwoDrafts(into: store)
            let folder = try TemporaryFolder.make("archive")
            try await store.writePendingOutputs(to: folder)
            try await store.decide(draftID: ban, expecting: .pending) { draft in
                var rejected = draft
                rejected.state = .rejected
                return (Decision(draftID: ban, verdict: .rejected, reviewer: "ana", time: fixedNow, reason: "no",
                                 detail: nil), rejected)
            }
            #expect(try await store.writePendingOutputs(to: folder) == ["drafts/\(ban).yaml"])
            let file = try String(contentsOf: folder.appendingPathComponent("drafts/\(ban).yaml"), encoding: .utf8)
            #expect(file.contains("state: rejected"), "\(file)")
        }
    }

    /// A reviewer approving a draft while a worker files more news of it: whichever commits first, the draft
    /// ends approved, decided once, and the news is either evidence of it or a draft of its own.
    @Test(arguments: StoreBackend.available)
    func aDecisionAndNewsOfTheSameDraftAtOnceLoseNeither(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let (ban, _) = try await fileTwoDrafts(into: store)
            let (report, facts) = banArticle(guid: "c", url: "https://courier.example/ban", site: "Courier",
                                             published: "2031-04-10", lead: "Also. ")
            async let approval = store.decide(draftID: ban, expecting: .pending) { draft in
                var approved = draft
                approved.state = .approved
                return (Decision(draftID: ban, verdict: .approved, reviewer: "ana", time: fixedNow, reason: nil,
                                 detail: nil), approved)
            }
            async let ingestion = store.ingestAtFixedTime(report, facts)
            let (approved, outcome) = try await (approval, ingestion)
            #expect(approved.state == .approved)
            #expect(try await store.draft(id: ban)?.state == .approved)
            #expect(try await store.decisions(draftID: ban).count == 1)
            guard case let .archived(_, created, updated) = outcome else {
                Issue.record("not archived: \(outcome)")
                return
            }
            let evidence = try await store.draft(id: ban)?.evidence.count ?? 0
            #expect(updated == [ban] && evidence == 2 || created.count == 1 && evidence == 1,
                    "created \(created), updated \(updated), evidence \(evidence)")
        }
    }

    @Test(arguments: StoreBackend.available)
    func anArticleIsReadBackWithItsAnalysis(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let (article, facts) = banArticle(guid: "a", url: "https://ledger.example/ban", site: "Ledger",
                                              published: "2031-04-10")
            let id = try await store.archiveAtFixedTime(article, facts).articleID
            let found = try #require(try await store.article(id: id))
            #expect(found.article.id == id)
            #expect(found.article.text == article.page.text)
            #expect(found.article.title == article.page.title)
            #expect(found.article.canonicalURL == "https://ledger.example/ban")
            #expect(found.article.day == "2031-04-10")
            #expect(found.analysis == facts)
            #expect(try await store.article(id: id + 1000) == nil)
        }
    }

    /// Drafts an article could not concern are never decoded: a pending `add` draft of another action whose body
    /// cannot be read stays out of the way of a ban, and is read (and refused) for news of its own action.
    @Test(arguments: StoreBackend.available)
    func draftsAnArticleCannotConcernAreNotRead(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            try await backend.insertUnreadableDraft(id: "ol-unreadable-add", jurisdiction: "OL", action: .warn,
                                                    subjects: [.mining], into: store)
            let (ban, banFacts) = banArticle(guid: "a", url: "https://ledger.example/ban", site: "Ledger",
                                             published: "2031-04-10")
            let created = try await store.archiveAtFixedTime(ban, banFacts).created
            #expect(created.count == 1)
            let (warning, warningFacts) = banArticle(guid: "b", url: "https://ledger.example/warning", site: "Ledger",
                                                     published: "2031-04-10", subjects: [.mining], action: .warn)
            await #expect(throws: ArchiveError.self) { try await store.ingestAtFixedTime(warning, warningFacts) }
        }
    }
}

/// A failure a test makes on purpose.
struct StoreTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension RuleDraft {
    /// A decision that changes nothing, for tests that expect `decide` to fail before it is used.
    var decision: Decision {
        Decision(draftID: id, verdict: .edited, reviewer: "test", time: fixedNow, reason: nil, detail: nil)
    }
}
