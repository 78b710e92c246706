import Testing
@testable import Extractor

/// "still" after a modal ("may still be repaid until September", "will still have to report") tells what a new measure
/// leaves allowed or due: the news, not a rule in force. "still" that qualifies the state itself ("are still barred",
/// "still cannot offer") marks a rule that existed before the news.
@Suite struct StillAfterAModalTests {
    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-24")).statements.map(\.status)
    }

    @Test(arguments: [
        "The council added the exchange to its sanctions list on Tuesday. Contracts signed before Tuesday may still be executed until 23 July, the council said.",
        "The regulator banned crypto lending on Monday. Firms will still have to report their loan books by the end of the quarter.",
        "The regulator banned crypto lending on Monday. Existing loans may still be repaid until the end of September.",
    ])
    func whatTheNewMeasureLeavesIsNews(text: String) {
        #expect(statuses(text).last == .announced, "\(text) → \(statuses(text))")
    }

    @Test(arguments: [
        "The regulator ordered the exchange to stop taking new customers on Monday. Banks still cannot offer crypto custody.",
        "The regulator ordered the exchange to stop taking new customers on Monday. Banks are still barred from serving crypto exchanges.",
        "The regulator ordered the exchange to stop taking new customers on Monday. The central bank already bars lenders from serving crypto exchanges.",
    ])
    func aStateThatStillHoldsIsInEffect(text: String) {
        #expect(statuses(text).last == .inEffect, "\(text) → \(statuses(text))")
    }

    @Test(arguments: [
        ("existing loans may still be repaid until september", 4, nil),
        ("firms will still have to report their loan books", 4, nil),
        ("banks are still barred from serving exchanges", 3, PolicyStatus.inEffect),
    ] as [(String, Int, PolicyStatus?)])
    func theWordsStatus(text: String, cue: Int, status: PolicyStatus?) {
        let words = text.split(separator: " ").map(String.init)
        #expect(PolicyCues.status(in: words, cue: PolicyCues.Cue(action: .restrict, index: cue)) == status)
    }
}
