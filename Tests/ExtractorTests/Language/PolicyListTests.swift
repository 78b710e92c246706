import Testing
@testable import Extractor

/// Bulleted lists that spell out a measure's points: each item is a statement of its own, the
/// introduction's modal ("operators must:") gives the items their action, and an introduction
/// that only opens the list is no statement itself.
@Suite struct PolicyListTests {
    private func statements(_ text: String) -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2024-09-03")).statements
    }

    @Test func itemsUnderAModalIntroductionAreObligations() {
        let found = statements("""
        The Ruritanian Securities Board published new custody rules on Monday.

        Under the rules, custodians must:
        - keep client tokens apart from their own;
        - publish an audit of their reserves every quarter;
        - cap hot-wallet holdings at 5% of client assets.

        The board said the rules take effect in January.
        """)
        #expect(!found.contains { $0.text.hasSuffix("must:") }, "\(found.map(\.text))")
        let items = found.filter { $0.text.hasPrefix("keep") || $0.text.hasPrefix("publish") || $0.text.hasPrefix("cap") }
        #expect(items.map(\.action) == [.require, .require, .restrict], "\(found.map { ($0.text, $0.action) })")
        #expect(items.allSatisfy { $0.actor == "Ruritanian Securities Board" }, "\(items.map(\.actor))")
    }

    @Test func aWarningWordInAnItemIsWhatTheIntroductionObliges() {
        let found = statements("""
        Under the new law, kiosk operators will have to:
        • display a scam warning before every purchase;
        • refund first-time users who report fraud within 30 days.
        """)
        #expect(found.map(\.action) == [.require, .require], "\(found.map { ($0.text, $0.action) })")
    }

    /// An item's own carve-out is the item's action, whatever the introduction obliges; an exemption from licensing permits.
    @Test(arguments: [
        ("- gains below 1,000 euros a year will be exempt.", PolicyAction.warn),
        ("- transfers between a customer's own wallets are not covered.", .warn),
        ("- the law does not change how mining income is taxed.", .warn),
        ("- the duty does not extend to tokens held for less than a day.", .warn),
        ("- miners that sell only their own coins will be exempt from registration.", .permit),
        ("- display a scam warning before every purchase.", .require),
        ("- report every transfer above 1,000 euros to the tax office.", .require),
    ])
    func anItemsOwnCarveOutIsItsAction(item: String, action: PolicyAction) {
        let found = statements("""
        The Ruritanian parliament passed the crypto tax law on Monday.

        Under the law, crypto platforms will have to:
        - keep records of every customer's trades for ten years;
        \(item)
        """)
        let read = found.first { item.hasSuffix($0.text) }
        #expect(read?.action == action, "\(found.map { ($0.text, $0.action) })")
    }

    @Test func itemsUnderTheMainPointsOfARuleAreStatements() {
        let found = statements("""
        The Central Bank of Ruritania requires crypto brokers to obtain an authorization.

        Key points of the framework:
        • Minimum capital of 2 million crowns for every broker
        • Transfers to private wallets are capped at 10,000 crowns
        """)
        #expect(found.count == 3, "\(found.map(\.text))")
        #expect(found.last?.action == .restrict)
    }

    @Test func itemsUnderAnIntroductionWithoutAMeasureAreNoStatements() {
        let found = statements("""
        Bitcoin rose 3% on Tuesday.

        What traders are watching:
        - the jobs report on Friday;
        - the dollar index;
        - flows into spot funds.
        """)
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func anIntroductionThatStatesTheMeasureStays() {
        let found = statements("""
        The regulator banned three activities for retail clients:
        - margin trading;
        - token lending.
        """)
        #expect(found.first?.text.hasSuffix("clients:") == true, "\(found.map(\.text))")
        #expect(found.allSatisfy { $0.action == .prohibit }, "\(found.map(\.action))")
    }

    @Test(arguments: [
        "\"The bar for new entrants is high,\" the governor said.",
        "The bar is higher now for exchanges that apply.",
    ])
    func theNounBarIsNoBan(text: String) {
        #expect(!statements(text).contains { $0.action == .prohibit }, "\(statements(text).map(\.action))")
    }

    @Test func theVerbBarStaysABan() {
        #expect(statements("The regulator will bar banks from serving exchanges.").first?.action == .prohibit)
    }

    @Test func endingAMoratoriumPermits() {
        #expect(statements("The agency will accept applications again from May 1, ending a moratorium on new licences.").first?.action == .permit)
    }
}
