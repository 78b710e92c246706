import Testing
@testable import Extractor

/// Where an article states its news: after bylines, datelines, a key-points box or a correction note, and in a
/// feature after an anecdote; and what a feature whose later paragraphs only recall old rules reports.
@Suite struct LeadShapeTests {
    private func announcements(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-10")).announcements
    }

    @Test(arguments: [
        // A key-points box of bullets without actors before the lead.
        """
        Estonia raises the bar for crypto firms
        Key points
        • Capital of €250,000 for every firm
        • Existing firms get until March to comply
        • Fewer than half expected to survive
        By Mari Tamm
        TALLINN, June 9 — Estonia's Financial Supervision Authority said on Monday it will require crypto service providers to hold €250,000 in capital from July 1.
        """,
        // A correction note and an update line.
        """
        Update: Thai regulator delays crypto custody rule
        Correction: An earlier version of this story gave the wrong start date.
        Updated 14:05 | Bangkok desk
        BANGKOK — The Securities and Exchange Commission of Thailand said on Tuesday it will require crypto exchanges to keep client assets with approved custodians from March 1, 2026.
        """,
        // Several byline and credit lines.
        """
        Dubai licenses crypto brokers
        By Sara Haddad
        Additional reporting by Omar Nasser
        Published June 9, 2025
        Photo: a trading floor in Dubai
        The Virtual Assets Regulatory Authority said on Monday it will require all crypto brokers in Dubai to obtain a licence by September 30.
        """,
    ])
    func theLeadIsTheFirstProseAfterLinesThatStateNoNews(text: String) {
        let found = announcements(text)
        #expect(!found.isEmpty)
        #expect(found.contains { $0.action == .require && $0.status == .announced })
    }

    @Test(arguments: [
        """
        The night the lights went out
        By Dana Sultan
        When the power failed for the third time in a week, Aigerim lit candles and waited in the dark.
        Her neighbours blamed the hum of the warehouse at the edge of town, where machines mined bitcoin day and night.
        For years the miners paid less for electricity than the families around them, and people were angry.
        Residents wrote letters and staged a protest outside the regional office in March.
        Kazakhstan's Ministry of Energy said on Monday that crypto miners will have to buy all their power through a state exchange from August 1.
        Aigerim is not convinced it will change much.
        """,
        """
        A town that lives on cheap power
        The first thing a visitor hears in the valley is the hum of the fans, day and night.
        Farmers here used to grow apples; now many rent their barns to bitcoin miners from abroad.
        Prices for electricity have doubled in two years, and the mayor says the grid is at its limit.
        The Ministry of Energy of Norway will ban new crypto mining farms from September 1, it said on Monday.
        The farmers say they will look for other tenants.
        """,
    ])
    func aFeatureStatesItsNewsAfterAnAnecdote(text: String) {
        #expect(!announcements(text).isEmpty)
    }

    @Test(arguments: [
        """
        The night the lights went out
        When the power failed for the third time in a week, Aigerim lit candles and waited in the dark.
        Her neighbours blamed the hum of the warehouse at the edge of town, where machines mined bitcoin day and night.
        For years the miners paid less for electricity than the families around them, and people were angry.
        Kazakhstan's Ministry of Energy has required crypto miners to register since 2022.
        Aigerim is not convinced anything will change.
        """,
        """
        Inside the exchange that lost everything
        The message arrived at 3am: the hot wallet was empty, drained by hackers in a matter of minutes.
        Engineers at the exchange traced the stolen bitcoin through a dozen addresses before it vanished.
        The exploit used a flaw in a bridge contract that auditors had missed.
        The exchange paused withdrawals for all users while it investigated the attack.
        """,
    ])
    func aFeatureThatOnlyRecallsOldRulesOrAHackHasNone(text: String) {
        #expect(announcements(text).isEmpty)
    }

    @Test(arguments: [
        ("Thailand's Securities and Exchange Commission will require crypto exchanges to register from July 1, it said on Monday.", "TH"),
        ("Nigeria's Securities and Exchange Commission will require crypto exchanges to register from July 1, it said on Monday.", "NG"),
        ("Ghana's Parliament on Monday passed a law that will require crypto exchanges to hold a licence from July 1.", "GH"),
        ("The U.S. Securities and Exchange Commission will require crypto exchanges to register from July 1, it said on Monday.", "US"),
    ])
    func aCountryInThePossessiveOwnsItsAuthority(text: String, country: String) {
        let found = announcements(text)
        #expect(found.first?.jurisdiction == country, "\(found.map { ($0.actor, $0.jurisdiction) })")
    }

    @Test func aQuestionHeadlineOverNewsWithTheNewsroomsOwnWordsIsNoOpinion() {
        let found = announcements("""
        Crypto ads: will Britain's new rules work?
        Britain's Financial Conduct Authority on Monday banned crypto firms from offering referral bonuses from October 8.
        Our correspondent spoke to three firms, which said they were ready.
        """)
        #expect(found.contains { $0.action == .prohibit })
    }
}
