import Extractor
import Foundation
import Generator
import Testing
@testable import Archive

/// What drafting reads from the store, the same on every backend: rejected drafts keep their news from coming back,
/// and the drafts an article could concern are found whatever subjects either side names.
@Suite struct RejectedDraftTests {
    @Test(arguments: StoreBackend.available)
    func newsARejectedDraftCarriedArchivesWithoutANewDraft(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let (first, firstFacts) = banArticle(guid: "a", url: "https://ledger.example/a", site: "Ledger",
                                                 published: "2031-04-10")
            let created = try await store.archiveAtFixedTime(first, firstFacts).created
            let draftID = try #require(created.first)
            try await store.decide(draftID: draftID, expecting: .pending) { draft in
                var rejected = draft
                rejected.state = .rejected
                return (Decision(draftID: draftID, verdict: .rejected, reviewer: "ana", time: fixedNow,
                                 reason: "not news", detail: nil), rejected)
            }
            let (again, againFacts) = banArticle(guid: "b", url: "https://courier.example/b", site: "Courier",
                                                 published: "2031-04-12", lead: "Again. ")
            let outcome = try await store.ingestAtFixedTime(again, againFacts)
            guard case let .archived(_, createdAgain, updatedAgain) = outcome else {
                Issue.record("not archived: \(outcome)")
                return
            }
            #expect(createdAgain.isEmpty)
            #expect(updatedAgain.isEmpty)
            #expect(try await store.drafts(DraftFilter()).map(\.id) == [draftID])
            #expect(try await store.draft(id: draftID)?.evidence.count == 1)

            let (later, laterFacts) = banArticle(guid: "c", url: "https://courier.example/c", site: "Courier",
                                                 published: "2031-07-01", lead: "Months later. ")
            let createdLater = try await store.archiveAtFixedTime(later, laterFacts).created
            #expect(createdLater.count == 1)
            #expect(try await store.drafts(DraftFilter(state: .pending)).map(\.id) == createdLater)
        }
    }
}

@Suite struct DraftNarrowingTests {
    /// Files a ban by Harbor in Osterland on some subjects, written by one outlet.
    func file(_ subjects: [PolicySubject], outlet: Int, action: PolicyAction = .prohibit,
              into store: StoreBackend.TestStore) async throws -> (created: [String], updated: [String]) {
        let (article, ban) = banArticle(guid: "g\(outlet)", url: "https://outlet\(outlet).example/a",
                                          site: "Outlet \(outlet)", published: "2031-04-1\(outlet)",
                                          lead: String(repeating: "Now. ", count: outlet))
        var facts = ban
        facts.announcements[0].subjects = subjects
        facts.announcements[0].action = action
        let (_, created, updated) = try await store.archiveAtFixedTime(article, facts)
        return (created, updated)
    }

    @Test(arguments: StoreBackend.available)
    func draftsAreFoundWhateverSubjectsEitherSideNames(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            let lending = try await file([.lending], outlet: 0, into: store).created
            #expect(lending.count == 1)
            #expect(try await file([.staking], outlet: 1, into: store).created.count == 1)
            #expect(try await file([.lending, .custody], outlet: 2, into: store).updated == lending)
            let vague = try await file([], outlet: 3, into: store)
            #expect(vague.created.isEmpty)
            #expect(vague.updated.count == 1)
            #expect(try await file([.lending], outlet: 4, action: .restrict, into: store).created.count == 1)
            let unnamed = try await file([], outlet: 5, action: .warn, into: store).created
            #expect(unnamed.count == 1)
            #expect(try await file([.mining], outlet: 6, action: .warn, into: store).updated == unnamed)
            #expect(try await store.drafts(DraftFilter()).count == 4)
        }
    }

    @Test func theConditionAsksOnlyForWhatTheAnnouncementsName() {
        let ban = Announcement(actor: "A", action: .prohibit, status: .announced, subjects: [.lending, .staking],
                               jurisdiction: "OL", effective: nil, enforcement: nil)
        var warning = ban
        warning.action = .warn
        warning.subjects = [.lending]
        let both = ArchiveStore.couldConcern([ban, warning])
        #expect(both.values == ["prohibit", "warn", "lending", "staking"])
        warning.subjects = []
        #expect(ArchiveStore.couldConcern([ban, warning]).values == ["prohibit", "warn"])
    }
}
