import Testing
@testable import Extractor

/// A market wrap is known by its opening as well as by its headline: a first sentence that lists three price moves
/// or more is a wrap, which reports policy news only when its title line states the measure (a title line may hold
/// several sentences). A policy report whose lead gives a price or two stays a report.
@Suite struct MarketWrapTests {
    private func analysis(_ text: String) -> TextAnalysis {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10"))
    }

    private static let rundowns = [
        "Bitcoin fell 3% to $61,200, ether slid 4% and solana lost 6% as traders cut risk before the holiday.",
        "Crypto majors were mixed, with BTC up 1% at $64,000, ETH down 2% at $3,050 and XRP up 5%.",
        "The CoinDesk 20 index rose 2.1%, led by ADA (+7%), DOGE (+6%) and LINK (+4%).",
    ]

    @Test(arguments: rundowns)
    func aWrapThatMentionsAMeasureInPassingAnnouncesNothing(rundown: String) {
        let text = """
        What a week for the majors!

        \(rundown) Elsewhere, the White House launched a new initiative for artificial intelligence, and the Monetary Authority of Singapore granted Zentora Exchange a licence.
        """
        #expect(ArticleFraming(document: AnalyzedText(text)).genre == .marketReport)
        #expect(analysis(text).announcements.isEmpty, "\(analysis(text).announcements)")
    }

    @Test(arguments: rundowns)
    func aWrapWhoseTitleLineStatesAMeasureAnnouncesIt(rundown: String) {
        let text = """
        Majors slide! Funds buy the dip! Singapore grants Zentora a licence!

        \(rundown) The Monetary Authority of Singapore granted Zentora Exchange a licence to offer spot trading.
        """
        let frames = analysis(text).announcements
        #expect(frames.contains { $0.action == .permit && $0.actor == "Monetary Authority of Singapore" }, "\(frames)")
    }

    @Test(arguments: [
        "The Monetary Authority of Singapore on Monday banned crypto lending to retail clients, sending bitcoin down 3%.",
        "Bitcoin fell 3% and ether 4% after the Monetary Authority of Singapore banned crypto lending to retail clients.",
    ])
    func aReportWhoseLeadGivesAPriceOrTwoStaysAReport(lead: String) {
        let text = "Singapore bans crypto lending to retail clients\n\n\(lead)"
        #expect(ArticleFraming(document: AnalyzedText(text)).genre == .report)
        #expect(analysis(text).announcements.contains { $0.action == .prohibit }, "\(analysis(text).announcements)")
    }
}
