import Testing
@testable import Extractor

/// An activity a main clause says, in the present, is not affected or not covered ("Professional clients are not affected
/// by the change", "Mining is unaffected") is left out of the article's measure and shares its news, even after a sentence
/// about the rules in force. A past reading, a reported clause and a main clause about something else are left alone.
@Suite struct LeftOutActivityStatusTests {
    private func clause(_ sentence: String) -> (clause: Clause, words: [String])? {
        let words = Tokenizer().tokens(of: Array(sentence.unicodeScalars)).map(\.lower)
        return ClauseReader(words: words, capitalized: []).mainClause().map { ($0, words) }
    }

    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-24")).statements.map(\.status)
    }

    @Test(arguments: [
        ("Institutional desks are not affected by the new cap.", true),
        ("Mining is not covered by the new rules.", true),
        ("Transfers between two wallets of the same customer are not covered.", true),
        ("Institutional investors aren't affected.", true),
        ("Rules for influencers are unaffected.", true),
        // A past reading, a carve-out still to come, a reported clause, a main clause about something else, an affirmation.
        ("The deadline was unaffected.", false),
        ("Spot trading would not be covered.", false),
        ("The exchange said that its licence is not affected by the court case.", false),
        ("Holding tokens in a personal wallet remains legal, and platforms abroad are not covered.", false),
        ("Retail clients are affected by the change.", false),
    ])
    func anActivityLeftOutOfTheMeasure(sentence: String, leftOut: Bool) {
        let read = clause(sentence)
        #expect(read.map { ClauseSense.leavesAnActivityOut($0.clause, in: $0.words) } == leftOut, "\(sentence)")
    }

    @Test(arguments: [
        "The Securities Commission on Monday capped leverage on crypto futures at five times for retail clients. Retail clients in the bloc are already held to twice their margin under the existing rules. Institutional desks are not affected by the new cap.",
        "The central bank on Tuesday ordered banks to stop card payments to crypto exchanges from July 1. Banks have had to report crypto transfers to it since 2021. Transfers to licensed local exchanges are not covered by the order.",
    ])
    func aCarveOutAfterTheRulesInForceIsNews(text: String) {
        #expect(statuses(text).last == .announced, "\(text) → \(statuses(text))")
    }
}
