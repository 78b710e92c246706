import Testing
@testable import Extractor

/// The ISO value of each date expression found in `text`, by its wording.
private func dates(_ text: String, published: String) -> [String: String] {
    let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: published))
    var found: [String: String] = [:]
    for date in analysis.dates { found[date.text] = date.value }
    return found
}

/// Dates in sentences we wrote, normalized against a publication day.
@Suite struct TemporalRecognizerTests {
    @Test(arguments: [
        ("The rules apply from 6 January 2021.", "6 January 2021", "2021-01-06"),
        ("The rules apply from January 6, 2021.", "January 6, 2021", "2021-01-06"),
        ("The exchange closed on Feb. 25 for maintenance.", "Feb. 25", "2020-02-25"),
        ("Trading resumes on Sept. 3 in all markets.", "Sept. 3", "2020-09-03"),
        ("Filings are due by 2020-07-31 at the latest.", "2020-07-31", "2020-07-31"),
        ("The fund was launched in March 2019.", "March 2019", "2019-03"),
        ("The regulator acted in 2018.", "2018", "2018"),
        ("It expects results in the third quarter of 2021.", "third quarter of 2021", "2021-Q3"),
        ("It expects results in Q2 2022.", "Q2 2022", "2022-Q2"),
    ])
    func absoluteDates(text: String, expression: String, value: String) {
        #expect(dates(text, published: "2020-06-10")[expression] == value)
    }

    @Test func yearlessDatesTakeTheNearestYear() {
        #expect(dates("The ban starts on January 5.", published: "2021-12-20")["January 5"] == "2022-01-05")
        #expect(dates("The ban started on December 28.", published: "2022-01-03")["December 28"] == "2021-12-28")
        #expect(dates("The vote is set for July 14.", published: "2022-07-01")["July 14"] == "2022-07-14")
        #expect(dates("Miners left in May.", published: "2021-09-28")["May"] == "2021-05")
        #expect(dates("Projects must close by April.", published: "2021-03-01")["April"] == "2021-04")
        // The tense decides between two years equally near.
        #expect(dates("Exchanges must register by June 30.", published: "2021-12-08")["June 30"] == "2022-06-30")
        #expect(dates("Complaints have piled up since July.", published: "2022-01-20")["July"] == "2021-07")
        #expect(dates("The rules were adopted on July 2.", published: "2022-01-20")["July 2"] == "2021-07-02")
        #expect(dates("The rules take effect on July 2.", published: "2022-01-20")["July 2"] == "2022-07-02")
    }

    @Test func relativeExpressionsResolveAgainstPublication() {
        let found = dates("The bank said yesterday that rules agreed last week take effect next month, and more follow next year.", published: "2021-09-29")
        #expect(found["yesterday"] == "2021-09-28")
        #expect(found["last week"] == "2021-W38")
        #expect(found["next month"] == "2021-10")
        #expect(found["next year"] == "2022")
        #expect(dates("Prices rose today and fell last year.", published: "2023-01-02")["today"] == "2023-01-02")
        #expect(dates("Prices rose today and fell last year.", published: "2023-01-02")["last year"] == "2022")
        #expect(dates("Sales doubled this year.", published: "2023-05-05")["this year"] == "2023")
    }

    @Test func weekdaysLookBackUnlessTheSentenceLooksAhead() {
        // 2021-03-03 is a Wednesday.
        #expect(dates("The agency said on Monday that it acted.", published: "2021-03-03")["Monday"] == "2021-03-01")
        #expect(dates("The rules will apply from Friday.", published: "2021-03-03")["Friday"] == "2021-03-05")
        #expect(dates("The exchange was hacked on Wednesday.", published: "2021-03-03")["Wednesday"] == "2021-03-03")
        #expect(dates("Regulators met last Wednesday.", published: "2021-03-03")["last Wednesday"] == "2021-02-24")
        #expect(dates("The agency said on Friday that the meeting ends on Thursday.", published: "2021-03-03")["Thursday"] == "2021-03-04")
        #expect(dates("The agency said on Friday that the meeting ends on Thursday.", published: "2021-03-03")["Friday"] == "2021-02-26")
        #expect(dates("Trading resumes from Monday, March 8, the exchange said.", published: "2021-03-03")["Monday, March 8"] == "2021-03-08")
    }

    @Test func endOfAPeriodIsItsLastDay() {
        #expect(dates("Support ends by the end of 2021.", published: "2021-09-27")["end of 2021"] == "2021-12-31")
        #expect(dates("Support ends by the end of the year.", published: "2022-04-01")["end of the year"] == "2022-12-31")
        #expect(dates("Support ends by the end of March.", published: "2022-01-15")["end of March"] == "2022-03-31")
    }

    @Test func vaguePartsOfAPeriodTakeThePeriod() {
        #expect(dates("Earlier this year, the ministry acted.", published: "2021-09-27")["Earlier this year"] == "2021")
        #expect(dates("A decision is expected in mid-2022.", published: "2021-09-27")["mid-2022"] == "2022")
    }

