import Testing
@testable import Extractor

/// A postponed start or deadline gives time to comply, a grace period (`enforce`, the agreed call for extensions and
/// grace periods), whatever the duty it moves; a postponed ban, a delayed decision on a fund, the noun "delay", an
/// object relative clause and a request to postpone keep their own reading.
@Suite struct PostponementActionTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).statements.first?.action
    }

    @Test(arguments: [
        "The finance ministry postponed by six months the deadline by which exchanges must file their first reports.",
        "The regulator has postponed to March the date on which brokers must segregate client tokens.",
        "Lawmakers approved a bill that delays the start of the licensing regime for wallet providers until 2028.",
        "The watchdog pushed the custody audit deadline back by a quarter.",
    ])
    func aPostponedStartIsAGracePeriod(text: String) {
        #expect(action(text) == .enforce, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("The central bank postponed its ban on crypto payments at merchants to May 1.", PolicyAction.prohibit),
        ("Exchanges must report the delay to the regulator within 30 days.", .require),
    ])
    func otherPostponementsKeepTheirReading(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
