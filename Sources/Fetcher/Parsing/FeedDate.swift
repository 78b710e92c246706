import Foundation

/// Parses the dates found in feeds: RFC 822 and its broken variants, ISO 8601 and W3C-DTF,
/// Unix timestamps. A date that cannot be read with confidence gives `nil`, never a guess.
public enum FeedDate {
    /// The instant a feed date names, or `nil` when it cannot be read.
    public static func parse(_ text: String) -> Date? {
        var text = text
        if let date = text.withUTF8(parseCanonicalRFC822) { return date }
        let trimmed = text.trimmed
        guard !trimmed.isEmpty, trimmed.utf8.count < 100 else { return nil }
        let bytes = Array(trimmed.utf8)
        if let first = bytes.first, isDigit(first) {
            if let date = parseISO8601(bytes) { return date }
            if let date = parseUnixTimestamp(bytes) { return date }
        }
        return parseRFC822(trimmed)
    }

    /// Formats a date as `YYYY-MM-DDTHH:MM:SSZ` in UTC, fractional seconds dropped.
    public static func iso8601(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(fromDaysSinceEpoch: days)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
            + "\(pad(secondOfDay % 3600 / 60, 2)):\(pad(secondOfDay % 60, 2))Z"
    }

    // MARK: ISO 8601 and W3C-DTF

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYYMMDD`, then optionally `T` or a space, `HH:MM`,
    /// `:SS`, a fraction, and `Z` or an offset (`+HH:MM`, `+HHMM`, `+HH`).
    static func parseISO8601(_ bytes: [UInt8]) -> Date? {
        var scanner = ByteScanner(bytes: bytes)
        guard let year = scanner.number(digits: 4) else { return nil }
        var month = 1
        var day = 1
        if scanner.skip("-") {
            guard let parsedMonth = scanner.number(digits: 2) else { return nil }
            month = parsedMonth
            if scanner.skip("-") {
                guard let parsedDay = scanner.number(digits: 2) else { return nil }
                day = parsedDay
            }
        } else if let compactMonth = scanner.number(digits: 2) {
            guard let compactDay = scanner.number(digits: 2) else { return nil }
            month = compactMonth
            day = compactDay
        }
        var hour = 0
        var minute = 0
        var second = 0
        var offset = 0
        if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
            guard let parsedHour = scanner.number(digits: 2) else { return nil }
            hour = parsedHour
            let separated = scanner.skip(":")
            guard let parsedMinute = scanner.number(digits: 2) else { return nil }
            minute = parsedMinute
            if separated ? scanner.skip(":") : scanner.peekDigit {
                guard let parsedSecond = scanner.number(digits: 2) else { return nil }
                second = parsedSecond
            }
            if scanner.skip(".") || scanner.skip(",") {
                while scanner.peekDigit { scanner.advance() }
            }
            scanner.skipSpaces()
            if scanner.isAtEnd {
                offset = 0
            } else if scanner.skip("Z") || scanner.skip("z") {
                offset = 0
            } else if let parsedOffset = scanner.numericOffset() {
                offset = parsedOffset
            } else if let named = scanner.remainingText.flatMap(namedZoneOffset) {
                return makeDate(year, month, day, hour, minute, second, offsetSeconds: named)
            } else {
                return nil
            }
        }
        scanner.skipSpaces()
        guard scanner.isAtEnd else { return nil }
        return makeDate(year, month, day, hour, minute, second, offsetSeconds: offset)
    }

    static func parseUnixTimestamp(_ bytes: [UInt8]) -> Date? {
        guard (9...10).contains(bytes.count), bytes.allSatisfy(isDigit),
              let seconds = Int(String(decoding: bytes, as: UTF8.self)) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    // MARK: RFC 822 and its variants

    /// `[Day,] DD Mon YYYY [HH:MM[:SS]] [zone]`, also with day and month swapped, dashes between
    /// the date parts, two-digit years, named and military zones and `GMT+hh:mm` forms.
    static func parseRFC822(_ text: String) -> Date? {
        var parts = text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .map(String.init)
        if let first = parts.first, weekdays.contains(where: { first.hasPrefix($0) }) {
            parts.removeFirst()
        }
        if parts.count == 1, parts[0].contains("-") {
            parts = parts[0].split(separator: "-").map(String.init)
        } else if let first = parts.first, first.filter({ $0 == "-" }).count == 2 {
            // `01-Jan-2004 10:00 GMT`
            parts = first.split(separator: "-").map(String.init) + parts.dropFirst()
        }
        guard parts.count >= 3 else { return nil }
        var day: Int
        var month: Int
        if let parsedDay = Int(parts[0]), let parsedMonth = monthNumber(parts[1]) {
            day = parsedDay
            month = parsedMonth
        } else if let parsedMonth = monthNumber(parts[0]), let parsedDay = Int(parts[1]) {
            day = parsedDay
            month = parsedMonth
        } else {
            return nil
        }
        var rest = Array(parts.dropFirst(2))
        // `Jan 10 10:00:00 2022` (asctime) puts the year last.
        var yearText = rest.removeFirst()
        if yearText.contains(":"), let last = rest.last, Int(last) != nil {
            rest.removeLast()
            rest.insert(yearText, at: 0)
            yearText = last
        }
        guard yearText.allSatisfy(\.isNumber), var year = Int(yearText) else { return nil }
        if yearText.count <= 2 { year += year < 90 ? 2000 : 1900 }
        var hour = 0
        var minute = 0
        var second = 0
        if let time = rest.first, time.contains(":") {
            rest.removeFirst()
            let fields = time.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(fields.count) else { return nil }
            let numbers = fields.map { field in Int(field.prefix { $0.isNumber }) }
            guard let parsedHour = numbers[0], let parsedMinute = numbers[1] else { return nil }
            hour = parsedHour
            minute = parsedMinute
            if numbers.count == 3 {
                guard let parsedSecond = numbers[2] else { return nil }
                second = parsedSecond
            }
        }
        var offset = 0
        if var zone = rest.first {
            if zone.hasPrefix("etc/") { zone.removeFirst(4) }
            if zone.hasPrefix("(") { zone = "" }
            if zone.hasPrefix("gmt") || zone.hasPrefix("utc"), zone.count > 3 {
                zone = String(zone.dropFirst(3))
            }
            if zone.isEmpty {
                offset = 0
            } else if zone.first == "+" || zone.first == "-" {
                var scanner = ByteScanner(bytes: Array(zone.utf8))
                guard let parsed = scanner.numericOffset(allowShortHours: true), scanner.isAtEnd else { return nil }
                offset = parsed
            } else if let named = namedZoneOffset(zone) {
                offset = named
            } else {
                return nil
            }
        }
        return makeDate(year, month, day, hour, minute, second, offsetSeconds: offset)
    }

    /// The form nearly every RSS date takes, `Wed, 02 Oct 2002 13:00:00 GMT` (or `+hhmm`, or
    /// without the weekday), read straight from the bytes. `nil` for anything else, which
    /// ``parseRFC822(_:)`` then reads: for the dates this accepts, both give the same instant.
    static func parseCanonicalRFC822(_ whole: UnsafeBufferPointer<UInt8>) -> Date? {
        var start = 0
        var end = whole.count
        while start < end, isASCIISpace(whole[start]) { start += 1 }
        while end > start, isASCIISpace(whole[end - 1]) { end -= 1 }
        var index = start
        func byte(_ offset: Int) -> UInt8 { index + offset < end ? whole[index + offset] : 0 }
        func digits(_ count: Int) -> Int? {
            var value = 0
            for offset in 0..<count {
                let digit = byte(offset)
                guard isDigit(digit) else { return nil }
                value = value * 10 + Int(digit - UInt8(ascii: "0"))
            }
            index += count
            return value
        }
        func word3() -> UInt32? {
            guard isASCIILetter(byte(0)), isASCIILetter(byte(1)), isASCIILetter(byte(2)) else { return nil }
            let packed = UInt32(byte(0) | 0x20) << 16 | UInt32(byte(1) | 0x20) << 8 | UInt32(byte(2) | 0x20)
            index += 3
            return packed
        }
        func skip(_ expected: UInt8) -> Bool {
            guard byte(0) == expected else { return false }
            index += 1
            return true
        }
        if isASCIILetter(byte(0)) {
            guard let weekday = word3(), packedWeekdays.contains(weekday), skip(UInt8(ascii: ",")),
                  skip(UInt8(ascii: " ")) else { return nil }
        }
        guard let day = isDigit(byte(1)) ? digits(2) : digits(1), skip(UInt8(ascii: " ")),
              let monthWord = word3(), let month = packedMonths.firstIndex(of: monthWord).map({ $0 + 1 }),
              skip(UInt8(ascii: " ")), let year = digits(4), skip(UInt8(ascii: " ")),
              let hour = digits(2), skip(UInt8(ascii: ":")), let minute = digits(2), skip(UInt8(ascii: ":")),
              let second = digits(2), skip(UInt8(ascii: " ")) else { return nil }
        let offset: Int
        if byte(0) == UInt8(ascii: "+") || byte(0) == UInt8(ascii: "-") {
            let sign = byte(0) == UInt8(ascii: "-") ? -1 : 1
            index += 1
            guard let hours = digits(2), let minutes = digits(2), hours <= 18, minutes < 60 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        } else {
            let zoneStart = index
            while index < end, isASCIILetter(whole[index]) { index += 1 }
            guard index > zoneStart, index - zoneStart <= 4 else { return nil }
            let zone = String(decoding: UnsafeBufferPointer(rebasing: whole[zoneStart..<index]), as: UTF8.self)
            guard let named = zoneOffsets[zone.lowercased()] else { return nil }
            offset = named
        }
        guard index == end else { return nil }
        return makeDate(year, month, day, hour, minute, second, offsetSeconds: offset)
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func packed(_ word: String) -> UInt32 {
        word.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static let packedWeekdays = weekdays.map(packed)

    private static let packedMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        .map(packed)

    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    private static let months = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    private static func monthNumber(_ text: String) -> Int? {
        guard text.count >= 3, text.allSatisfy(\.isLetter) else { return nil }
        return months[String(text.prefix(3))]
    }

    /// Zone names whose offset is unambiguous, in seconds east of UTC.
    private static let zoneOffsets: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "wet": 0,
        "adt": -3, "ast": -4, "edt": -4, "est": -5, "cdt": -5, "cst": -6,
        "mdt": -6, "mst": -7, "pdt": -7, "pst": -8, "akst": -9, "akdt": -8, "hst": -10,
        "cet": 1, "cest": 2, "met": 1, "mest": 2, "eet": 2, "eest": 3, "west": 1, "bst": 1,
        "msk": 3, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13,
        "a": -1, "n": 1, "m": -12, "y": 12,
    ].mapValues { $0 * 3600 }

    static func namedZoneOffset(_ name: String) -> Int? {
        zoneOffsets[name.lowercased()]
    }

    // MARK: Calendar arithmetic

    static func makeDate(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, offsetSeconds: Int
    ) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= daysInMonth(year: year, month: month),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              abs(offsetSeconds) <= 18 * 3600 else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's `days_from_civil`.
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Howard Hinnant's `civil_from_days`.
    private static func civilDate(fromDaysSinceEpoch days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

/// A cursor over ASCII bytes for the date grammars.
private struct ByteScanner {
    let bytes: [UInt8]
    var index = 0

    var isAtEnd: Bool { index >= bytes.count }
    var peekDigit: Bool { !isAtEnd && isDigit(bytes[index]) }
    var remainingText: String? {
        isAtEnd ? nil : String(decoding: bytes[index...], as: UTF8.self).trimmed
    }

    mutating func advance() { index += 1 }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard !isAtEnd, bytes[index] == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    mutating func skipSpaces() {
        while !isAtEnd, bytes[index] == UInt8(ascii: " ") { index += 1 }
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += digits
        return value
    }

    /// `+HH:MM`, `+HHMM`, `+HH` (and `+H` when allowed), in seconds east of UTC.
    mutating func numericOffset(allowShortHours: Bool = false) -> Int? {
        guard !isAtEnd, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") else { return nil }
        let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
        index += 1
        let hours: Int
        if let twoDigits = number(digits: 2) {
            hours = twoDigits
        } else if allowShortHours, let oneDigit = number(digits: 1) {
            hours = oneDigit
        } else {
            return nil
        }
        var minutes = 0
        let separated = skip(":")
        if separated || peekDigit {
            guard let parsed = number(digits: 2) else { return nil }
            minutes = parsed
        }
        guard hours <= 18, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
