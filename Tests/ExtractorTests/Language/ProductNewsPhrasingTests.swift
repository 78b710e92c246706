import Testing
@testable import Extractor

/// Product and market news uses the words of permissions and restrictions ("now allows users to", "will be able to",
/// "tighten spending", "resumed purchases") without a measure; an authority's, a rule's or a licence's permission
/// keeps its reading. Sentences we wrote, in the voices of a trade site, a wire and a company release.
@Suite struct ProductNewsPhrasingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Lumenstream now allows creators to receive tips in bitcoin.",
        "Users will be able to earn yield on their stablecoin balances from next week, the company said.",
        "The protocol launched a model that allows users to borrow against staked tokens.",
        "The wallet maker's update lets holders swap tokens without leaving the app.",
        "Orbita will allow customers to trade tokenised gold starting Monday.",
        "The new feature enables traders to hedge positions with perpetual contracts.",
        "Subscribers will be able to pay for premium plans with stablecoins.",
        "The game studio's marketplace lets players sell in-game items for tokens.",
        "Film studios tighten spending as streaming slows.",
        "Long-term holders resumed purchases after the dip.",
        "Retail traders tightened their belts as volumes fell.",
    ])
    func productAndMarketNewsStatesNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("The new rules allow users to hold up to 10,000 euros in stablecoins.", PolicyAction.permit),
        ("The central bank will let customers open crypto accounts at licensed banks.", .permit),
        ("The licence lets the exchange serve customers across the bloc.", .permit),
        ("The Bank of Norway will allow banks to hold crypto for clients from June.", .permit),
        ("Under the new law, users will be able to buy tokens at licensed banks.", .permit),
        ("The central bank tightened reserve requirements for stablecoin issuers.", .restrict),
        ("Custody rules were tightened after the collapse.", .restrict),
    ])
    func anAuthoritysOrARulesPermissionKeepsItsReading(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
