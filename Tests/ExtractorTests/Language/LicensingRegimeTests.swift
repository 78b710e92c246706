import Testing
@testable import Extractor

/// An authority's licensing verb before a kind of firm ("the central bank licenses crypto exchanges") states the regime it
/// runs, which obliges firms to hold a licence; before counted firms ("licenses first two exchanges") it is a grant.
@Suite struct LicensingRegimeTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer(statementModel: nil).analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Under the 2024 law, the central bank licenses crypto exchanges and supervises them.",
        "The Securities Commission now licenses providers of crypto-asset services under its new act.",
        "The state banking department already licenses crypto ATM operators under its money transmitter law.",
        "It licenses the service providers under the Digital Assets Act of 2020.",
    ])
    func theLicensingRegimeAnAuthorityRunsObliges(text: String) {
        #expect(action(text) == .require, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Ruritania licenses first two crypto exchanges",
        "The central bank registers three digital asset platforms, strikes off a fourth",
        "Regulator authorises two stablecoin issuers",
    ])
    func countedFirmsLicensedAreAGrant(text: String) {
        #expect(action(text) == .permit, "\(text) → \(String(describing: action(text)))")
    }
}
