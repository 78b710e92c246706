import Testing
@testable import Extractor

/// Articles mainly about something else (a price move, a results report, a funding round, a hack) that report a
/// policy change in a later paragraph: a rule-maker's decision the article dates to a day of the last weeks makes a
/// frame wherever it stands; a rule in force it recalls, a court's order or a warning does not.
@Suite struct BuriedMeasureTests {
    private func frames(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).announcements
    }

    private static let openings = [
        """
        Bitcoin slides 4% as traders pull back ahead of jobs data

        Bitcoin fell 4% to $61,200 on Tuesday, extending its losses for the week, as traders cut their exposure before US employment figures.

        Analysts said thin liquidity had made the moves larger than usual, and that funding rates on perpetual futures had turned negative.

        "The market is waiting for a signal on rates," said Maria Lopez, an analyst at a London brokerage.
        """,
        """
        Kestrel Exchange posts record quarterly revenue as volumes double

        Kestrel Exchange, one of the largest crypto platforms in Asia, reported record revenue for the first quarter on Tuesday, helped by a surge in trading volumes.

        Revenue rose 84% from a year earlier to $210 million, and the company said it had added 300,000 customers, most of them under 30.

        The company expects volumes to stay strong, though it warned that fees could come under pressure as rivals cut prices.
        """,
        """
        Wallet startup Finch raises $25 million to expand its team

        Finch, a self-custody wallet startup based in Lisbon, has raised $25 million in a round led by a venture firm, the company said on Tuesday.

        The company plans to use the money to hire engineers and to open offices in Berlin and Milan, and its founder said the wallet had 1.2 million users.

        Investors said they were drawn by the wallet's growth among younger savers.
        """,
        """
        Zentora loses $30 million in hot wallet hack

        Hackers drained about $30 million in tokens from a hot wallet of the exchange Zentora on Sunday, the company said, and withdrawals were paused for twelve hours.

        The exchange said customer balances were safe and that it would cover the losses from its own reserves.

        Security researchers traced the stolen funds to a mixing service used in earlier attacks.
        """,
    ]

    @Test(arguments: openings)
    func aDatedDecisionDeepInOtherNewsMakesAFrame(opening: String) {
        let text = opening + """

        The Financial Services Commission of Korea on Monday ordered crypto exchanges to suspend deposits from foreign wallets for 30 days.

        Trading volumes on the largest exchanges fell by a fifth from the previous week.
        """
        #expect(frames(text).contains { $0.actor?.hasPrefix("Financial Services Commission") == true }, "\(frames(text))")
    }

    @Test(arguments: [
        // A rule in force the article recalls.
        "Under rules the Financial Services Commission of Korea adopted in 2021, exchanges must verify the identity of every customer.",
        // A court's order is a proceeding, not a rule.
        "A Seoul court on Monday ordered the exchange Hanbit to freeze the accounts of two customers accused of fraud.",
        // A warning is no measure.
        "The Financial Services Commission of Korea on Monday warned investors about the risks of leveraged tokens.",
    ])
    func backgroundDeepInAPriceMoveMakesNoFrame(sentence: String) {
        let text = Self.openings[0] + "\n\n" + sentence + "\n\nTrading volumes on the largest exchanges fell by a fifth from the previous week.\n"
        #expect(frames(text).isEmpty, "\(frames(text))")
    }

    @Test(arguments: [
        // The rules of the victim's licence.
        "Zentora holds a licence from the Financial Services Commission of Korea under the Virtual Asset User Protection Act, which requires exchanges to keep customer assets apart from their own.",
        "Under the Virtual Asset User Protection Act, the Financial Services Commission of Korea requires exchanges to keep most customer coins in cold wallets.",
    ])
    func aRuleAHackRecallsMakesNoFrame(sentence: String) {
        let text = Self.openings[3] + "\n\n" + sentence + "\n\nShares of listed crypto firms in Seoul fell on Monday.\n"
        #expect(frames(text).isEmpty, "\(frames(text))")
    }

    @Test(arguments: [
        "Seoul Metropolitan Police Agency confirmed on Monday that it was investigating the theft and had asked exchanges to flag the coins.",
        "The Seoul Metropolitan Police Agency said on Monday it had opened an investigation into the scam.",
    ])
    func aPoliceInquiryIntoACrimeMakesNoFrame(sentence: String) {
        let text = """
        Retired teacher loses $40,000 to caller posing as her bank

        SEOUL — Kim Soo-ja thought she was protecting her savings.

        Over three days in May, the 71-year-old fed cash into two crypto machines after a man who said he worked for her bank told her that her account had been hacked.

        "He was so kind and patient," she said at her home on Sunday.

        """ + sentence + "\n\nThe machines' operator said its screens warn every buyer about scams.\n"
        #expect(frames(text).isEmpty, "\(frames(text))")
    }
}
