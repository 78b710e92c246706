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
}
