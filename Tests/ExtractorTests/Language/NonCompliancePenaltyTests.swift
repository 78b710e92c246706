import Testing
@testable import Extractor

/// What befalls firms that do not comply is a sanction (`enforce`) when it suspends, revokes, cuts off or fines them;
/// an order to stop, or a bar on new business, that befalls them keeps its own action.
@Suite struct NonCompliancePenaltyTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).statements.first?.action
    }

    @Test(arguments: [
        "Exchanges that ignore the order could have their licences suspended.",
        "Miners that ignore the order will have their power supply disconnected.",
        "Dealers that breach the rules face fines of up to 1 million crowns.",
        "An exchange that fails to fix its controls can have its registration suspended.",
    ])
    func aSanctionOnTheNonCompliantEnforces(text: String) {
        #expect(action(text) == .enforce, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("Firms that miss the deadline must stop serving clients.", PolicyAction.prohibit),
        ("Platforms that miss the deadline will be barred from opening new accounts.", .restrict),
        ("Firms that miss the deadline will be asked to suspend new retail sign-ups.", .restrict),
    ])
    func anOrderToStopKeepsItsAction(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
