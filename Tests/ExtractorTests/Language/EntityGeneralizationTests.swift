import Testing
@testable import Extractor

/// Entity rules that generalize across outlets, each over sentences we wrote (positives and negatives):
/// amounts and common words that are no names, company forms and local names that join, titles and
/// initials inside person names, places and state bodies typed from their context.
@Suite struct EntityGeneralizationTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).entities
    }

    private func names(_ text: String) -> [String] { entities(text).map(\.name) }

    private func entity(_ name: String, in text: String) -> Entity? {
        entities(text).first { $0.name == name || $0.aliases.contains(name) }
    }

    // MARK: - No names

    @Test(arguments: [
        ("Thieves took R250 million from the exchange.", "R250"),
        ("Tax receipts reached Rp4.5 trillion in the year.", "Rp4.5"),
        ("Fees rose to KSh300 per transfer, the lender said.", "KSh300"),
    ])
    func amountsInALocalCurrencyAreNoEntities(text: String, amount: String) {
        #expect(!names(text).contains(amount), "\(names(text))")
    }

    @Test(arguments: [
        ("Firms must report transfers of BD 5,000 or more to the regulator.", "BD"),
        ("The cap is 25 MW per site for new contracts.", "MW"),
        ("Fines reach 3,000 UF for each missed report.", "UF"),
        ("The farm's hashrate rose to 2.4 EH/s in May.", "EH"),
        ("Deposits above MOP 80,000 need a second check.", "MOP"),
    ])
    func aUnitOrACurrencyBesideAnAmountIsNoEntity(text: String, unit: String) {
        #expect(!names(text).contains(unit), "\(names(text))")
    }

    @Test(arguments: [
        ("The NCA 2024 report named the exchange.", "NCA"),
        ("Regulators fined the exchange, the SFO said on 3 May.", "SFO"),
    ])
    func anAcronymBesideAYearOrADayStaysAName(text: String, acronym: String) {
        #expect(names(text).contains(acronym), "\(names(text))")
    }

    @Test(arguments: [
        "Savers may now hold crypto notes in their ISAs, and buyers pay no VAT on them.",
        "Exchanges must collect each client's PAN and report the TDS withheld.",
        "The funds are UCITS, so they cannot hold more than 10% in crypto ETNs.",
        "Savers asked three questions this week.\n\nWHERE ARE MY COINS KEPT? Platforms must hold most client coins offline.",
        "MONDAY FIVE: A new licence, a fine and three more things\n\nThe regulator acted.",
    ])
    func taxesAccountsAndHeadingsAreNoEntities(text: String) {
        #expect(names(text).isEmpty, "\(names(text))")
    }

    @Test(arguments: [
        ("Kiosks need a licence under the Nevada Money Code, the regulator said.", "Nevada", "Nevada Money Code"),
        ("The token is no security under the Kenya Capital Markets Act.", "Kenya", "Kenya Capital Markets Act"),
        ("Rep. Jane Roe, an Ohio Republican, wrote the bill.", "Ohio", "Ohio Republican"),
        ("Three Japan exchanges won licences on Monday.", "Japan", "Three Japan"),
    ])
    func aPlaceStaysItselfBesideALawAPartyMemberOrACount(text: String, place: String, phrase: String) {
        #expect(names(text).contains(place), "\(names(text))")
        #expect(!names(text).contains(phrase), "\(names(text))")
    }

    @Test(arguments: [
        ("The Lagos Fintech Guild backed the rules.", "Lagos Fintech Guild"),
        ("Three Arrows Capital owed lenders billions.", "Three Arrows Capital"),
    ])
    func aPlaceOrANumberThatOpensAnOrganizationsNameStaysInIt(text: String, name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }

    @Test func amountsAreToldFromNames() {
        #expect(EntityRecognizer.isAmount("R340"))
        #expect(EntityRecognizer.isAmount("Rp1.93"))
        #expect(!EntityRecognizer.isAmount("Web3"))
        #expect(!EntityRecognizer.isAmount("A16z"))
        #expect(!EntityRecognizer.isAmount("P2P"))
        #expect(!EntityRecognizer.isAmount("Zapcoin"))
    }

    @Test(arguments: [
        "Traders who use offshore apps pay more. Most traders stayed on local venues.",
        "Virtual asset firms must apply by June. The rules cover virtual wallets too.",
        "Crypto is now taxed as property. Investors in crypto welcomed the clarity.",
    ])
    func aLoneOpeningWordTheTextAlsoWritesInLowerCaseIsNoName(text: String) {
        #expect(names(text).isEmpty, "\(names(text))")
    }

    @Test func aLoneOpeningWordWrittenOnlyCapitalizedStaysAName() {
        let text = "Zentrix, a Lisbon marketplace, paused sales. Users of Zentrix complained."
        #expect(names(text).contains("Zentrix"), "\(names(text))")
    }

    @Test(arguments: [
        "Weak custody rules are the Achilles heel of the market.",
        "Prosecutors called the token a Ponzi scheme.",
    ])
    func idiomsWithCapitalsAreNoEntities(text: String) {
        #expect(names(text).isEmpty, "\(names(text))")
    }

    @Test(arguments: [
        "Firms must comply with the Markets in Crypto-Assets Regulation by July.",
        "Lawyers studied the Transfer of Funds Regulation closely.",
    ])
    func theOpeningWordsOfALawAreNoEntity(text: String) {
        #expect(names(text).isEmpty, "\(names(text))")
    }

    @Test func aNameBeforeASmallWordThatEndsNoLawStaysAName() {
        #expect(names("Analysts at Quorvane in Lisbon disagreed.").contains("Quorvane"))
    }

    // MARK: - Company forms

    @Test func namesThatDifferByALegalFormOrAGenericHeadAreOneCompany() {
        let text = "Clients of Bank Morwenstow AG can trade crypto. Analysts at Bank Morwenstow saw demand. Morwenstow expects approval soon."
        let companies = entities(text).filter { $0.type == .organization }
        #expect(companies.count == 1, "\(companies.map(\.name))")
        #expect(companies.first?.name == "Bank Morwenstow AG")
        #expect(Set(companies.first?.aliases ?? []) == ["Bank Morwenstow", "Morwenstow"])
    }

    @Test func theFirstWordOfANameWithALegalFormIsItsShortForm() {
        let text = "Tlaloc Pagos S.A. de C.V. raised funds. Executives at Tlaloc said the round closed."
        let companies = entities(text).filter { $0.type == .organization }
        #expect(companies.count == 1, "\(companies.map(\.name))")
        #expect(companies.first?.aliases == ["Tlaloc"])
    }

    @Test func twoCompaniesSharingAWordStayApart() {
        let text = "Kestrow Capital bought shares in Kestrow Mining. Kestrow Capital declined to comment."
        let companies = entities(text).filter { $0.type == .organization }
        #expect(companies.count == 2, "\(companies.map(\.name))")
    }

    @Test(arguments: [
        ("Bitcoin Harbor, the largest kiosk operator in Ohio, objected.", "Bitcoin Harbor"),
        ("Clients of Ether Quarry said fees rose.", "Ether Quarry"),
    ])
    func aCompanyNamedAfterAnAssetIsOneCompany(text: String, name: String) {
        let found = entity(name, in: text)
        #expect(found?.type == .organization, "\(names(text))")
    }

    @Test func anAssetBeforeACommonWordStaysAnAsset() {
        let text = "Bitcoin Monday trading was thin. Bitcoin rose 2% and traders bought bitcoin."
        #expect(entity("Bitcoin", in: text)?.type == .asset, "\(names(text))")
    }

    @Test func aProjectBeforeItsOwnTickerIsTheAssetNamedByTheTicker() {
        let text = "Ether rose 3%, while Solana's SOL token added 5%."
        let sol = entity("SOL", in: text)
        #expect(sol?.type == .asset)
        #expect(sol?.name == "SOL")
        #expect(sol?.aliases == ["Solana"])
    }

    // MARK: - Aliases of institutions

    @Test(arguments: [
        ("The Ministry of Finance (Kementerian Keuangan) issued the rule.", "Kementerian Keuangan"),
        ("The energy committee of the Grand Consultative Assembly, known as the Qurultai, met on Monday.", "Qurultai"),
    ])
    func aLocalNameGivenAfterAnInstitutionIsItsAlias(text: String, alias: String) {
        let found = entities(text).filter { $0.name == alias || $0.aliases.contains(alias) }
        #expect(found.count == 1)
        #expect(found.first?.name != alias, "\(names(text))")
        #expect(found.first?.aliases.contains(alias) == true)
    }

    @Test func aPlaceInParenthesesIsNoAlias() {
        let text = "The Ruritanian Markets Authority (Kenya) fined the broker."
        #expect(entity("Kenya", in: text)?.name == "Kenya")
    }

    @Test func theAuthorityStandsForTheLastAuthorityWithThatHead() {
        let text = "The Capital Markets Authority extended the deadline. The Authority will not extend it again."
        let authorities = entities(text).filter { $0.type == .authority }
        #expect(authorities.count == 1, "\(authorities.map(\.name))")
        #expect(authorities.first?.name == "Capital Markets Authority")
    }

    @Test func theCommissionWithNoCommissionNamedIsNoEntity() {
        #expect(names("The Commission will publish guidance next week.").isEmpty)
    }

    @Test(arguments: [
        ("The National Congress approved the framework.", "National Congress"),
        ("The Federal Senate voted on the bill.", "Federal Senate"),
    ])
    func aQualifiedLegislatureIsOneAuthority(text: String, name: String) {
        #expect(entity(name, in: text)?.type == .authority, "\(names(text))")
        #expect(!names(text).contains("National") && !names(text).contains("Federal"))
    }

    @Test(arguments: [
        ("The Directorate General of Customs seized the devices.", "Directorate General of Customs"),
        ("Figures from the Directorate General of Taxes showed a rise.", "Directorate General of Taxes"),
        ("The Dirección General de Aduanas seized the devices.", "Dirección General de Aduanas"),
        ("The Procuraduría General de la República opened a case.", "Procuraduría General de la República"),
        ("Fiscalía General del Estado agents seized the wallets.", "Fiscalía General del Estado"),
    ])
    func aDirectorateGeneralIsOneAuthority(text: String, name: String) {
        #expect(entity(name, in: text)?.type == .authority, "\(names(text))")
    }

    @Test(arguments: [
        ("Tomas Reyes, convenor of the Blockchain Council of Ruritania, welcomed the move.", "Blockchain Council of Ruritania"),
        ("The Crypto Industry Board said it would comply.", "Crypto Industry Board"),
    ])
    func anIndustryCouncilIsAnOrganization(text: String, name: String) {
        #expect(entity(name, in: text)?.type == .organization, "\(names(text))")
    }

    @Test func aStateCouncilStaysAnAuthority() {
        #expect(entity("Monetary Policy Council", in: "The Monetary Policy Council kept rates on hold.")?.type == .authority)
    }

    // MARK: - People

    @Test(arguments: [
        ("Gov. Mara Ellison signed the kiosk law in May.", "Mara Ellison"),
        ("Sen. Dale Quimby of Ohio filed a bill.", "Dale Quimby"),
        ("Rep. Tova Lindqvist objected to the plan.", "Tova Lindqvist"),
    ])
    func anAbbreviatedTitleMarksAPerson(text: String, name: String) {
        let found = entity(name, in: text)
        #expect(found?.type == .person, "\(names(text))")
        #expect(!names(text).contains("Gov") && !names(text).contains("Sen") && !names(text).contains("Rep"))
    }

    @Test(arguments: [
        ("By Maria T. Quintero", "Maria T. Quintero"),
        ("The bill was drafted by Jerome K. Abernathy and two aides.", "Jerome K. Abernathy"),
    ])
    func aMiddleInitialBelongsToTheName(text: String, name: String) {
        #expect(entity(name, in: text)?.type == .person, "\(names(text))")
    }

    @Test func aMastheadLineNamesItsAuthor() {
        let text = "Harbor Ledger Daily · March 3, 2025 · by Lotte Vermeulen\n\nThe exchange closed."
        #expect(entity("Lotte Vermeulen", in: text)?.type == .person, "\(names(text))")
    }

    @Test func anArabicGivenNameThatIsAlsoAVerbStartsAName() {
        let text = "\"We will not rush,\" Said Benali, the bank's director, told reporters."
        #expect(entity("Said Benali", in: text)?.type == .person, "\(names(text))")
    }

    // MARK: - Places and state bodies from context

    @Test(arguments: [
        ("\"It is a start,\" said Ana Ruiz, an analyst in Villa Serrano.", "Villa Serrano"),
        ("Police raided a warehouse in Qasrabad, west of the capital.", "Qasrabad"),
        ("Duluthport, Minnesota, banned the machines outright.", "Duluthport"),
        ("Traders gathered in Santa Marcela to protest.", "Santa Marcela"),
        ("The office moved to Quezon City last year.", "Quezon City"),
    ])
    func contextMakesAnUnknownNameAPlace(text: String, name: String) {
        #expect(entity(name, in: text)?.type == .location, "\(entities(text).map { "\($0.name) \($0.type)" })")
    }

    @Test func aCompanyAfterAtStaysACompany() {
        let text = "\"It is a start,\" said Ana Ruiz, an analyst at Verasol Partners."
        #expect(entity("Verasol Partners", in: text)?.type == .organization)
    }

    @Test(arguments: [
        ("Last week, ZARAK, the national police force, seized 300 machines.", "ZARAK", EntityType.authority),
        ("The figures came from Quilma, a Lisbon-based payments firm.", "Quilma", EntityType.organization),
        ("Orvask, the state news agency, reported the raid.", "Orvask", EntityType.organization),
    ])
    func anAppositiveTypesTheNameBeforeIt(text: String, name: String, type: EntityType) {
        #expect(entity(name, in: text)?.type == type, "\(entities(text).map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [
        ("The central bank is studying the e-dirham.", "e-dirham"),
        ("Shoppers in two cities can pay with the e-rupee.", "e-rupee"),
    ])
    func aDigitalCurrencyInLowerCaseIsAnAsset(text: String, name: String) {
        #expect(entity(name, in: text)?.type == .asset, "\(names(text))")
    }

    @Test func anEMailIsNoCurrency() {
        #expect(names("Customers received an e-mail about the euro change.").isEmpty)
    }
}

