import Testing
@testable import Extractor

/// The honorifics of Thailand and Malaysia ("Khun", "Datuk", "Datin", "Dato'") open a person's name and are no part of
/// it; a name that only resembles them stays whole. Names and sentences are our own.
@Suite struct HonorificOpenerTests: EntityTable {
    let published = "2026-05-20"

    @Test(arguments: [
        ("The fund was set up by Khun Somchai Rattana, its founder.", "Somchai Rattana"),
        ("The deal was signed by Datuk Ahmad Zaki Hashim, the chairman.", "Ahmad Zaki Hashim"),
        ("The deal was signed by Dato' Ahmad Zaki Hashim, the chairman.", "Ahmad Zaki Hashim"),
        ("The panel was chaired by Datin Nurul Aina Rahim on Monday.", "Nurul Aina Rahim"),
    ])
    func theHonorificIsNoPartOfTheName(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.contains { $0.name == name && $0.type == .person }, "\(described(text))")
        #expect(!found.contains { ["Khun", "Datuk", "Dato", "Datin"].contains($0.name.split(separator: " ").first.map(String.init) ?? "") },
                "\(described(text))")
    }

    @Test(arguments: [
        ("The fund was set up by Dr Somchai Rattana, its founder.", "Somchai Rattana"),
        ("Tan Wei Ming, the exchange's founder, said the listing would go ahead.", "Tan Wei Ming"),
    ])
    func otherNamesStayWhole(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.contains { $0.name == name }, "\(described(text))")
    }
}
