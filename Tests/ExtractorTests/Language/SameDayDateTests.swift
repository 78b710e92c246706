import Testing
@testable import Extractor

/// "The same day" and "the same month" after an act told in the past name the last day (or month) of the past the text
/// wrote out just before, and a statement they date takes it; a habit ("settle the same day"), a date ahead ("from the
/// same date as the licensing start") or nothing to point back to names none. Sentences are our own.
@Suite struct SameDayDateTests: StatementDatingTable {
    private func dates(_ text: String, published: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).dates.map { "\($0.text)=\($0.value)" }
    }

    @Test(arguments: [
        ("The regulator revoked the licence on Friday, and the ministry blocked the exchange's website on the same day.", "2026-03-10",
         ["Friday=2026-03-06", "the same day=2026-03-06"]),
        ("Parliament passed the crypto law in March 2024. The central bank published its licensing rules the same month.", "2026-03-10",
         ["March 2024=2024-03", "the same month=2024-03"]),
        ("The board fined the exchange on March 3, and its bank was ordered to freeze the accounts that same day.", "2026-03-10",
         ["March 3=2026-03-03", "that same day=2026-03-03"]),
    ])
    func theSameDayAfterAPastActNamesTheDayBefore(_ text: String, _ published: String, _ expected: [String]) {
        #expect(dates(text, published: published) == expected)
    }

    @Test(arguments: [
        // A habit, not an act.
        ("The exchange opened on Tuesday. Most payments on it settle the same day.", "2026-03-10"),
        // A start still to come, compared with another.
        ("Licences will be required from July 1, 2026. Banks may open accounts for licensed firms from the same date as the licensing start.", "2026-03-10"),
        // A day ahead is no day an act was done on.
        ("The exchange will list the token on March 20, and the fund was approved the same day.", "2026-03-10"),
        // Nothing before it.
        ("Deposits were halted the same day.", "2026-03-10"),
    ])
    func otherSameDaysNameNoDay(_ text: String, _ published: String) {
        #expect(!dates(text, published: published).contains { $0.contains("same") })
    }

    @Test func aStatementDatedTheSameDayTakesTheDayBefore() {
        let text = """
            The Ruritanian Financial Authority revoked the licence of Corvid Markets on Monday. The central bank suspended \
            the exchange's bank accounts the same day.
            """
        #expect(effective(of: "suspended", in: text) == "2025-05-19", "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }
}
