import Testing
@testable import Extractor

/// Headlines that open with the time since an event ("Five years after the ban") look back on it: the article reviews
/// how a measure worked out and reports no policy change (`ArticleFraming.Genre.retrospective`).
@Suite struct LookBackTests {
    private func genre(_ text: String) -> ArticleFraming.Genre {
        ArticleFraming(document: AnalyzedText(text)).genre
    }

    @Test(arguments: [
        "Seven years after the mining ban, Ruritania's old power plants stand idle",
        "Two years on: what Ruritania's stablecoin licence changed for banks",
        "A year after the exchange crackdown, traders have moved offshore",
        "12 months after the tax took effect, receipts trail the forecast",
    ])
    func aHeadlineOpeningWithTheTimeSinceAnEventLooksBack(headline: String) {
        #expect(genre(headline + "\nThe regulator banned crypto mining in 2019, and the ban is still in force.") == .retrospective)
    }

    @Test(arguments: [
        // The news first, the time since after it.
        "Regulator grants its first custody licence, four years after the crypto law",
        "Central bank weighs letting banks sell crypto, six years after shutting them out",
        // A span that is no time since an event.
        "Two years in prison for crypto fraud ringleader",
        "Five exchanges get licences after a year of review",
    ])
    func aHeadlineThatStatesItsNewsFirstDoesNotLookBack(headline: String) {
        #expect(genre(headline + "\nThe regulator said on Monday that its decision takes effect in June.") != .retrospective)
    }

    @Test func aLookBackReportsNoPolicyChange() {
        let text = """
        Five years after the mining ban, Ruritania's hydro dams sell power abroad
        The Ruritanian government banned crypto mining in June 2021, and the Ministry of Energy will keep the ban in force.
        The Ministry of Energy said on Monday it will require the last mining sites to dismantle their rigs by December 31.
        Former miners said most of their machines now run in Kazakhstan.
        """
        #expect(TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-15")).announcements.isEmpty)
    }
}
