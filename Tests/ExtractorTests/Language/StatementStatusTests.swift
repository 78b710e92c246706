import Testing
@testable import Extractor

/// Status over phrasings we wrote: a decision on a proposal is no proposal, and only the main actor's
/// own lead lends the article's other sentences its status.
@Suite struct StatementStatusTests {
    private func statements(_ text: String, published: String = "2025-05-20") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        "The Securities Board of Ruritania disapproved a proposal by the Northgate exchange to list a bitcoin fund.",
        "The Securities Board of Ruritania approved a proposal by the Northgate exchange to list bitcoin options.",
        "Parliament voted down a bill that would ban crypto mining.",
        "The Central Bank of Ruritania withdrew its proposal to cap stablecoin holdings.",
        "The Ministry of Finance scrapped a plan to tax crypto gains.",
        "The proposal to ban crypto mining was rejected by the Securities Board of Ruritania on Tuesday.",
        "The court threw out a petition by investors to freeze the exchange's assets.",
    ])
    func aDecisionOnAProposalIsNoProposal(text: String) {
        let found = statements(text)
        #expect(!found.isEmpty && found.allSatisfy { $0.status != .proposed }, "\(text) → \(found.map(\.status))")
    }

    @Test(arguments: [
        // Approving a draft or a bill only moves it on; publishing, considering or voting on a proposal decides nothing.
        "The cabinet approved a draft law that would ban crypto mining.",
        "The Securities Board of Ruritania published a proposal to ban crypto lending.",
        "Lawmakers introduced a bill that would ban crypto mining.",
        "The Securities Board of Ruritania will vote on a proposal to ban crypto lending.",
        "The Securities Board of Ruritania proposed a ban on crypto lending.",
    ])
    func aProposalStillOpenStaysProposed(text: String) {
        #expect(statements(text).first?.status == .proposed, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Spain has a draft of its own.",
        "Spain is weighing a ban of its own.",
        "Spain's parliament is debating a bill that would ban crypto mining.",
    ])
    func anotherSidesDraftInTheLeadLendsNoStatus(lead: String) {
        let found = statements("""
        Portugal opens its crypto market. \(lead)

        The Bank of Portugal said on Monday that licensed brokers will be allowed to trade bitcoin from July 1.

        Any broker that wants to take part will need a fresh authorisation.
        """)
        let board = found.filter { $0.actor == "Bank of Portugal" }
        #expect(!board.isEmpty && board.allSatisfy { $0.status == .announced }, "\(found.map { ($0.actor, $0.status) })")
    }

    @Test func theMainActorsOwnDraftLendsItsStatus() {
        let found = statements("""
        The Securities Board of Ruritania published draft rules on Monday that would let brokers trade bitcoin.

        Brokers will need a fresh authorisation and capital of at least $10 million.
        """)
        #expect(found.count == 2 && found.allSatisfy { $0.status == .proposed }, "\(found.map { ($0.actor, $0.status) })")
    }

    @Test(arguments: [
        "The Bank of Portugal will allow banks to hold bitcoin from July, ending a ban that has been in place since 2017.",
        "The Bank of Portugal will lift a ban which was imposed in 2018.",
        "The Bank of Portugal said it will lift the curbs that came into force in 2019.",
        "The Bank of Portugal will end curbs that were imposed on exchanges in 2019.",
        "The Bank of Portugal will let banks offer custody from July, ending a freeze that has applied since 2022.",
    ])
    func anOlderMeasureInARelativeClauseLeavesTheNewsAnnounced(text: String) {
        #expect(statements(text).first?.status == .announced, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "The Bank of Portugal has licensed more than 40 crypto firms.",
        "The Bank of Portugal has fined several exchanges over the past two years.",
        "Exchanges have been suspended dozens of times in recent years by the Bank of Portugal.",
        "The Bank of Portugal has approved over 30 crypto funds to date.",
        "The Bank of Portugal has fined exchanges for lax checks in the last 18 months.",
    ])
    func aTallyOfPastActsIsInEffect(text: String) {
        #expect(statements(text).first?.status == .inEffect, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        // One act, or acts of this week, are the news.
        "The Bank of Portugal has licensed two crypto exchanges.",
        "The Bank of Portugal has fined two exchanges this week.",
        "The Bank of Portugal fined Acme Exchange last week.",
        "The Bank of Portugal said it will lift the ban it imposed in 2018.",
        "The Bank of Portugal has banned crypto lending.",
    ])
    func oneRecentActIsAnnounced(text: String) {
        #expect(statements(text).first?.status == .announced, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Portugal legalised crypto mining from Nov. 1, 2023.",
        "Banks were allowed to hold crypto from June last year.",
        "The Bank of Portugal banned crypto lending in January.",
        "The Bank of Portugal had fined Acme Exchange in 2022.",
        "Crypto payments were banned by the Bank of Portugal in March 2021.",
    ])
    func aPastActDatedWellBeforePublicationIsInEffect(text: String) {
        #expect(statements(text).first?.status == .inEffect, "\(text) → \(statements(text).map(\.status))")
    }
}
