import Testing
@testable import Extractor

/// Places the gazetteer does not know, typed by their context: a list with known places, one word after "in"
/// (but not a stake or a flaw "in" a company), a place noun before or after, "-based", a dateline in capitals.
@Suite struct PlaceContextTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-10")).entities
    }

    private func described(_ text: String) -> [String] { entities(text).map { "\($0.name):\($0.type)" } }

    @Test(arguments: [
        ("The chain has shops in Lisbon, Coimbra and Vorvalde.", "Vorvalde"),
        ("Investigators seized two flats in Kerkrade and a car.", "Kerkrade"),
        ("The miner will review its expansion plans in Trøndelag.", "Trøndelag"),
        ("The company moved its servers to the Kaluga region last year.", "Kaluga"),
        ("It opened an office in the Polish city of Bydgoszcz.", "Bydgoszcz"),
        ("Vornholt-based Kestrel Pay said it would appeal.", "Vornholt"),
        ("It is a Podgorica-based startup with ten staff.", "Podgorica"),
        ("OLOMOUC, Czech Republic — Traders gathered on Monday.", "OLOMOUC"),
        ("GDYNIA — Traders gathered on Monday.", "GDYNIA"),
    ])
    func aPlaceFromItsContext(text: String, name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .location, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        ("Binance bought a stake in Zentora last year.", "Zentora"),
        ("A flaw in Quorvex let attackers drain the pool.", "Quorvex"),
        ("Savers invested in TulpVault before it collapsed.", "TulpVault"),
        ("Users can now pay in Kestrel at 400 shops.", "Kestrel"),
    ])
    func aCompanyAfterInStaysACompany(text: String, name: String) {
        #expect(entities(text).first { $0.name == name }?.type != .location, "\(text) → \(described(text))")
    }

    @Test(arguments: ["BREAKING — Bitcoin fell 4% on Tuesday.", "UPDATE — The exchange resumed withdrawals."])
    func aLabelInCapitalsIsNoDateline(text: String) {
        #expect(!entities(text).contains { $0.type == .location }, "\(described(text))")
    }

    @Test(arguments: ["Tromsø", "Ostrava", "Finnmark", "Gdańsk", "Kumasi", "Samarkand", "Antofagasta", "Hsinchu"])
    func theGazetteerKnowsSecondCities(name: String) {
        let found = entities("Officials from \(name) met on Monday.")
        #expect(found.first { $0.name == name }?.type == .location, "\(found.map(\.name))")
    }
}
