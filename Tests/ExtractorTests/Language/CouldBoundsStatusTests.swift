import Testing
@testable import Extractor

/// A "could" that bounds what a measure allows ("could take out no more than a third", "only two tokens could be traded",
/// "could keep operating until July", "could be fined up to") states the measure's terms, not a possibility, over sentences we
/// wrote; a "could" of an act that may come stays a consideration.
@Suite struct CouldBoundsStatusTests {
    private func words(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    private func clauseStatus(_ text: String) -> PolicyStatus? {
        let words = words(text)
        guard let clause = ClauseReader(words: words, capitalized: words.map { _ in false }).mainClause() else { return nil }
        return ClauseSense.status(of: clause, in: words)
    }

    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.map(\.status)
    }

    @Test(arguments: [
        "a borrower could take out no more than a third of the pledged coins' worth",
        "only the two largest tokens could be traded with leverage",
        "retail customers could commit at most a quarter of their holdings to staking",
        "firms could keep operating while their applications were reviewed",
        "registered platforms could continue to serve clients until the end of june",
        "platforms that miss the filing could be fined up to 40,000 francs",
    ])
    func aCouldThatBoundsWhatAMeasureAllowsIsNoPossibility(text: String) {
        #expect(clauseStatus(text) != .considering, "\(text) → \(String(describing: clauseStatus(text)))")
    }

    @Test(arguments: [
        "the regulator could impose new limits on lending before the end of the year",
        "the agency could allow exchange-traded funds that hold bitcoin",
        "the central bank could issue a digital currency in 2029",
    ])
    func aCouldOfAnActThatMayComeIsConsidering(text: String) {
        #expect(clauseStatus(text) == .considering, "\(text) → \(String(describing: clauseStatus(text)))")
    }

    @Test(arguments: [
        "The securities regulator on Monday proposed rules for crypto lending to retail clients. A borrower could take out no more than a third of the pledged coins' worth.",
        "The securities regulator on Monday proposed rules for crypto lending to retail clients. Only bitcoin and ether could be pledged as collateral.",
    ])
    func aProposalsBoundsAreProposed(text: String) {
        #expect(statuses(text).last == .proposed, "\(text) → \(statuses(text))")
    }
}
