import Testing
@testable import Extractor

/// A measure is a frame because it is the article's news: another authority's measure that took effect in the last days
/// ("in a parallel move the same day", "separately ... said on Tuesday it had pushed back") is announced. When the news is
/// a company's reaction, the authority's rule it reacts to stays in effect.
@Suite struct FrameNewsStatusTests: SubjectTable {
    static let board = "Financial Supervisory Authority of Iceland"
    static let bank = "Central Bank of Iceland"

    @Test(arguments: [
        """
        Iceland's central bank orders banks to block card payments to crypto platforms from January

        The Central Bank of Iceland said on Monday that banks must block every card payment to crypto platforms from Jan. 1, 2026.

        In a parallel move the same day, the Financial Supervisory Authority of Iceland issued a resolution barring licensed brokers from distributing crypto funds. The resolution took effect on its publication on Sunday.
        """,
        """
        Iceland's finance ministry caps crypto ATM withdrawals

        The Ministry of Finance of Iceland will cap crypto ATM withdrawals at 1,000 dollars a day from July 1, 2025, it said on Monday.

        Separately, the Financial Supervisory Authority of Iceland said on Tuesday that it had pushed back its custody rules for crypto brokers by one year, to Jan. 1, 2027.
        """,
        """
        Iceland's tax office tells exchanges to report customer trades from next year

        The Icelandic Revenue Service said on Monday that crypto exchanges must report every customer's trades from Jan. 1, 2026.

        The Financial Supervisory Authority of Iceland, for its part, banned crypto lending to retail customers in a rule that took effect on Saturday.
        """,
        """
        Iceland's central bank requires stablecoin issuers to hold reserves at home

        The Central Bank of Iceland will require stablecoin issuers to keep their reserves in local banks from Sept. 1, 2025, it said on Monday.

        The Financial Supervisory Authority of Iceland also barred brokers from advertising crypto to retail investors, under rules that entered into force on Sunday.
        """,
        """
        Iceland's central bank limits crypto purchases by card

        The Central Bank of Iceland will cap card purchases of crypto at 500 dollars a month from Aug. 1, 2025, it said on Monday.

        In a separate decision the same day, the Financial Supervisory Authority of Iceland barred exchanges from offering leveraged crypto products, with immediate effect from Sunday.
        """,
    ])
    func anotherAuthoritysMeasureOfTheLastDaysIsAnnounced(text: String) {
        let found = Self.frames(text)
        let frame = found.first { $0.actor == Self.board }
        #expect(frame?.status == .announced, "\(found.map { ($0.actor, $0.action, $0.status) })")
    }

    @Test(arguments: [
        """
        Bitvale to stop serving Icelandic users after central bank ban

        The exchange Bitvale said on Monday it will stop serving users in Iceland from July 1, 2025.

        The Central Bank of Iceland banned crypto trading last week, saying that crypto exchanges are illegal in the country.
        """,
        """
        Tessaro to close Icelandic accounts after central bank ban

        The crypto exchange Tessaro said on Monday it will close all accounts of Icelandic users by Aug. 1, 2025.

        The Central Bank of Iceland banned crypto exchanges from serving local residents last week.
        """,
        """
        Quellbank to pull crypto trading from its app after central bank ban

        The lender Quellbank said on Tuesday it will remove crypto trading from its mobile app on July 15, 2025.

        The Central Bank of Iceland prohibited banks from offering crypto trading last week.
        """,
        """
        Harrow Pay suspends crypto payments in Iceland following central bank ban

        The payments firm Harrow Pay will suspend crypto payments for Icelandic merchants from July 1, 2025, it said on Monday.

        The Central Bank of Iceland banned crypto payments last week.
        """,
        """
        Coinvale to stop offering staking in Iceland after central bank ban

        The exchange Coinvale said on Monday it will stop offering staking to Icelandic users from Aug. 1, 2025.

        The Central Bank of Iceland banned staking services for retail users last week.
        """,
    ])
    func theRuleACompanyReactsToStaysInEffect(text: String) {
        let found = Self.frames(text)
        #expect(!found.contains { $0.actor == Self.bank && $0.status == .announced }, "\(found.map { ($0.actor, $0.action, $0.status) })")
    }
}
