import Testing
@testable import Extractor

/// A "could" that bounds what a measure allows ("could borrow no more than half", "only bitcoin could be bought", "could
/// keep operating until July", "could be fined up to") states the measure's terms, not a possibility, over sentences we
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
        "a client could borrow no more than half the value of the collateral",
        "only bitcoin and ether could be bought on margin",
        "retail customers could commit at most a quarter of their holdings to staking",
        "firms could keep operating while their applications were reviewed",
        "registered platforms could continue to serve clients until the end of june",
        "those that fail to report could be fined up to 100,000 euros",
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
        "The securities regulator on Monday proposed rules for crypto lending to retail clients. A client could borrow no more than half the value of the collateral.",
        "The securities regulator on Monday proposed rules for crypto lending to retail clients. Only bitcoin and ether could be pledged as collateral.",
    ])
    func aProposalsBoundsAreProposed(text: String) {
        #expect(statuses(text).last == .proposed, "\(text) → \(statuses(text))")
    }
}
