import Testing
@testable import Extractor

/// Texts found by the `date` fuzz target (Tests/Fuzz) that crashed the analysis, and others of their shape.
@Suite struct HostileTextTests {
    @Test(arguments: [
        // The fuzzer's input: a lone capitalized word opening the last sentence read one token past the end.
        "2031-03-0nT09:15:00.123Z\nThe ban star2031-03-0nT09:15:00.123Z\nThe ban starts next mts next AmoFeb-31oFeb-31+ "
            + "25:61:61 G+ MT\n203Th",
        "The exchange said it would list the token.\nTh",
        "Regulators met on Monday.\nReuters",
        "Binance",
        "The ban starts next week. Markets",
    ])
    func aTextEndingInALoneCapitalizedWordIsAnalyzed(text: String) {
        let analysis = TextAnalyzer().analyze(text, published: CalendarDay(year: 2031, month: 3, day: 4))
        #expect(analysis.entities.allSatisfy { !$0.name.isEmpty })
    }
}
