import Testing
@testable import Extractor

/// Articles whose headline advocates, reports words or sets a proceeding, and whose measures are only named: when no
/// news in the headline names its actor and the frame model doubts even the likeliest frame, the article reports no
/// policy change (`AnnouncementBuilder.reportsNoDecision`).
@Suite struct NoDecisionArticleTests {
    private static let published = CalendarDay(iso: "2026-05-04")

    /// Whether the article reports no decision when the frame model gives its likeliest frame this probability.
    private func reportsNoDecision(_ text: String, likeliest: Double?) -> Bool {
        let reading = TextAnalyzer().read(AnalyzedText(text), published: Self.published)
        let news = reading.statements.map { $0.statement.status != .inEffect }
        return AnnouncementBuilder.reportsNoDecision(likeliest: likeliest, reading.statements, news, reading.document)
    }

    @Test(arguments: [
        // Advocacy.
        """
        Think tank urges a flat tax on crypto gains before the budget
        A policy institute in Ruritania said on Monday that the finance ministry should tax all crypto gains at 15%.
        The ministry has not said whether it will change the rules.
        """,
        """
        Miners lobby senators against the power tariff bill
        Crypto miners took their campaign to the Ruritanian Senate on Tuesday, asking senators to reject a bill that would raise power prices for mining.
        """,
        // A candidate's or a lawmaker's pledge.
        """
        Governor hopeful vows to scrap the state's crypto licence
        ALBANY — A candidate for governor said on Tuesday that she would repeal the licensing regime for crypto firms if elected.
        """,
        """
        Opposition leader promises a crypto tax holiday for small savers
        Speaking to supporters on Sunday, the opposition leader said his party would exempt the first $5,000 of crypto gains from tax.
        """,
        // Reported words: a speech, a profile.
        """
        Central bank deputy says stablecoin questions come before rules
        The Ruritanian central bank's deputy governor told a conference on Tuesday that lawmakers must settle what a stablecoin is before rules follow.
        """,
        """
        Profile: the engineer who runs Ruritania's market watchdog
        She has issued guidance on crypto custody twice since taking office, and colleagues describe her as patient.
        """,
        // Proceedings that decide nothing yet.
        """
        Court to hear exchange's challenge to blocking order in March
        The High Court listed Vexo's challenge to the financial intelligence unit's order blocking its website for a hearing on March 12.
        """,
        """
        Survey finds most crypto firms still lack licences
        A survey of 140 firms published on Monday found that fewer than half hold a licence under the new regime.
        """,
    ])
    func aDoubtedArticleOfThoseKindsReportsNoDecision(text: String) {
        #expect(reportsNoDecision(text, likeliest: 0.3))
    }

    @Test(arguments: [
        // Restating.
        """
        Ruritanian Financial Authority reminds exchanges that the licensing deadline is June 30
        The Ruritanian Financial Authority on Monday reminded exchanges that they must hold a licence by June 30, a date it set last year.
        """,
        """
        Finance ministry leaves crypto tax rules unchanged in its annual review
        The Ruritanian finance ministry said on Tuesday that gains on crypto will still be taxed at 20%.
        """,
        // Denying a decision.
        """
        Parliament committee debates stablecoin bill, takes no decision
        The finance committee of the Ruritanian parliament discussed a bill that would require stablecoin issuers to hold a licence.
        """,
        """
        Central bank governor restates opposition to crypto payments, gives no new timeline
        The governor of the Central Bank of Ruritania said on Monday that banks must not process crypto payments.
        """,
    ])
    func aDoubtedArticleWhoseHeadlineRestatesOrDeniesADecisionReportsNone(text: String) {
        #expect(reportsNoDecision(text, likeliest: 0.3))
        #expect(!reportsNoDecision(text, likeliest: 0.8))
    }