    @Test(arguments: [
        "The token fell 12% to $2,021 within 60 days.",
        "It may take three months to comply.",
        "About 1,500 miners were switched off at 4:30 p.m. every day.",
        "The vote passed 4-1 and 2500 users signed up.",
    ])
    func durationsPricesAndTimesAreNoDates(text: String) {
        let found = dates(text, published: "2021-06-01")
        #expect(found.keys.allSatisfy { !["60 days", "three months", "4:30", "2,021", "2500", "March"].contains($0) }, "\(found)")
        #expect(found["may"] == nil && found["May"] == nil)
    }

    @Test func everyMentionIsReportedWithItsOffsets() {
        let text = "It happened in 2019, and again in 2019."
        let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2021-01-01"))
        #expect(analysis.dates.count == 2)
        let scalars = Array(text.unicodeScalars)
        for date in analysis.dates {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[date.start..<date.end])
            #expect(String(view) == date.text)
        }
    }

    @Test func rolesFollowThePrepositionBeforeTheDate() {
        let analysis = TextAnalyzer().analyze(
            "The ban applies from March 1 and sellers have until March 15, after a review in 2019.",
            published: CalendarDay(iso: "2021-02-01")
        )
        let roles = Dictionary(uniqueKeysWithValues: analysis.dates.map { ($0.text, $0.role) })
        #expect(roles["March 1"] == .effective)
        #expect(roles["March 15"] == .deadline)
        #expect(roles["2019"] == .past)
    }

    @Test(arguments: [
        ("Filers who miss the March deadline pay a surcharge.", "March", "2024-03"),
        ("The board will hold its May meeting in Lisbon.", "May", "2024-05"),
    ])
    func aMonthThatDatesANounIsADate(text: String, expected: String, value: String) {
        let dates = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2023-11-21")).dates
        #expect(dates.map(\.text) == [expected], "\(dates)")
        #expect(dates.first?.value == value)
    }

    @Test func aMonthWordThatIsAVerbIsNoDate() {
        let dates = TextAnalyzer().analyze("Protesters may march to the ministry.", published: CalendarDay(iso: "2023-11-21")).dates
        #expect(dates.isEmpty)
    }
}

/// Date expressions that news writes in many ways, over sentences we wrote.
@Suite struct TemporalGeneralizationTests {
    @Test(arguments: [
        ("The tax rises from January next year.", "January next year", "2026-01"),
        ("In March last year, the agency warned savers.", "March last year", "2024-03"),
        ("Firms have until June 30 next year to comply.", "June 30 next year", "2026-06-30"),
        ("The fee started on 5 May last year.", "5 May last year", "2024-05-05"),
        ("Results come in October this year.", "October this year", "2025-10"),
    ])
    func aYearlessDateWithARelativeYear(text: String, expression: String, value: String) {
        let found = dates(text, published: "2025-07-31")
        #expect(found[expression] == value, "\(found)")
        #expect(found["next year"] == nil && found["last year"] == nil && found["this year"] == nil)
    }

    @Test(arguments: [
        ("Posted 14.04.2026 by the desk.", "14.04.2026", "2026-04-14"),
        ("Seoul, 2026.02.10 (news desk)", "2026.02.10", "2026-02-10"),
        ("Filed on 03/11/2025 with the court.", "03/11/2025", "2025-11-03"),
        ("Filed on 12/25/2024 with the court.", "12/25/2024", "2024-12-25"),
    ])
    func numericDatesWithTheirYear(text: String, expression: String, value: String) {
        #expect(dates(text, published: "2026-04-14")[expression] == value)
    }

    @Test(arguments: [
        "The index rose 3.5 points.",
        "Version 1.2.3 fixed the bug.",
        "The ratio was 12/5 at the close.",
    ])
    func decimalsAndVersionsAreNoDates(text: String) {
        #expect(dates(text, published: "2026-04-14").isEmpty)
    }

    @Test func aLeaningTenseMovesAYearlessDateOnlyWithinMonths() {
        // Mid-January: "was January 31" is this month's cut-off, not last year's.
        #expect(dates("The original cut-off was January 31.", published: "2026-01-15")["January 31"] == "2026-01-31")
        // A settling word still decides.
        #expect(dates("Complaints have piled up since November.", published: "2026-01-15")["November"] == "2025-11")
        #expect(dates("The rules were adopted on July 2.", published: "2022-01-20")["July 2"] == "2021-07-02")
    }

    @Test(arguments: [
        ("The second half of next year will be busy.", "second half of next year", "2026"),
        ("Sales dipped in the first half of 2024.", "first half of 2024", "2024"),
        ("A vote is expected in late September.", "late September", "2025-09"),
        ("The law passed in mid-March.", "mid-March", "2025-03"),
    ])
    func vaguePartsOfPeriods(text: String, expression: String, value: String) {
        #expect(dates(text, published: "2025-07-31")[expression] == value, "\(dates(text, published: "2025-07-31"))")
    }

    @Test func theEndOfTheQuarterLooksBackWhenTheSentenceDoes() {
        #expect(dates("Funds were positioned for a fall into the end of the quarter.", published: "2026-10-05")["end of the quarter"] == "2026-09-30")
        #expect(dates("Funds will rebalance before the end of the quarter.", published: "2026-10-05")["end of the quarter"] == "2026-12-31")
        #expect(dates("The bank said the rules apply from the end of the month.", published: "2026-10-05")["end of the month"] == "2026-10-31")
    }
}
