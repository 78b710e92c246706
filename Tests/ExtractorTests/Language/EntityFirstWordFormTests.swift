import Testing
@testable import Extractor

/// A lone first word of the one company or institution whose name opens with it, a word the text never writes in lower
/// case, stands for that name ("Harrowgate" after "Harrowgate Custody"); a word that opens two such names, a place-named
/// group company, a chamber or a common word does not. Names and sentences are our own.
@Suite struct EntityFirstWordFormTests: EntityTable {
    let published = "2026-05-12"

    @Test(arguments: [
        ("Harrowgate Custody, a start-up that holds tokens for banks, raised $34 million on Tuesday. The round values Harrowgate at $210 million.",
         "Harrowgate Custody", "Harrowgate"),
        ("Teller Reserve Bank, a special purpose depository institution, sued the central bank. Teller said it would appeal the ruling.",
         "Teller Reserve Bank", "Teller"),
        ("Regulators fined Brisklow Coin Kiosks $200,000 for missing checks. Brisklow runs 41 machines in the state.",
         "Brisklow Coin Kiosks", "Brisklow"),
        ("The court froze the accounts of Quillmere Yield, a lending platform. Investors said Quillmere had stopped paying in March.",
         "Quillmere Yield", "Quillmere"),
        ("Ostvik Markets Live published the figures on Monday. According to Ostvik, volumes fell by a third.",
         "Ostvik Markets Live", "Ostvik"),
    ])
    func aLoneFirstWordStandsForTheOneNameItOpens(_ text: String, _ name: String, _ short: String) {
        let found = entities(text)
        #expect(found.first { $0.name == name }?.aliases.contains(short) == true, "\(found.map { ($0.name, $0.aliases) })")
        #expect(!found.contains { $0.name == short }, "\(found.map(\.name))")
    }

    @Test(arguments: [
        // Two names open with the word.
        ("Pellary Custody and Pellary Lend both started on Monday. Pellary said trading would start next week.", "Pellary"),
        // A group company named for its country is not the group.
        ("Crypto exchange Vorsund, which is based in Singapore, has been registered in Japan.\n\nVorsund Japan KK was added to the register "
            + "on Tuesday, the company said.\n\nAs a registered exchange, Vorsund Japan must keep customer crypto in offline wallets.", "Vorsund"),
        // A chamber is not the committee that opens with its name.
        ("The bill now goes to the House. The House Ways and Means Committee approved it on Tuesday.", "House"),
    ])
    func aWordThatOpensNoOneNameStaysItself(_ text: String, _ short: String) {
        let found = entities(text)
        #expect(!found.contains { $0.aliases.contains(short) && $0.name != short }, "\(found.map { ($0.name, $0.aliases) })")
    }
}
