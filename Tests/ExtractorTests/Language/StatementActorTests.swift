import Testing
@testable import Extractor

/// Who issues a measure, over phrasings we wrote: a wire dateline set off by a spaced hyphen is no
/// actor, a country acting "as the regulator said" is that regulator's act, and a measure "under a decree
/// the government issued" is the decree maker's.
@Suite struct StatementActorTests {
    private func statements(_ text: String, published: String = "2025-05-20") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        "LISBON, May 19 (Wirefeed) - The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
        "LISBON - The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
        "LISBON (Wirefeed) - The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
        "NEW YORK, May 19 - The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
        "LISBON, Portugal - The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
        "NEW YORK, May 19, 2025 /Wirefeed/ -- The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
        "PORTO ALEGRE, May 19 -- The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
    ])
    func aHyphenatedDatelineIsNoActor(text: String) {
        #expect(statements(text).first?.actor == "Bank of Portugal", "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        // A headline in capitals before a hyphen is no dateline: its subject acts.
        "SEC Fines Kraken - Exchange Must Stop Staking Program",
        "SEC fines Kraken over staking - report",
    ])
    func aCapitalizedHeadlineBeforeAHyphenKeepsItsSubject(text: String) {
        #expect(statements(text).first?.actor == "SEC", "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        "Chile will license crypto exchanges from March, the Central Bank of Chile said on Monday.",
        "Chile will license crypto exchanges from March, said the Central Bank of Chile.",
        "Chile has licensed two crypto exchanges, the Central Bank of Chile said in a statement.",
        "SANTIAGO, May 3 (Wirefeed) - Chile will require exchanges to register from June, the Central Bank of Chile said.",
        "Chile is to ban crypto payments from July, the Central Bank of Chile announced on Tuesday.",
    ])
    func aCountryActingAsItsAuthoritySaysIsThatAuthority(text: String) {
        #expect(statements(text).first?.actor == "Central Bank of Chile", "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        // The government speaks for the country; a foreign body or a company only comments.
        "Chile will license crypto exchanges from March, the government said on Monday.",
        "Chile will license crypto exchanges from March, the Bank of England said.",
        "Chile will license crypto exchanges from March, Kraken said.",
        "Chile will license crypto exchanges from March.",
        "Chile will license crypto exchanges from March, the European Central Bank said.",
    ])
    func aCountryCreditedToNoOwnAuthorityStaysTheCountry(text: String) {
        #expect(statements(text).first?.actor == "Chile", "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        "Exchanges must keep full reserves under rules that the Central Bank of Chile adopted in May.",
        "Exchanges must keep full reserves under a circular the Central Bank of Chile issued on Monday.",
        "Transfers will be taxed at 0.1% under a decree the Central Bank of Chile published on Friday.",
        "Under a regulation which the Central Bank of Chile approved last week, exchanges must keep full reserves.",
        "Miners will pay a levy under the decree Chile signed on Monday.",
    ])
    func theMakerOfTheGoverningDocumentIssuesTheMeasure(text: String) {
        let expected = text.contains("Chile signed") ? "Chile" : "Central Bank of Chile"
        #expect(statements(text).first?.actor == expected, "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        // A document without a maker after it, or one a company made, names no issuer.
        "Under a 2019 law, exchanges must keep full reserves.",
        "Exchanges must keep full reserves under an industry code that Kraken drafted.",
        "Under the decree, exchanges must report every transfer.",
    ])
    func aDocumentWithoutItsMakerNamesNoIssuer(text: String) {
        #expect(statements(text).first?.actor == nil, "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        "Companies listed on the Lisbon and Porto exchanges will be able to hold bitcoin.",
        "Firms registered in Spain or Portugal must disclose their crypto holdings.",
        "Funds traded on the Euronext and Nasdaq markets must report every crypto transfer.",
        "Banks operating in France and Portugal must report every crypto transfer.",
        "Brokers active in Chile and Peru will need a fresh licence.",
    ])
    func aConjunctInAPrepositionalPhraseIsNoSubject(text: String) {
        let found = statements("The Bank of Portugal published new rules on Monday.\n\n\(text)")
        #expect(found.count == 2 && found.last?.actor == "Bank of Portugal", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "Under guidelines published by the regulator, banks must report every transfer.",
        "Under rules issued by the regulator, banks must report every transfer.",
        "Banks must report every transfer under a circular released by the regulator.",
    ])
    func theAgentOfAnIssuingParticipleMadeTheDocument(text: String) {
        let found = statements("The Bank of Portugal banned crypto lending on Monday.\n\nKraken said it would comply.\n\n\(text)")
        #expect(found.last?.actor == "Bank of Portugal", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "In 2021 the regulator ordered Kraken to stop serving local users.",
        "The regulator told Kraken to stop serving local users.",
        "Last year the regulator fined Kraken for serving local users without a licence.",
        "The regulator has instructed Kraken and Bybit to stop serving local users.",
        "The regulator later forced Kraken to shut its local website.",
    ])
    func aNameAfterAVerbIsItsObjectNotTheIssuer(text: String) {
        let found = statements("The Bank of Portugal published new rules on Monday.\n\n\(text)")
        #expect(found.last?.actor == "Bank of Portugal", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        // A speaker credited after its verb, and names after a form in -ing, keep their place.
        "Kraken will stop serving local users, said Kraken.",
        "Exchanges including Kraken will stop serving local users.",
    ])
    func aCreditedSpeakerOrAnIncludedNameIsNoObject(text: String) {
        #expect(statements(text).first?.actor == "Kraken", "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        ("The district court had ordered Acme Capital to pay a fine of EUR 2 million in 2023.", "Lisbon District Court"),
        ("The appeals court also ordered Acme Capital to repay its clients.", "Lisbon Court of Appeal"),
        ("The court of appeal also ordered Acme Capital to repay its clients.", "Lisbon Court of Appeal"),
    ])
    func aCourtDescribedByItsKindIsTheNamedCourtOfThatKind(text: String, court: String) {
        let found = statements("""
        The Lisbon District Court fined Acme Capital in 2023, and the Lisbon Court of Appeal upheld the fine on Monday.

        \(text)
        """)
        #expect(found.last?.actor == court, "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "Three exchanges received warning notices from the Bank of Portugal in 2024.",
        "Two brokers received orders from the Bank of Portugal to close their accounts.",
        "Two exchanges received decisions from the Bank of Portugal suspending their licences.",
    ])
    func documentsFromAnAuthorityAreItsActs(text: String) {
        #expect(statements(text).first?.actor == "Bank of Portugal", "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        "Exchanges that miss the deadline will be barred from taking new customers.",
        "Exchanges will also be required to publish their reserves every month.",
        "Advertising aimed at minors is off limits from Aug. 1.",
    ])
    func aCountryNamedOnlyByTheHeadlineActsThroughItsAuthority(text: String) {
        let found = statements("""
        Portugal gives exchanges until March to segregate client coins

        Exchanges have until March 31 to move client coins into segregated wallets, the Bank of Portugal said on Monday.

        \(text)
        """)
        // The headline's country stands for the authority that acts in the body, in the headline too.
        #expect(!found.isEmpty && found.allSatisfy { $0.actor == "Bank of Portugal" }, "\(found.map(\.actor))")
    }

    @Test func aCountryTheBodyNamesAsActingStaysTheMainActor() {
        let found = statements("""
        Portugal to ban stablecoin payments

        The government will ban stablecoin payments from July, officials said.

        Exchanges will be barred from lending stablecoins.

        The Bank of Portugal will supervise the ban.
        """)
        #expect(found.count == 4 && found[2].actor == "Portugal", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "Acme Exchange may no longer serve clients in Portugal.",
        "Acme Exchange may not take on new clients in Portugal.",
        "Acme Exchange cannot list new tokens until it repays its clients.",
    ])
    func aFirmForbiddenToActIsNotTheIssuer(text: String) {
        let found = statements("The Bank of Portugal struck Acme Exchange off its register on Monday. \(text)")
        #expect(found.count == 2 && found.last?.actor == "Bank of Portugal", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "The Crypto Assets Act, which took effect in 2023, already requires exchanges to keep client coins in cold storage.",
        "The Crypto Assets Act has required exchanges to keep client coins in cold storage since 2023.",
        "Under the Crypto Assets Ordinance, which took effect in 2023, it is an offence to run an unlicensed exchange.",
        "The 2021 payments law already bans merchants from accepting crypto.",
        "The law has barred banks from holding crypto since 2022.",
    ])
    func aLawInForceIsTheCountrys(text: String) {
        let found = statements("The Bank of Portugal fined Acme Exchange in Portugal on Monday.\n\n\(text)")
        #expect(found.count == 2 && found.last?.actor == "Portugal" && found.last?.status == .inEffect, "\(found.map { ($0.actor, $0.status) })")
    }

    @Test(arguments: [
        // A law that is the news stays with whoever made it; rules of an authority are the authority's.
        "The new act requires exchanges to keep client coins in cold storage from July.",
        "The Bank of Portugal's rules already require exchanges to keep client coins in cold storage.",
        "The draft law would require exchanges to keep client coins in cold storage.",
    ])
    func aLawThatIsTheNewsOrAnAuthoritysRulesAreNotTheCountrys(text: String) {
        let found = statements("The Bank of Portugal fined Acme Exchange in Portugal on Monday.\n\n\(text)")
        #expect(found.count == 2 && found.last?.actor == "Bank of Portugal", "\(found.map { ($0.actor, $0.status) })")
    }

    @Test(arguments: [
        "The Bank of Portugal said the Lisbon-based exchange was barred from taking new customers.",
        "The Bank of Portugal said a Madrid-registered broker must stop serving local clients.",
        "The Bank of Portugal said the Porto-headquartered platform was fined EUR 200,000.",
    ])
    func aPlaceQualifyingANounIsNoActor(text: String) {
        #expect(statements(text).first?.actor == "Bank of Portugal", "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        "Acme was never registered with the Bank of Portugal, which has required exchanges to register since 2019.",
        "Acme ignored the Bank of Portugal, which bars unlicensed firms from serving local clients.",
        "Acme never registered with the Financial Crimes Enforcement Network (FinCEN), which has required exchangers to register since 2013.",
    ])
    func theAntecedentOfARelativeClauseIsItsSubject(text: String) {
        let expected = text.contains("FinCEN") ? "Financial Crimes Enforcement Network" : "Bank of Portugal"
        #expect(statements(text).first?.actor == expected, "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        // A sentence that opens with the pronoun or a comma has no antecedent to find.
        "which requires exchanges to register.",
        ", which bans mining.",
        "Which rules require exchanges to register?",
    ])
    func aRelativePronounWithoutAnAntecedentFindsNone(text: String) {
        #expect(statements(text).allSatisfy { $0.actor == nil }, "\(statements(text).map(\.actor))")
    }

    @Test func anAuthorityInARelativeClauseAfterTheCueIsNoCounterpart() {
        let found = statements("The Bank of Portugal fined Acme on Monday. The rule does not apply to small issuers, which remain under supervisors such as the Bank of Spain.")
        #expect(found.last?.actor == "Bank of Portugal", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "U.S. prosecutors have also seized USDT worth $5 million.",
        "Prosecutors charged two more people with laundering bitcoin on Tuesday.",
        "Federal prosecutors have also seized bitcoin worth $2 million.",
    ])
    func prosecutorsAreTheNamedProsecutingAuthority(text: String) {
        let found = statements("The Justice Department charged two men with laundering bitcoin on Monday.\n\n\(text)")
        #expect(found.last?.actor == "Justice Department", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "Kestrel Exchange fined $4 million over lax checks",
        "Kestrel Exchange fined for breaching anti-money-laundering rules",
        "Lumex Labs sued over unregistered token sale",
        "Brightline Capital charged with running an unlicensed crypto exchange",
        "Brightline Capital sentenced to pay a $2 million penalty",
    ])
    func aCompanyBeforeAHeadlinesSanctionParticipleUndergoesIt(text: String) {
        let actors = statements(text).map(\.actor)
        #expect(!actors.isEmpty && actors.allSatisfy { $0 == nil }, "\(actors)")
    }

    @Test(arguments: [
        ("Ontario Securities Commission fined Kestrel Exchange $4 million", "Ontario Securities Commission"),
        ("The Ontario Securities Commission fined Kestrel Exchange $4 million on Monday.", "Ontario Securities Commission"),
        ("Ontario Securities Commission sued Lumex Labs over its token sale", "Ontario Securities Commission"),
        ("The Bank of Lithuania suspended Nordpay from the payments register.", "Bank of Lithuania"),
        ("Kestrel Exchange was fined $4 million by the Ontario Securities Commission.", "Ontario Securities Commission"),
    ])
    func anAuthorityThatSanctionsIsTheActor(text: String, actor: String) {
        #expect(statements(text).first?.actor == actor, "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        ("Kestrel Exchange has settled with the Commodity Futures Trading Commission for $12 million over illegal derivatives trading.", "Commodity Futures Trading Commission"),
        ("Kestrel Exchange must pay a $4 million penalty under a settlement with the New York Department of Financial Services.", "New York Department of Financial Services"),
        ("Kestrel Exchange reached a deal with the Securities and Exchange Commission and will pay a $5 million penalty.", "Securities and Exchange Commission"),
        ("Lumex Labs settled charges with the Ontario Securities Commission and paid a $2 million penalty.", "Ontario Securities Commission"),
        ("Kestrel Exchange settled with investors and will pay a $4 million penalty imposed by the Ontario Securities Commission.", "Ontario Securities Commission"),
        ("The Securities and Exchange Commission fined Kestrel Exchange $5 million over its deal with the Bank of Lithuania.", "Securities and Exchange Commission"),
        ("The Securities and Exchange Commission fined Kestrel Exchange $5 million after it failed to comply with the Financial Conduct Authority's rules.", "Securities and Exchange Commission"),
        ("The Ontario Securities Commission fined Lumex Labs $2 million, weeks after the firm settled with investors.", "Ontario Securities Commission"),
    ])
    func theAuthorityAFirmSettlesWithEnforces(text: String, actor: String) {
        #expect(statements(text).first?.actor == actor, "\(statements(text).map(\.actor))")
    }
}
