import Testing
@testable import Extractor

/// ISO values are read by their bytes: every form a date value takes gives its days, and a value that is not ISO (a
/// stray letter, a dash or a digit beyond ASCII, an empty part) gives none.
@Suite struct IsoDateValueTests {
    /// The first and last day of a value, as `YYYY-MM-DD`.
    private func bounds(_ value: String) -> [String]? {
        MeasureTiming.days(of: value).map { [$0.lowerBound, $0.upperBound].map { CalendarDay(daysSinceEpoch: $0).description } }
    }

    @Test(arguments: [
        ("2025", ["2025-01-01", "2025-12-31"]),
        ("2024-02", ["2024-02-01", "2024-02-29"]),
        ("2025-Q3", ["2025-07-01", "2025-09-30"]),
        ("2025-W01", ["2024-12-30", "2025-01-05"]),
        ("2025-06-30", ["2025-06-30", "2025-06-30"]),
    ])
    func anIsoValueCoversItsDays(value: String, days: [String]) {
        #expect(bounds(value) == days)
    }

    @Test(arguments: ["", "25", "2025-13", "2025-Q5", "2025-02-30", "２０２５", "2025\u{2013}06", "2025-0\u{0665}", "2025-06-3x", "x2025"])
    func aValueThatIsNotIsoCoversNoDays(value: String) {
        #expect(bounds(value) == nil)
    }

    @Test(arguments: [("2025-06-30", "2025-06-30"), ("2024-02-29", "2024-02-29")])
    func aDayParses(text: String, day: String) {
        #expect(CalendarDay(iso: text)?.description == day)
        #expect(CalendarDay(iso: text[...])?.description == day)
    }

    @Test(arguments: ["2025-6-30", "2025--06-30", "2025-06-30-", "2025-06-3\u{0661}", "2025\u{2010}06-30", "2025-02-29", "2025-06"])
    func aValueThatIsNotADayGivesNone(text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }
}
