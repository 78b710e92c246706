import Testing
@testable import Extractor

/// A headline whose main clause is a measure starting ("takes effect today", "kick in", "rules start") reports the start
/// of a measure decided before: the article's own measures are in force. A start that is only a side clause, one dated
/// after publication, or something other than a measure starting leaves them news. Sentences are our own.
@Suite struct StartingMeasureStatusTests {
    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer(statementModel: nil).analyze(text, published: CalendarDay(iso: "2026-03-02")).statements.map(\.status)
    }

    private static let body = "Exchanges must hold a licence from the Ruritanian Financial Authority to serve residents."

    @Test(arguments: [
        "Ruritania's crypto licensing law takes effect today",
        "New custody rules for Ruritanian exchanges come into force",
        "Ruritania's cap on crypto card payments kicks in",
        "Ruritanian crypto licensing rules start today",
        "Licensing regime for Ruritanian exchanges enters into force on Monday",
    ])
    func aMeasureStartingInTheHeadlineLeavesTheArticlesMeasuresInForce(headline: String) {
        let read = statuses(headline + "\n\n" + Self.body)
        #expect(read.last == .inEffect, "\(headline) → \(read)")
    }

    @Test(arguments: [
        // The start is a side clause of the news, or lies ahead, or what starts is no measure.
        "Ruritania passes crypto licensing law that takes effect today",
        "Ruritanian Financial Authority licenses two exchanges weeks before the law takes effect",
        "Ruritania's crypto licensing law takes effect in July",
        "Ruritanian exchanges start talks with the regulator",
        "Ruritania's crypto licensing law will take effect next year",
    ])
    func otherHeadlinesLeaveThemNews(headline: String) {
        let read = statuses(headline + "\n\n" + Self.body)
        #expect(read.last != .inEffect, "\(headline) → \(read)")
    }

    @Test(arguments: [
        ("Ruritania's crypto tax reporting rules take effect", true),
        ("Ruritania's 10x cap on crypto leverage for retail traders takes effect today", true),
        ("The regulator's tougher custody rules for crypto platforms take effect today", true),
        ("The rules start today", true),
        ("The cap kicks in on Monday", true),
        ("Exchanges start trading on Monday", false),
        ("The ban will take effect on Monday", false),
        ("The assembly passed the law before it takes effect", false),
        ("Ruritania passes crypto law, takes effect today", false),
        ("Ruritania's licensing law is set to take effect next year", false),
        ("Live: Ruritania's licensing law takes effect today", true),
    ])
    func aHeadlineStatesAMeasureStarting(sentence: String, starts: Bool) {
        #expect(ClauseSense.statesAMeasureStarting(AnalyzedText(sentence).tokens.map(\.lower)) == starts, "\(sentence)")
    }
}
