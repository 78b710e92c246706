import Testing
@testable import Extractor

/// Measures a clause names without the usual cue words, over sentences we wrote: grace periods and
/// deadlines, licences needed, deliberation over a named measure, levies whose rate changes,
/// postponed rules, clauses after a colon or inside a quote, signposts and companies' warnings.
@Suite struct ClauseMeasureTests {
    private func statements(_ text: String, published: String = "2025-06-11") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        ("Firms already operating will have six months to apply for a licence.", PolicyAction.enforce),
        ("Existing custodians have 90 days to comply with the new rules.", .enforce),
        ("Operators will get two years to bring their systems into line.", .enforce),
        ("Brokers have until June 30 to wind down unlicensed products.", .enforce),
        ("Exchanges will have until October 30 to file their applications.", .enforce),
        ("Banks have until the end of the month to send the regulator their internal policies.", .require),
        ("Issuers have until March 1 to submit audited reserve reports.", .require),
        ("Platforms have 30 days to report any breach to the agency.", .require),
        ("The tax office gives wallet providers until May 31 to register as reporting entities.", .require),
        ("Custodians have until the end of the year to update their screening systems.", .require),
        ("Issuers have until January to inform the board which bank holds their reserves.", .require),
        ("Lenders have until March 31 to file their overdue quarterly returns.", .enforce),
        ("Residents will have six months to move their tokens off offshore platforms.", .enforce),
        ("Custodians have until May to move client keys into hardware vaults.", .require),
    ])
    func timeToComplyIsAGracePeriodAndTimeToDeliverIsADuty(text: String, expected: PolicyAction) {
        #expect(statements(text).first?.action == expected, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "An issuer will need a dedicated stablecoin licence.",
        "Custodians need a separate payments licence.",
        "Any broker will need a full banking licence to hold client tokens.",
        "Platforms serving retail users will need prior regulatory approval.",
        "Wallet providers need a registration with the tax office.",
    ])
    func needingALicenceIsARequirement(text: String) {
        #expect(statements(text).first?.action == .require, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "The surcharge on electricity used by licensed mining farms would double from October 1, the ministry said.",
        "The levy on crypto transfers will rise to 1% next year, the treasury said.",
        "The tax on mining income will increase from January, the finance ministry said.",
    ])
    func aLevysNewRateIsARequirement(text: String) {
        #expect(statements(text).first?.action == .require, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "Licensed exchanges reported record volumes in May.",
        "Shares of licensed brokers rose on Tuesday.",
    ])
    func aLicensedFirmIsNoGrantOfALicence(text: String) {
        #expect(statements(text).allSatisfy { $0.action != .permit }, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        ("The financial watchdog weighs local registration for foreign crypto exchanges.", PolicyAction.require),
        ("The energy ministry is reportedly weighing a moratorium on new mining licences.", .restrict),
        ("The central bank is said to be weighing whether to let tourists pay with stablecoins.", .permit),
        ("The securities commission is exploring limits on leverage for retail traders.", .restrict),
        ("The treasury is considering a levy on token transfers.", .require),
    ])
    func deliberationOverANamedMeasure(text: String, expected: PolicyAction) {
        let statement = statements(text).first
        #expect(statement?.action == expected && statement?.status == .considering, "\(text) → \(String(describing: statement))")
    }

    @Test(arguments: [
        "The Financial Supervisory Commission pushes back trust-account rule for crypto exchanges to March 2027",
        "The regulator has postponed by six months a rule requiring exchanges to segregate client funds.",
        "The ministry delayed the start of the new reporting regime to January.",
        "The agency deferred the deadline for wallet registration by a year.",
        "The central bank postponed the licensing requirement for custodians until 2027.",
    ])
    func aPostponedRuleIsAGracePeriod(text: String) {
        #expect(statements(text).first?.action == .enforce, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        ("Tax: the law does not change how crypto gains are taxed.", PolicyAction.warn),
        ("Asked about miners, the minister was firm: \"We will not ban crypto mining as such.\"", .warn),
        ("What changes for banks: they will be allowed to open accounts for licensed exchanges.", .permit),
        ("Key point: exchanges must keep client assets in local banks.", .require),
    ])
    func theClauseAfterAColonHoldsTheMeasure(text: String, expected: PolicyAction) {
        #expect(statements(text).first?.action == expected, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "Here is what is proposed, and what isn't.",
        "Here's what the new rules mean for savers.",
        "This is what the ban covers.",
    ])
    func aSignpostIsNoMeasure(text: String) {
        #expect(statements(text).isEmpty, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "Northgrid, the state grid operator, has warned that requests for new connections far exceed capacity.",
        "Valtora Exchange warned that withdrawals could take longer this week.",
    ])
    func aCompanysWarningIsNoPolicy(text: String) {
        #expect(statements(text).isEmpty, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "The Securities Commission warned investors against unlicensed platforms.",
        "The central bank cautioned the public against crypto lending schemes.",
    ])
    func anAuthoritysWarningStays(text: String) {
        #expect(statements(text).first?.action == .warn, "\(text)")
    }

    @Test(arguments: [
        "Service providers still need the regulator's authorisation to operate.",
        "Banks are still required to report crypto transfers.",
        "Individuals are still not allowed to mine.",
    ])
    func whatStillAppliesIsInEffect(text: String) {
        #expect(statements(text).first?.status == .inEffect, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        ("\"No interest, no lending out of reserves, no algorithmic designs,\" the governor said.", true),
        ("\"No customer assets were affected,\" the company added.", false),
    ])
    func aQuotedListOfNosIsABan(text: String, isBan: Bool) {
        #expect((statements(text).first?.action == .prohibit) == isBan, "\(text) → \(statements(text))")
    }
}

