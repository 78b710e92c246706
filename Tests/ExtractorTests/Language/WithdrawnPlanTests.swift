import Testing
@testable import Extractor

/// A plan taken back before it binds (a bill withdrawn, a proposal dropped or shelved, a letter withdrawn) lifts what it
/// would have imposed, over phrasings we wrote; funds withdrawn under a plan are no plan taken back.
@Suite struct WithdrawnPlanTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer(statementModel: nil).analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "The finance ministry has withdrawn its bill, which would have obliged exchanges to withhold tax on users' gains.",
        "Ruritania drops plan to make crypto platforms report every transfer to the tax office",
        "Lawmakers shelved the proposal to cap retail purchases of tokens at 50,000 crowns a year.",
        "The banking regulator withdraws a 2023 letter that asked banks to seek approval before holding crypto",
        "The securities board on Monday dropped its proposal for a two-day wait before first-time purchases.",
    ])
    func aPlanTakenBackPermits(text: String) {
        #expect(action(text) == .permit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Customers can withdraw their funds from the platform until June 30, the regulator said.",
        "Users may withdraw their tokens to a wallet of their own under the plan, the exchange said.",
        "The wallet maker shelved its plans for an initial public offering after its losses widened.",
        "The exchange abandoned plans for an IPO in New York this year.",
    ])
    func aWithdrawalOfFundsOrAListingSetAsideIsNoPlanTakenBack(text: String) {
        #expect(action(text) != .permit, "\(text) → \(String(describing: action(text)))")
    }
}
