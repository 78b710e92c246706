import Testing
@testable import Extractor

/// Companies are typed and named by their legal forms and head words wherever a verb of speech would make a person of
/// them; legislatures and police forces are authorities; a person's hyphenated surname is one word of the name.
/// Names and sentences are our own.
@Suite struct EntityCompanyFormTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-19")).entities
    }

    private func type(of name: String, in text: String) -> EntityType? {
        entities(text).first { $0.name == name || $0.aliases.contains(name) }?.type
    }

    @Test(arguments: [
        ("Yildiz Kripto Borsası A.Ş. said on Tuesday that users were safe.", "Yildiz Kripto Borsası A.Ş."),
        ("Kaunas Mainai UAB said the fine was unfair.", "Kaunas Mainai UAB"),
        ("Halloran Pike LLP said the ruling was narrow.", "Halloran Pike LLP"),
        ("Meghna Equities said demand would recover.", "Meghna Equities"),
        ("Ume Coin Exchange K.K. said it would delist the tokens.", "Ume Coin Exchange K.K."),
        ("Riga Ledger SIA told clients to withdraw.", "Riga Ledger SIA"),
        ("Armenian Digital Asset Union said the delay helps.", "Armenian Digital Asset Union"),
        ("Administración Nacional de Tarifas said prices would rise.", "Administración Nacional de Tarifas"),
    ])
    func aCompanysFormOrHeadWordKeepsItACompanyBeforeSaid(_ text: String, _ name: String) {
        #expect(type(of: name, in: text) == .organization, "\(entities(text).map(\.name))")
    }

    @Test(arguments: [
        ("Jane Roe said the ruling was narrow.", "Jane Roe"),
        ("Sofia Lindqvist-Amara, chief executive of Karavel, said so.", "Sofia Lindqvist-Amara"),
        ("Markus Oyelaran-Pike said the fine was unfair.", "Markus Oyelaran-Pike"),
        ("Banco de Quetzal said rates would rise, said Ana dos Santos.", "Ana dos Santos"),
        ("Amara Osei-Bonsu, a trader in Accra, said so.", "Amara Osei-Bonsu"),
    ])
    func peopleStayPeople(_ text: String, _ name: String) {
        #expect(type(of: name, in: text) == .person, "\(entities(text).map(\.name))")
    }

    @Test(arguments: [
        ("Yildiz Kripto Borsası A.Ş. was hacked. Yildiz Kripto said users were safe.", "Yildiz Kripto Borsası A.Ş.", "Yildiz Kripto"),
        ("Kaunas Mainai UAB was fined. Kaunas Mainai said it would appeal.", "Kaunas Mainai UAB", "Kaunas Mainai"),
        ("Ume Coin Exchange K.K. will delist two tokens. Ume Coin, which has 9,000 users, said so.", "Ume Coin Exchange K.K.", "Ume Coin"),
        ("Lanka Coinworks (Pvt) Ltd joined the sandbox.", "Lanka Coinworks (Pvt) Ltd", nil),
        ("Karoo Mining (Pty) Ltd said it would expand.", "Karoo Mining (Pty) Ltd", nil),
    ])
    func theFirstWordsOfALegalNameAreItsShortForm(_ text: String, _ name: String, _ alias: String?) {
        let found = entities(text)
        let company = found.first { $0.name == name }
        #expect(company?.type == .organization, "\(found.map(\.name))")
        if let alias { #expect(company?.aliases.contains(alias) == true, "\(found.map { "\($0.name) \($0.aliases)" })") }
    }

    @Test func aPersonIsNoShortFormOfACompanyNamedAfterThem() {
        let found = entities("Jane Roe founded Jane Roe Capital Ltd in 2019. Jane Roe said it was profitable.")
        #expect(found.contains { $0.name == "Jane Roe" && $0.type == .person })
    }

    @Test(arguments: [
        ("The bill now goes to the Oireachtas.", "Oireachtas"),
        ("The agency will send a bill to the Diet next year.", "Diet"),
        ("The Seimas approved the tax on Tuesday.", "Seimas"),
        ("The Fiji Police Force opened an investigation.", "Fiji Police Force"),
        ("The Ruritania Police Service seized two servers.", "Ruritania Police Service"),
        ("The General Directorate for Market Inspection fined the exchange.", "General Directorate for Market Inspection"),
        ("The General Agency for Mining Supervision said so.", "General Agency for Mining Supervision"),
    ])
    func legislaturesAndPoliceForcesAreAuthorities(_ text: String, _ name: String) {
        #expect(type(of: name, in: text) == .authority, "\(entities(text).map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [
        "The FSA will bring tokens under the Financial Instruments and Exchange Act.",
        "Firms must comply with the Payments and Settlements Law by June.",
        "The Markets and Services Bill passed its second reading.",
        "Under the Anti-Money Laundering and Terrorist Financing Act, exchanges report trades.",
        "The Securities and Futures Ordinance covers tokens.",
    ])
    func aLawsTitleWithAndNamesNoEntity(_ text: String) {
        let names = entities(text).map(\.name)
        #expect(!names.contains { $0.contains("Financial Instruments") || $0.contains("Payments") || $0.contains("Markets and")
            || $0.contains("Laundering") || $0.contains("Futures") }, "\(names)")
    }

    @Test func aDietInLowerCaseOrOpeningASentenceIsNoLegislature() {
        #expect(type(of: "Diet", in: "Diet drinks sold well. The firm sells diet drinks.") == nil)
    }
}
