import Testing
@testable import Extractor

/// A heading written in capitals that holds a small word of prose ("AT A GLANCE", "WHAT CAN A SAVER HOLD?") names no
/// entity; the known names in such a heading, and a line in capitals without such a word, still do. Names and sentences
/// are our own.
@Suite struct CapitalHeadingTests: EntityTable {
    let published = "2026-06-30"

    @Test(arguments: [
        ("ON THE CALENDAR\n\nWednesday: Korvex Digital reports its results.", "CALENDAR"),
        ("IN TODAY'S ISSUE: a listing and a fine.", "ISSUE"),
        ("2. RAPTOR SUPPLY AT A RECORD\n\nThe supply of the token passed 9 billion.", "RAPTOR SUPPLY AT A RECORD"),
        ("WHAT CAN A SAVER HOLD? Retail savers may hold up to 30,000 dollars of tokens.", "CAN A SAVER HOLD"),
        ("3. A RECORD PRICE FOR A FROG. One token sold for 40 ether.", "RECORD PRICE FOR A FROG"),
        ("COMING UP\n\nThursday: Korvex Digital publishes its rules.", "UP"),
    ])
    func aHeadingInCapitalsNamesNothing(_ heading: String, _ words: String) {
        let text = "On Monday the exchange Korvex Digital listed the token.\n\n" + heading
        let found = entities(text)
        #expect(!found.contains { NameMatching.normalizedName($0.name) == NameMatching.normalizedName(words) }, "\(described(text))")
        #expect(found.contains { $0.name == "Korvex Digital" }, "\(described(text))")
    }

    @Test(arguments: [
        ("Regulators met on Monday.\n\nBINANCE AT A GLANCE\n\nThe exchange listed two tokens.", "BINANCE"),
        ("Regulators met on Monday.\n\nWHAT THE SEC WANTS\n\nThe agency asked for comments.", "SEC"),
        ("Markets were calm.\n\nKORVEX EXCHANGE\n\nKorvex Exchange listed the token on Monday.", "Korvex Exchange"),
    ])
    func knownNamesAndPlainNameLinesStay(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.contains { NameMatching.normalizedName($0.name) == NameMatching.normalizedName(name) }, "\(described(text))")
    }
}
