import Extractor
import Foundation
import Generator
import Testing
@testable import Archive

@Suite struct RejectedDraftTests {
    @Test func newsARejectedDraftCarriedArchivesWithoutANewDraft() throws {
        let store = try ArchiveStore(path: try temporaryFolder().appendingPathComponent("h.sqlite").path)
        let (first, firstFacts) = banArticle(guid: "a", url: "https://ledger.example/a", site: "Ledger",
                                             published: "2031-04-10")
        guard case let .archived(_, created, _) = try store.ingest(first, analysis: firstFacts, rulebook: Rulebook(),
                                                                   now: fixedNow) else {
            Issue.record("not archived")
            return
        }
        let draftID = try #require(created.first)
        try store.decide(draftID: draftID, expecting: .pending) { draft in
            var rejected = draft
            rejected.state = .rejected
            return (Decision(draftID: draftID, verdict: .rejected, reviewer: "ana", time: fixedNow, reason: "not news",
                             detail: nil), rejected)
        }
        let (again, againFacts) = banArticle(guid: "b", url: "https://courier.example/b", site: "Courier",
                                             published: "2031-04-12", lead: "Again. ")
        let outcome = try store.ingest(again, analysis: againFacts, rulebook: Rulebook(), now: fixedNow)
        guard case let .archived(_, createdAgain, updatedAgain) = outcome else {
            Issue.record("not archived: \(outcome)")
            return
        }
        #expect(createdAgain.isEmpty)
        #expect(updatedAgain.isEmpty)
        #expect(try store.drafts().map(\.id) == [draftID])
        #expect(try store.draft(id: draftID)?.evidence.count == 1)

        let (later, laterFacts) = banArticle(guid: "c", url: "https://courier.example/c", site: "Courier",
                                             published: "2031-07-01", lead: "Months later. ")
        guard case let .archived(_, createdLater, _) = try store.ingest(later, analysis: laterFacts,
                                                                        rulebook: Rulebook(), now: fixedNow) else {
            Issue.record("not archived")
            return
        }
        #expect(createdLater.count == 1)
        #expect(try store.drafts(state: .pending).map(\.id) == createdLater)
    }
}
