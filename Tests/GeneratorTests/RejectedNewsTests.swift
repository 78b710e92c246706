import Extractor
import Foundation
import Testing
@testable import Generator

/// A draft a reviewer rejected keeps the same news from coming back as a new draft; later news still does.
@Suite struct RejectedNewsTests {
    let generator = DraftGenerator()

    /// A draft from one report, as a reviewer rejected it.
    func rejectedDraft(_ facts: TextAnalysis, published: String, rulebook: Rulebook = Rulebook()) throws -> RuleDraft {
        var draft = try #require(generator.drafts(
            for: source("1", site: "Ledger", published: published), analysis: facts, rulebook: rulebook, pending: [],
            takenIDs: [], now: fixedNow
        ).drafts.first)
        draft.state = .rejected
        return draft
    }

    @Test(arguments: [
        ("Harbor", "OL", [PolicySubject.lending], "2031-04-12", false),
        ("Harbor", "OL", [PolicySubject.lending], "2031-05-09", false),
        ("Harbor", "ol", [PolicySubject.lending, .staking], "2031-04-11", false),
        ("Harbor", "OL", [], "2031-04-11", false),
        ("Harbor", "OL", [PolicySubject.lending], "2031-06-20", true),
        ("Harbor", "NH", [PolicySubject.lending], "2031-04-12", true),
        ("Quay Bank", "OL", [PolicySubject.lending], "2031-04-12", true),
        ("Harbor", "OL", [PolicySubject.mining], "2031-04-12", true),
    ])
    func theSameNewsAfterARejectionProposesNothing(
        actor: String, jurisdiction: String, subjects: [PolicySubject], published: String, proposesADraft: Bool
    ) throws {
        let original = analysis("Harbor will ban crypto lending.", actor: "Harbor", action: .prohibit,
                                subjects: [.lending], jurisdiction: "OL")
        let rejected = try rejectedDraft(original, published: "2031-04-10")
        let report = analysis("\(actor) is to stop crypto services.", actor: actor, action: .prohibit,
                              subjects: subjects, jurisdiction: jurisdiction)
        let result = generator.drafts(
            for: source("2", site: "Courier", published: published), analysis: report, rulebook: Rulebook(),
            pending: [], rejected: [rejected], takenIDs: [rejected.id], now: fixedNow
        )
        #expect(result.drafts.isEmpty == !proposesADraft)
        #expect(!result.drafts.contains { $0.id == rejected.id })
        #expect(result.draftIDByAnnouncement.isEmpty == !proposesADraft)
    }

    @Test func aRejectedChangeToARuleIsNotProposedAgainButAnotherChangeIs() throws {
        let book = Rulebook(rules: [rule(id: "ol-harbor-lending", subjects: [.lending], jurisdiction: "OL",
                                         issuer: "Harbor")])
        let lift = analysis("Harbor lifted its ban on crypto lending.", actor: "Harbor", action: .permit,
                            subjects: [.lending], jurisdiction: "OL")
        let rejected = try rejectedDraft(lift, published: "2031-04-10", rulebook: book)
        #expect(rejected.change == .repeal)
        let again = generator.drafts(
            for: source("2", site: "Courier", published: "2031-04-14"), analysis: lift, rulebook: book, pending: [],
            rejected: [rejected], takenIDs: [rejected.id], now: fixedNow
        )
        #expect(again.drafts.isEmpty)
        let wider = analysis("Harbor will also ban crypto lending to firms from June 1.", actor: "Harbor",
                             action: .prohibit, subjects: [.lending], jurisdiction: "OL", effective: "2031-06-01")
        let amendment = generator.drafts(
            for: source("3", site: "Courier", published: "2031-04-14"), analysis: wider, rulebook: book, pending: [],
            rejected: [rejected], takenIDs: [rejected.id], now: fixedNow
        )
        #expect(amendment.drafts.map(\.change) == [.amend])
    }

    @Test func anApprovedOrPendingDraftPassedAsRejectedIsIgnored() throws {
        let facts = analysis("Harbor will ban crypto lending.", actor: "Harbor", action: .prohibit,
                             subjects: [.lending], jurisdiction: "OL")
        var notRejected = try rejectedDraft(facts, published: "2031-04-10")
        notRejected.state = .approved
        let result = generator.drafts(
            for: source("2", site: "Courier", published: "2031-04-11"), analysis: facts, rulebook: Rulebook(),
            pending: [], rejected: [notRejected], takenIDs: [notRejected.id], now: fixedNow
        )
        #expect(result.drafts.count == 1)
        #expect(result.drafts.first?.id != notRejected.id)
    }
}
