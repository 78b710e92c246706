import Testing
@testable import Extractor

/// Carve-outs worded by the verb group: a negated obligation ("merchants will not be obliged to accept them"), also
/// after a first clause of its own, and a measure or decision that does not undo something ("the penalty does not
/// suspend the registration"); beside obligations, lifted duties and acts of undoing that must keep their own action.
@Suite struct CarveOutVerbGroupTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Merchants will not be obliged to accept the tokens.",
        "Shops are not obligated to take stablecoins as payment.",
        "Smaller issuers will not be required to publish a white paper.",
        "Holders are not mandated to report balances under the new rule.",
        "The new coins will not be legal tender, and retailers will not be obliged to accept them.",
        "Individual miners would not be required to register with the ministry.",
    ])
    func aNegatedObligationIsACarveOut(text: String) {
        #expect(action(text) == .warn, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("Exchanges will be obliged to verify every customer.", PolicyAction.require),
        ("Issuers are required to hold reserves in cash.", .require),
        ("Banks are obliged to report any transfer above 10,000 euros.", .require),
        ("Custodians are now obligated to segregate client coins.", .require),
        ("Brokers are not only required to verify clients but also to keep their records for ten years.", .require),
        ("Providers will no longer be obliged to file paper reports.", .permit),
    ])
    func anObligationOrALiftedOneIsNoCarveOut(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The penalty does not suspend the firm's registration.",
        "The fine will not stop the exchange from operating.",
        "The ruling does not invalidate the existing licences.",
        "The settlement does not end the agency's investigation.",
        "The new rules do not prevent banks from holding bitcoin.",
        "The decision would not revoke licences already granted.",
    ])
    func aDecisionThatUndoesNothingIsACarveOut(text: String) {
        #expect(action(text) == .warn, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("The regulator suspended the firm's registration on Monday.", PolicyAction.restrict),
        ("The agency revoked the exchange's licence after the penalty.", .enforce),
        ("Exchanges that do not stop serving users will face penalties.", .enforce),
        ("The ministry will not stop the crackdown on unlicensed miners.", .enforce),
        ("The order may not stop the exchange from serving clients abroad.", .prohibit),
    ])
    func anActOfUndoingKeepsItsAction(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
