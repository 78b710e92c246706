/// When a measure's date lies relative to the article's publication day: what tells the article's
/// news ("from June 1", "on Tuesday") from its background ("in 2019", "since May 2021").
struct MeasureTiming {
    var published: CalendarDay

    /// How long before publication a measure's date may end and still be the article's news:
    /// news reports decisions of the last weeks, not of last year.
    static let newsWindowDays = 45

    /// The first and last day an ISO value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Www`, `YYYY-Qn`) covers.
    static func days(of value: String) -> ClosedRange<Int>? {
        // (Split by bytes, not by Characters, which reads grapheme breaks: only ASCII digits parse.)
        let parts = value.utf8.split(separator: UInt8(ascii: "-")).map(Substring.init)
        guard let first = parts.first, first.utf8.count == 4, let year = Int(first) else { return nil }
        func day(_ month: Int, _ day: Int) -> Int? { CalendarDay(year: year, month: month, day: day)?.daysSinceEpoch }
        switch parts.count {
        case 1:
            guard let start = day(1, 1), let end = day(12, 31) else { return nil }
            return start...end
        case 2 where parts[1].hasPrefix("W"):
            guard let week = Int(parts[1].dropFirst()), let january4 = CalendarDay(year: year, month: 1, day: 4) else { return nil }
            let start = january4.daysSinceEpoch + 1 - january4.weekday + 7 * (week - 1)
            return start...(start + 6)
        case 2 where parts[1].hasPrefix("Q"):
            guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter), let start = day(3 * quarter - 2, 1),
                  let end = day(3 * quarter, CalendarDay.length(ofMonth: 3 * quarter, in: year)) else { return nil }
            return start...end
        case 2:
            guard let month = Int(parts[1]), (1...12).contains(month), let start = day(month, 1),
                  let end = day(month, CalendarDay.length(ofMonth: month, in: year)) else { return nil }
            return start...end
        default:
            guard let whole = CalendarDay(iso: value) else { return nil }
            return whole.daysSinceEpoch...whole.daysSinceEpoch
        }
    }

    /// "2027" holds "2027-03-01": a year, quarter or month (not a week) that holds a given day (`YYYY-MM-DD`), so that the
    /// day states the same date more finely.
    static func isPeriod(_ value: String, holding day: String) -> Bool {
        guard value.count < 10, !value.contains("-W"), day.count == 10, let period = days(of: value),
              let dayRange = days(of: day) else { return false }
        return period.contains(dayRange.lowerBound)
    }

    /// The value ended well before publication: the measure is background, whatever its wording.
    func isPast(_ value: String?) -> Bool {
        guard let value, let days = Self.days(of: value) else { return false }
        return days.upperBound < published.daysSinceEpoch - Self.newsWindowDays
    }

    /// The value is publication day or later (a start or a deadline still to come).
    func isAhead(_ value: String?) -> Bool {
        guard let value, let days = Self.days(of: value) else { return false }
        return days.upperBound >= published.daysSinceEpoch
    }

    /// The value's first day comes after publication day: a start or a deadline still wholly to come ("from July 1"
    /// in an article of June 10), not one that began by publication.
    func startsAfterPublication(_ value: String) -> Bool {
        (Self.days(of: value)?.lowerBound ?? 0) > published.daysSinceEpoch
    }

    /// A day (or week) within the month before publication: a measure in effect since then is news.
    func isRecentStart(_ value: String?) -> Bool {
        guard let value, value.count == 10 || value.contains("-W"), let days = Self.days(of: value) else { return false }
        return (0...31).contains(published.daysSinceEpoch - days.lowerBound)
    }

    /// Where a date stands against publication, as the statement and frame models read it: "ahead", "recent", "past",
    /// "other" (the weeks between recent and past, or a value with no days), or "none" when there is no date.
    func place(of value: String?) -> String {
        guard let value else { return "none" }
        if isAhead(value) { return "ahead" }
        if isRecentStart(value) { return "recent" }
        return isPast(value) ? "past" : "other"
    }
}
