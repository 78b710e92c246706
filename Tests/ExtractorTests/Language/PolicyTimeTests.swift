import Testing
@testable import Extractor

/// When a measure stands in time and what a clause's details do to its action: acts dated over a month
/// before the news, dates in a past relative clause, "since" clauses, transition periods, partial
/// bans, levies stated as rates, tax figures, and frames whose news outweighs older acts.
@Suite struct PolicyTimeTests {
    private func analysis(_ text: String, published: String = "2025-05-20") -> TextAnalysis {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published))
    }

    private func statements(_ text: String, published: String = "2025-05-20") -> [PolicyStatement] {
        analysis(text, published: published).statements
    }

    @Test func anActDatedMonthsBeforeTheNewsIsInEffect() {
        let found = statements("""
        The Federal Financial Supervisory Authority ordered Velquor to stop offering crypto custody on Tuesday.
        The watchdog fined another broker 2 million euros in February.
        """)
        #expect(found.map(\.status) == [.announced, .inEffect], "\(found.map(\.status))")
        #expect(found.last?.effective == "2025-02")
    }

    @Test func anActDatedThisMonthStaysTheNews() {
        let found = statements("The Federal Financial Supervisory Authority fined the broker 2 million euros on May 6.")
        #expect(found.first?.status == .announced)
    }

    @Test func aDateInAPastRelativeClauseDatesNothing() {
        let found = statements("The Central Bank of Ruritania has lifted the ban on crypto payments that it imposed in 2019.")
        #expect(found.first?.action == .permit)
        #expect(found.first?.status == .announced, "\(found.map(\.status))")
        #expect(found.first?.effective != "2019")
    }

    @Test func aDateInAPresentRelativeClauseStays() {
        let found = statements("The agency told exchanges to suspend margin accounts for new clients, a measure that takes effect on June 2.")
        #expect(found.first?.effective == "2025-06-02", "\(found.map(\.effective))")
    }

    @Test func aSinceClauseDatesAMeasureInPlace() {
        let found = statements("Ruritania has required exchanges to register with the regulator since its payments law came into force in 2019.")
        #expect(found.first?.status == .inEffect)
        #expect(found.first?.effective == "2019")
    }

    @Test(arguments: [
        ("Firms registered under the old regime may keep operating until January 1.", PolicyAction.enforce),
        ("Firms registered under the old regime may keep operating.", .warn),
    ])
    func aCarveOutWithAnEndIsATransition(text: String, action: PolicyAction) {
        #expect(statements(text).first?.action == action, "\(statements(text).map(\.action))")
    }

    @Test(arguments: [
        ("The guidelines barred users with less than a year of trading history from borrowing.", PolicyAction.restrict),
        ("The regulator banned exchanges from lending to retail clients unless they post collateral.", .restrict),
        ("The regulator banned exchanges from lending to retail clients.", .prohibit),
    ])
    func aBanOnOnlySomeRestricts(text: String, action: PolicyAction) {
        #expect(statements(text).first?.action == action, "\(statements(text).map(\.action))")
    }

    @Test(arguments: [
        "Sellers on foreign platforms will pay 1% of each sale from August.",
        "The law obliges exchanges to keep client money at local banks.",
    ])
    func ratesToPayAndObligationsRequire(text: String) {
        #expect(statements(text).first?.action == .require, "\(statements(text).map(\.action))")
    }

    @Test(arguments: [
        "Tax receipts from crypto trading reached 40 million euros last year.",
        "Tax revenue from the sector doubled in 2024, the statistics office said.",
    ])
    func taxFiguresStateNoMeasure(text: String) {
        #expect(statements(text).isEmpty, "\(statements(text).map(\.text))")
    }

    @Test(arguments: [
        ("Contracts signed before Tuesday may still be executed until July 23, the board said.", "2025-07-23"),
        ("Machines installed before Monday may stay in service until Dec. 31, 2026.", "2026-12-31"),
        ("The Treasury also issued a general license allowing firms to wind down transactions with the exchange until June 5.", "2025-06-05"),
        ("Sponsorship deals signed before May 1 can run until Dec. 31, the board said.", "2025-12-31"),
    ])
    func whatMayGoOnUntilADayIsDatedByThatDay(sentence: String, end: String) {
        let found = statements("The Securities Board of Ruritania on Tuesday banned crypto advertising on television.\n\n" + sentence, published: "2025-05-22")
        let effective = found.first { $0.text.hasPrefix(sentence.prefix(20)) }?.effective
        #expect(effective == end, "\(sentence) → \(String(describing: effective))")
    }

    @Test(arguments: [
        "The exchange may not onboard new clients until July 31.",
        "The board suspended new licences from June 1 until Sept. 30.",
    ])
    func aMeasuresOwnSpanIsNoGrace(sentence: String) {
        let found = statements("The Securities Board of Ruritania on Tuesday banned crypto advertising on television.\n\n" + sentence, published: "2025-05-22")
        let effective = found.first { $0.text.hasPrefix(sentence.prefix(20)) }?.effective
        #expect(effective != nil && !["2025-07-31", "2025-09-30"].contains(effective!), "\(sentence) → \(String(describing: effective))")
    }

    @Test func aConsideredMeasureIsTheFrameThoughAnOlderActOfItsKindIsMentioned() {
        let found = analysis("""
        The Financial Services Commission is considering a ban on crypto lending by exchanges.
        A ban could follow next month, officials said.
        The Financial Services Commission banned initial coin offerings in 2017.
        """).announcements
        #expect(found.count == 1)
        #expect(found.first?.status == .considering, "\(found.map(\.status))")
    }

    @Test func aSanctionDoesNotGiveItsActionToTheNextSentence() {
        let found = statements("""
        The Capital Markets Authority of Ruritania will require crypto brokers to hold a licence from March 1.
        Brokers that miss the deadline will have until April 30 to close their accounts.
        Minimum capital for brokers will be 1 million crowns under the new rules, which take effect on March 1.
        """)
        #expect(found.last?.action != .enforce, "\(found.map(\.action))")
    }
}

