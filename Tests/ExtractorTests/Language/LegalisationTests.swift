import Testing
@testable import Extractor

/// Making an activity lawful is a permission, over the tax, licence or ban words beside it; a legalisation denied is
/// none.
@Suite struct LegalisationTests {
    private func cue(_ text: String) -> PolicyAction? {
        PolicyCues.cue(in: AnalyzedText(text).tokens.map(\.lower), from: 0)?.action
    }

    @Test(arguments: [
        "Ruritania's lawmakers vote to legalise crypto and tax it",
        "Ruritania's parliament on Monday approved a bill that legalises crypto mining and taxes it.",
        "The bill would legalise the trading of crypto-assets, which are now banned.",
        "The assembly legalized crypto mining and set a 15% tax on its profits.",
    ])
    func legalisingPermits(text: String) {
        #expect(cue(text) == .permit, "\(text) → \(String(describing: cue(text)))")
    }

    @Test(arguments: [
        "The senate did not legalise crypto payments and kept the ban.",
        "The committee declined to legalise mining and kept the ban.",
    ])
    func aLegalisationDeniedPermitsNothing(text: String) {
        #expect(cue(text) != .permit, "\(text) → \(String(describing: cue(text)))")
    }
}
