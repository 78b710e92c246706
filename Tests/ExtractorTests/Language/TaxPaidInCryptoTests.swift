import Testing
@testable import Extractor

/// A tax paid in a crypto-asset, or a crypto-asset accepted for taxes, lets the asset be used: a permission, not a tax
/// duty. A tax paid on crypto, or paid in a month, stays a duty.
@Suite struct TaxPaidInCryptoTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        ("Residents will be able to pay state taxes and fees in stablecoins from July 1.", PolicyAction.permit),
        ("The bill would let taxpayers settle federal taxes in bitcoin.", .permit),
        ("The revenue office will accept the token for all tax payments from April.", .permit),
        ("The state has accepted cryptocurrency for tax payments since 2022.", .permit),
        // A tax on crypto, or paid at a time, is the duty to pay it.
        ("Traders will pay the tax in May of the following year.", .require),
        ("Residents will pay tax on their crypto holdings from January.", .require),
        ("Individuals pay a 15% tax on gains in any month in which their sales exceed the threshold.", .require),
    ])
    func aTaxPaidInCryptoPermitsTheAsset(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
