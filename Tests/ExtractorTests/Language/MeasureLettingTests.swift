import Testing
@testable import Extractor

/// What a measure lets its addressees do ("a regulation that lets licensed brokers hold tokens for clients", "a bill that
/// would allow lenders to take bitcoin as collateral") is a permission, over the licence, limit or ban words around it
/// (`PolicyCues.measureLets`); a letting denied, one bounded to a day, one that lets no one, and an authority let act keep
/// their own reading.
@Suite struct MeasureLettingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer(statementModel: nil).analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "The monetary authority published a regulation on Tuesday that lets licensed brokers hold tokens in custody for pension funds.",
        "The senate passed a bill that would allow savings banks to accept bitcoin as collateral for small business loans.",
        "The trade ministry's decree lets registered brokers list tokenised bonds for their customers from September.",
        "The insurance supervisor adopted rules that for once let insurers hold a small share of their reserves in bitcoin.",
        "The agency put out a proposal that would let credit unions run crypto wallets for their members.",
        "The cabinet backed a bill to allow tokenised property funds, the housing ministry said.",
    ])
    func whatAMeasureLetsIsAPermission(text: String) {
        #expect(action(text) == .permit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The act lets licensed dealers keep trading for their clients until March 31, the agency said.",
        "The treasury is drafting an amendment that would let the supervisor seize the wallets of unlicensed dealers.",
        "The agency said its code does not let custodians pledge the coins they keep for savers.",
        "Dealers licensed before 2024 may keep trading until April 2, the longest period the act allows.",
        "The agency is weighing whether to seek a change in the code that would let it cap the fees brokers charge.",
        "The decree lets the Ruritanian central bank fine a token dealer up to 3% of its revenue.",
    ])
    func otherLettingsAreNoPermission(text: String) {
        #expect(action(text) != .permit, "\(text) → \(String(describing: action(text)))")
    }
}
