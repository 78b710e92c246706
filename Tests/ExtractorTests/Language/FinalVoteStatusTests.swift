import Testing
@testable import Extractor

/// A legislature's last vote, with only the head of state's signature to come, decides the law: its bill's "would"s are
/// `announced`, not proposed. One chamber's vote, a step still to come and a vote still needed leave the bill proposed.
/// Names and sentences are our own.
@Suite struct FinalVoteStatusTests {
    private func statements(_ text: String) -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-10")).statements
    }

    @Test(arguments: [
        """
        Velmor legislature sends governor bill on bitcoin ATM licences

        The Velmor Legislature on Monday gave final approval to a bill that would require bitcoin ATM owners to hold a \
        licence, sending it to the governor.

        Operators would have to cap daily deposits at $2,000 per customer.
        """,
        """
        Ruritania's National Assembly passes stablecoin bill

        The National Assembly of Ruritania on Tuesday passed a bill that would require stablecoin issuers to hold a licence \
        from the central bank.

        The bill now goes to the president for promulgation. Issuers would also have to keep reserves in cash.
        """,
        """
        Ostland's parliament backs crypto tax bill

        Ostland's parliament on Wednesday approved a bill that would tax crypto gains at 15% from next year.

        The bill passed by 120 votes to 60 and now needs only royal assent. Exchanges would have to report every sale to the \
        tax office.
        """,
    ])
    func aBillAwaitingOnlySignatureIsAnnounced(text: String) {
        let found = statements(text)
        #expect(found.count >= 2 && found.allSatisfy { $0.status == .announced }, "\(found.map { ($0.status, $0.text.prefix(40)) })")
    }

    @Test(arguments: [
        "The bill now goes to the House of Deputies.",
        "The bill will go to the president if the House of Deputies approves it.",
        "The House of Deputies is expected to give final approval next month.",
        "The bill still needs a vote in the House of Deputies and the president's signature.",
    ])
    func aBillWithAVoteStillToComeStaysProposed(step: String) {
        let found = statements("""
        Ruritania's Senate passes crypto mining bill

        The Senate of Ruritania on Tuesday passed a bill that would ban crypto mining in residential areas.

        \(step) Miners would have to move their machines within a year.
        """)
        let vote = found.first { $0.text.contains("passed a bill") }
        #expect(vote?.status == .proposed, "\(found.map { ($0.status, $0.text.prefix(40)) })")
    }
}