/// Precision rules for capitalized text that names nothing: hashtags and link codes, quantities,
/// shouted words, events, products, and role words glued to a person's name.
@Suite struct EntityPrecisionTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).entities
    }

    private func names(_ text: String) -> [String] { entities(text).map(\.name) }

    @Test(arguments: [
        "Follow the news with #CryptoWeekly and ask @LedgerDesk for tips.",
        "Read more at bit.ly/3xQpWv and tell us what you think.",
    ])
    func hashtagsHandlesAndLinkCodesAreNoEntities(text: String) {
        #expect(names(text).isEmpty, "\(names(text))")
    }

    @Test(arguments: [
        "The company raised $12.9bn in the offering.",
        "Miners added 300MW of capacity and 8GB cards.",
        "The fund holds 4.5M tokens.",
    ])
    func quantitiesWithUnitsAreNoEntities(text: String) {
        #expect(names(text).isEmpty, "\(names(text))")
    }

    @Test func quantitiesAreToldFromNamesThatStartWithDigits() {
        #expect(TextLayout.isQuantity("12.9bn"))
        #expect(TextLayout.isQuantity("300m"))
        #expect(!TextLayout.isQuantity("21shares"))
        #expect(!TextLayout.isQuantity("3ac"))
    }

    @Test func aNameThatStartsWithDigitsStaysAName() {
        #expect(names("Analysts at 21Shares expect inflows.").contains("21Shares"))
    }

    @Test(arguments: [
        "Polls say you should VOTE today. Please vote early.",
        "This is GREAT news, the founder wrote. It was a great week.",
    ])
    func shoutedCommonWordsAreNoEntities(text: String) {
        #expect(names(text).isEmpty, "\(names(text))")
    }

    @Test func anAcronymThatIsNoCommonWordStaysAName() {
        #expect(names("The FATF and the FSB met in June.").contains("FATF"))
    }

    @Test(arguments: [
        "Founders met at the Lisbon Blockchain Week to discuss custody.",
        "The token was unveiled at the Digital Assets Summit in May.",
        "Tickets for the Ledger Awards sold out.",
    ])
    func eventsAreNoEntities(text: String) {
        #expect(!names(text).contains { $0.hasSuffix("Week") || $0.hasSuffix("Summit") || $0.hasSuffix("Awards") }, "\(names(text))")
    }

    @Test(arguments: [
        ("The court ruled that Quorvane's \"Yield\" product was an unregistered scheme. Savers put $5 million into Yield.", "Yield"),
        ("Tessarine launched its Vaultline feature on Monday. Vaultline holds keys offline.", "Vaultline"),
        ("The plan, dubbed \"Project Ember\", will test payments.", "Project Ember"),
    ])
    func productsAndCodeNamesAreNoEntities(text: String, product: String) {
        #expect(!names(text).contains(product), "\(names(text))")
    }

    @Test func aCompanyBeforeAProductNounStaysACompany() {
        let found = names("Quorvane's \"Yield\" product broke the law, regulators said of Quorvane.")
        #expect(found.contains("Quorvane"), "\(found)")
    }

    @Test(arguments: [
        ("Administrator Jim Holloway said the agency would bid.", "Jim Holloway"),
        ("Republican Phil Ashgrove won the vote.", "Phil Ashgrove"),
        ("Ombudsman Nadia Ferreira criticized the police.", "Nadia Ferreira"),
    ])
    func aRoleOrPartyWordBeforeANameIsNoPartOfIt(text: String, name: String) {
        let found = entities(text)
        #expect(found.contains { $0.name == name && $0.type == .person }, "\(found.map(\.name))")
    }

    @Test func aFamilyNameWrittenFirstIsNoRole() {
        let found = entities("Chief executive Koh Wen Jie said funds were safe. Koh added that trading resumes.")
        #expect(found.contains { $0.name == "Koh Wen Jie" && $0.type == .person }, "\(found.map(\.name))")
    }

    @Test(arguments: [
        ("Russia banned crypto payments in 2022.", "Russia", "RU"),
        ("Exchanges left Burma after the coup.", "Burma", "MM"),
    ])
    func commonCountryNamesCarryTheirCode(text: String, name: String, code: String) {
        let found = entities(text).first { $0.name == name }
        #expect(found?.type == .location)
        #expect(found?.code == code)
    }

    @Test(arguments: [
        ("Kiosks in Jalisco and Nuevo León must register.", "Nuevo León"),
        ("Miners in Minas Gerais face new tariffs.", "Minas Gerais"),
        ("A raid in Karaj found 300 machines.", "Karaj"),
    ])
    func regionsAndCitiesAreLocations(text: String, name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .location)
    }

    @Test(arguments: [
        ("Illegal mining is rampant, according to FARAJA.", "FARAJA"),
        ("The Office des Changes issued a warning.", "Office des Changes"),
        ("The Autoridad de Supervisión del Sistema Financiero fined a bank.", "Autoridad de Supervisión del Sistema Financiero"),
    ])
    func regulatorsAndPoliceUnderTheirLocalNamesAreAuthorities(text: String, name: String) {
        #expect(entities(text).first { $0.name == name || $0.aliases.contains(name) }?.type == .authority)
    }

    @Test func demonymsOfMoreCountriesAreNoEntities() {
        #expect(names("Moroccan and Bolivian traders kept buying. Moroccans trade on peer-to-peer apps.").isEmpty)
    }
}
