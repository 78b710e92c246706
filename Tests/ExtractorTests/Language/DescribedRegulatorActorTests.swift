import Testing
@testable import Extractor

/// A regulator described by its country and its field ("Panama's securities regulator", "Kenya's central bank") is the
/// country's authority whose name holds the field, though the article names another of the country's authorities more;
/// a description that names no field ("Ghana's regulator", "Canada's financial regulators") stays the authority the
/// article names most.
@Suite struct DescribedRegulatorActorTests {
    private func headlineActor(_ text: String) -> String? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).statements.first?.actor
    }

    @Test(arguments: [
        ("""
        Panama's securities regulator bans crypto lending to retail clients

        The Superintendency of the Securities Market on Monday banned crypto lending to retail clients from July 1. The \
        Superintendency of Banks of Panama said banks may keep serving licensed exchanges. The Superintendency of Banks of \
        Panama also warned that crypto-assets are not legal tender.
        """, "Superintendency of the Securities Market"),
        ("""
        Nigeria's securities regulator orders crypto exchanges to register by March

        The Securities and Exchange Commission on Monday told crypto exchanges they must register by March 31. The Central \
        Bank of Nigeria said banks may open accounts for registered exchanges. The Central Bank of Nigeria also said banks \
        must report large transfers. The Central Bank of Nigeria warned that crypto is not legal tender.
        """, "Securities and Exchange Commission"),
        ("""
        Kenya's central bank lifts ban on banks serving crypto exchanges

        The Central Bank of Kenya on Monday allowed banks to open accounts for licensed crypto exchanges. The Capital Markets \
        Authority said exchanges must hold its licence. The Capital Markets Authority also warned investors about unlicensed \
        platforms. The Capital Markets Authority said it had received 12 applications.
        """, "Central Bank of Kenya"),
    ])
    func aRegulatorDescribedByItsFieldIsTheOneNamedForIt(text: String, actor: String) {
        #expect(headlineActor(text) == actor)
    }

    @Test(arguments: [
        ("""
        Ghana's regulator orders crypto exchanges to register by March

        The Securities and Exchange Commission on Monday told crypto exchanges they must register by March 31. The Bank of \
        Ghana said banks may open accounts for registered exchanges. The Bank of Ghana also said banks must report large \
        transfers.
        """, "Bank of Ghana"),
        ("""
        Canada's financial regulators give platforms until June to drop unbacked stablecoins

        The Canadian Securities Administrators on Monday told platforms they must stop offering unbacked stablecoins by June \
        30. The Financial Transactions and Reports Analysis Centre of Canada said issuers must register with it. The Canadian \
        Securities Administrators said platforms may keep serving existing clients.
        """, "Canadian Securities Administrators"),
    ])
    func aDescriptionThatNamesNoFieldIsTheAuthorityNamedMost(text: String, actor: String) {
        #expect(headlineActor(text) == actor)
    }
}
