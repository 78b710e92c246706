import Testing
@testable import Extractor

/// Periods a text names against its own time or by a month's quarter: "the September quarter" (the quarter ending in
/// September), "the previous quarter" after the quarter under discussion, "July of that year" after a written year,
/// a fiscal year valued by its start, and a start or a limit ("until", "from") read with the verb before it
/// ("had until June 30" is past). Sentences are our own.
@Suite struct DateAnaphoraTests {
    private func dates(_ text: String, published: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).dates.map { "\($0.text)=\($0.value)" }
    }

    @Test(arguments: [
        ("The miner earned more in the September quarter than a year before.", "2026-10-22", ["September quarter=2026-Q3"]),
        ("Spending will rise in the December quarter.", "2026-10-22", ["December quarter=2026-Q4"]),
        ("Its June-quarter revenue fell by a third.", "2026-10-22", ["June-quarter=2026-Q2"]),
        ("Figures for the March quarter come out soon.", "2026-04-20", ["March quarter=2026-Q1"]),
        ("The miner posted a loss in the June quarter.", "2027-01-15", ["June quarter=2026-Q2"]),
    ])
    func aMonthBeforeQuarterNamesTheQuarterEndingInIt(_ text: String, _ published: String, _ expected: [String]) {
        #expect(dates(text, published: published) == expected)
    }

    @Test(arguments: [
        // Not a quarter-end month, or no quarter at all: no quarter value.
        ("Hashrate hit a record in the October quarter.", "2026-11-02"),
        ("In June quarterly filings are due.", "2026-05-02"),
        ("The bank cut rates by a quarter point in June.", "2026-07-02"),
        ("June saw a quarter of all trades settle late.", "2026-07-02"),
        ("Prices rose in September, a quarter of analysts said.", "2026-10-02"),
    ])
    func otherMonthsAndQuarterWordsGiveNoQuarter(_ text: String, _ published: String) {
        #expect(!dates(text, published: published).contains { $0.contains("-Q") })
    }

    @Test(arguments: [
        ("Output rose in the September quarter, up 12% on the previous quarter.", "2026-10-22",
         ["September quarter=2026-Q3", "previous quarter=2026-Q2"]),
        ("Profit rose in the December quarter after losses in the June quarter and the previous quarter.", "2027-02-01",
         ["December quarter=2026-Q4", "June quarter=2026-Q2", "previous quarter=2026-Q3"]),
        ("Sales in March 2026 beat the previous month.", "2026-06-10", ["March 2026=2026-03", "previous month=2026-02"]),
        ("Revenue in 2024 doubled from the previous year.", "2026-01-10", ["2024=2024", "previous year=2023"]),
        // With no period of its kind before it, "previous" counts from publication.
        ("Output rose 12% on the previous quarter.", "2026-10-22", ["previous quarter=2026-Q3"]),
        ("In 2024 output rose 12% on the previous quarter.", "2026-10-22", ["2024=2024", "previous quarter=2026-Q3"]),
    ])
    func thePreviousPeriodCountsFromThePeriodJustDiscussed(_ text: String, _ published: String, _ expected: [String]) {
        #expect(dates(text, published: published) == expected)
    }

    @Test(arguments: [
        ("The first fund opened in January 2024 and a rival followed in July of that year.", "2026-03-19",
         ["January 2024=2024-01", "July of that year=2024-07"]),
        ("The law passed in 2019 and took effect on March 3 that year.", "2026-03-19", ["2019=2019", "March 3 that year=2019-03-03"]),
        ("Back in 2021, the exchange opened in May of that year.", "2026-03-19", ["2021=2021", "May of that year=2021-05"]),
        // "this year" keeps its own year; with no year written before, "that year" names none.
        ("The exchange opened in May this year.", "2026-03-19", ["May this year=2026-05"]),
        ("A rival followed in July of that year.", "2026-03-19", ["July=2025-07"]),
    ])
    func aDateOfThatYearTakesTheYearLastWritten(_ text: String, _ published: String, _ expected: [String]) {
        #expect(dates(text, published: published) == expected)
    }

    @Test(arguments: [
        ("Firms that were operating had until June 30 to apply.", "2025-10-21", "June 30=2025-06-30"),
        ("Exchanges were given until March 1 to comply.", "2026-05-01", "March 1=2026-03-01"),
        ("Developers delayed it from the second quarter after a bug.", "2026-07-09", "second quarter=2026-Q2"),
        ("The scheme spread through chat groups from April.", "2026-05-13", "April=2026-04"),
        ("Rewards received before the end of the year are exempt.", "2025-11-05", "end of the year=2025-12-31"),
        ("Firms will have until June 30 to apply.", "2025-10-21", "June 30=2026-06-30"),
        ("The rules will apply from April.", "2026-05-13", "April=2027-04"),
        ("Firms have until March 1 to comply.", "2026-02-01", "March 1=2026-03-01"),
    ])
    func aStartOrLimitIsReadWithTheVerbBeforeIt(_ text: String, _ published: String, _ expected: String) {
        #expect(dates(text, published: published) == [expected])
    }

    @Test(arguments: [
        ("The results were the first of fiscal 2027.", "fiscal 2027=2026"),
        ("The budget for fiscal year 2026 was cut.", "fiscal year 2026=2025"),
        ("The target for FY28 is unchanged.", "FY28=2027"),
        ("FY2030 guidance was raised.", "FY2030=2029"),
        ("The 2027 budget was cut.", "2027=2027"),
    ])
    func aFiscalYearIsValuedByTheYearItStarts(_ text: String, _ expected: String) {
        #expect(dates(text, published: "2026-10-22") == [expected])
    }

    @Test(arguments: [
        ("The committee holds a public hearing on fees on Tuesday.", "2026-05-22", "Tuesday=2026-05-26"),
        ("The Senate votes on the bill on Thursday, aides said.", "2026-11-10", "Thursday=2026-11-12"),
        ("The regulator hosts a consultation meeting on Monday.", "2026-11-05", "Monday=2026-11-09"),
        // A verb that looks back keeps the event in the past, however far before the weekday.
        ("The Senate approved the law by 39 votes to 26 on Wednesday.", "2026-11-19", "Wednesday=2026-11-18"),
        ("\"Rules apply to all,\" explained the director at a conference in Lisbon on Monday.", "2026-06-16", "Monday=2026-06-15"),
        ("The exchange paused withdrawals on Monday.", "2026-06-16", "Monday=2026-06-15"),
    ])
    func anEventBeforeAWeekdayIsToComeUnlessAVerbLooksBack(_ text: String, _ published: String, _ expected: String) {
        #expect(dates(text, published: published) == [expected])
    }

    @Test(arguments: [
        ("The figures were posted this morning.", "this morning=2026-07-01"),
        ("The minister speaks tonight.", "tonight=2026-07-01"),
        ("The bill passed last night.", "last night=2026-06-30"),
        ("The vote is this afternoon.", "this afternoon=2026-07-01"),
        ("Assets must move to cold wallets by the end of June next year.", "end of June next year=2027-06-30"),
        ("Rules changed at the end of May last year.", "end of May last year=2025-05-31"),
        ("The shop opens every morning at nine.", nil),
    ])
    func partsOfTheDayAndTheEndOfAMonthOfARelativeYear(_ text: String, _ expected: String?) {
        #expect(dates(text, published: "2026-07-01") == (expected.map { [$0] } ?? []))
    }
}
