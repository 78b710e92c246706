import Testing
@testable import Extractor

/// The items of a list that a bill, a draft or a proposal introduces ("What the bill would change:") are the proposal's;
/// the items of rules or a law made ("What the rules require:", "What the law does:") are not.
@Suite struct ProposalListStatusTests {
    private func itemStatuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-24")).statements.dropFirst().map(\.status)
    }

    @Test func theItemsOfABillAreProposed() {
        let text = """
        The lower house on Thursday approved changes to the securities law that bring crypto under it.

        What the bill would change:

        - Exchanges would have to keep reserves against hacks.
        - Issuers would have to file a disclosure document before a token sale.
        """
        #expect(itemStatuses(text) == [.proposed, .proposed])
    }

    @Test(arguments: ["What the rules require:", "What the law does:"])
    func theItemsOfRulesMadeAreAnnounced(intro: String) {
        let text = """
        The regulator published final rules for crypto custodians on Thursday.

        \(intro)

        - Custodians must keep client assets in segregated wallets.
        - Custodians must reconcile client accounts every day.
        """
        #expect(itemStatuses(text) == [.announced, .announced])
    }
}
