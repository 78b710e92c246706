import Testing
@testable import Extractor

/// A known name that is also a common word ("Circle", "Square") after unknown capitalized words is the head of a longer
/// name, with the place that opens it; alone, or after a lower-case word, it is still the company. Sentences are our own.
@Suite struct EntityCommonWordHeadTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-06")).entities
    }

    @Test(arguments: [
        ("The Porto Asset Keepers Circle, a trade group, called the cap too tight.", "Porto Asset Keepers Circle"),
        ("The Baltic Digital Payments Circle welcomed the central bank's decision on Tuesday.", "Baltic Digital Payments Circle"),
        ("The minister met the Walloon Token Issuers Circle in Namur on Friday.", "Walloon Token Issuers Circle"),
    ])
    func aCommonWordNameEndsALongerName(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.first { $0.name == name }?.type == .organization, "\(found.map { "\($0.name):\($0.type)" })")
        #expect(!found.contains { $0.name == "Circle" }, "\(found.map(\.name))")
    }

    @Test(arguments: [
        "Stablecoin issuer Circle said its reserves were held in cash and Treasury bills.",
        "Shares of Circle rose 3% after the bill passed the Senate.",
        "The exchange and Circle signed a settlement agreement on Monday.",
    ])
    func theCompanyAloneIsStillTheCompany(_ text: String) {
        let found = entities(text)
        #expect(found.first { $0.name.hasPrefix("Circle") }?.type == .organization, "\(found.map { "\($0.name):\($0.type)" })")
    }
}
