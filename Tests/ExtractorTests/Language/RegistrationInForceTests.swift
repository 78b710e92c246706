import Testing
@testable import Extractor

/// A registration regime in force: "has been registered with the regulator since 2021" and "has registered crypto
/// firms since 2019" state the duty to register that firms live under (as "has licensed exchanges since 2018" does);
/// a registration done now, a negated one, registered losses and a count of the firms licensed since a date ("has licensed
/// four exchanges since 2022": licences granted) keep their own reading.
@Suite struct RegistrationInForceTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "The exchange has been registered with the Financial Markets Authority since 2021.",
        "The broker has been registered with the regulator for anti-money laundering purposes since 2020.",
        "The central bank has registered crypto firms for money laundering checks since 2019.",
        "The custodian has been registered under the money laundering rules since January 2022.",
        "The agency has licensed crypto exchanges since 2018.",
    ])
    func aRegistrationSinceADateIsTheDutyInForce(text: String) {
        #expect(action(text) == .require, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("The regulator registered three new exchanges on Tuesday.", PolicyAction?.some(.permit)),
        ("The exchange was registered by the regulator on Monday.", .permit),
        ("The firm has not been registered with the regulator since its licence lapsed.", .warn),
        ("Investors have registered heavy losses since the crash.", nil),
        ("The agency has licensed four crypto exchanges since 2022.", .permit),
        ("The regulator has registered more than 30 custodians since the law took effect.", .permit),
        ("The authority has licensed about a dozen brokers since 2021.", .permit),
    ])
    func otherRegistrationsKeepTheirReading(text: String, expected: PolicyAction?) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
