import Testing
@testable import Extractor

/// Composed date expressions are read whole, not as a fragment with a wrong value: a quarter of a relative year,
/// a year-less quarter resolved to the nearest one, "last/next/this" before a month, a day of a relative month,
/// a weekday glued to its date, "a year ago this week". Sentences are our own.
@Suite struct DateCompositionTests {
    private func dates(_ text: String, published: String) -> [TemporalExpression] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).dates
    }

    /// The text's only date is the whole expression, with its value.
    private func expectOnlyDate(in text: String, published: String, _ expression: String, _ value: String) {
        let found = dates(text, published: published)
        #expect(found.map { "\($0.text)=\($0.value)" } == ["\(expression)=\(value)"])
    }

    @Test(arguments: [
        ("A draft could follow in the first quarter of next year.", "2025-11-20", "first quarter of next year", "2026-Q1"),
        ("Sales slipped in the fourth quarter of last year.", "2026-03-02", "fourth quarter of last year", "2025-Q4"),
        ("Holdings were counted at the end of the third quarter.", "2026-02-09", "end of the third quarter", "2025-09-30"),
        ("Residents held more crypto in the third quarter.", "2026-02-09", "third quarter", "2025-Q3"),
        ("The wider rollout is targeted for the fourth quarter.", "2025-06-10", "fourth quarter", "2025-Q4"),
        ("The paper could be released in the second quarter.", "2025-03-18", "second quarter", "2025-Q2"),
        ("The exchange reports its third-quarter results soon.", "2026-09-24", "third-quarter", "2026-Q3"),
        ("Shares fell ahead of fourth-quarter earnings.", "2026-01-20", "fourth-quarter", "2025-Q4"),
        ("The exchange posted third-quarter revenue of $1.9 billion.", "2026-03-10", "third-quarter", "2025-Q3"),
        ("Revenue will rise in the third quarter, the company said.", "2026-03-10", "third quarter", "2026-Q3"),
        ("The pilot is scheduled for the first quarter.", "2026-11-20", "first quarter", "2027-Q1"),
    ])
    func quartersAreReadWhole(text: String, published: String, expression: String, value: String) {
        let found = dates(text, published: published)
        #expect(found.contains { $0.text == expression && $0.value == value }, "\(found.map { "\($0.text)=\($0.value)" })")
        #expect(found.count == 1, "\(found.map { "\($0.text)=\($0.value)" })")
    }

    /// A quarter written "Q1" is the nearest one of that number, as "the first quarter" is (unless the sentence leans
    /// or names the quarter's figures), and its end ("end-Q1", "the end of Q2 2027") is its last day.
    @Test(arguments: [
        ("Exchanges must close the accounts by end-Q1.", "2025-12-10", "end-Q1", "2026-03-31"),
        ("Trading may continue until end-Q3 2027.", "2026-06-10", "end-Q3 2027", "2027-09-30"),
        ("Firms have until the end of Q2 2027 to comply.", "2026-06-10", "end of Q2 2027", "2027-06-30"),
        ("The paper is due in Q2, the ministry said.", "2025-12-10", "Q2", "2026-Q2"),
        ("The Q3 report showed a loss.", "2025-12-10", "Q3", "2025-Q3"),
        ("Output rose in Q2 2025.", "2026-03-10", "Q2 2025", "2025-Q2"),
        ("The exchange will list the token in Q4.", "2026-03-10", "Q4", "2026-Q4"),
    ])
    func aQuarterWrittenQnAndItsEnd(text: String, published: String, expression: String, value: String) {
        expectOnlyDate(in: text, published: published, expression, value)
    }

    /// "end" beside a quarter's number is no quarter's end when it is not glued to it or said "end of".
    @Test(arguments: [
        ("Sales will end - Q1 figures show why.", "2025-12-10", "Q1", "2025-Q1"),
        ("The rules will end in Q4.", "2026-03-10", "Q4", "2026-Q4"),
    ])
    func anEndNotGluedToItsQuarter(text: String, published: String, expression: String, value: String) {
        expectOnlyDate(in: text, published: published, expression, value)
    }

    @Test(arguments: [
        ("Ministers agreed their position last December.", "2026-10-29", "last December", "2025-12"),
        ("The tax was raised last March.", "2026-03-15", "last March", "2025-03"),
        ("The tax was raised last February.", "2026-03-15", "last February", "2026-02"),
        ("The rules take effect next January.", "2026-10-29", "next January", "2027-01"),
        ("The rules take effect next November.", "2026-10-29", "next November", "2026-11"),
        ("A vote is expected this June.", "2026-03-15", "this June", "2026-06"),
    ])
    func aMonthAfterLastNextOrThis(text: String, published: String, expression: String, value: String) {
        expectOnlyDate(in: text, published: published, expression, value)
    }

    @Test(arguments: [
        ("The regulator first flagged the gaps on the 15th of last month.", "2025-10-14", "the 15th of last month", "2025-09-15"),
        ("Applications close on the 1st of next month.", "2025-10-14", "the 1st of next month", "2025-11-01"),
        ("The window opened on the 15th and has drawn 11 firms.", "2026-01-22", "the 15th", "2026-01-15"),
        ("Payments resume on the 20th, when the audit ends.", "2026-01-12", "the 20th", "2026-01-20"),
        ("Thursday 9 April 2026", "2026-04-09", "Thursday 9 April 2026", "2026-04-09"),
        ("A year ago this week, the bank moved to the next phase.", "2026-10-29", "A year ago this week", "2025-W44"),
        ("Two years ago today, the exchange collapsed.", "2026-10-29", "Two years ago today", "2024-10-29"),
    ])
    func daysAndWeeksAreReadWhole(text: String, published: String, expression: String, value: String) {
        expectOnlyDate(in: text, published: published, expression, value)
    }

    @Test(arguments: [
        ("In July, a rival exchange lost $230 million to hackers.", "2026-03-10", "July", "2025-07"),
        ("On Friday, the exchange will reopen withdrawals.", "2026-03-10", "Friday", "2026-03-13"),
        ("On Monday, the regulator said it had acted.", "2026-03-10", "Monday", "2026-03-09"),
        ("In September, the ministry plans to publish the draft.", "2026-03-10", "September", "2026-09"),
        ("By December, banks must report every transfer.", "2026-03-10", "December", "2026-12"),
    ])
    func aDateThatOpensItsSentenceTakesTheTenseOfTheVerbAfterIt(text: String, published: String, expression: String, value: String) {
        expectOnlyDate(in: text, published: published, expression, value)
    }

    @Test(arguments: [
        "He lived in the 21st century and on the 3rd floor.",
        "The last December storm cut power.",
        "A year ago, prices were lower.",
        "The third quarterback threw the ball.",
    ])
    func noDateOrNoComposedDate(text: String) {
        let found = dates(text, published: "2026-10-29")
        #expect(!found.contains { $0.text.contains("21st") || $0.text.contains("3rd") || $0.text.contains("ago") || $0.text.contains("quarter") },
                "\(found.map { "\($0.text)=\($0.value)" })")
    }
}
