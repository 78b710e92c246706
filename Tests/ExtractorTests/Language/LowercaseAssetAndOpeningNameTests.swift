import Testing
@testable import Extractor

/// Two shapes of known names that news style hides: the large tokens that wires write in lower case like bitcoin
/// ("ether and solana", "cardano fell"), and a company whose name is also a common word opening a sentence, which
/// counts when what follows makes it a name ("Circle's USDC", "Circle, which issues", "Copper said"), not when it is
/// the word ("Circle back ...", "Copper prices ..."). Sentences are our own.
@Suite struct LowercaseAssetAndOpeningNameTests: EntityTable {
    let published = "2026-04-14"

    @Test(arguments: [
        ("Ether gained 3% and solana added 5% on the day.", "SOL"),
        ("The wallet supports bitcoin, ether and solana at launch.", "SOL"),
        ("Holders of cardano and ether can stake them.", "ADA"),
        ("Traders sold polkadot after the upgrade slipped.", "DOT"),
        ("Privacy coins such as monero and zcash were delisted.", "XMR"),
        ("The fund added chainlink to its basket in March.", "LINK"),
    ])
    func aLargeTokenWrittenInLowerCaseIsAnAsset(_ text: String, _ code: String) {
        #expect(entities(text).contains { $0.type == .asset && $0.code == code }, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        "The exchange will tether its fees to volume.",
        "Its stellar results lifted the shares.",
        "The avalanche of filings slowed the regulator.",
        "The firm plans to compound its returns.",
    ])
    func commonWordsThatAreAlsoTokensStayWords(_ text: String) {
        #expect(!entities(text).contains { $0.type == .asset }, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        "Circle's USDC grew faster than its rivals last year.",
        "Circle, which issues a dollar stablecoin, said it welcomed the rule.",
        "Circle, the issuer of a dollar stablecoin, applied for a charter.",
        "Circle said it expected approval within weeks.",
        "Copper, a custody firm, said it would appeal.",
    ])
    func anAmbiguousNameOpeningASentenceCountsWhenItOwnsIsDescribedOrSpeaks(_ text: String) {
        let name = text.prefix { $0.isLetter }
        #expect(entities(text).contains { $0.name == name && $0.type == .organization }, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        "Circle back to the question of fees later.",
        "Copper prices rose as the dollar fell.",
        "Genesis of the rule lies in a 2019 report.",
        "Fortune favoured the early buyers, the analyst wrote.",
        "Square footage of the new office was not disclosed.",
    ])
    func anAmbiguousNameOpeningASentenceAsTheWordIsNoName(_ text: String) {
        let word = String(text.prefix { $0.isLetter })
        #expect(!entities(text).contains { $0.name == word }, "\(text) → \(described(text))")
    }
}
