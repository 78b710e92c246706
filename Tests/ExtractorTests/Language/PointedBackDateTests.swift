import Testing
@testable import Extractor

/// A date a sentence that names none of its own points back to after a preposition of time ("from that date", "from
/// that day", "until then", "by that date") is the last date the text wrote out before it, not the day a statement was
/// made, and dates the sentence's measure; "before then", "after that date", "since then", a relative clause's "by then",
/// a period counted from the date, a "then" of sequence, or nothing to point back to date nothing. Sentences are our
/// own; every text is published on Thursday 22 May 2025.
@Suite struct PointedBackDateTests: StatementDatingTable {
    @Test(arguments: [
        ("The Ruritanian central bank will switch off the old payment system on Aug. 29. Banks have until then to move their clients' accounts to the new system.",
         "until then", "2025-08-29"),
        ("The Ruritanian crypto act took effect on Jan. 1, 2024. From that date, exchanges have had to hold a licence from the Ruritanian Financial Authority.",
         "From that date", "2024-01-01"),
        ("The Ruritanian Financial Authority will close its old register on Sept. 30, it said on Monday. Exchanges must move their filings to the new register by that date.",
         "by that date", "2025-09-30"),
        ("The Ruritanian Financial Authority said the transition period ends on Dec. 31. From that day, exchanges without a licence may not serve Ruritanian clients.",
         "From that day", "2025-12-31"),
    ])
    func aDatePointedBackToDatesTheMeasure(_ text: String, _ part: String, _ expected: String) {
        #expect(effective(of: part, in: text) == expected, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    @Test(arguments: [
        // An earlier time than that date.
        "The Ruritanian Financial Authority will require exchanges to hold a licence from July 1. Exchanges that were registered before then must notify their clients.",
        // The day after a last day of grace, or the day itself.
        "The old rules lapse on June 30, the Ruritanian Financial Authority said. After that date, exchanges without a licence must stop serving clients.",
        // What has held since.
        "The Ruritanian licensing regime took effect on March 1, 2021. Since then, the authority has licensed eleven exchanges.",
        // The time of a relative clause.
        "The Ruritanian Financial Authority will require exchanges to hold a licence from July 1. Exchanges that have not applied by then must stop serving clients.",
        // A period counted from the date.
        "The Ruritanian crypto act takes effect on July 1. Exchanges must file a report 30 days from that date.",
        // A "then" of sequence, not of time.
        "The Ruritanian Financial Authority approved the rules on Monday and will then require every exchange to register its directors.",
        // Nothing to point back to.
        "From that date, banks may not open accounts for unlicensed exchanges, the Ruritanian Financial Authority said.",
    ])
    func noDateIsPointedBackTo(_ text: String) {
        let document = AnalyzedText(text)
        let published = CalendarDay(iso: "2025-05-22")!
        let dates = TemporalRecognizer(published: published).mentions(in: document.tokens, sentences: document.sentences)
        let dating = StatementDating(published: published, tokens: document.tokens)
        #expect(document.sentences.allSatisfy { dating.pointedBackDates(in: $0, dates: dates).isEmpty })
    }
}
