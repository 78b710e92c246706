import Testing
@testable import Extractor

/// A lone word after "the" that is the head of the one institution or company the text names with it stands for it ("the
/// House" after "the House of Representatives"); with two such names, it stands for neither. Names and sentences are our own.
@Suite struct EntityHeadWordTests: EntityTable {
    let published = "2026-03-19"

    @Test(arguments: [
        ("The House of Representatives passed the bill on Tuesday. The House will send it to the Senate next week.",
         "House of Representatives", "House"),
        ("The Lakeside Economic Courier saw the notice. Two bankers told the Courier that the rules were new.",
         "Lakeside Economic Courier", "Courier"),
        ("Rates stay, the Bank of Tessaly said. The Bank is expected to publish its own rules in May.", "Bank of Tessaly", "Bank"),
        ("The Netherlands Authority for the Financial Markets fined the firm. The Authority said it would appeal.",
         "Netherlands Authority for the Financial Markets", "Authority"),
    ])
    func theHeadWordOfTheOneNameStandsForIt(_ text: String, _ name: String, _ head: String) {
        let found = entities(text)
        #expect(found.first { $0.name == name }?.aliases.contains(head) == true, "\(found.map { ($0.name, $0.aliases) })")
        #expect(!found.contains { $0.name == head }, "\(found.map(\.name))")
    }

    @Test(arguments: [
        ("The Bank of Tessaly and the Bank of Velmor met on Monday. The Bank said rates would stay.", ["Bank of Tessaly", "Bank of Velmor"]),
        ("Velmor Exchange and Tessaly Exchange both listed the token. The Exchange said trading starts on Monday.",
         ["Velmor Exchange", "Tessaly Exchange"]),
    ])
    func aHeadWordSharedByTwoNamesStandsForNeither(_ text: String, _ names: [String]) {
        let found = entities(text)
        for name in names { #expect(found.first { $0.name == name }?.aliases.isEmpty == true, "\(found.map { ($0.name, $0.aliases) })") }
    }
}
