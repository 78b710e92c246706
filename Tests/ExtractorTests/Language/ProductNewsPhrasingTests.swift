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

    /// A market wrap around the sentence: in such an article the statement model alone once read a token's sharp move as
    /// a rule in force.
    private func marketWrap(around sentence: String) -> String {
        """
        Bitcoin slips below US$60,000 as NFT trading cools

        By Dana Whitlow

        Bitcoin fell 2.1% to US$59,870 in the 24 hours to 5 p.m. in Singapore, while ether lost 1.4% to US$2,910.

        \(sentence)

        The Orchard 200 NFT index fell 0.5% to 2,981.40 points in the 24 hours and lost 1.2% during the week.

        Solana's daily NFT sales rose 6.2% to US$9.8 million, gaining for a third day.
        """
    }

    @Test(arguments: [
        "Grovecoin, the game studio's in-game token, which is also tied to its Kestrel Knights NFT collection, soared before the land sale and has plunged since.",
        "Lanternfly, the token of the Lantern art marketplace, which is also bound to its founders' NFT drop, surged before the auction and has slid since.",
        "Mossrock, a meme token that is also linked to a collection of cartoon frogs, jumped ahead of its listing but has tumbled since.",
    ])
    func aPriceThatMovesStatesNoMeasure(sentence: String) {
        let statements = TextAnalyzer().analyze(marketWrap(around: sentence), published: CalendarDay(iso: "2026-05-12")).statements
        #expect(statements.isEmpty, "\(statements.map { ($0.action, $0.status) })")
    }
}
