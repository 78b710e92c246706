import Testing
@testable import Extractor

/// "House" alone is a legislature's chamber, an authority, and it is the one chamber the text names after its members
/// ("House of Delegates", "Michigan House of Representatives") when there is one, not the "White House". Names and
/// sentences are our own.
@Suite struct LoneChamberNameTests: EntityTable {
    let published = "2026-04-02"

    @Test(arguments: [
        "The bill now goes to the House, where it faces a close vote.",
        "Lawmakers in the House and the Senate met on Tuesday to settle the custody bill.",
    ])
    func aLoneHouseIsAnAuthority(_ text: String) {
        let found = entities(text)
        #expect(found.first { $0.name == "House" }?.type == .authority, "\(described(text))")
    }

    @Test(arguments: [
        ("The House of Delegates approved the levy. The White House did not comment, and the House will vote again in May.",
         "House of Delegates"),
        ("The bill passed the Michigan House of Representatives on Tuesday. The House vote was 88-41.", "Michigan House of Representatives"),
    ])
    func aLoneHouseIsTheOneChamberNamedAfterItsMembers(_ text: String, _ chamber: String) {
        let found = entities(text)
        #expect(found.first { $0.name == chamber }?.aliases.contains("House") == true, "\(found.map { ($0.name, $0.aliases) })")
        #expect(found.first { $0.name == "White House" }.map { !$0.aliases.contains("House") } ?? true, "\(found.map { ($0.name, $0.aliases) })")
        #expect(!found.contains { $0.name == "House" }, "\(described(text))")
    }

    /// Britain's chambers act apart while a bill is pending ("the Lords amended it, the Commons will vote"): two
    /// authorities, neither an alias of the other nor of Parliament.
    @Test func britainsTwoChambersAreTwoAuthorities() {
        let text = "Parliament has not yet settled the payments bill. The House of Lords amended it on Tuesday, and the House of Commons will vote on the change in May."
        let found = entities(text)
        for chamber in ["House of Lords", "House of Commons", "Parliament"] {
            #expect(found.first { $0.name == chamber }?.type == .authority, "\(found.map { ($0.name, $0.aliases) })")
        }
        #expect(!found.contains { $0.aliases.contains { $0.hasPrefix("House of") } }, "\(found.map { ($0.name, $0.aliases) })")
    }

    @Test(arguments: [
        ("Quarry Clearing House said it would list the token.", "Quarry Clearing House"),
        ("Coin House opened its first office in Lisbon.", "Coin House"),
    ])
    func aFirmNamedHouseIsNoChamber(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.contains { $0.name == name && $0.type != .authority }, "\(described(text))")
    }
}
