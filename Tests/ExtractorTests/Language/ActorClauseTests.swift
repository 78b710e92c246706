import Testing
@testable import Extractor

/// Who issues a measure when the sentence's subject does not: a dateline before the clause, a
/// company bound by the measure, and the agent of a participle that only describes the object.
@Suite struct ActorClauseTests {
    private func statements(_ text: String, published: String = "2025-05-20") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    /// A standing obligation to register with a named authority ("have had to register with ... since 2019") is that
    /// authority's, whoever the article is about; one still to come ("must register with") is left to the article.
    @Test(arguments: [
        ("Kestrel Exchange cut its fees on Monday.\n\nExchanges in Ruritania have had to register with the Ruritania Securities Commission since 2019.",
         "Ruritania Securities Commission"),
        ("Kestrel Exchange cut its fees on Monday.\n\nWallet providers have been required to register with the Ruritania Securities Commission since March 2021.",
         "Ruritania Securities Commission"),
        ("Kestrel Exchange cut its fees on Monday.\n\nThe Ruritanian Treasury said exchanges will be required to register with the Ruritania Securities Commission from June.",
         "Ruritanian Treasury"),
    ])
    func aStandingDutyToRegisterIsTheRegistrars(text: String, actor: String) {
        #expect(statements(text).last?.actor == actor, "\(text) → \(statements(text).map(\.actor))")
    }

    /// An authority's staff ("SEC staff clears ...") are the unit of it the article names; the authority itself, or its staff
    /// when the article names no unit, stays the authority.
    @Test(arguments: [
        ("Ruritania SEC staff clears Kestrel Labs to reward users with tokens\n\nThe Ruritania Securities Commission's Division of Corporation Finance said on Monday it would not recommend enforcement action against Kestrel Labs.",
         "Division of Corporation Finance"),
        ("Ruritania SEC clears Kestrel Labs to reward users with tokens\n\nThe Ruritania Securities Commission's Division of Corporation Finance said on Monday it would not recommend enforcement action against Kestrel Labs.",
         "SEC"),
        ("Ruritania SEC staff clears Kestrel Labs to reward users with tokens\n\nThe Ruritania Securities Commission said on Monday it would not recommend enforcement action against Kestrel Labs.",
         "SEC"),
    ])
    func anAuthoritysStaffIsItsNamedUnit(text: String, actor: String) {
        #expect(statements(text).first?.actor == actor, "\(text) → \(statements(text).map(\.actor))")
    }

    /// A court described before the text gives its name ("A Ruritanian court has ordered ...", "the court said") is the
    /// court the article names, not the party that sought the order or the speaker.
    @Test(arguments: [
        ("A Velmora court has ordered internet providers to block four unlicensed crypto sites, the Ruritania Securities Commission said on Monday.\n\nThe order was issued by the Velmora District Court on Friday.",
         "Velmora District Court"),
        ("A court has ordered Kestrel Exchange to freeze the accounts of three suspects, prosecutors said.\n\nThe Velmora District Court granted the request on Monday.",
         "Velmora District Court"),
        // (No court named anywhere: the speaker who reports the order.)
        ("A court has ordered internet providers to block four unlicensed crypto sites, the Ruritania Securities Commission said on Monday.",
         "Ruritania Securities Commission"),
    ])
    func aDescribedCourtIsTheCourtTheArticleNames(text: String, actor: String) {
        #expect(statements(text).first?.actor == actor, "\(text) → \(statements(text).map(\.actor))")
    }

