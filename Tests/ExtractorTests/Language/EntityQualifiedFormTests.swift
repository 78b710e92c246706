import Testing
@testable import Extractor

/// A country's form of a body whose last word opens a longer form of the same body ("U.S. Treasury" in "U.S. Treasury
/// Department") qualifies that longer form, which names the body; the country's form alone still names it.
@Suite struct EntityQualifiedFormTests: EntityTable {
    let published = "2026-05-01"

    private func found(_ text: String) -> [String] { entities(text).map { "\($0.name)|\($0.type.rawValue)" } }

    @Test(arguments: [
        ("The U.S. Treasury Department on Monday sanctioned two exchanges.", "Treasury Department|authority", "U.S. Treasury|authority"),
        ("The US Treasury Department said the wallets belonged to a cartel.", "Treasury Department|authority", "US Treasury|authority"),
        ("The U.S. Treasury said on Monday it had sanctioned two exchanges.", "U.S. Treasury|authority", "Treasury Department|authority"),
    ])
    func theLongerFormNamesTheBody(_ text: String, _ expected: String, _ wrong: String) {
        #expect(found(text).contains(expected), "\(found(text))")
        #expect(!found(text).contains(wrong), "\(found(text))")
    }
}
