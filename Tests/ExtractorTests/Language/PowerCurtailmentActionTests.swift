import Testing
@testable import Extractor

/// Miners or data centres told to draw less power ("halve their consumption", "cut their electricity use", "power down"),
/// or none for a season ("disconnect from the grid from December to February"), are curtailed: `restrict`, not the duty
/// that "must" or "ordered ... to" would read. Power cut off for good, or cut as a circumstance, is left alone.
@Suite struct PowerCurtailmentActionTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    private func words(_ text: String) -> [String] { text.lowercased().split(separator: " ").map(String.init) }

    @Test(arguments: [
        "Licensed mining farms must halve their consumption from June to August, the energy ministry said.",
        "The grid regulator ordered data centres that mine bitcoin to cut their electricity use by a third this winter.",
        "Miners will have to power down whenever the grid operator declares an emergency, under the new rules.",
        "Registered miners must disconnect from the national grid from December 1 to February 28, the ministry said.",
    ])
    func aCurtailmentOfPowerUseRestricts(text: String) {
        #expect(action(text) == .restrict, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("miners must halve their consumption", 2, true),
        ("the authority told farms to cut their power use", 5, true),
        ("the authority will ration power to miners", 3, true),
        ("farms must disconnect from the grid until march", 2, true),
        ("the commission ordered landlords to cut power to any building running rigs", 5, false),
        ("miners that want to be paid for cutting their power use", 7, false),
        ("the exchange will cut its trading fees", 3, false),
        ("farms must disconnect from the grid by march 31", 2, false),
    ])
    func readsACurtailment(text: String, at index: Int, expected: Bool) {
        #expect(PolicyCues.curtailsPowerUse(words(text), at: index) == expected, "\(text)")
    }
}