    /// A firm that agrees to a measure under an order or a settlement with an authority named or described after it is
    /// bound by it; a firm that agrees to something with no authority beside it stays the actor of its own act.
    @Test(arguments: [
        ("Tiller Pay has agreed to stop opening accounts for new customers in Ruritania under a consent order with the Ruritania Securities Commission.",
         "Ruritania Securities Commission"),
        ("The Ruritania Securities Commission fined Kestrel Exchange $2 million on Monday.\n\nKestrel Exchange also agreed to stop offering its lending product in Ruritania under a settlement with the regulator.",
         "Ruritania Securities Commission"),
        ("Kestrel Exchange has agreed to stop serving clients in Ruritania from June after a review by its board.", "Kestrel Exchange"),
        ("Kestrel Exchange agreed to delist three tokens in Ruritania, the company said on Monday.", "Kestrel Exchange"),
    ])
    func aFirmThatAgreesWithAnAuthorityIsNoIssuer(text: String, actor: String) {
        #expect(statements(text).last?.actor == actor, "\(text) → \(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        "LISBON, 19 May (Wirefeed) \u{2014} The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
        "LISBON \u{2014} The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
    ])
    func aDatelineIsNoActor(text: String) {
        #expect(statements(text).first?.actor == "Bank of Portugal", "\(statements(text).map(\.actor))")
    }

    /// A firm that may, may not or can do something is the addressee of the permission or limit; a firm's own act stays its own.
    @Test(arguments: [
        ("Kestrel Exchange may serve only professional clients, the Ruritania Securities Commission said.", "Ruritania Securities Commission"),
        ("Kestrel Exchange can no longer accept deposits from residents, the Ruritania Securities Commission said.", "Ruritania Securities Commission"),
        ("The Central Bank of Ruritania granted Velmora Bank a payment licence on Monday.\n\nVelmora Bank may not lend out the stablecoins it holds for merchants.",
         "Central Bank of Ruritania"),
        ("Kestrel Exchange will stop serving clients in Ruritania from June.", "Kestrel Exchange"),
    ])
    func aFirmThatMayActIsNoIssuer(text: String, actor: String) {
        #expect(statements(text).last?.actor == actor, "\(text) → \(statements(text).map(\.actor))")
    }

    @Test func aCapitalizedOpeningWithoutADashIsNoDateline() {
        let found = statements("""
        The Federal Financial Supervisory Authority fined two brokers on Tuesday.
        VELQUOR must repay its clients \u{2014} all of them \u{2014} by June 30, the watchdog said.
        """)
        #expect(found.last?.actor == "Federal Financial Supervisory Authority", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "Velquor must return all client tokens by June 30.",
        "Velquor and Brindle have until June 30 to close their accounts.",
        "Velquor will be required to stop serving retail clients.",
    ])
    func aCompanyBoundByAMeasureIsNotItsIssuer(text: String) {
        let found = statements("""
        The Federal Financial Supervisory Authority ordered two brokers to wind down their crypto business on Tuesday.
        \(text)
        """)
        #expect(found.last?.actor == "Federal Financial Supervisory Authority", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "Kraken will stop serving clients in Ruritania from June.",
        "Kraken requires every user to verify their identity.",
    ])
    func aCompanyActingOnItsOwnIsTheActor(text: String) {
        #expect(statements(text).first?.actor == "Kraken", "\(statements(text).map(\.actor))")
    }

    @Test func theAgentOfADescribingParticipleIsNotTheIssuer() {
        let found = statements("""
        The Central Bank of Ruritania lifted its ban on crypto payments on Monday.
        Payments must go through platforms licensed by the Securities Board of Ruritania.
        """)
        #expect(found.last?.actor != "Securities Board of Ruritania", "\(found.map(\.actor))")
    }

    @Test func aPassiveAgentStaysTheIssuer() {
        let found = statements("Exchanges were banned from offering leverage by the Securities Board of Ruritania.")
        #expect(found.first?.actor == "Securities Board of Ruritania")
    }

    @Test(arguments: [
        "The regulator gives crypto firms more time to apply for licences.",
        "The authority said it will not grant any further extension.",
    ])
    func moreTimeIsAGracePeriod(text: String) {
        #expect(statements(text).first?.action == .enforce, "\(statements(text).map(\.action))")
    }

    @Test(arguments: [
        "The wallet's browser extension now supports staking.",
        "Traders had more time to react on Friday than on Monday.",
    ])
    func extensionsAndTimeWithoutADeadlineAreNoMeasure(text: String) {
        #expect(statements(text).isEmpty, "\(statements(text).map(\.text))")
    }

    @Test(arguments: [
        "Violators face fines of up to $50,000, the ministry said.",
        "Violators face fines of up to $50,000, said the Ministry of Energy.",
        "Violators face fines of up to $50,000, the Ministry of Energy announced on Monday.",
    ])
    func aSpeakerAfterTheMeasureIssuesIt(text: String) {
        let found = statements("""
        The Central Bank of Paraguay has supervised crypto brokers since 2022.
        The Ministry of Energy of Paraguay will ban crypto mining from July 1.
        Mining is costly for the grid, a grid operator said.
        \(text)
        """)
        #expect(found.last?.actor == "Ministry of Energy of Paraguay" || found.last?.actor == "Ministry of Energy", "\(found.map(\.actor))")
    }

    @Test func aMinisterSpeakingForTheGovernmentGivesTheCountry() {
        let found = statements("""
        Paraguay will ban crypto mining from July 1.
        Violators will face fines of up to $50,000, Energy Minister Tomas Verhoeven told reporters in Asunción.
        """)
        #expect(found.last?.actor == "Paraguay", "\(found.map(\.actor))")
    }

    @Test func anAnalystAfterTheMeasureIssuesNothing() {
        let found = statements("""
        The Central Bank of Paraguay will cap crypto card payments at $500 a month from July 1.
        Violators will face fines, Ana Ruiz, an analyst at Norte Research, said.
        """)
        #expect(found.last?.actor == "Central Bank of Paraguay", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        ("The central bank", "Central Bank of Paraguay"),
        ("The ministry", "Ministry of Finance"),
        ("The regulator", "Comisión Nacional de Valores"),
    ])
    func aDescriptionRefersToTheLastInstitutionOfItsKind(description: String, name: String) {
        let found = statements("""
        The Ministry of Finance of Paraguay and the Central Bank of Paraguay published new crypto rules on Monday.
        The Comisión Nacional de Valores will supervise brokers.
        \(description) will also require exchanges to report transfers from July 1.
        """)
        #expect(found.last?.actor?.hasPrefix(name) == true, "\(found.map(\.actor))")
    }

    @Test func backgroundBeforeANewsSentenceLendsItNoActor() {
        let found = statements("""
        The Ministry of Energy of Paraguay will ban crypto mining from July 1.
        The Central Bank of Paraguay banned banks from serving crypto firms in 2021.
        Existing miners will have until September 30 to dismantle their equipment.
        """)
        #expect(found.last?.actor == "Ministry of Energy of Paraguay", "\(found.map(\.actor))")
    }

    @Test func officialsAtAnInstitutionSpeakForIt() {
        let found = statements("Officials at the People's Bank of China said banks may not provide services to crypto firms.")
        #expect(found.first?.actor == "People's Bank of China", "\(found.map(\.actor))")
    }

    @Test func officialsWithoutAnInstitutionAreUnnamed() {
        let found = statements("""
        The People's Bank of China will ban crypto mining from June 1.
        Officials said banks may not provide services to crypto firms.
        """)
        #expect(found.last?.actor == nil, "\(found.map(\.actor))")
    }

    @Test func aSecondActorsActThisWeekIsNewsOfItsOwn() {
        let found = statements("""
        The U.S. Treasury sanctioned Garantex on Monday for processing ransomware payments.
        The Monetary Authority of Singapore on Wednesday granted a licence to Coinhako.
        The Monetary Authority of Singapore granted a licence to Coinhako in 2022.
        """, published: "2025-05-22")
        #expect(found.map(\.status) == [.announced, .announced, .inEffect], "\(found.map(\.status))")
    }

    @Test(arguments: [
        "The government ordered telecom firms to block access to crypto websites.",
        "Regulators are blocking access to offshore exchanges.",
    ])
    func blockingAccessProhibits(text: String) {
        #expect(statements(text).first?.action == .prohibit, "\(statements(text).map(\.action))")
    }
}