    @Test(arguments: [
        ("takes no decision on the bill", true),
        ("adjourns the case without ruling", true),
        ("says its stance has not changed", true),
        ("gives no new timeline", true),
        ("sets no date for ruling", true),
        ("ends the hearing without a ruling", true),
        ("bans crypto lending with no exceptions", false),
        ("fines not only the exchange but its founder", false),
        ("no longer allows banks to hold crypto", false),
        ("bars banks with no licence from crypto trading", false),
    ])
    func aHeadlineDeniesADecisionOnlyWithAWordOfDeciding(headline: String, denies: Bool) {
        #expect(AnnouncementBuilder.deniesADecision(headline.split(separator: " ").map(String.init)) == denies)
    }

    @Test(arguments: [
        ("a checklist for your crypto return this spring", true),
        ("selling coins this year? here is what your tax bill looks like", true),
        ("what the rules let you do with staking", true),
        ("what the new stablecoin cap means for you", false),
        ("the tax office now wants to see your wallet balances", false),
        ("what the central bank's plan means for your savings", false),
        ("regulator bans crypto lending to retail clients", false),
    ])
    func aHeadlineGuidesTheReaderWhenItSpeaksToThemOfNothingNew(headline: String, guides: Bool) {
        #expect(AnnouncementBuilder.guidesTheReader(headline.split(separator: " ").map(String.init)) == guides)
    }

    @Test(arguments: [
        """
        Crypto tax season: what to sort out before you file
        The Ruritanian Revenue Office said on Monday that it would again check crypto gains closely this year.
        Every sale of a coin for cash is a taxable disposal.
        """,
        """
        Filing your crypto taxes this spring? Here is how it works
        Gains on crypto are taxed as income at your marginal rate, and the Ruritanian Revenue Office expects records of each trade.
        """,
    ])
    func aDoubtedGuideToTheRulesInForceReportsNoDecision(text: String) {
        #expect(reportsNoDecision(text, likeliest: 0.3))
        #expect(!reportsNoDecision(text, likeliest: 0.8))
    }

    @Test(arguments: [
        // The frame model is sure of the likeliest frame, or there is none.
        ("""
        Think tank urges a flat tax on crypto gains before the budget
        A policy institute in Ruritania said on Monday that the finance ministry should tax all crypto gains at 15%.
        """, 0.8),
        ("""
        Court to hear exchange's challenge to blocking order in March
        The High Court listed Vexo's challenge for a hearing on March 12.
        """, nil),
        // The headline reports a decision, in no words of those kinds.
        ("""
        Ruritania bans crypto lending from July
        The Ruritanian Financial Authority banned crypto lending to retail customers on Monday, from July 1.
        """, 0.3),
        ("""
        Watchdog grants first custody licence
        The Ruritanian Financial Authority granted Vaultwell a licence to hold crypto for clients on Tuesday.
        """, 0.3),
    ] as [(String, Double?)])
    func anArticleTheModelIsSureOfOrThatStatesADecisionKeepsItsFrames(text: String, likeliest: Double?) {
        #expect(!reportsNoDecision(text, likeliest: likeliest))
    }

    /// Real announcements in the same words keep their frames with the shipped models: a speech that announces, a
    /// hearing that decides, an authority that tells or asks firms to act.
    @Test(arguments: [
        """
        Central bank tells banks to shut crypto accounts
        The central bank ordered banks on Monday to shut the accounts of unlicensed crypto exchanges by July 1.
        The Central Bank of Ruritania said the order covers every commercial bank.
        """,
        """
        Regulator asks exchanges to delist privacy tokens
        The regulator on Tuesday asked exchanges to delist privacy tokens within 30 days.
        The Ruritanian Financial Authority said the tokens breach its travel rule.
        """,
        """
        Central bank says it will ban crypto payments from July
        The Central Bank of Ruritania will ban banks from processing crypto payments from July 1, its governor said in a speech on Monday.
        Banks must close the accounts of crypto exchanges by June 30, the central bank said.
        """,
        """
        Regulator fines exchange $2 million after hearing
        The Ruritanian Financial Authority fined the Borealis exchange $2 million on Friday over gaps in its customer checks, after a two-day hearing.
        Borealis must stop taking new customers until it fixes the gaps, the authority said.
        """,
    ])
    func announcementsInThoseWordsKeepTheirFrames(text: String) {
        #expect(!TextAnalyzer().analyze(text, published: Self.published).announcements.isEmpty)
    }
}
