import Testing
@testable import Extractor

/// The time a measure leaves clients to take their assets out or close their positions ("can redeem their tokens until
/// March 3"), or firms and contracts to go on ("leases already agreed may run until 2029"), is a wind-down's or a
/// transition's grace period (`enforce`), over the delisting, ban, limit or duty the sentence also names
/// (`PolicyCues.leavesTimeUntilADay`); a bar until a day, one with no day, one that lasts until its addressees change, and
/// one in a clause after "but" are left to the other cues.
@Suite struct TimeLeftUntilADayTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer(statementModel: nil).analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Savers can redeem their tokens until March 3, after which the broker must pass what is left to a trustee, the agency said.",
        "Holders of the two suspended coins will be able to move them to their own wallets until the 20th, the agency said.",
        "The agency said the brokers have to let savers redeem or move their tokens until Friday.",
        "Small investors will be able to close their margin trades, though not open new ones, until April 9, the agency said.",
    ])
    func timeToTakeAssetsOutIsAGracePeriod(text: String) {
        #expect(action(text) == .enforce, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Leases agreed before the order may run until 2029, the energy ministry said.",
        "Brokers already licensed under the old scheme may keep quoting prices until April 30, the agency said.",
        "Dealers on the old register may serve savers only until April 2, the agency said.",
    ])
    func timeToGoOnIsATransition(text: String) {
        #expect(action(text) == .enforce, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Users of the app cannot redeem their tokens until June 4, the agency said.",
        "The dealer may not serve savers until its systems have passed an audit, the agency said.",
        "The new bank may serve only corporate treasuries until 2028 under its charter, the agency said.",
        "Users may trade on the app but cannot move coins out until June 4, the agency said.",
        "Under the new rules, customers can withdraw up to $5,000 a day from licensed exchanges, the central bank said.",
        "Small token issuers may stay with the provincial regulator until they hold more than $2 billion in reserves, the act says.",
        "The grid company will no longer connect new mining farms, but farms already connected may continue to draw power until their leases end.",
    ])
    func aBarABoundOrAnotherMeasureIsNoGracePeriod(text: String) {
        #expect(action(text) != .enforce, "\(text) → \(String(describing: action(text)))")
    }
}
