import Testing
@testable import Extractor

/// A legislative chamber named after its members ("Chamber of Deputies") or after the place whose lower chamber it is
/// ("Ohio House") is an authority; other houses and chambers stay what they were. Names and sentences are our own.
@Suite struct LegislativeChamberTests: EntityTable {
    let published = "2026-03-19"

    @Test(arguments: [
        ("Tessaly's Chamber of Deputies approved the stablecoin bill on Tuesday.", "Chamber of Deputies"),
        ("The House of Delegates voted 61-38 to send the bill to the governor.", "House of Delegates"),
        ("The Ohio House passed the custody bill on Wednesday.", "Ohio House"),
        ("A week later the Florida House voted 110-2 for the measure.", "Florida House"),
        ("The New Hampshire House killed the mining bill in committee.", "New Hampshire House"),
    ])
    func aChamberIsAnAuthority(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.first { $0.name == name }?.type == .authority, "\(found.map { ($0.name, $0.type) })")
    }

    @Test(arguments: [
        ("The Velmor Chamber of Commerce backed the bill on Tuesday.", "Velmor Chamber of Commerce"),
        ("Quarry Clearing House said it would list the token.", "Quarry Clearing House"),
        ("The launch party was held at the Sydney Opera House on Friday.", "Sydney Opera House"),
        ("Coin House opened its first office in Lisbon.", "Coin House"),
    ])
    func otherHousesAndChambersAreNoAuthority(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.contains { $0.name == name && $0.type != .authority }, "\(found.map { ($0.name, $0.type) })")
    }
}
