import Testing
@testable import Extractor

/// Article-level announcements from short articles we wrote.
@Suite struct AnnouncementBuilderTests {
    private func announcements(_ text: String, published: String = "2022-05-02") -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).announcements
    }

    @Test func aDecisionBecomesAnAnnouncementWithSubjectsAndJurisdiction() {
        let found = announcements("""
        Trusto to Stop Selling Mining Machines in Portugal
        The marketplace Trusto will halt the sales of crypto mining machines in Portugal from June 1.
        Trusto will not sanction sellers who break the new rules until June 15.
        """)
        #expect(found.count == 1)
        let frame = found.first
        #expect(frame?.actor == "Trusto")
        #expect(frame?.action == .prohibit)
        #expect(frame?.status == .announced)
        #expect(frame?.subjects == [.miningHardware])
        #expect(frame?.jurisdiction == "PT")
        #expect(frame?.effective == "2022-06-01")
        #expect(frame?.enforcement == "2022-06-15")
    }

    @Test func anAuthorityGivesItsOwnJurisdiction() {
        let found = announcements("The Monetary Authority of Singapore will require stablecoin issuers to hold reserves from next year.")
        #expect(found.first?.jurisdiction == "SG")
        #expect(found.first?.action == .require)
        #expect(found.first?.subjects == [.stablecoins])
        #expect(found.first?.effective == "2023")
    }

    @Test func aProposalIsAProposedAnnouncement() {
        let found = announcements("The European Commission proposed rules that would require crypto custodians to segregate assets.")
        #expect(found.first?.status == .proposed)
        #expect(found.first?.jurisdiction == "EU")
        #expect(found.first?.subjects == [.custody])
    }

    @Test(arguments: [
        "Bitcoin fell 3% on Monday while Ether held steady near $1,800.",
        "The lender paused withdrawals after hackers exploited a bug in its bridge and drained its hot wallet in an attack.",
        "The exchange launched a staking product for its customers in Europe.",
    ])
    func articlesWithoutPolicyChangeHaveNone(text: String) {
        #expect(announcements(text).isEmpty)
    }

    @Test func marketNewsWithBackgroundLitigationHasNone() {
        let text = """
        Solana Rallies 9% as Traders Return
        Solana jumped 9% to $148 on Thursday. Kraken launched a staking product for users in Europe.
        The SEC's lawsuit against the issuer, filed in December 2020, still weighs on prices.
        Some exchanges limit withdrawals during peak hours.
        """
        #expect(announcements(text, published: "2024-03-08").isEmpty)
    }

    @Test func oldMeasuresAloneAreNoAnnouncement() {
        #expect(announcements("The central bank of Portugal banned crypto payments in 2017.").isEmpty)
    }
}

