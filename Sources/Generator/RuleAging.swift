import Extractor

extension Rule {
    /// The rule as it stands on a day: a `scheduled` rule whose effective date has come is `active`. A date the
    /// rule gives less precisely counts from the first day of its month, quarter, ISO week or year; a date that
    /// cannot be read leaves the status alone.
    public func asOf(_ day: CalendarDay) -> Rule {
        guard status == .scheduled, let start = effective.flatMap(firstDay(of:)), start <= day else { return self }
        var aged = self
        aged.status = .active
        return aged
    }
}

extension Rulebook {
    /// The rulebook as it stands on a day: each rule's status aged with ``Rule/asOf(_:)``.
    public func asOf(_ day: CalendarDay) -> Rulebook {
        Rulebook(rules: rules.map { $0.asOf(day) })
    }
}

/// The first day an ISO 8601 value names: `2031-05-01`, `2031-05`, `2031-Q2`, `2031-W18` or `2031`.
func firstDay(of value: String) -> CalendarDay? {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    switch parts.count {
    case 1:
        return CalendarDay(year: year, month: 1, day: 1)
    case 2 where parts[1].hasPrefix("Q"):
        guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
        return CalendarDay(year: year, month: quarter * 3 - 2, day: 1)
    case 2 where parts[1].hasPrefix("W"):
        guard parts[1].count == 3, let week = Int(parts[1].dropFirst()), (1...53).contains(week),
              let january4 = CalendarDay(year: year, month: 1, day: 4) else { return nil }
        // ISO week 1 is the week with 4 January in it; weeks start on Monday (1 January 1970 was a Thursday).
        let weekday = ((january4.daysSinceEpoch + 3) % 7 + 7) % 7
        return january4.adding(days: 7 * (week - 1) - weekday)
    case 2:
        guard parts[1].count == 2, let month = Int(parts[1]) else { return nil }
        return CalendarDay(year: year, month: month, day: 1)
    case 3:
        return CalendarDay(iso: value.prefix(10))
    default:
        return nil
    }
}
