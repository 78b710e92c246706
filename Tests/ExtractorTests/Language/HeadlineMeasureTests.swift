import Testing
@testable import Extractor

/// A headline that coordinates two measures of one actor gives two frames, though its body states only one.
@Suite struct HeadlineMeasureTests {
    private func frames(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-10")).announcements
    }

    @Test(arguments: [
        ("""
        Chile's regulator registers three digital asset platforms, strikes off a fourth
        The Comisión para el Mercado Financiero registered three crypto exchanges on Monday, it said.
        """, PolicyAction.permit, PolicyAction.enforce),
        ("""
        Central Bank of Ireland bans crypto mining farms, raises miners' power tax
        The Central Bank of Ireland will ban new crypto mining farms from September 1, it said on Monday.
        """, .prohibit, .require),
        ("""
        Irish regulator fines crypto broker, blocks nine more crypto sites
        The Central Bank of Ireland fined a crypto broker 2 million euros on Monday for serving clients without a licence.
        """, .enforce, .prohibit),
        ("""
        Irish regulator bans crypto lending to retail clients and lifts its freeze on staking
        The Central Bank of Ireland will ban crypto lending to retail clients from September 1, it said on Monday.
        """, .prohibit, .permit),
    ])
    func aHeadlinesSecondClauseIsASecondFrame(text: String, first: PolicyAction, second: PolicyAction) {
        let found = frames(text)
        #expect(found.contains { $0.action == first }, "\(found.map(\.action))")
        #expect(found.contains { $0.action == second }, "\(found.map(\.action))")
        if let one = found.first(where: { $0.action == first }), let two = found.first(where: { $0.action == second }) {
            #expect(one.actor == two.actor && one.jurisdiction == two.jurisdiction)
        }
    }

    @Test(arguments: [
        // A list of objects, not a second measure.
        """
        Irish regulator bans crypto lending, staking and margin trading for retail clients
        The Central Bank of Ireland will ban crypto lending, staking and margin trading for retail clients from September 1.
        """,
        // A second clause with its own actor is that actor's news, not the first's.
        """
        Ireland bans crypto lending; Portugal caps crypto ads
        The Central Bank of Ireland will ban crypto lending to retail clients from September 1, it said on Monday.
        """,
        // A second clause without a measure verb.
        """
        Irish regulator bans crypto lending, says more rules will follow
        The Central Bank of Ireland will ban crypto lending to retail clients from September 1, it said on Monday.
        """,
    ])
    func aHeadlineWithOneMeasureOfItsActorGivesOneFrame(text: String) {
        let found = frames(text)
        let actors = Set(found.map(\.actor))
        for actor in actors {
            #expect(found.filter { $0.actor == actor }.count == 1, "\(found.map { ($0.actor, $0.action) })")
        }
    }
}

/// A warning the main actor issues beside its measure in the lead is a frame; an old or passing caution is not.
@Suite struct WarningBesideAMeasureTests {
    private func frames(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-10")).announcements
    }

    @Test(arguments: [
        """
        Spain's watchdog bans 12 crypto websites
        Spain's Comisión Nacional del Mercado de Valores on Monday banned 12 unlicensed crypto websites from June 20.
        The Comisión Nacional del Mercado de Valores also warned investors that crypto influencers may be breaking the law.
        """,
        """
        Irish regulator caps crypto leverage, warns on copy trading
        The Central Bank of Ireland will cap leverage on crypto derivatives at two times from July 1, it said on Monday.
        The Central Bank of Ireland warned retail investors against crypto copy-trading apps in the same notice.
        """,
    ])
    func aWarningBesideTheMeasureIsAFrame(text: String) {
        let found = frames(text)
        #expect(found.contains { $0.action == .warn }, "\(found.map(\.action))")
        #expect(found.contains { $0.action != .warn }, "\(found.map(\.action))")
    }

    @Test(arguments: [
        """
        Irish regulator caps crypto leverage
        The Central Bank of Ireland will cap leverage on crypto derivatives at two times from July 1, it said on Monday.
        Brokers said they were ready for the change. Volumes on Irish platforms have grown fast this year.
        Retail clients lost money on leveraged crypto products last year, the bank said. Analysts expect more rules.
        The Central Bank of Ireland warned investors about crypto in 2018.
        """,
        """
        Irish regulator caps crypto leverage
        The Central Bank of Ireland will cap leverage on crypto derivatives at two times from July 1, it said on Monday.
        Brokers said they were ready for the change. Volumes on Irish platforms have grown fast this year.
        Retail clients lost money on leveraged crypto products last year, the bank said. Analysts expect more rules.
        Separately, the Central Bank of Ireland warned consumers about fake investment apps.
        """,
    ])
    func aCautionOutsideTheLeadIsNoFrame(text: String) {
        let found = frames(text)
        #expect(!found.contains { $0.action == .warn }, "\(found.map(\.action))")
    }
}
