import Testing
@testable import Extractor

/// Entities in sentences we wrote: gazetteer forms, aliases, patterns for unknown names, and types in context.
@Suite struct EntityRecognizerTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2022-05-01")).entities
    }

    private func entity(_ name: String, in text: String) -> Entity? {
        entities(text).first { $0.name == name || $0.aliases.contains(name) }
    }

    @Test(arguments: [
        ("Regulators in Germany and South Korea disagreed.", "Germany", "DE"),
        ("Regulators in Germany and South Korea disagreed.", "South Korea", "KR"),
        ("Firms left the United Kingdom last year.", "United Kingdom", "GB"),
        ("Prices rose in Hong Kong on Tuesday.", "Hong Kong", "HK"),
        ("The rules cover the EU and its members.", "EU", "EU"),
        ("Exchanges in the US face new rules.", "US", "US"),
    ])
    func countriesCarryTheirISOCode(text: String, name: String, code: String) {
        let found = entity(name, in: text)
        #expect(found?.type == .location)
        #expect(found?.code == code)
    }

    @Test(arguments: [
        "Chinese regulators met on Friday.",
        "U.S. lawmakers want new rules for brokers.",
        "Several European banks declined to comment.",
    ])
    func demonymsAndAdjectivesAreNoEntities(text: String) {
        #expect(entities(text).isEmpty, "\(entities(text).map(\.name))")
    }

    @Test func acronymDefinitionsJoinTheirLongForm() {
        let text = "The Reserve Bank of Ruritania (RBR) said the ban stands. The RBR will review it in June."
        let found = entities(text)
        #expect(found.count == 1)
        #expect(found.first?.name == "Reserve Bank of Ruritania")
        #expect(found.first?.aliases == ["RBR"])
        #expect(found.first?.type == .authority)
        #expect(found.first?.mentions.count == 3)
    }

    @Test func acronymsOfLowerCasePhrasesAreNoEntities() {
        let found = entities("The firm lists each decentralized autonomous organization (DAO) and every registered fund advisor (RFA). An RFA must register.")
        #expect(!found.contains { $0.name == "RFA" || $0.name == "DAO" })
    }

    @Test func gazetteerAliasesMergeIntoTheFullestName() {
        let text = "The Securities and Exchange Commission fined the broker. The SEC said the U.S. Securities and Exchange Commission acted alone."
        let sec = entities(text).filter { $0.type == .authority }
        #expect(sec.count == 1)
        #expect(sec.first?.name == "U.S. Securities and Exchange Commission")
        #expect(Set(sec.first?.aliases ?? []) == ["Securities and Exchange Commission", "SEC"])
    }

    @Test func assetsCarryTheirTickerAndMergeWithIt() {
        let found = entities("Ethereum rose while bitcoin fell. ETH gained 3% and BTC lost 2%.")
        let ether = found.first { $0.code == "ETH" }
        let bitcoin = found.first { $0.code == "BTC" }
        #expect(ether?.type == .asset)
        #expect(Set([ether?.name ?? ""] + (ether?.aliases ?? [])) == ["Ethereum", "ETH"])
        #expect(Set([bitcoin?.name ?? ""] + (bitcoin?.aliases ?? [])) == ["bitcoin", "BTC"])
    }

    @Test func aProjectBeforeItsTokenIsAnOrganizationUnlessTheTokenIsItsOwnTicker() {
        let found = entities("Traders bought Solana\u{2019}s SOL token and Polygon\u{2019}s native token.")
        #expect(found.first { $0.name == "SOL" }?.type == .asset)
        #expect(found.first { $0.name == "SOL" }?.aliases == ["Solana"])
        #expect(found.first { $0.name == "Polygon" }?.type == .organization)
    }

    @Test(arguments: [
        ("Analysts at Quillborne Partners expect more rules.", "Quillborne Partners", EntityType.organization),
        ("The Northland Financial Services Authority issued a warning.", "Northland Financial Services Authority", .authority),
        ("A letter from the Ministry of Digital Affairs arrived.", "Ministry of Digital Affairs", .authority),
        ("The Velmar-based Trusto exchange paused deposits.", "Velmar", .location),
        ("Holders of Bitcoin, Litecoin and Grintocoin were affected.", "Grintocoin", .asset),
        ("Holders of Bitcoin, Litecoin and Zapherion were affected.", "Zapherion", .asset),
        ("Investors moved funds to Krellwork after the update.", "Krellwork", .organization),
    ])
    func unknownNamesAreTypedByTheirHeadAndContext(text: String, name: String, type: EntityType) {
        #expect(entity(name, in: text)?.type == type, "\(entities(text).map { "\($0.name):\($0.type)" })")
    }

    @Test(arguments: [
        ("\u{201C}We disagree,\u{201D} said Orla Quenby, a partner at a law firm.", "Orla Quenby"),
        ("Agency Chair Bram Tollivar signed the order.", "Bram Tollivar"),
        ("Idris Okonkwo, the CEO of Trusto, declined to comment.", "Idris Okonkwo"),
        ("By Wenna Castell\nThe exchange said it would comply.", "Wenna Castell"),
        ("Michael Dorrance said the rules were clear.", "Michael Dorrance"),
    ])
    func peopleAreFoundByTitlesBylinesAndSpeech(text: String, name: String) {
        #expect(entity(name, in: text)?.type == .person, "\(entities(text).map { "\($0.name):\($0.type)" })")
    }

    @Test func aSurnameAloneJoinsTheFullName() {
        let found = entities("Agency Chair Bram Tollivar signed the order. Tollivar said more would follow.")
        let person = found.first { $0.type == .person }
        #expect(person?.name == "Bram Tollivar")
        #expect(person?.aliases == ["Tollivar"])
        #expect(found.count == 1, "\(found.map(\.name))")
    }

    @Test(arguments: [
        "However, the exchange paused trading.",
        "Meanwhile, markets were calm.",
        "Top Stories Of The Week\nThe exchange paused trading.",
        "Related Articles",
        "Analysts expect a decision. Traders wait.",
        "The firm is registered as a Money Services Business in two states.",
    ])
    func capitalizedCommonWordsAreNoNames(text: String) {
        #expect(entities(text).isEmpty, "\(entities(text).map(\.name))")
    }

    @Test func aNameThatOpensASentenceCountsWhenItAlsoAppearsInside() {
        let found = entities("Quorvex was hacked on Friday. Users of Quorvex lost funds.")
        #expect(found.map(\.name) == ["Quorvex"])
        #expect(found.first?.mentions.count == 2)
    }

    @Test(arguments: [
        ("By Jordan Pike\nThe exchange said it would comply.", "Jordan Pike", EntityType.person),
        ("Deputy Governor Ana Reyes-Tan spoke in Lisbon.", "Ana Reyes-Tan", .person),
        ("The Lagos Fintech Guild said its members would comply.", "Lagos Fintech Guild", .organization),
        ("Prices fell in Metro Manila and Hong Kong.", "Metro Manila", .location),
        ("Prices fell in Metro Manila and Hong Kong.", "Hong Kong", .location),
        ("PayQuay, a Lisbon processor, said it would stop.", "PayQuay", .organization),
        ("The Superintendencia Financiera de Colombia acted.", "Superintendencia Financiera de Colombia", .authority),
    ])
    func namesWithHyphensPlacesAndAppositives(text: String, name: String, type: EntityType) {
        #expect(entity(name, in: text)?.type == type, "\(entities(text).map { "\($0.name):\($0.type)" })")
    }

    @Test func shortFormsJoinTheirFullName() {
        let found = entities("Quorvex Exchange listed the token. Fees at Quorvex will fall, and Quorvex.com shows them.")
        #expect(found.count == 1, "\(found.map(\.name))")
        #expect(found.first?.name == "Quorvex Exchange")
        #expect(Set(found.first?.aliases ?? []) == ["Quorvex", "Quorvex.com"])
    }

    @Test func peopleOfACountryAreNoEntity() {
        #expect(entities("Many Kenyans and Filipinos now hold stablecoins.").isEmpty)
    }

    @Test func anAssetNamedOnItsOwnStaysAnAsset() {
        let found = entities("Solana jumped 9%. Solana\u{2019}s SOL token led the gains.")
        #expect(found.filter { $0.name == "Solana" }.map(\.type) == [.asset])
    }

    @Test func aCurrencyPrefixIsNoPlace() {
        #expect(entities("The token fell to US$1,785 and HK$300.").isEmpty)
    }

    @Test func entitiesComeInOrderOfFirstMention() {
        let names = entities("Binance and Kraken listed the coin before Coinbase did.").map(\.name)
        #expect(names == ["Binance", "Kraken", "Coinbase"])
    }
}
