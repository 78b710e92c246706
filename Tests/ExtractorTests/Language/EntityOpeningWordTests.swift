import Testing
@testable import Extractor

/// The first word of a name that opens a sentence: a verb before "the" opens a name ("Save the Children"-like charities),
/// a family name "Do" opens a person's name inside a sentence, but adverbs, prepositions and a question's first word
/// open none. Names are our own.
@Suite struct EntityOpeningWordTests: EntityTable {
    let published = "2026-05-01"

    private func found(_ text: String) -> [String] { entities(text).map { "\($0.name)|\($0.type.rawValue)" } }
    private func names(_ text: String) -> [String] { entities(text).map(\.name) }

    @Test(arguments: [
        ("Feed the Orphans launched a bitcoin fund on Monday.", "Feed the Orphans"),
        ("Heal the Reefs said it would accept stablecoin donations.", "Heal the Reefs"),
        ("The court heard from Kestrune's users and Do Varn's victims.", "Do Varn"),
        ("The charity's founder, Do Minh Quang, said donations doubled.", "Do Minh Quang"),
        ("The regulator licensed Al Noor Tokenisation Services on Monday.", "Al Noor Tokenisation Services"),
        ("She is a partner at the law firm Al Rayyan Legal, which advised the bank.", "Al Rayyan Legal"),
        ("Shares of El Faro Digital rose on Monday.", "El Faro Digital"),
    ])
    func aNamesFirstWordStaysInIt(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(found(text))")
    }

    @Test(arguments: [
        ("Only the Orvane Exchange kept its licence.", "Only the Orvane Exchange"),
        ("Beyond the Kestrune deal, the bank made no purchases.", "Beyond the Kestrune"),
        ("Does Kestrune Exchange hold a licence?", "Does Kestrune Exchange"),
        ("Do Ruritanian savers trust stablecoins?", "Do Ruritanian"),
        ("And Kestrune Exchange kept its licence.", "And Kestrune"),
    ])
    func adverbsPrepositionsAndQuestionsOpenNoName(_ text: String, _ wrong: String) {
        #expect(!names(text).contains { $0.hasPrefix(wrong) }, "\(found(text))")
    }
}
