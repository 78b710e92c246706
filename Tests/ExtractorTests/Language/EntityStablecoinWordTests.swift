import Testing
@testable import Extractor

/// "bitcoin and tether": the stablecoin written in lower case is the asset (its issuer, "Tether", capitalized, is the
/// company), named by another of its forms where the text has one ("tether (USDT)"). Sentences are our own.
@Suite struct EntityStablecoinWordTests: EntityTable {
    let published = "2026-05-06"

    @Test(arguments: [
        "Dealers took bank transfers and paid out tether in return.",
        "The court froze bitcoin and tether held in 40 accounts.",
        "The scheme promised weekly returns on tether deposits.",
    ])
    func theStablecoinInLowerCaseIsTheAsset(_ text: String) {
        let found = entities(text)
        #expect(found.first { $0.name.lowercased() == "tether" }?.type == .asset, "\(described(text))")
    }

    @Test func anotherFormNamesTheAsset() {
        let text = "The exchange dropped tether (USDT) pairs on Monday."
        let found = entities(text)
        #expect(found.first { $0.name == "USDT" }?.aliases.contains("tether") == true, "\(described(text))")
    }

    @Test func theCapitalizedIssuerIsTheCompany() {
        let text = "Tether said it had frozen the wallets, which held tether (USDT) worth $4 million."
        let found = entities(text)
        #expect(found.first { $0.name == "Tether" }?.type == .organization, "\(described(text))")
        #expect(found.first { $0.name == "USDT" }?.type == .asset, "\(described(text))")
    }
}
