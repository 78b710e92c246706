import Testing
@testable import Extractor

/// An activity a measure leaves its addressees free to do ("can still withdraw", "will still be able to trade") is a
/// carve-out, over phrasings we wrote; beside a run-off until a day, a ban or a duty kept, and a duty the sentence goes on
/// to set, which keep their own action.
@Suite struct ActivityLeftFreeTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer(statementModel: nil).analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Existing customers of the exchange can still withdraw their coins to a wallet of their own, the regulator said.",
        "Professional investors may still trade the contracts, subject to the leverage cap the authority already applies.",
        "Residents who already hold tokens abroad will still be able to move them to a local platform after the ban starts.",
        "Clients who fail the quiz may still buy, but only once they have confirmed the risks in writing, the new rules say.",
        "Referral fees can still be paid to licensed investment firms under the circular, the commission said.",
    ])
    func anActivityLeftFreeIsACarveOut(text: String) {
        #expect(action(text) == .warn, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("Banks will still be barred from keeping crypto-assets on their balance sheets, the central bank said.", PolicyAction.prohibit),
        ("Registered exchanges may still advertise, but each advert must carry a risk warning from June 1, the regulator said.", .require),
        ("The exchange may not take on new clients during the suspension, though existing clients can still trade.", .restrict),
    ])
    func aBanOrADutyKeepsItsAction(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The exchange will close for good on Sept. 30 and customers can still withdraw their funds until then, the regulator said.",
        "Under the new rules, a bank can still be wrong about a customer's risk, the regulator said.",
    ])
    func aRunOffOrAStateIsNoCarveOut(text: String) {
        #expect(action(text) != .warn, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The founder can still influence the company through its board, a report said.",
        "Investors may still believe the token is worth holding.",
        "Users can still ask the assistant for the weather.",
    ])
    func whatIsNoMarketsActivityIsNoCarveOut(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }
}
