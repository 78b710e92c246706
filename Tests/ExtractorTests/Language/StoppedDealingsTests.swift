import Testing
@testable import Extractor

/// An order to stop processing, handling or soliciting ("told lenders to stop processing transfers to the app", "to cease
/// soliciting pensioners") ends those dealings (`prohibit`), as an order to stop selling or serving does; stopping new
/// sign-ups still only restricts. Tokens or trading pairs a broker must drop or remove are delisted (`prohibit`,
/// `PolicyCues.dropsTokens`); a plan dropped is lifted.
@Suite struct StoppedDealingsTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer(statementModel: nil).analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "The monetary authority told lenders to stop processing transfers to the betting app, it said on Monday.",
        "The securities office ordered the forex app to cease soliciting pensioners in the state.",
        "The agency told brokers to stop handling bridged versions of the two coins.",
        "The banking office ordered the vending firm to halt transactions at its bitcoin machines.",
    ])
    func stoppedDealingsAreEnded(text: String) {
        #expect(action(text) == .prohibit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The regulator told the exchange to stop registering new users until it fixes its identity checks.",
    ])
    func stoppingNewUsersStillRestricts(text: String) {
        #expect(action(text) == .restrict, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The watchdog tells brokers to drop the two meme tokens by year-end",
        "The broker has to remove every pair quoted in the unlicensed coin by Friday, the agency said.",
    ])
    func droppedTokensAreDelisted(text: String) {
        #expect(action(text) == .prohibit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The finance ministry drops its plan to tax coins held for more than a year, the minister said.",
    ])
    func aDroppedPlanIsNoDelisting(text: String) {
        #expect(action(text) == .permit, "\(text) → \(String(describing: action(text)))")
    }
}
