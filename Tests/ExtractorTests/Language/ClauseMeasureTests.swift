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
