import Testing
@testable import Extractor

/// Capitalized runs of common words name nothing: a demonym with the plural of a common acronym ("Czech MPs", "EU CEOs")
/// and a grade or a document's part before its number at the end of a run ("Common Equity Tier 1"). Names with such
/// words inside keep them. Sentences are our own.
@Suite struct CommonWordRunTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).entities.map(\.name)
    }

    @Test(arguments: [
        "Polish MPs back a crypto tax.",
        "Several Kenyan MPs opposed the levy on Tuesday.",
        "The vote split British MEPs.",
        "Many MPs want a lower rate.",
        "Twelve European CEOs signed the letter.",
        "Banks must deduct exposures from Common Equity Tier 1 capital.",
        "The rollout enters Pilot Phase 2 next year.",
        "Miners in Tariff Level 3 pay more.",
    ])
    func commonWordsNameNothing(_ text: String) {
        #expect(names(text).isEmpty)
    }

    @Test(arguments: [
        ("MPS Capital Services sold the bonds on Monday.", "MPS Capital Services"),
        ("Tier Capital Partners raised a fund on Monday.", "Tier Capital Partners"),
        ("Quorvex Round Table members met in Oslo.", "Quorvex Round Table"),
        ("The MPs' group Fair Tax Now said no.", "Fair Tax Now"),
    ])
    func namesWithSuchWordsStay(_ text: String, _ name: String) {
        #expect(names(text).contains(name))
    }
}
