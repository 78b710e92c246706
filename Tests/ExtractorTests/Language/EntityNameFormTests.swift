import Testing
@testable import Extractor

/// How names are written: a second name given in the same breath (a local-language name, a gloss in apposition,
/// an acronym closing a parenthesis) is an alias; names keep a plural possessive, a second legal form, a web
/// address or a demonym that opens them; time zones, currencies, demonym plurals and questions' first words
/// are no entities. Sentences and names are our own.
@Suite struct EntityNameFormTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-10")).entities
    }

    private func described(_ text: String) -> [String] { entities(text).map { "\($0.name):\($0.type) \($0.aliases)" } }

    @Test(arguments: [
        ("The Capital Markets Board of Ruritania, known locally as Sermaye Kurulu, fined two brokers.", "Sermaye Kurulu"),
        ("The Ministry of Digital Affairs, locally known as Dijital Bakanlik, issued the rules.", "Dijital Bakanlik"),
        ("Tahua Pūtea, the Monetary Authority of Ruritania (MAR), published the draft on Monday.", "Tahua Pūtea"),
        ("Brokers report to the Office of Financial Oversight (OFO), Te Kaitiaki Moni, which licenses them.", "Te Kaitiaki Moni"),
        ("Charges were brought by the State Prosecution Office (Openbaar Parket, OP) in May.", "Openbaar Parket"),
        ("Tilsynsrådet, the Financial Oversight Council of Ruritania, said nothing would change.", "Tilsynsrådet"),
        ("The firm will appeal to the Regional Administrative Court of Umbria (TAR Umbria) this month.", "TAR Umbria"),
    ])
    func aSecondNameInTheSameBreathIsAnAlias(text: String, alias: String) {
        let found = entities(text).filter { $0.type != .location }
        #expect(found.count == 1, "\(described(text))")
        #expect(found.first.map { $0.name == alias || $0.aliases.contains(alias) } == true, "\(described(text))")
        #expect(found.first?.type == .authority, "\(described(text))")
    }

    @Test(arguments: [
        "The Bank of England, the Financial Conduct Authority, and the Treasury met on Monday.",
        "The Central Bank of Kenya, the Capital Markets Authority, the Treasury and the police met.",
        "Binance, the largest exchange, and Kraken, the oldest, both objected.",
        "The Securities Commission, the Central Bank of Ruritania and the Finance Ministry agreed.",
    ])
    func aListOfInstitutionsIsNoGloss(text: String) {
        let found = entities(text).filter { $0.type != .location }
        #expect(found.allSatisfy { $0.aliases.isEmpty }, "\(described(text))")
        #expect(found.count >= 2, "\(described(text))")
    }

    @Test(arguments: [
        ("A senior official at the Lahore Traders' Association said banks were cautious.", "Lahore Traders' Association"),
        ("The Miners' Union of Ruritania called a strike.", "Miners' Union of Ruritania"),
        ("Funds were frozen, the Tessaly District Prosecutors' Office said in a statement.", "Tessaly District Prosecutors' Office"),
        ("The Velmor Magistrates' Court heard the case on Monday.", "Velmor Magistrates' Court"),
        ("The bill was sent to the People's National Assembly on Monday.", "People's National Assembly"),
        ("The Tessaly Provincial People's Government issued the notice.", "Tessaly Provincial People's Government"),
        ("Investors sued the Kestrel Traders' new office on Monday.", "Kestrel Traders"),
        ("The Tessaly Digital Asset eXchange Alliance (TDAXA) objected on Monday.", "Tessaly Digital Asset eXchange Alliance"),
        ("Wallet providers such as vPesa and Nagad must report the accounts.", "vPesa"),
        // (A camel-case name with a letter beyond ASCII, first or inside.)
        ("Payment apps such as éKash and Nagad must keep the records.", "éKash"),
        ("Payment apps such as mÖbius and Nagad must keep the records.", "mÖbius"),
        ("A spokesperson for Siam Digital Co., Ltd., the second-largest exchange, said so.", "Siam Digital Co., Ltd."),
        ("Kestrel.io, one of the oldest platforms in the country, was licensed last year.", "Kestrel.io"),
        ("The Dutch Authority for the Financial Markets (AFM) warned savers. The AFM repeated it.", "Dutch Authority for the Financial Markets"),
        ("The Netherlands Authority for the Financial Markets (AFM) warned savers. The AFM repeated it.",
         "Netherlands Authority for the Financial Markets"),
        ("In the Netherlands, the Authority for the Financial Markets warned savers.", "Authority for the Financial Markets"),
        ("In the Netherlands, the Authority for the Financial Markets warned savers.", "Netherlands"),
    ])
    func theNameIsWhatTheTextWrites(text: String, name: String) {
        #expect(entities(text).contains { $0.name == name }, "\(described(text))")
    }

    @Test func aRegisteredNameJoinsTheKnownCompanyItOpens() {
        let found = entities("Circle Internet Group Inc. shed 3%. Circle said reserves were intact.")
        #expect(found.count == 1, "\(found.map(\.name))")
        #expect(found.first?.name == "Circle Internet Group Inc.")
    }

    @Test(arguments: [
        "Last updated 18.06.2026, 15:40 CEST. More to follow.",
        "The vote closes at 9 a.m. GMT on Friday.",
        "Transfers of GH₵15,000 or more must be reported.",
        "Miners pay 4 US cents per kWh under the new tariff.",
        "Exchanges held NT$14 billion in customer cash.",
        "Rule: customer NT dollar deposits must sit in trust accounts.",
        "Issuers may peg to HK dollars only.",
        "Millions of Pakistanis already hold crypto, and so do many New Zealanders.",
        "Israelis and Iraqis traded more than ever.",
        "Analysts said North Korean groups stole more than ever, and South African banks agreed.",
    ])
    func timesCurrenciesAndPeoplesAreNoEntities(text: String) {
        #expect(entities(text).isEmpty, "\(described(text))")
    }

    @Test(arguments: [
        ("Is the Reserve Bank banning stablecoins? No.", "Reserve Bank"),
        ("What does the Financial Markets Authority want? Clarity.", "Financial Markets Authority"),
        ("Why did the Monetary Authority act now? Demand.", "Monetary Authority"),
    ])
    func aQuestionsFirstWordIsNoPartOfTheName(text: String, name: String) {
        #expect(entities(text).map(\.name) == [name], "\(described(text))")
    }

    @Test(arguments: [
        ("Suspicious transfers go to the Financial Monitoring Unit within a day.", "Financial Monitoring Unit", EntityType.authority),
        ("The Unidad de Inteligencia Financiera fined the broker.", "Unidad de Inteligencia Financiera", .authority),
        ("The Servicio de Impuestos Internos asked exchanges for data.", "Servicio de Impuestos Internos", .authority),
        ("The Agenzia delle Dogane seized the machines.", "Agenzia delle Dogane", .authority),
        ("The rules follow a framework developed by the OECD.", "OECD", .organization),
        ("The International Monetary Fund urged caution.", "International Monetary Fund", .organization),
    ])
    func bodiesOfTheStateAndInternationalOrganizations(text: String, name: String, type: EntityType) {
        #expect(entities(text).first { $0.name == name }?.type == type, "\(described(text))")
    }
}

