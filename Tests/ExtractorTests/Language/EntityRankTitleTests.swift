import Testing
@testable import Extractor

/// A rank, an abbreviated "Prof" or a bench's plural before a name is a title, not part of the name: "Colonel Ivo Marek"
/// names Ivo Marek, "Justices Asha Rao and Vik Menon" two judges. Names are our own.
@Suite struct EntityRankTitleTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-06")).entities
    }

    @Test(arguments: [
        ("Colonel Ivo Marek, who led the raids, said the rigs were seized as evidence.", "Ivo Marek", "Colonel Ivo Marek"),
        ("Brigadier Tomas Velk said the army would guard the substations.", "Tomas Velk", "Brigadier Tomas Velk"),
        ("Sergeant Lina Okoro said the farm drew power from an illegal line.", "Lina Okoro", "Sergeant Lina Okoro"),
        ("Justices Asha Rao and Vik Menon stayed the order on Monday.", "Asha Rao", "Justices Asha Rao"),
        ("The moot was judged by Prof Meenal Sastry of the law faculty.", "Meenal Sastry", "Prof Meenal Sastry"),
    ])
    func aTitleBeforeANameIsNotPartOfIt(_ text: String, _ name: String, _ titled: String) {
        let found = entities(text)
        #expect(found.first { $0.name == name }?.type == .person, "\(found.map { "\($0.name):\($0.type)" })")
        #expect(!found.contains { $0.name == titled || $0.name == "Prof" }, "\(found.map(\.name))")
    }
}
