import Testing
@testable import Extractor

/// An article whose headline reports a gathering (a forum, a summit, a panel of speakers) decides nothing unless its
/// headline states a measure of an actor it names (`GatheringReports`).
@Suite struct GatheringReportTests {
    private static let published = CalendarDay(iso: "2026-06-02")

    private func headlineWords(_ headline: String) -> [String] {
        let document = AnalyzedText(headline)
        return document.tokens.map(\.lower)
    }

    private func announcements(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: Self.published).announcements
    }

    @Test(arguments: [
        "At Velmora fintech forum, regulators and exchanges trade views on stablecoins",
        "Harbour panel: supervisors say the new licensing rules work, but slowly",
        "Velmora panel splits over stablecoin rules as the central bank holds its line",
        "Five takeaways from the Ledger Summit in Port Adria",
    ])
    func aHeadlineOfAGatheringNamesOne(headline: String) {
        #expect(GatheringReports.namesAGathering(headlineWords(headline)), "\(headline)")
    }

    @Test(arguments: [
        "Senate panel advances crypto tax bill",
        "House finance panel backs licensing regime for crypto kiosks",
        "Velmora regulator bans crypto lending to retail customers",
    ])
    func aCommitteeThatActsOrAnyOtherHeadlineNamesNone(headline: String) {
        #expect(!GatheringReports.namesAGathering(headlineWords(headline)), "\(headline)")
    }

    @Test func talkAtAForumMakesNoFrame() {
        let found = announcements("""
            At Velmora fintech forum, regulators and exchanges trade views on stablecoins and the 2027 licence deadline

            PORT ADRIA — Stablecoin payments dominated a panel at the Velmora Fintech Forum on Tuesday.

            Velmora's crypto law, passed last year, requires exchanges serving Velmoran customers to hold a licence from the Velmora Financial Authority by March 2027.

            Asked whether the authority planned to restrict peer-to-peer trading, its deputy head said it had no such plan and would watch how the market develops.
            """)
        #expect(found.isEmpty, "\(found.map { "\($0.actor ?? "-") \($0.action)" })")
    }

    @Test func aMeasureTheHeadlineStatesAtAConferenceIsNews() {
        let found = announcements("""
            Velmora Financial Authority to let pension funds hold bitcoin ETFs from March, official tells summit

            PORT ADRIA — The Velmora Financial Authority will allow pension funds to invest up to 2% of their assets in spot bitcoin exchange-traded funds from Jan. 1, its deputy head told an industry conference on Tuesday.

            Funds will have to report their holdings to the authority every quarter.
            """)
        #expect(!found.isEmpty)
    }
}
