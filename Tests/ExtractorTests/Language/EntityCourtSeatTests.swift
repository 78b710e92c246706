import Testing
@testable import Extractor

/// A court named only by its level ("the Regional Court", "the Municipal Court") is one of many such courts, and the
/// town that seats it is part of its name; a court with a name of its own ends before its place. Sentences are our own.
@Suite struct EntityCourtSeatTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-06")).entities
    }

    @Test(arguments: [
        ("The Regional Court in Poznań dismissed the exchange's appeal on Monday.", "Regional Court in Poznań"),
        ("The operator was fined by the Municipal Court in Brno last week.", "Municipal Court in Brno"),
        ("Customers may appeal to the Administrative Court in Uppsala within three weeks.", "Administrative Court in Uppsala"),
        ("The ruling of the Voivodeship Administrative Court in Gdańsk was overturned.", "Voivodeship Administrative Court in Gdańsk"),
    ])
    func aCourtNamedByItsLevelTakesItsSeat(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.first { $0.name == name }?.type == .authority, "\(found.map { "\($0.name):\($0.type)" })")
    }

    @Test(arguments: [
        ("The High Court in Dublin froze the accounts of the exchange.", "High Court"),
        ("The Federal High Court in Abuja granted the regulator's request.", "Federal High Court"),
        ("The Regional Trial Court in Cebu issued the warrant.", "Regional Trial Court"),
        ("The District Court in March declined to hear the case.", "District Court"),
    ])
    func aCourtWithANameOfItsOwnEndsBeforeItsPlace(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.contains { $0.name == name }, "\(found.map { "\($0.name):\($0.type)" })")
        #expect(!found.contains { $0.name.contains(" in ") }, "\(found.map(\.name))")
    }
}
