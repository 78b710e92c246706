import Testing
@testable import Extractor

/// The House Financial Services Committee is a committee of the House of Representatives, not another name of the House.
/// Sentences are our own.
@Suite struct EntityCongressionalCommitteeTests: EntityTable {
    let published = "2026-05-06"

    @Test(arguments: [
        "The House of Representatives passed the bill on Wednesday after the House Financial Services Committee approved it in May.",
        "The House Financial Services Committee advanced the measure, which the House of Representatives takes up next week.",
    ])
    func theCommitteeIsNotTheChamber(_ text: String) {
        let found = entities(text)
        #expect(found.contains { $0.name == "House of Representatives" }, "\(described(text))")
        #expect(found.contains { $0.name == "House Financial Services Committee" }, "\(described(text))")
    }
}
