import Testing
@testable import Extractor

/// Euronext's markets are named for their cities ("Euronext Paris", "Euronext Dublin"), each a venue of its own; the
/// group alone is "Euronext". Sentences are our own.
@Suite struct EntityExchangeVenueTests {
    @Test(arguments: [
        ("Shares of the broker, which listed on Euronext Paris in 2024, rose 4% on Tuesday.", "Euronext Paris"),
        ("The notes will trade on Euronext Dublin from next week.", "Euronext Dublin"),
        ("Its bitcoin note is the largest listed on Euronext Amsterdam.", "Euronext Amsterdam"),
        ("Euronext said trading in the notes would resume on Monday.", "Euronext"),
    ])
    func aEuronextMarketIsNamedWithItsCity(_ text: String, _ name: String) {
        let found = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-06")).entities
        #expect(found.first { $0.name == name }?.type == .organization, "\(found.map { "\($0.name):\($0.type)" })")
    }
}