/// Effective dates carried between sentences: an order's day a few words after its verb, issued
/// warnings that share their day, and warnings that lend no day to the main measure.
@Suite struct EffectiveDateTests {
    private func statements(_ text: String, published: String = "2025-05-22") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test func anOrdersDayAFewWordsAfterItsVerbDatesIt() {
        let found = statements("The Federal Financial Supervisory Authority ordered Velquor GmbH on Tuesday to stop offering crypto custody.")
        #expect(found.first?.effective == "2025-05-20", "\(found.map(\.effective))")
    }

    @Test func aWarningLendsNoDayToTheMainMeasure() {
        let found = statements("""
        The Federal Financial Supervisory Authority will bar Velquor from serving retail clients.
        Last week the watchdog warned consumers about crypto savings plans.
        """)
        #expect(found.first?.effective != "2025-W20", "\(found.map(\.effective))")
    }

    @Test func issuedWarningsShareTheirDayButCarveOutsDoNot() {
        let found = statements("""
        The Central Bank of Ruritania warned the public on Monday against unlicensed crypto platforms.
        The Central Bank of Ruritania cautions savers against crypto schemes
        Custody remains legal, the bank said.
        """, published: "2025-05-21")
        #expect(found.map(\.effective) == ["2025-05-19", "2025-05-19", nil], "\(found.map(\.effective))")
    }

    @Test func aSubjectThatWillPayIsTheAddressee() {
        let found = statements("""
        The Ministry of Finance of Ruritania raised the tax on crypto sales on Friday.
        Kraken will pay 1% of each sale to the tax office.
        """)
        #expect(found.last?.actor == "Ministry of Finance of Ruritania", "\(found.map(\.actor))")
    }
}
