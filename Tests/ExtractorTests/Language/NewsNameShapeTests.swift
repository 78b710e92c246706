import Testing
@testable import Extractor

/// Shapes of names that wire copy and market digests use: a family name after a title of office ("President
/// Okonjo", "Fed chair Marwick") is a person's; a dateline in capitals ("SAN TEODORO, Calif., May 4 --") is a place
/// whatever its first word, and so is a US state written as the wires abbreviate it; a ticker in capitals with its
/// price move ("ZQX (+15%)") is a token's, unless the sentence speaks of shares. Names and sentences are our own.
@Suite struct NewsNameShapeTests: EntityTable {
    let published = "2026-05-04"

    @Test(arguments: [
        ("President Okonjo signed the decree on Friday.", "Okonjo"),
        ("The bill now goes to Governor Tallisker for signature.", "Tallisker"),
        ("Fed chair Marwick said rates would stay where they are.", "Marwick"),
        ("Gov. Brannagh vetoed a similar bill last year.", "Brannagh"),
        ("Commissioner Vey dissented from the order.", "Vey"),
        ("The exchange's founder Zhoulan stepped down in March.", "Zhoulan"),
        ("Senator Quillfeather introduced the measure in June.", "Quillfeather"),
        ("Finance minister Adeyemo-Rask told lawmakers the tax would stay.", "Adeyemo-Rask"),
        ("Critics wrote to Chairman Ostrowe before the vote.", "Ostrowe"),
        ("Judge Pellucci ordered the firm to return the funds.", "Pellucci"),
    ])
    func aFamilyNameAfterATitleOfOfficeIsAPerson(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .person, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        "The firm hired a director, Quorvane Sato-Lindqvist, to run its desk.",
        "Fans of the Premier League cheered the sale.",
        "The exchange moved to Queen Street last year.",
        "The director Kestrelpay hired in May quit.",
        "The Chair Committee met on Monday.",
        "A King Bank spokesman declined to comment.",
    ])
    func aTitleBeforeAnInstitutionsOrAPlacesWordMakesNoPerson(_ text: String) {
        #expect(!entities(text).contains { $0.type == .person && !$0.name.contains(" ") }, "\(text) → \(described(text))")
    }

    @Test func theTitledFamilyNameJoinsTheFullName() {
        let found = entities("Ilse Marwick chairs the board. On Tuesday, Chair Marwick said the rules were final.")
        #expect(found.filter { $0.type == .person }.map(\.name) == ["Ilse Marwick"], "\(found.map { "\($0.name) \($0.aliases)" })")
    }

    @Test(arguments: [
        ("SAN TEODORO, Calif., May 4, 2026 /Wire/ -- Quellant Inc. said it would list.", "SAN TEODORO"),
        ("A shareholder alert for investors. NEW CARRICK, May 4, 2026 /Wire/ -- Brannock said it filed.", "NEW CARRICK"),
        ("Lead plaintiff deadline nears PORT ELLSWORTH, Tenn., May 4, 2026 -- Investors may apply.", "PORT ELLSWORTH"),
        ("Vellmar opens an office. LAKE ORMOND, Fla., May 3 -- The firm said it would hire.", "LAKE ORMOND"),
        ("The study was released today. FORT KELLAN, Tex., May 2, 2026 -- Researchers said.", "FORT KELLAN"),
        // A region's name with "and" or "of" in it.
        ("Bank adds fees\n\nPORT OF ARDEN, Trinidad and Tobago, Nov. 3, 2026 /Wire/ -- The bank said.", "PORT OF ARDEN"),
        ("Pay app launches\n\nKELSO BAY, Isle of Man, May 4, 2026 /Wire/ -- Quellant Pay said it would launch.", "KELSO BAY"),
    ])
    func aDatelineInCapitalsIsAPlace(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .location, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        ("The firm, based in Quellton, Calif., said it would list.", "Calif."),
        ("SAN TEODORO, Calif., May 4, 2026 -- Quellant said it would list.", "Calif."),
        ("The miner runs sites near Ardmore, Okla., and Lubbock, Tex.", "Okla."),
        ("The exchange moved to Brentwood, Tenn., last year.", "Tenn."),
        ("Its lab is in Lakewood, Colo., near the airport.", "Colo."),
    ])
    func aStateAsTheWiresAbbreviateItIsAPlace(_ text: String, _ name: String) {
        let found = entities(text).first { $0.name == name || $0.aliases.contains(name) }
        #expect(found?.type == .location, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        "The fund said GREAT RETURNS, in capitals, were never promised.",
        "Regulators named KOVA, Zentaro and Lumora in the order.",
        "He fell ill. Doctors said he would recover.",
        "Miss Harrow said the bill would pass.",
        "The broker BRAVO, a unit of Zentaro, said it would appeal.",
    ])
    func capitalsWithoutADateAreNoDateline(_ text: String) {
        #expect(!entities(text).contains { $0.type == .location }, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        ("Among top movers, ZQX (+15%) and VRLA (+4%) led the day.", ["ZQX", "VRLA"]),
        ("Smaller tokens gained too, as KWEE rose 19% and PLNK jumped another 12%.", ["KWEE", "PLNK"]),
        ("Meme coins were mixed, with FRGO (-8.5%) lagging.", ["FRGO"]),
        ("Traders noted that TNDR gained 24% after the listing.", ["TNDR"]),
        ("Among laggards, QRSA fell 7% to $1.20.", ["QRSA"]),
    ])
    func aTickerWithItsPriceMoveIsAnAsset(_ text: String, _ tickers: [String]) {
        let found = entities(text)
        for ticker in tickers {
            let asset = found.first { $0.name == ticker }
            #expect(asset?.type == .asset && asset?.code == ticker, "\(ticker) in \(described(text))")
        }
    }

    @Test(arguments: [
        ("The Nasdaq rose as stocks such as ZORP (+6%) and KLTX (+7%) gained.", "ZORP"),
        ("Shares of VNTR rose 9% after the results.", "VNTR"),
        ("The regulator KFSA said 12% of firms had no licence.", "KFSA"),
        ("BRAVO said fees would rise by 5% next year.", "BRAVO"),
        ("Listed miner QRMN (+3%) outpaced its peers.", "QRMN"),
    ])
    func aShareOrAPercentageOfSomethingElseMakesNoToken(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type != .asset, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        "The token's FDV passed $3 billion.",
        "The RSI hit a three-year low.",
        "Its product passed $1M ARR in its first month.",
        "The network aims for 1 million TPS.",
        "An old PC makes a better NAS than a new one.",
    ])
    func metricsAndDevicesInCapitalsAreNoNames(_ text: String) {
        #expect(entities(text).isEmpty, "\(text) → \(described(text))")
    }

    /// "ASIC miners", "GPU rigs": an acronym before a machine's noun names a kind of machine, not the regulator "ASIC"
    /// spells elsewhere; a ticker before "miners" stays an asset, and the regulator's own "ASIC said" stays the regulator.
    @Test(arguments: [
        ("Farms in the province run ASIC miners from two suppliers, the grid operator said.", "ASIC"),
        ("The importer brought in 4,000 ASIC machines last year before the ban.", "ASIC"),
        ("Hobbyists still run GPU rigs at home, the ministry said.", "GPU"),
    ])
    func anAcronymBeforeAMachineNamesNoBody(_ text: String, _ acronym: String) {
        #expect(!entities(text).contains { $0.name == acronym || $0.aliases.contains(acronym) }, "\(described(text))")
    }

    @Test(arguments: [
        ("ASIC said on Monday that two brokers had breached their licences.", "ASIC"),
        ("BTC miners sold 4,000 coins in May, the data show.", "BTC"),
    ])
    func anAcronymThatActsOrATickerStays(_ text: String, _ acronym: String) {
        #expect(entities(text).contains { $0.name == acronym || $0.aliases.contains(acronym) }, "\(described(text))")
    }
}
