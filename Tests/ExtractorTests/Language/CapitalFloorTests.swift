import Testing
@testable import Extractor

/// A capital level that regulated firms must hold, raised, lowered or halved, is a requirement (the capital "bar" is no
/// ban, and a lower floor no permission), beside sentences where the same verbs name capital a firm raises for itself.
@Suite struct CapitalFloorTests {
    private func cue(_ text: String) -> PolicyAction? {
        PolicyCues.cue(in: AnalyzedText(text).tokens.map(\.lower), from: 0)?.action
    }

    @Test(arguments: [
        "Ruritania's securities regulator raises capital bar for crypto exchanges",
        "The central bank has raised the minimum capital that token custodians must hold to 3 million euros.",
        "Freedonia halves capital floor for licensed crypto brokers",
        "The commission cut the paid-up capital requirement for small exchanges last month.",
        "It plans to use the review to raise minimum capital and staffing requirements for dealers.",
        "The regulator doubled the capital requirements for stablecoin issuers in January.",
    ])
    func aCapitalLevelChangedObliges(text: String) {
        #expect(cue(text) == .require, "\(text) → \(String(describing: cue(text)))")
    }

    @Test(arguments: [
        "The exchange raised $40 million in capital from venture investors.",
        "The start-up raises fresh capital to expand into Asia.",
        "The watchdog did not raise the capital floor for brokers.",
        "The lender cut its capital spending by half this year.",
    ])
    func capitalAFirmRaisesIsNoRequirement(text: String) {
        #expect(cue(text) != .require, "\(text) → \(String(describing: cue(text)))")
    }
}
