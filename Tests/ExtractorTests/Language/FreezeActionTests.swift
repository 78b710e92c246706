import Testing
@testable import Extractor

/// A freeze of someone's assets is an enforcement act; a freeze the sentence makes a duty of firms obliges; a freeze on
/// new business restricts; "frozen" before its noun names what an earlier act holds. The rules decide the action, so it
/// is read by the rules alone: whether the statement model keeps a sentence as a statement is its own question.
@Suite struct FreezeActionTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer.rulesAlone.analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "A judge froze the wallets of the three defendants on Friday.",
        "The finance ministry ordered a freeze on every account the smuggling ring holds.",
        "Police said the magistrate had frozen 4 million euros belonging to the gang.",
    ])
    func freezingSomeonesAssetsEnforces(text: String) {
        #expect(action(text) == .enforce, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("Under the bill, custodians will have to freeze wallets that investigators flag.", PolicyAction.require),
        ("The decree requires payment firms to freeze the listed accounts within a day.", .require),
        ("Custodians need to be able to freeze client wallets on request.", .require),
        ("Dealers must disclose frozen balances to the tax office every quarter.", .require),
        ("The watchdog imposed a freeze on new sign-ups at the broker.", .restrict),
        ("The regulator ordered a freeze on new accounts at the platform.", .restrict),
    ])
    func aFreezeAsADutyOrOnNewBusinessIsNoEnforcement(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