/// Further main-clause measures over sentences we wrote: "may now", rule-making, imposing or facing a
/// named measure, expected proposals, years that name an older measure, office holders in a quote.
@Suite struct ClauseRuleMakingTests {
    private func statements(_ text: String, published: String = "2025-06-11") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        "Under the circular, banks may now process crypto payments through electronic channels.",
        "Licensed exchanges can now offer staking to retail clients, the central bank said.",
        "Residents may now hold tokens in their bank accounts, the ministry said.",
    ])
    func mayNowPermits(text: String) {
        #expect(statements(text).first?.action == .permit, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "Investors may lose all their money.",
        "Prices can now rise further, traders said.",
    ])
    func aPossibilityIsNoPermission(text: String) {
        #expect(statements(text).isEmpty, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        ("The central bank publishes crypto rules for exchanges", PolicyStatus?.none),
        ("The securities regulator is drafting rules on crypto derivatives.", .considering),
        ("The tax office is preparing new reporting rules for exchanges.", .considering),
        ("The central bank said it would work with the markets authority on a regulation for wallet providers.", .considering),
        ("The ministry issued a decree on mining farms on Monday.", PolicyStatus?.none),
    ])
    func ruleMakingRequires(text: String, status: PolicyStatus?) {
        let statement = statements(text).first
        #expect(statement?.action == .require, "\(text) → \(String(describing: statement))")
        if let status { #expect(statement?.status == status, "\(text) → \(String(describing: statement))") }
    }

    @Test(arguments: [
        ("The central bank imposed the moratorium in August 2022.", PolicyAction.restrict),
        ("New applicants will face stricter conditions, the central bank said.", .require),
        ("The regulator introduced a cap on leverage last year.", .restrict),
        ("The ministry will maintain the ban on mining in the north.", .prohibit),
    ])
    func imposingOrFacingANamedMeasure(text: String, expected: PolicyAction) {
        #expect(statements(text).first?.action == expected, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        ("The regulator urges savers not to send funds to unlicensed sites.", true),
        ("The central bank reminded lenders that crypto is not legal tender.", true),
        ("She advised clients to gather their statements early.", false),
    ])
    func anAuthorityUrgingWarns(text: String, warns: Bool) {
        #expect((statements(text).first?.action == .warn) == warns, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "In Germany, licensed providers include two large banks.",
        "Licensed exchanges reported record volumes.",
        "More than 100 licensed firms operate in the bloc.",
    ])
    func licensedFirmsAreNoGrant(text: String) {
        #expect(statements(text).allSatisfy { $0.action != .permit }, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        ("The commission is expected to propose rules for stablecoin issuers.", true),
        ("The securities board is expected to unveil a licensing regime for brokers.", true),
        ("The ban is expected to take effect in March.", false),
    ])
    func anExpectedProposalIsConsidered(text: String, considered: Bool) {
        #expect((statements(text).first?.status == .considering) == considered, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "The central bank lifts 2018 curb on banks' crypto dealings",
        "The regulator scraps 2021 ban on crypto lending",
    ])
    func aYearNamingTheOlderMeasureDatesNoLifting(text: String) {
        let statement = statements(text, published: "2026-01-20").first
        #expect(statement?.action == .permit && statement?.status != .inEffect && !(statement?.effective?.hasPrefix("20") == true && statement?.effective?.count == 4),
                "\(text) → \(String(describing: statement))")
    }

    @Test func anOfficeHolderQuotedOverTwoSentencesSpeaksForTheGovernment() {
        let text = """
        Asked about miners, the digitalisation minister was firm: "We will not ban crypto mining as such. \
        Facilities that are already connected can keep running under their current contracts."
        """
        let found = statements(text)
        #expect(found.count == 2 && found.allSatisfy { $0.action == .warn }, "\(found)")
    }
}

