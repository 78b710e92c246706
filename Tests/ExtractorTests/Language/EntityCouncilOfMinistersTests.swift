import Testing
@testable import Extractor

/// "the Council of Ministers", "the Cabinet of Ministers": the members a government's council is named for are part of
/// its name, though "ministers" is a title elsewhere. Sentences are our own.
@Suite struct EntityCouncilOfMinistersTests: EntityTable {
    let published = "2026-05-06"

    @Test(arguments: [
        ("The Council of Ministers approved the draft budget on Thursday.", "Council of Ministers"),
        ("Veltria's Council of Ministers on Tuesday referred the bill to parliament.", "Council of Ministers"),
        ("The Cabinet of Ministers ordered every miner to register its machines.", "Cabinet of Ministers"),
        ("On Wednesday the Council of Ministers made its decision public.", "Council of Ministers"),
    ])
    func aCouncilNamedForItsMembersIsOneName(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.first { $0.name == name }?.type == .authority, "\(described(text))")
    }

    @Test(arguments: [
        "Finance Ministers of the bloc met in Brussels on Monday.",
        "The plan was sent to the ministers of the council for comment.",
    ])
    func ministersElsewhereNameNoCouncil(_ text: String) {
        #expect(!entities(text).contains { $0.name.contains("Ministers") }, "\(described(text))")
    }
}
