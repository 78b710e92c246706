import Testing
@testable import Extractor

/// A ticker in capitals set beside a word for a token ("its native token, KRZ,", "RUBQ, a token pegged to the
/// rouble", "a token called HKDQ") is an asset with that ticker, also when it begins with a currency's code; a
/// ticker that is a common word shouted in a heading ("THE BIG ONE") is the word. Tickers and names are our own.
@Suite struct TickerAppositionTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze("Markets today\n\n" + text, published: CalendarDay(iso: "2026-03-19")).entities
    }

    @Test(arguments: [
        ("Karzo's native token, KRZ, rose 11% on Monday.", "KRZ"),
        ("Much of the volume was in RUBQ, a token pegged to the rouble.", "RUBQ"),
        ("The firm plans to launch a token called HKDQ in March.", "HKDQ"),
        ("Ribeira began issuing a euro-backed stablecoin, EURQ, to clients.", "EURQ"),
        ("The exchange listed its own coin, named VXT, last week.", "VXT"),
        ("Holders of ZPL, a governance token issued by a lender, sold.", "ZPL"),
    ])
    func aTickerBesideAWordForATokenIsAnAsset(_ text: String, _ ticker: String) {
        let asset = entities(text).first { $0.name == ticker }
        #expect(asset?.type == .asset && asset?.code == ticker, "\(entities(text).map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [
        ("The broker, KRX, said it would appeal.", "KRX"),
        ("Vexa, a firm issuing tokens, said it would appeal.", "Vexa"),
        ("Kudo, a Lagos-based exchange, said it would appeal.", "Kudo"),
    ])
    func companiesBesideTokensStayCompanies(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .organization, "\(entities(text).map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: ["THE BIG ONE\n\nThe regulator acted.", "ONE TO WATCH: Estonia\n\nThe regulator acted.", "Issuers of ETFs and NFTS waited."])
    func shoutedWordsAndPluralAcronymsAreNoEntities(_ text: String) {
        #expect(!entities(text).contains { ["ONE", "ETFs", "NFTS"].contains($0.name) }, "\(entities(text).map(\.name))")
    }

    @Test func aTickerThatIsAWordStillCountsBesideOtherTickers() {
        #expect(entities("Traders bought ONE and BTC on Monday.").contains { $0.name == "ONE" && $0.type == .asset })
    }
}