/// Tokens named before a word for a token, government debt after "Treasury", and a lone institution word.
@Suite struct EntityWordClassTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-10")).entities
    }

    @Test(arguments: [
        ("Harbour Digital issues the KiwiRand (NZKR) token.", "KiwiRand", "NZKR"),
        ("Users can now pay with the Zephyra stablecoin at 400 shops.", "Zephyra", nil),
        ("Holders of the Moabit coin lost money.", "Moabit", nil),
        ("Kestrel's native token KSR fell 18% after the hack.", "KSR", "KSR"),
    ])
    func aNameBeforeATokenWordIsAnAsset(text: String, name: String, code: String?) {
        let asset = entities(text).first { $0.name == name }
        #expect(asset?.type == .asset, "\(entities(text).map { "\($0.name):\($0.type)" })")
        if let code { #expect(asset?.code == code) }
    }

    @Test(arguments: [
        "Funds moved into Treasury bills as Treasury yields rose.",
        "Issuers must hold short-term Treasury notes and cash.",
    ])
    func governmentDebtIsNoTreasury(text: String) {
        #expect(entities(text).isEmpty, "\(entities(text).map(\.name))")
    }

    @Test(arguments: [
        ("The bill is pending after the Cabinet approved it in March.", "Cabinet"),
        ("Officials said the Treasury would publish draft rules.", "Treasury"),
    ])
    func aLoneInstitutionWordIsAnAuthority(text: String, name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .authority, "\(entities(text).map { "\($0.name):\($0.type)" })")
    }
}
