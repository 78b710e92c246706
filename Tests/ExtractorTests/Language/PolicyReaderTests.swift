import Testing
@testable import Extractor

/// Policy statements in short articles we wrote: cues, actions, statuses, actors and dates.
@Suite struct PolicyReaderTests {
    private func statements(_ text: String, published: String = "2022-05-02") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        ("The Financial Conduct Authority banned the sale of crypto options to retail investors.", PolicyAction.prohibit),
        ("Kraken will stop servicing customers in Canada.", .prohibit),
        ("Binance will delist three privacy tokens.", .prohibit),
        ("Mining is now illegal in the country, the State Council said.", .prohibit),
        ("Coinbase paused new registrations for users in Japan.", .restrict),
        ("The exchange will stop allowing residents of Ontario to open new accounts.", .restrict),
        ("The regulator capped leverage on crypto derivatives at 2:1.", .restrict),
        ("Exchanges must register with FinCEN before serving customers.", .require),
        ("Platforms have to verify the identity of every user.", .require),
        ("The Monetary Authority of Singapore granted a licence to the exchange.", .permit),
        ("The Bank of Japan approved the pilot of a digital yen.", .permit),
        ("Seoul will lift its ban on initial coin offerings.", .permit),
        ("The SEC fined the lender $30 million.", .enforce),
        ("The Department of Justice sued the founders of the platform.", .enforce),
        ("The European Central Bank warned investors about stablecoins.", .warn),
        ("Custody services remain banned under the new policy.", .warn),
        ("Portugal bars shops from accepting crypto as payment.", .prohibit),
        ("Payment processors may not settle merchant sales in tokens under the new rules.", .prohibit),
        ("Shops will no longer be allowed to accept bitcoin under the circular.", .prohibit),
        ("Merchants now have until June 15 to stop taking digital tokens.", .enforce),
        ("Licensed brokers can keep running their wallets under the new rules.", .warn),
        ("The Securities Commission cleared the fund to begin trading on Monday.", .permit),
        ("The founders were charged with fraud by federal prosecutors.", .enforce),
        ("The lender agreed to pay $4 million to settle the case.", .enforce),
        ("Only accredited investors may buy the tokens under the new rules.", .restrict),
        ("The central bank issued guidance on stablecoin reserves.", .warn),
    ])
    func actionsFollowTheCue(text: String, action: PolicyAction) {
        let found = statements(text)
        #expect(found.count == 1, "\(found.map(\.text))")
        #expect(found.first?.action == action, "\(text)")
    }

    @Test(arguments: [
        "Bitcoin fell 4% to $41,200 on Tuesday as traders sold.",
        "The exchange launched a new mobile app for its users.",
        "Analysts expect prices to rise over the summer.",
        "The company hired a new chief technology officer.",
        "A limit order was filled at the top of the range.",
    ])
    func newsWithoutAPolicyHasNoStatement(text: String) {
        #expect(statements(text).isEmpty, "\(statements(text).map(\.text))")
    }

    @Test func aPauseDuringAHackIsNoPolicy() {
        let text = "Hackers drained $5 million from Quorvex on Friday. The attack exploited a bug. Quorvex paused its protocol after the exploit. Quorvex is investigating the incident."
        let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2022-05-02"))
        #expect(analysis.statements.isEmpty)
        #expect(analysis.announcements.isEmpty)
    }

    @Test(arguments: [
        ("The Portuguese parliament is considering a ban on crypto mining.", PolicyStatus.considering),
        ("The exchange is reportedly weighing a pause of withdrawals.", .considering),
        ("The Treasury is studying a tax on crypto gains.", .considering),
        ("The SEC proposed a rule that would require custody with banks.", .proposed),
        ("A draft bill would ban stablecoins issued by private firms.", .proposed),
        ("The SEC banned the sale of the tokens.", .announced),
    ])
    func statusFollowsModalityAndHedging(text: String, status: PolicyStatus) {
        #expect(statements(text).first?.status == status, "\(statements(text))")
    }

    @Test func measuresOfOtherActorsThanTheNewsAreInEffect() {
        let text = """
        Kraken will stop servicing users in Portugal from June 1.
        The Portuguese central bank banned crypto payments in 2019.
        """
        let found = statements(text)
        #expect(found.count == 2)
        #expect(found[0].actor == "Kraken" && found[0].status == .announced && found[0].effective == "2022-06-01")
        #expect(found[1].status == .inEffect)
        #expect(found[1].effective == "2019")
    }

    @Test func actorsComeFromSubjectsAgentsAndReferences() {
        let text = """
        The Monetary Authority of Singapore has prohibited crypto lending to retail savers.
        The prohibition takes effect on January 6.
        Unlicensed brokers were fined by the Central Bank of Ireland.
        Kraken said the company would stop serving customers in Ireland.
        Two lenders were raided by police in 2019.
        """
        let found = statements(text, published: "2021-10-06")
        #expect(found.map(\.actor) == ["Monetary Authority of Singapore", "Monetary Authority of Singapore", "Central Bank of Ireland", "Kraken", nil])
        #expect(found[1].effective == "2022-01-06")
        #expect(found[0].effective == "2022-01-06")
    }

    @Test func aLicenceWinnerIsNotItsIssuer() {
        let found = statements("""
        Trusto wins Singapore licence after a long review
        The Monetary Authority of Singapore granted Trusto a payment institution licence on Monday.
        """, published: "2022-03-30")
        #expect(found.map(\.actor) == ["Monetary Authority of Singapore", "Monetary Authority of Singapore"])
        #expect(found.map(\.status) == [.announced, .announced])
    }

    @Test func aCountryAndItsRegulatorAreOneSide() {
        let found = statements("""
        Kenya orders crypto brokers to get licensed by June 30
        Brokers serving Kenyan residents must register with the Capital Markets Authority.
        """, published: "2021-12-08")
        #expect(found.map(\.actor) == ["Kenya", "Capital Markets Authority"])
        #expect(found.allSatisfy { $0.status == .announced })
        #expect(found.first?.effective == "2022-06-30")
    }

    @Test func aCountrysRegulatorIsTheAuthorityTheArticleNames() {
        let found = statements("""
        Brazil’s securities regulator approves a spot bitcoin fund
        The Comissão de Valores Mobiliários approved the fund on Monday.
        """, published: "2022-01-12")
        #expect(found.first?.actor == "Comissão de Valores Mobiliários")
    }

    @Test func anOfficialActsForTheirInstitution() {
        let found = statements("CFTC Commissioner Bram Tollivar said the agency would require brokers to register.")
        #expect(found.first?.actor == "CFTC")
        #expect(found.first?.action == .require)
    }

    @Test func aGovernmentActsAsItsCountry() {
        let found = statements("The Kenyan government outlawed all crypto transactions. Several firms left Kenya.")
        #expect(found.first?.actor == "Kenya")
    }

    @Test func aBackgroundClauseDoesNotSetTheAction() {
        let found = statements("After the outright ban on lending, Kraken said it would stop letting residents of Ontario open new accounts.")
        #expect(found.first?.action == .restrict)
        #expect(found.first?.actor == "Kraken")
    }

    @Test func oneStatementPerSentenceWithItsOffsets() {
        let text = "The SEC banned the tokens and fined the issuer. Prices fell."
        let found = statements(text)
        #expect(found.count == 1)
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[found[0].start..<found[0].end])
        #expect(String(view) == found[0].text)
        #expect(found[0].text == "The SEC banned the tokens and fined the issuer.")
    }

    @Test func warningsAndConsideredMeasuresHaveNoEffectiveDate() {
        let found = statements("""
        Kraken will lift its ban on margin trading for Canadian clients from August 3.
        Margin trading for retail clients in Ontario remains prohibited.
        Kraken is also considering allowing futures trading.
        """, published: "2021-06-05")
        #expect(found.map(\.effective) == ["2021-08-03", nil, nil])
    }
}
