import Testing
@testable import Extractor

/// A permission bounded by an amount for each person or each period ("may send up to 1 million crowns a year") is a
/// ceiling, which restricts; a share a fund may put into an asset, a fine that can reach a sum and a stretch of time
/// bound nothing of the kind.
@Suite struct AllowanceCeilingTests {
    private func cue(_ text: String) -> PolicyAction? {
        PolicyCues.cue(in: AnalyzedText(text).tokens.map(\.lower), from: 0)?.action
    }

    @Test(arguments: [
        "Residents may send up to 1 million crowns a year abroad in crypto-assets.",
        "Savers can keep up to 40,000 crowns apiece in their wallets.",
        "Visitors can spend up to 20,000 crowns a month on crypto cards.",
        "Each customer may hold up to 3,000 digital crowns.",
        "Retail clients can withdraw up to 10,000 crowns per day.",
    ])
    func aCeilingOnEachPersonOrPeriodRestricts(text: String) {
        #expect(cue(text) == .restrict, "\(text) → \(String(describing: cue(text)))")
    }

    @Test(arguments: [
        "Pension funds may invest up to 2% of their portfolios in bitcoin funds.",
        "Firms that breach the rules can be fined up to 10,000 crowns for each day.",
        "Firms already in business can keep going for up to nine months.",
        "Platforms may raise up to 15 million crowns per offering.",
    ])
    func otherAmountsAreNoCeiling(text: String) {
        #expect(AllowanceCeilingCues.reading(at: index(ofUpIn: text), in: words(text), from: 0) == nil, "\(text)")
    }

    private func words(_ text: String) -> [String] { AnalyzedText(text).tokens.map(\.lower) }
    private func index(ofUpIn text: String) -> Int { words(text).firstIndex(of: "up") ?? 0 }
}
