import Foundation

/// Reading publication dates as pages write them, into ISO 8601.
///
/// An instant is kept when the page gives one (`2019-11-19T13:03:00Z`); otherwise the day.
/// Anything that does not name a real day gives `nil`.
enum DateReading {
    /// Reads a machine-written date: ISO 8601 (`2019-11-19`, `2019-11-19T13:03:00.000Z`),
    /// `2019/11/19`, or an RFC 822 date (`Tue, 19 Nov 2019 13:03:00 GMT`); also the human forms
    /// ``human(_:)`` reads.
    static func normalize(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: " \t\n\r")
        let startsWithYear = trimmed.utf8.prefix(4).count == 4 && trimmed.utf8.prefix(4).allSatisfy { $0 >= 48 && $0 <= 57 }
        if startsWithYear, let match = trimmed.prefixMatch(of: isoPattern) {
            let (_, year, month, day, time) = match.output
            guard let date = CalendarDay(year: Int(year) ?? 0, month: Int(month) ?? 0, day: Int(day) ?? 0) else {
                return nil
            }
            guard let time else { return date.description }
            return date.description + "T" + time.replacingOccurrences(of: " ", with: "")
        }
        return human(trimmed)
    }

    /// Reads a date written for people: `November 19, 2019`, `Nov. 19, 2019`, `19 November 2019`,
    /// `Tue, 19 Nov 2019`. English month names only.
    static func human(_ text: String) -> String? {
        guard containsYear(text) else { return nil }
        if let match = text.firstMatch(of: monthFirstPattern) {
            let (_, month, day, year) = match.output
            return self.day(year: year, monthName: month, day: day)
        }
        if let match = text.firstMatch(of: dayFirstPattern) {
            let (_, day, month, year) = match.output
            return self.day(year: year, monthName: month, day: day)
        }
        return nil
    }

    /// Whether four digits in a row, starting 19 or 20, occur: a cheap test before the patterns.
    static func containsYear(_ text: String) -> Bool {
        var run = 0
        var previous: [UInt8] = []
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                run += 1
                previous.append(byte)
                if run == 4 {
                    let century = previous.suffix(4).prefix(2)
                    if century.elementsEqual([49, 57]) || century.elementsEqual([50, 48]) { return true }
                }
            } else {
                run = 0
                previous.removeAll(keepingCapacity: true)
            }
        }
        return false
    }

    /// Reads the date in a URL path: `/2019/11/19/`, `/2019-11-19-`, `/20191119/`.
    static func fromURL(_ url: String) -> String? {
        guard let match = url.firstMatch(of: urlPattern) else { return nil }
        let (_, year, month, day) = match.output
        return CalendarDay(year: Int(year) ?? 0, month: Int(month) ?? 0, day: Int(day) ?? 0)?.description
    }

    private static func day(year: Substring, monthName: Substring, day: Substring) -> String? {
        let key = monthName.lowercased().prefix(3)
        guard let month = monthNumbers[String(key)] else { return nil }
        return CalendarDay(year: Int(year) ?? 0, month: month, day: Int(day) ?? 0)?.description
    }

    private static let monthNumbers: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    nonisolated(unsafe) private static let isoPattern =
        #/(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?))?/#
    nonisolated(unsafe) private static let monthFirstPattern =
        #/(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/#
    nonisolated(unsafe) private static let dayFirstPattern =
        #/(?i)\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b/#
    nonisolated(unsafe) private static let urlPattern = #//((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/#
}
