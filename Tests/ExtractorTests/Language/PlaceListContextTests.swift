import Testing
@testable import Extractor

/// Places the gazetteer does not know, typed by a list that "in" or "near" opens ("in Lac Vert, Pine Hollow and
/// Brisco"), by the people named after them ("a Westbury retiree", "Dunmore residents") or by a lawmaker from them ("a
/// Republican from Carrow"); names a company's stake or work is "in" stay companies. Sentences are our own.
@Suite struct PlaceListContextTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).entities
    }

    private func described(_ text: String) -> [String] { entities(text).map { "\($0.name):\($0.type)" } }

    @Test(arguments: [
        ("The company will open machines in Lac Vert, Pine Hollow and Brisco next year.", ["Lac Vert", "Pine Hollow", "Brisco"]),
        ("Sites near Oakvale or Dunmore Ridge will get the rigs.", ["Oakvale", "Dunmore Ridge"]),
        ("Police said the 70-year-old Westbury retiree lost $9,000 to the scam.", ["Westbury"]),
        ("Several Dunmore residents complained about the noise from the mine.", ["Dunmore"]),
        ("Rep. Jane Doe, a Democrat from Carrow, sponsored the bill.", ["Carrow"]),
        ("Sen. John Roe, a Republican from Ashby Falls, voted against it.", ["Ashby Falls"]),
    ])
    func aPlaceFromItsListOrItsPeople(_ text: String, _ places: [String]) {
        let found = entities(text)
        for place in places { #expect(found.first { $0.name == place }?.type == .location, "\(place) → \(described(text))") }
    }

    @Test(arguments: [
        "Binance holds stakes in Zentora Labs, Quorvex and Pellan Capital.",
        "Binance invested in Quorvex, Zentora and Mirow last year.",
        "Kestrel Pay customers complained about the fees.",
        "Traders in Velmor Capital, Ostra Labs and Pexa Digital lost money.",
        "A man from Tessaly Capital Partners said the fund would close.",
    ])
    func companiesStayCompanies(_ text: String) {
        #expect(!entities(text).contains { $0.type == .location }, "\(described(text))")
    }
}
