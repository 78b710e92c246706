import Testing
@testable import Extractor

/// A headline whose official tells a gathering what the rules are reports words said on a stage, no measure; one that
/// states the measure before the telling ("..., official tells conference"), or tells firms to act, is news.
@Suite struct GatheringTellingTests {
    private func announcements(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-05-14")).announcements
    }

    @Test(arguments: [
        """
        Financial Services Agency chair tells crypto conference that exchanges must now prove their controls
        The Financial Services Agency has finished its first round of crypto licensing, its chair Mara Velden said at the Harbour Crypto Conference on Wednesday.
        She said licensed exchanges would now have to show that their controls work. The agency has granted 12 licences so far.
        """,
        """
        Monetary Authority of Singapore official tells fintech forum that stablecoin issuers must hold full reserves
        SINGAPORE - Stablecoin issuers in Singapore must keep reserves equal to the tokens they issue, a director of the Monetary Authority of Singapore told the Marina Fintech Forum on Tuesday.
        The rules have applied since 2024, she said.
        """,
    ])
    func whatAnOfficialTellsAGatheringIsNoMeasure(text: String) {
        #expect(announcements(text).isEmpty)
    }

    @Test(arguments: [
        """
        Monetary Authority of Singapore to let funds buy foreign bitcoin ETFs from January, official tells conference
        SINGAPORE - The Monetary Authority of Singapore will allow local investment funds to buy bitcoin exchange-traded funds listed abroad from January 1, a director told the Marina Fintech Conference on Tuesday.
        Funds may put up to 10% of their assets into such products.
        """,
        """
        Monetary Authority of Singapore tells banks to close accounts of unlicensed crypto firms
        SINGAPORE - The Monetary Authority of Singapore on Tuesday ordered banks to close the accounts of unlicensed crypto firms by June 30.
        Banks must report the closures to the authority.
        """,
    ])
    func aMeasureStatedBeforeTheTellingOrAnOrderIsNews(text: String) {
        #expect(!announcements(text).isEmpty)
    }
}