/// What makes a measure the article's news, and what makes an article report none.
@Suite struct AnnouncementNewsTests {
    private func announcements(_ text: String, published: String = "2025-03-12") -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).announcements
    }

    @Test func aColumnArguingAboutAProposalHasNone() {
        let text = """
        Opinion: The proposed staking ban would push savers offshore
        I have watched regulators get crypto wrong for a decade, and my worry is that they are about to do it again.
        The Securities Board proposed rules last month that would ban staking services for retail clients in Norway.
        I think the board should drop the idea before the consultation closes.
        """
        #expect(announcements(text).isEmpty)
    }

    @Test func anInterviewAboutOldRulesHasNone() {
        let text = """
        Interview: the founder of Fjordpay on licences and banks
        Q: Has the licensing law helped you?
        A: The Securities Board has required platforms to register since 2020, which gave us legitimacy.
        Q: What would you change?
        A: I would like the central bank to allow banks to hold crypto for clients.
        """
        #expect(announcements(text).isEmpty)
    }

    @Test func aFraudTrialHasNone() {
        let text = """
        Jurors hear former exchange boss deny fraud charges
        The Southern District Court on Monday barred the former chief executive of Vexa from leaving the country during his trial.
        Prosecutors told the jury that the defendant moved customer funds to a hedge fund he controlled.
        The defendant testified that he believed the transfers were loans, and his lawyers called two witnesses.
        The exchange was fined by regulators in 2021 and has since closed.
        """
        #expect(announcements(text).isEmpty)
    }

    @Test func aProductLaunchWithItsOwnTermsHasNone() {
        let text = """
        Nordbank launches bitcoin trading in its mobile app
        Nordbank will cap bitcoin purchases in its new app at $20,000 per client per year, the bank said on Tuesday.
        Nordbank will require clients to pass a knowledge test before their first purchase.
        """
        #expect(announcements(text).isEmpty)
    }

    @Test func aCompanysOwnProductTermsAreNoPolicy() {
        let text = """
        Fjell Bank AG adds bitcoin to its mobile app
        Fjell Bank AG will cap bitcoin purchases in its new app at $20,000 per client per year, the bank said on Tuesday.
        Fjell Bank AG will require clients to pass a knowledge test before their first purchase.
        """
        #expect(announcements(text).isEmpty)
    }

    @Test func aCompanyClosingAServiceForACountryIsPolicy() {
        let text = """
        Fjell Bank AG to stop crypto trading for Danish clients
        Fjell Bank AG will stop offering crypto trading to clients in Denmark from April 30, the bank said on Tuesday.
        """
        let found = announcements(text)
        #expect(found.first?.action == .prohibit)
        #expect(found.first?.jurisdiction == "DK")
        #expect(found.first?.effective == "2025-04-30")
    }

    @Test(arguments: [
        """
        Tallowin AG now lets customers in France buy bitcoin with cards
        Tallowin AG will allow customers in France to buy bitcoin with debit cards from Monday, the company said.
        """,
        """
        Tallowin AG halts withdrawals in Canada after hot wallet hack
        Tallowin AG suspended withdrawals for customers in Canada on Monday after hackers drained its hot wallet in an exploit.
        The attackers stole $40 million, the company said.
        """,
    ])
    func aCompanysOfferOrHackPauseIsNoPolicy(text: String) {
        #expect(announcements(text).isEmpty)
    }

    @Test(arguments: [
        ("""
        Pelmora Exchange asks Kenyan customers to renew their documents
        Crypto exchange Pelmora Exchange will require all of its customers in Kenya to upload a new proof of address by June 30, the company said on Saturday.
        """, true),
        ("""
        Pelmora Exchange asks Brazilian customers for proof of address
        Crypto exchange Pelmora Exchange said on Monday it will require its Brazilian customers to upload a proof of address from June 1.
        """, true),
        ("""
        Pelmora Exchange adds a savings account to its app
        Crypto exchange Pelmora Exchange will require clients to pass a knowledge test before their first deposit, the company said on Saturday.
        """, false),
        ("""
        Pelmora Exchange launches a savings account in India
        Crypto exchange Pelmora Exchange will require users in India to pass a knowledge test before their first deposit, the company said on Saturday.
        """, false),
    ])
    func aCompanysConditionOnAServiceForACountryIsPolicy(text: String, isPolicy: Bool) {
        let found = announcements(text, published: "2026-03-10")
        #expect(found.isEmpty == !isPolicy, "\(text) → \(found.map { "\($0.actor ?? "-") \($0.action)" })")
        if isPolicy { #expect(found.first?.action == .require) }
    }

    @Test func aCompanyLiftingItsOwnBanIsPolicy() {
        let text = """
        Tallowin AG ends its ban on crypto ads in France
        Tallowin AG will lift its ban on crypto advertising in France from April 1, the company said.
        """
        let found = announcements(text)
        #expect(found.count == 1)
        #expect(found.first?.action == .permit)
        #expect(found.first?.subjects == [.advertising])
        #expect(found.first?.jurisdiction == "FR")
    }

    @Test(arguments: [
        ("Brennholt Exchange will stop accepting new customers from Monday, the company said.", true),
        ("Brennholt Exchange said it would close its lending product to retail clients on June 1.", true),
        ("Brennholt Exchange will launch a lending product for retail clients on June 1, the company said.", false),
        ("Brennholt Exchange unveiled a lending product for retail clients on Monday, the company said.", false),
        ("Brennholt Exchange will debut a lending service for retail clients on June 1.", false),
        ("Brennholt Exchange said its shares rose 4% after the order was published.", false),
    ])
    func aCompanysMeasureInAnswerToAnOrderIsAFrameOfItsOwn(sentence: String, isFrame: Bool) {
        let text = """
        Regulator orders crypto exchange to overhaul its controls
        The Financial Services Agency on Tuesday ordered Brennholt Exchange to overhaul its anti-money laundering controls by July 1.
        The agency said the exchange had failed to check the identity of its customers.
        \(sentence)
        """
        let companyFrames = announcements(text, published: "2025-05-14").filter { $0.actor == "Brennholt Exchange" }
        #expect(companyFrames.isEmpty == !isFrame)
    }

    @Test func aCompanyClosingAProductWithNoOrderInTheNewsHasNone() {
        let text = """
        Brennholt Exchange posts a quarterly loss as trading slows
        Brennholt Exchange reported a loss of $12 million for the quarter as trading volumes fell.
        Brennholt Exchange said it would close its lending product to retail clients on June 1.
        """
        #expect(announcements(text, published: "2025-05-14").isEmpty)
    }

    @Test func aMarketReportThatMentionsAnOldApprovalHasNone() {
        let text = """
        Bitcoin climbs above $98,000 as funds pile in
        Bitcoin rose 4% to $98,200 on Tuesday, its highest level in a month.
        Ether gained 3% and Solana added 6%.
        Spot bitcoin funds that the Securities and Exchange Commission approved in January 2024 took in $900 million last week.
        """
        #expect(announcements(text).isEmpty)
    }

    @Test func aMarketReportWhoseLeadRecallsAnOldBanHasNone() {
        let text = """
        Bitcoin rallies as traders shrug off rate worries
        The Reserve Bank of India banned banks from serving crypto firms in 2018, and the ban still shapes the market in Mumbai.
        Bitcoin gained 5% on Tuesday.
        """
        #expect(announcements(text).isEmpty)
    }

    @Test func aShortTrialReportHasNone() {
        let text = """
        Exchange founder found guilty of fraud
        A jury on Monday convicted the founder of Vexa of defrauding customers, and the court ordered his assets frozen.
        He will be sentenced in May.
        """
        #expect(announcements(text).isEmpty)
    }

    @Test func aMeasureOnlyInTheBodyIsNoNews() {
        let text = """
        Crypto lender Vantor reports record quarterly revenue
        Vantor said revenue rose 40% in the quarter, helped by higher trading volumes.
        The lender plans to open an office in Lisbon next year.
        Its chief executive said demand from institutions was strong.
        The company expects margins to improve.
        Portugal's central bank banned crypto payments at merchants in 2019.
        """
        #expect(announcements(text).isEmpty)
    }

    @Test func aRegulatorsMeasureInATrialReportStaysNews() {
        let text = """
        Regulator bans crypto lending as fraud trial of lender's founder opens
        The Financial Conduct Authority will ban crypto lending to retail clients from June 1.
        Prosecutors told the jury that the defendant hid losses, and two witnesses testified on Tuesday.
        The trial is expected to last a month.
        """
        #expect(announcements(text).contains { $0.action == .prohibit && $0.actor == "Financial Conduct Authority" })
    }

    @Test func aRegulatorsTwoMeasuresAreTwoFrames() {
        let text = """
        Kenya lifts freeze on new crypto licences, tightens capital rules
        The Central Bank of Kenya said on Monday it will lift its freeze on new crypto exchange licences from April 1.
        New applicants will have to hold capital of at least $2 million and keep client assets in cold storage, the Central Bank of Kenya said.
        """
        let found = announcements(text)
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.actor == "Central Bank of Kenya" && $0.status == .announced && $0.effective == "2025-04-01" })
        #expect(found.map(\.action) == [.permit, .require])
    }

    @Test func aWeighedMeasureBesideADecidedOneIsKept() {
        let text = """
        Watchdog blacklists 9 crypto websites and weighs curbs on foreign platforms
        The Financial Conduct Authority warned consumers on Monday against 9 unlicensed crypto websites.
        The Financial Conduct Authority is also considering restricting foreign platforms that serve British clients.
        """
        let found = announcements(text, published: "2025-03-12")
        #expect(found.contains { $0.action == .restrict && $0.status == .considering })
    }

    @Test func aLicenceGrantedAndAnotherRevokedAreTwoFrames() {
        let text = """
        Singapore regulator grants licence to crypto exchange Tallowin
        The Monetary Authority of Singapore on Monday granted a licence to the exchange Tallowin.
        The Monetary Authority of Singapore also revoked the licence of the broker Quarrin on Monday for breaching anti-money-laundering rules.
        """
        let found = announcements(text)
        #expect(found.contains { $0.action == .permit && $0.effective == "2025-03-10" })
        #expect(found.contains { $0.action == .enforce && $0.effective == "2025-03-10" })
    }

    @Test func theLeadGivesTheFramesStatus() {
        let text = """
        Ministry weighs ban on crypto lending
        The Ministry of Finance of Ruritania is considering a ban on crypto lending to retail clients, two officials said.
        A decision could come next month.
        Officials said the ministry has looked at the matter for months.
        Instead of a ban, the Ministry of Finance of Ruritania has so far chosen to tax lending income.
        """
        let found = announcements(text)
        #expect(found.count == 1)
        #expect(found.first?.status == .considering)
        #expect(found.first?.subjects.contains(.lending) == true)
    }

    @Test(arguments: [
        """
        Is the stablecoin bill a mistake?
        The Financial Services Commission proposed a bill on Monday that would require stablecoin issuers to hold full reserves.
        I doubt that full reserves are needed for small issuers.
        """,
        """
        Regulators should drop the stablecoin reserve bill
        The Financial Services Commission proposed a bill on Monday that would require stablecoin issuers to hold full reserves.
        In my experience such rules only push issuers abroad.
        """,
        """
        Why the stablecoin reserve bill will fail
        The Financial Services Commission proposed a bill on Monday that would require stablecoin issuers to hold full reserves.
        We have seen this before, and it did not end well.
        """,
        """
        Why the proposed staking ban misses the point
        Our readers know the Securities Board proposed a ban on staking services last week.
        We think that is the wrong answer, and we have said so before: our view is that disclosure works better.
        """,
    ])
    func questionsAndTheAuthorsOwnVoiceArgue(text: String) {
        #expect(announcements(text).isEmpty)
    }

    @Test(arguments: [
        """
        What does the stablecoin bill mean for issuers?
        The Financial Services Commission proposed a bill on Monday that would require stablecoin issuers to hold full reserves.
        Issuers would have a year to comply, the commission said.
        """,
        """
        Why Ruritania is banning crypto lending
        The Ministry of Finance of Ruritania banned crypto lending to retail clients on Monday.
        Platforms must close existing loans within 90 days, the ministry said.
        """,
        """
        Should exchanges worry? The new custody rules explained
        The Securities Board of Ruritania will require exchanges to keep client assets in segregated wallets from July 1.
        """,
    ])
    func explainersThatAskStillReportTheirMeasure(text: String) {
        #expect(!announcements(text, published: "2025-03-12").isEmpty)
    }

    @Test func aWarningReportedAsDoneTakesTheDayOfItsCircular() {
        let text = """
        Central Bank of Nigeria cautions savers against unlicensed crypto apps
        The Central Bank of Nigeria warned savers against dealing with unlicensed crypto apps.
        In a circular issued on Monday, the Central Bank of Nigeria urged banks to report such apps.
        """
        let found = announcements(text, published: "2025-03-12")
        #expect(found.first?.action == .warn)
        #expect(found.first?.effective == "2025-03-10")
    }

    @Test func anOldCircularGivesNoDayToTodaysWarning() {
        let text = """
        Central Bank of Nigeria cautions savers against unlicensed crypto apps
        The Central Bank of Nigeria warned savers against dealing with unlicensed crypto apps.
        The warning repeats a circular issued on January 6, the Central Bank of Nigeria cautioned.
        """
        let found = announcements(text, published: "2025-03-12")
        #expect(found.first?.action == .warn)
        #expect(found.first?.effective == nil)
    }

    @Test func aCountrysMeasureBelongsToItsAuthority() {
        let text = """
        Chile orders crypto exchanges to report client trades by June 30
        Chile's Financial Market Commission will require every crypto exchange to report client transactions each month.
        """
        let found = announcements(text)
        #expect(found.count == 1)
        #expect(found.first?.actor == "Financial Market Commission")
        #expect(found.first?.action == .require)
    }

    @Test func aProposalTakesNoStartFromAPastDate() {
        let text = """
        Regulator publishes draft rules for stablecoin issuers
        The Monetary Authority of Singapore on Monday published a draft that would require stablecoin issuers to hold full reserves.
        The authority first consulted on stablecoins in 2022.
        """
        let found = announcements(text)
        #expect(found.first?.status == .proposed)
        #expect(found.first?.effective == nil)
    }

    @Test(arguments: [
        ("The Financial Transactions and Reports Analysis Centre of Canada on Thursday published an alert urging exchanges to flag any payment connected to Tamsin Markets.", true),
        ("The Financial Transactions and Reports Analysis Centre of Canada published an alert on the same day, urging banks to flag payments connected to Tamsin Markets.", true),
        // Alerts of the past, or with no day, are background.
        ("The Financial Transactions and Reports Analysis Centre of Canada has published alerts about investment fraud for years, urging exchanges to flag suspicious payments.", false),
        ("The Financial Transactions and Reports Analysis Centre of Canada published an alert in 2021 urging exchanges to flag payments linked to investment fraud.", false),
    ])
    func anAlertIssuedOnTheDayOfTheNewsIsAFrame(sentence: String, isFrame: Bool) {
        let found = announcements("""
        Canada freezes assets of offshore crypto broker
        Canada on Thursday froze the assets of Tamsin Markets, an offshore crypto broker it linked to investment fraud, and barred residents from dealing with it.
        \(sentence)
        """, published: "2025-06-13")
        let alert = found.first { $0.action == .warn }
        #expect((alert != nil) == isFrame, "\(found.map { ($0.actor, $0.action) })")
        if isFrame { #expect(alert?.effective == "2025-06-12") }
    }
}

/// Where a measure's date lies relative to publication.
@Suite struct MeasureTimingTests {
    private let timing = MeasureTiming(published: CalendarDay(year: 2025, month: 3, day: 12)!)

    @Test(arguments: ["2019", "2024-11", "2025-01-15", "2024-Q3", "2024-W40"])
    func datesWellBeforePublicationArePast(value: String) {
        #expect(timing.isPast(value))
        #expect(!timing.isAhead(value))
    }

    @Test(arguments: ["2025-03-10", "2025-03", "2025", "2025-W11", "2025-02-20"])
    func datesOfTheLastWeeksAreNotPast(value: String) {
        #expect(!timing.isPast(value))
    }

    @Test func startsAheadAndRecentStarts() {
        #expect(timing.isAhead("2025-04-01"))
        #expect(timing.isAhead("2025-Q2"))
        #expect(timing.isRecentStart("2025-03-03"))
        #expect(!timing.isRecentStart("2025-03"))
        #expect(!timing.isRecentStart("2024-12-01"))
        #expect(!timing.isPast(nil) && !timing.isAhead("not a date"))
    }
}
