import Testing
@testable import Extractor

/// News told with a generic or agentless subject ("the government decided", "the watchdog struck three firms off")
/// leads its article when the article names the authority or the country elsewhere.
@Suite struct GenericActorLeadTests {
    private func announcements(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-10")).announcements
    }

    @Test(arguments: [
        """
        No new crypto mining permits, Government decides
        The government decided on Monday that crypto mining permits will be suspended from July 1.
        The Ministry of Energy of Kazakhstan will publish the rules this week.
        """,
        """
        Watchdog strikes three crypto firms off its register
        The watchdog struck three crypto exchanges off its register on Monday for failing anti-money-laundering checks.
        The Financial Supervisory Authority of Norway said the firms must stop serving clients by July 1.
        """,
        """
        Cabinet bans crypto ads on television
        It was decided at the cabinet meeting that crypto advertising on television will be banned from July 1.
        The ban was proposed by Portugal's Ministry of Finance in March.
        """,
        """
        Central bank tells banks to close crypto accounts
        The central bank ordered banks on Monday to close the accounts of unlicensed crypto exchanges by July 1.
        The Central Bank of Nigeria said the order applies to all commercial banks.
        """,
        """
        Regulator caps crypto leverage for retail clients
        The regulator said on Monday it will cap leverage on crypto derivatives at two times for retail clients from July 1.
        The Central Bank of Ireland has supervised crypto firms since 2021.
        """,
    ])
    func aGenericSubjectInTheLeadStillLeads(text: String) {
        #expect(!announcements(text).isEmpty)
    }

    @Test(arguments: [
        """
        The government is said to favour crypto
        The government is popular with crypto investors, a poll showed on Monday.
        The Ministry of Energy of Kazakhstan has required miners to register since 2022.
        """,
        """
        Regulator's chief to step down
        The regulator said on Monday its chief would step down in July after five years in the job.
        The Central Bank of Ireland has supervised crypto firms since 2021.
        """,
    ])
    func aGenericSubjectWithoutNewsLeadsNothing(text: String) {
        #expect(announcements(text).isEmpty)
    }
}
