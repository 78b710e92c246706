import Testing
@testable import Extractor

/// A people or an adjective made from a place the gazetteer knows ("Siberian", "Quebecers", "Sri Lankan") names no
/// entity, whatever the demonym table lists; people named like a place's people ("Christian", "Adrian") stay people.
/// Sentences are our own.
@Suite struct PlaceDemonymTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-19")).entities.map(\.name)
    }

    @Test(arguments: [
        ("The ban hits Siberian miners first.", "Siberian"),
        ("Banks said Sri Lankan savers rarely own bonds.", "Sri Lankan"),
        ("Polls show Quebecers like the new rules.", "Quebecers"),
        ("Now Californians can buy tokens at kiosks.", "Californians"),
        ("The tax hits Ontarians hard.", "Ontarians"),
        ("Officials said Sicilian police acted.", "Sicilian"),
        ("Most of the Texans mined more.", "Texans"),
        ("The rule angered Tasmanian regulators.", "Tasmanian"),
        ("The move worried Andalusian farmers.", "Andalusian"),
    ])
    func aDemonymOfAKnownPlaceIsNoEntity(_ text: String, _ demonym: String) {
        #expect(!names(text).contains(demonym), "\(names(text))")
    }

    @Test(arguments: [
        ("The founder, Christian Berg, said so.", "Christian Berg"),
        ("Adrian Voss said the sale was over.", "Adrian Voss"),
        ("The regulator in Sri Lanka said so.", "Sri Lanka"),
        ("Trading in Siberia slowed.", "Siberia"),
        ("Quebec said it would act.", "Quebec"),
    ])
    func peopleAndThePlacesThemselvesStay(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }

    @Test func placeStemsUndoTheUsualEndings() {
        #expect(Gazetteer.placeStems(of: "siberian").contains("siberia"))
        #expect(Gazetteer.placeStems(of: "texans").contains("texas"))
        #expect(Gazetteer.placeStems(of: "ontarians").contains("ontario"))
        #expect(Gazetteer.placeStems(of: "quebecers").contains("quebec"))
        #expect(Gazetteer.placeStems(of: "sicilian").contains("sicily"))
        #expect(Gazetteer.placeStems(of: "ban").isEmpty)
    }
}
