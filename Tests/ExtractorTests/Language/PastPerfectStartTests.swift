import Testing
@testable import Extractor

/// A start after a past perfect lies behind: "the rule had required businesses to report payments starting July 1"
/// names the July just gone, while the same start after "will" names the one to come; a limit after reported speech
/// ("said it had waived fees until the end of the month") may still lie ahead. Sentences are our own.
@Suite struct PastPerfectStartTests {
    /// Friday, 30 October 2026.
    private func value(of text: String, in sentence: String) -> String? {
        TextAnalyzer().analyze(sentence, published: CalendarDay(iso: "2026-10-30")).dates.first { $0.text == text }?.value
    }

    @Test(arguments: [
        ("The rule had required businesses to report large crypto payments starting July 1.", "2026-07-01"),
        ("Exchanges had been obliged to verify every customer from June 1, the court found.", "2026-06-01"),
    ])
    func aStartAfterAPastPerfectLiesBehind(sentence: String, day: String) {
        let text = sentence.contains("July") ? "July 1" : "June 1"
        #expect(value(of: text, in: sentence) == day)
    }

    @Test(arguments: [
        ("The rule will require businesses to report large crypto payments starting July 1.", "July 1", "2027-07-01"),
        ("The exchange said it had waived trading fees until November 30.", "November 30", "2026-11-30"),
    ])
    func aStartToComeOrAReportedLimitLooksAhead(sentence: String, text: String, day: String) {
        #expect(value(of: text, in: sentence) == day)
    }
}