/// A statement's date comes from the clause that holds the measure, over sentences we wrote.
@Suite struct ClauseDateTests {
    private func effective(_ text: String) -> String? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).statements.first?.effective
    }

    @Test(arguments: [
        "After a review that ended in March 2023, the central bank banned crypto payments from July 1.",
        "The regulator fined the broker on Monday after it failed in 2022 to verify its clients.",
        "The watchdog, which was set up in 1998, banned crypto lending from July 1.",
        "The agency will cap leverage from July 1, the chair, who joined in 2019, said.",
        "The ministry will require exchanges to register from July 1; comments on the draft are due by June 20.",
    ])
    func aDateOfAnotherClauseIsNoStart(text: String) {
        #expect(!TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).statements.isEmpty, "\(text)")
        let found = effective(text)
        #expect(found != "2023-03" && found != "2022" && found != "1998" && found != "2019" && found != "2025-06-20", "\(text) → \(String(describing: found))")
    }

    @Test(arguments: [
        ("Since January, exchanges have had to route all payments through the central bank's gateway.", "2025-01"),
        ("The regulator said its ban on advertising, which will take effect on Aug. 1, stays in place.", "2025-08-01"),
        ("From July 1, exchanges must keep client assets with local banks.", "2025-07-01"),
        ("Before March 1, 2026, all brokers must register with the commission.", "2026-03-01"),
        ("The central bank banned crypto payments, a measure that takes effect on July 1.", "2025-07-01"),
    ])
    func theMeasuresOwnClauseKeepsItsDate(text: String, expected: String) {
        #expect(effective(text) == expected, "\(text) → \(String(describing: effective(text)))")
    }
}

/// A measure in force dates from its own past act or year, over sentences we wrote; a past warning is
/// a warning in force.
@Suite struct InForceDateTests {
    @Test(arguments: [
        ("The central bank's ban on crypto payments, issued in 2021, still stands.", "2021"),
        ("A 2020 circular that bars banks from serving exchanges remains in force.", "2020"),
        ("The central bank reminded the public in 2018 that crypto is not legal tender.", "2018"),
        ("Banks have been barred from dealing in crypto since 2019.", "2019"),
        ("The regulator banned crypto lending in March 2022.", "2022-03"),
        ("Exchanges have had to register with the agency since a law took effect in 2024.", "2024"),
        ("The regulator cautioned investors against crypto lending in March 2021.", "2021-03"),
        ("The central bank warned lenders against dealing with exchanges in 2017.", "2017"),
        ("In 2019, the securities commission warned the public that token sales were unregulated.", "2019"),
    ])
    func aMeasureInForceDatesFromItsOwnAct(text: String, expected: String) {
        let statement = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).statements.first
        #expect(statement?.effective == expected && statement?.status == .inEffect, "\(text) → \(String(describing: statement))")
    }

    @Test func aWarningOfThisWeekIsNews() {
        let statement = TextAnalyzer().analyze("The central bank warned the public on Monday against unlicensed exchanges.", published: CalendarDay(iso: "2025-06-11")).statements.first
        #expect(statement?.action == .warn && statement?.status == .announced, "\(String(describing: statement))")
    }
}
