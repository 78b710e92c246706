import Testing
@testable import Extractor

/// Which way a bare weekday points: a scheduled event in the present ("unlocks on Thursday", "resumes on Thursday") is
/// one to come, "no earlier than Friday" bounds a day to come, and an event named before a weekday looks back when the
/// sentence's verb after it does ("In a speech on Tuesday, the commissioner said"). Sentences are our own.
@Suite struct WeekdayDirectionTests {
    /// Wednesday, 10 June 2026.
    private static let published = "2026-06-10"

    private func value(of weekday: String, in text: String) -> String? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: Self.published)).dates.first { $0.text == weekday }?.value
    }

    @Test(arguments: [
        ("About 4% of the token supply unlocks on Thursday for early backers.", "Thursday", "2026-06-11"),
        ("The exchange resumes withdrawals on Friday after the audit.", "Friday", "2026-06-12"),
        ("The bridge will reopen no earlier than Monday, the team said.", "Monday", "2026-06-15"),
        ("A big unlock on Thursday could weigh on the price.", "Thursday", "2026-06-11"),
        ("The committee holds a hearing on Thursday on the stablecoin bill.", "Thursday", "2026-06-11"),
    ])
    func aScheduledEventLooksAhead(text: String, weekday: String, day: String) {
        #expect(value(of: weekday, in: text) == day)
    }

    @Test(arguments: [
        ("In a speech in Lisbon on Tuesday, the commissioner said new rules were coming.", "Tuesday", "2026-06-09"),
        ("The hearing on Monday ended without a ruling.", "Monday", "2026-06-08"),
        ("The exchange said on Tuesday that withdrawals had resumed.", "Tuesday", "2026-06-09"),
        ("Trading was halted no later than Monday, the regulator found.", "Monday", "2026-06-08"),
    ])
    func anEventReportedAsDoneLooksBack(text: String, weekday: String, day: String) {
        #expect(value(of: weekday, in: text) == day)
    }
}
