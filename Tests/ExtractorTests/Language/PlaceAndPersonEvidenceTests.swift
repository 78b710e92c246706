import Testing
@testable import Extractor

/// Unknown names typed by the words around them: a place after "near", after a person "from" it, after "in" at a line's
/// end, or listed after a place ("in Lautoka and Nadi"); a person before an appositive with a person's noun ("X, a retired
/// nurse"). Companies in the same positions keep their type. Sentences are our own.
@Suite struct PlaceAndPersonEvidenceTests {
    private func types(_ text: String) -> [String: String] {
        Dictionary(TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).entities.map { ($0.name, $0.type.rawValue) },
                   uniquingKeysWith: { first, _ in first })
    }

    @Test(arguments: [
        ("The victim was released near Velmora in the evening.", "Velmora"),
        ("A businessman from Drusk lost his savings to the scheme.", "Drusk"),
        ("Two pensioners from Haldane said the app froze their coins.", "Haldane"),
        ("By Tavita Leaupepe in Apia\n\nThe central bank warned savers.", "Apia"),
        ("The scheme spread through chat groups in Lautoka and Vatukoula from April.", "Vatukoula"),
        ("Police searched farms in Kenya and Rumuruti last week.", "Rumuruti"),
        ("A student from Ostrowo was arrested on Monday.", "Ostrowo"),
        ("Hashrate rose in Tromsø and Skibotn over the winter.", "Skibotn"),
    ])
    func aPlacesWordsMakeAPlace(_ text: String, _ name: String) {
        #expect(types(text)[name] == "location")
    }

    @Test(arguments: [
        ("Sione Taufa, a Tongan-born nurse who works in Suva, lost $4,000.", "Sione Taufa"),
        ("Losa Vaipulu, a retired teacher, said she was never repaid.", "Losa Vaipulu"),
        ("Oyelaran Badejo, a 34-year-old engineer, built the miner.", "Oyelaran Badejo"),
        ("Tevita Lomu, a father of three, joined the scheme in May.", "Tevita Lomu"),
    ])
    func aPersonsNounInAnAppositiveMakesAPerson(_ text: String, _ name: String) {
        #expect(types(text)[name] == "person")
    }

    @Test(arguments: [
        // Money, work or a part in a company, or a company described as one.
        ("Investors put money in Zentora and Quorvex last year.", "Quorvex", "organization"),
        ("An engineer from Brixwell Labs found the bug.", "Brixwell Labs", "organization"),
        ("Kestora Digital, a Lisbon exchange, paused deposits.", "Kestora Digital", "organization"),
        ("Velquist Partners, a fund manager, bought the stake.", "Velquist Partners", "organization"),
        ("An analyst from Zelkora Capital said prices would fall.", "Zelkora Capital", "organization"),
        ("Shares of Brixham Exchange, a rival near Oslo, fell.", "Brixham Exchange", "organization"),
    ])
    func companiesKeepTheirType(_ text: String, _ name: String, _ type: String) {
        #expect(types(text)[name] == type)
    }
}
