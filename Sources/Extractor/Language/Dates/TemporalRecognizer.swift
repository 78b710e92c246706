/// A temporal expression found in the tokens, before it becomes output.
struct DateMention: Sendable {
    /// Token range.
    var first: Int
    var end: Int
    var value: String
    var role: TemporalRole
    /// The expression names a vague part of a period ("earlier this year", "mid-2021").
    var isVague: Bool
}

/// Finds temporal expressions and normalizes them against the publication day (SCHEMA.md section 3):
/// absolute and year-less dates, months, years, quarters, weekdays, "last week", "this year",
/// "today", "by the end of 2021".
struct TemporalRecognizer {
    var published: CalendarDay

    func mentions(in tokens: [Token], sentences: [Sentence]) -> [DateMention] {
        var found: [DateMention] = []
        var tenses: [Int] = []
        for sentence in sentences {
            var index = sentence.first
            while index < sentence.end {
                // (The word and the kind are read in place: a copy of the token would retain both its strings at every token.)
                let word = tokens[index].lower
                // "a year ago this week": a count opens a date only before "ago" (an "a" is too common to try each; "ago" is
                // asked first, the table of counts only two words before it).
                let beforeAgo = index + 2 < sentence.end && tokens[index + 2].lower == "ago" && Self.smallNumbers[word] != nil
                guard tokens[index].kind == .number || Self.starters.contains(word) || Self.isOrdinalDay(word)
                    || word.hasPrefix("fy") || word == "weekend" || beforeAgo else {
                    index += 1
                    continue
                }
                var tense = Self.tense(before: index, in: tokens, from: sentence.first)
                // "In July, the exchange lost ...", "On Friday, the bank will ...": a date that opens its sentence takes the
                // tense of the verb after it.
                if tense == 0, Self.opensSentence(index, in: tokens, from: sentence.first) {
                    tense = Self.tense(after: index, in: tokens, to: sentence.end)
                }
                // "The committee holds a hearing on Thursday": an event named before a weekday, in a sentence with no verb
                // before it that looks back ("spoke at a conference on Monday"), is one to come.
                // ("The hearing on Monday ended", "In a speech on Tuesday, the commissioner said": the verb of its clause looks
                // back; an opening phrase's clause is the one after its comma, and ", aides said" credits, it dates nothing.)
                if tense == 0, Self.weekdays[word] != nil,
                   tokens[max(sentence.first, index - 8)..<index].contains(where: { Self.eventNouns.contains($0) }),
                   Self.leaning(before: index, in: tokens, from: sentence.first, reach: index - sentence.first) >= 0 {
                    let opensThePhrase = ["in", "at", "during"].contains(tokens[sentence.first].lower) && index + 1 < sentence.end && tokens[index + 1].text == ","
                    let clauseEnd = opensThePhrase ? sentence.end : (index + 1..<sentence.end).first { tokens[$0].text == "," } ?? sentence.end
                    if Self.tense(after: index, in: tokens, to: clauseEnd) >= 0 { tense = 1 }
                }
                if tense > 0, Self.weekdays[word] != nil, Self.startsAnActDone(index, in: tokens, from: sentence.first) { tense = -1 }
                // "gave similar relief to a storage network in March": a year-less month whose clause's verb stands further
                // back than the usual reach takes that verb's tense. (The end of a period does not: "postponed the rule
                // for small transfers from June 1 to Sept. 1".)
                if tense == 0, Self.opensAYearLessMonth(index, in: tokens, limit: sentence.end),
                   index == sentence.first || !Self.periodEndWords.contains(tokens[index - 1]) {
                    tense = Self.distantLeaning(before: index, in: tokens, from: sentence.first)
                }
                if let mention = match(tokens, at: index, limit: sentence.end, tense: tense) {
                    var mention = resolveAnaphora(mention, tokens: tokens, limit: sentence.end, earlier: found)
                    mention.role = role(of: mention, in: tokens, from: sentence.first)
                    found.append(mention)
                    tenses.append(tense)
                    index = mention.end
                } else {
                    index += 1
                }
            }
        }
        return withSameDays(anchored(found, tenses: tenses, tokens: tokens), tokens: tokens)
    }

    /// "Deposits were halted the same day", "issued an alert on the same day", "dropped its rule the same month": a day
    /// or month of the past that the text names by the last one it wrote out before, a few sentences back at most
    /// (`anaphoraReach`). "Payments settle the same day" tells a habit and "from the same date as the licensing start"
    /// looks ahead: only an act told in the past just before it points back.
    func withSameDays(_ found: [DateMention], tokens: [Token]) -> [DateMention] {
        var result: [DateMention] = []
        var next = 0
        let today = published.description
        for index in tokens.indices.dropFirst() where tokens[index].lower == "same" && index + 1 < tokens.count {
            let unit = tokens[index + 1].lower
            guard Self.sameDayUnits.contains(unit), ["the", "that"].contains(tokens[index - 1].lower),
                  index + 2 >= tokens.count || tokens[index + 2].lower != "as" else { continue }
            // (The verb is looked for in its own sentence only.)
            let window = max(0, index - 14)..<index
            let sentenceStart = window.last { [".", "!", "?"].contains(tokens[$0].text) }.map { $0 + 1 } ?? window.lowerBound
            guard Self.leaning(before: index - 1, in: tokens, from: sentenceStart, reach: 12) < 0 else { continue }
            while next < found.count, found[next].first < index - 1 {
                result.append(found[next])
                next += 1
            }
            let precision = unit == "month" ? 7 : 10
            let withinReach = result.reversed().prefix { index - $0.end <= Self.anaphoraReach }
            guard let earlier = withinReach.first(where: { date in
                date.value.count >= precision && !date.value.contains("W") && !date.value.contains("Q")
                    && date.value.prefix(precision) <= today.prefix(precision)
            }) else { continue }
            result.append(DateMention(first: index - 1, end: index + 2, value: String(earlier.value.prefix(precision)), role: .other, isVague: false))
        }
        result.append(contentsOf: found[next...])
        return result
    }

    /// The units "the same ..." names a period by: "the same day", "the same date", "the same month".
    static let sameDayUnits: WordSet = ["day", "date", "month"]

    /// Periods named against the text's own time rather than the publication's: "the previous quarter" after "the
    /// September quarter" is the June quarter (ISO values of one precision sort in time), and "July of that year" after "January 2024" is July 2024.
    private func resolveAnaphora(_ mention: DateMention, tokens: [Token], limit: Int, earlier: [DateMention]) -> DateMention {
        var mention = mention
        let opening = tokens[mention.first].lower == "the" && mention.first + 1 < mention.end ? mention.first + 1 : mention.first
        if ["previous", "preceding"].contains(tokens[opening].lower),
           // The latest period of the kind the text has just discussed ("in the September quarter, from the June quarter").
           let shifted = Self.shifted(mention.value, by: -1, from: earlier.filter({
               mention.first - $0.end <= Self.anaphoraReach && Self.isSamePrecision($0.value, mention.value)
           }).map(\.value).max()) {
            mention.value = shifted
            return mention
        }
        // "July of that year", "March 3 that year": a year-less date in the year the text last wrote out.
        var cursor = mention.end
        if cursor < limit, tokens[cursor].lower == "of" { cursor += 1 }
        guard [7, 10].contains(mention.value.count), cursor + 1 < limit, tokens[cursor].lower == "that", tokens[cursor + 1].lower == "year",
              let year = earlier.last(where: { written in (written.first..<written.end).contains { Self.year(tokens[$0]) != nil } })
                  .flatMap({ Int($0.value.prefix(4)) }) else { return mention }
        mention.value = String(year) + mention.value.dropFirst(4)
        if mention.value.count == 10, CalendarDay(iso: mention.value) == nil { return mention }
        mention.end = cursor + 2
        return mention
    }

    /// Whether two values name periods of one precision: two years, two quarters or two months.
    static func isSamePrecision(_ lhs: String, _ rhs: String) -> Bool {
        lhs.count == rhs.count && [4, 7].contains(lhs.count) && (lhs.dropFirst(5).first == "Q") == (rhs.dropFirst(5).first == "Q")
    }

    /// How many tokens back an earlier period may be what "the previous quarter" counts from.
    static let anaphoraReach = 60

    /// An earlier mention's period moved by `shift`, when it has the same precision as `value` (quarter, month or year).
    static func shifted(_ value: String, by shift: Int, from earlier: String?) -> String? {
        guard let earlier, isSamePrecision(earlier, value), let year = Int(earlier.prefix(4)) else { return nil }
        if value.count == 4 { return String(year + shift) }
        if value.count == 7, earlier.dropFirst(5).first == "Q", let quarter = Int(earlier.suffix(1)) {
            let total = year * 4 + quarter - 1 + shift
            return "\(total / 4)-Q\(total % 4 + 1)"
        }
        if value.count == 7, let month = Int(earlier.suffix(2)) {
            let (newYear, newMonth) = addMonths(year, month, shift)
            return monthValue(newYear, newMonth)
        }
        return nil
    }

    // MARK: - Patterns

    private func match(_ tokens: [Token], at index: Int, limit: Int, tense: Int) -> DateMention? {
        let token = tokens[index]
        func word(_ offset: Int) -> String? {
            index + offset < limit ? tokens[index + offset].lower : nil
        }
        // "end of 2021", "the end of the year", "end of March", "end of Q2 2027"; "end-March", "end-June 2027", "end-Q1"
        if token.lower == "end", word(1) == "of" || word(1) == "-" && index + 2 < limit
            && (Self.month(tokens[index + 2]) != nil || Self.quarterNumber(tokens[index + 2]) != nil)
            && !tokens[index + 1].spaceBefore && !tokens[index + 2].spaceBefore,
           let period = periodAfterEnd(tokens, at: index + 2, limit: limit, tense: tense) {
            return DateMention(first: index, end: period.end, value: period.value, role: .other, isVague: false)
        }
        // "a year ago this week", "two years ago today": the same week, month or day that many years before.
        if let years = Self.smallNumbers[token.lower], index + 3 < limit, ["year", "years"].contains(tokens[index + 1].lower),
           tokens[index + 2].lower == "ago" {
            let days = -364 * years
            if tokens[index + 3].lower == "today" {
                let length = CalendarDay.length(ofMonth: published.month, in: published.year - years)
                let day = CalendarDay(year: published.year - years, month: published.month, day: min(published.day, length))
                return day.map { DateMention(first: index, end: index + 4, value: $0.description, role: .other, isVague: false) }
            }
            if tokens[index + 3].lower == "this", index + 4 < limit {
                switch tokens[index + 4].lower {
                case "week": return DateMention(first: index, end: index + 5, value: published.adding(days: days).isoWeek, role: .other, isVague: false)
                case "month":
                    return DateMention(first: index, end: index + 5, value: Self.monthValue(published.year - years, published.month), role: .other, isVague: false)
                default: break
                }
            }
        }
        // "earlier this year", "later this month", "early next year"
        if ["earlier", "later", "early", "late"].contains(token.lower), let relative = relativePeriod(tokens, at: index + 1, limit: limit) {
            return DateMention(first: index, end: relative.end, value: relative.value, role: .other, isVague: true)
        }
        // "mid-2021", "early 2022", "late 2021"
        if ["mid", "early", "late"].contains(token.lower) {
            var next = index + 1
            if next < limit, tokens[next].text == "-" { next += 1 }
            if next < limit, let year = Self.year(tokens[next]) {
                return DateMention(first: index, end: next + 1, value: String(year), role: .other, isVague: true)
            }
            // "mid-March", "late January 2024": the month.
            if next < limit, let date = calendarDate(tokens, at: next, limit: limit, tense: tense), date.value.count == 7 {
                return DateMention(first: index, end: date.end, value: date.value, role: .other, isVague: true)
            }
        }
        // "the first half of 2026", "the second half of next year": the year.
        if ["first", "second"].contains(token.lower), index + 2 < limit, tokens[index + 1].lower == "half", tokens[index + 2].lower == "of",
           let period = halfYearPeriod(tokens, at: index + 3, limit: limit) {
            return DateMention(first: index, end: period.end, value: period.value, role: .other, isVague: true)
        }
        if let relative = relativePeriod(tokens, at: index, limit: limit) {
            return DateMention(first: index, end: relative.end, value: relative.value, role: .other, isVague: false)
        }
        // "last December", "next March", "this June": the month's last, next or current occurrence.
        if ["last", "next", "this", "past", "coming"].contains(token.lower), index + 1 < limit, let month = Self.month(tokens[index + 1]),
           tokens[index + 1].isCapitalized, Self.months[tokens[index + 1].lower] != nil,
           index + 2 >= limit || dayNumber(tokens[index + 2]) == nil {
            let year: Int
            switch token.lower {
            case "last", "past": year = month < published.month ? published.year : published.year - 1
            case "next", "coming": year = month > published.month ? published.year : published.year + 1
            default: year = published.year
            }
            return DateMention(first: index, end: index + 2, value: Self.monthValue(year, month), role: .other, isVague: false)
        }
        // "this morning", "tonight": the publication's day; "last night": the day before.
        if token.lower == "this", index + 1 < limit, Self.partsOfTheDay.contains(tokens[index + 1]) {
            return DateMention(first: index, end: index + 2, value: published.description, role: .other, isVague: false)
        }
        if token.lower == "last", index + 1 < limit, tokens[index + 1].lower == "night" {
            return DateMention(first: index, end: index + 2, value: published.adding(days: -1).description, role: .other, isVague: false)
        }
        switch token.lower {
        case "tonight":
            return DateMention(first: index, end: index + 1, value: published.description, role: .other, isVague: false)
        case "today", "yesterday", "tomorrow":
            let shift = token.lower == "today" ? 0 : (token.lower == "yesterday" ? -1 : 1)
            return DateMention(first: index, end: index + 1, value: published.adding(days: shift).description, role: .other, isVague: false)
        default: break
        }
        if let weekday = Self.weekdays[token.lower], token.isCapitalized {
            // "Monday, April 4": the date says which Monday.
            if index + 2 < limit, tokens[index + 1].text == ",", let date = calendarDate(tokens, at: index + 2, limit: limit, tense: tense) {
                return DateMention(first: index, end: date.end, value: date.value, role: .other, isVague: false)
            }
            // "Thursday 9 April 2026": the same without a comma.
            if index + 1 < limit, tokens[index + 1].kind == .number || Self.months[tokens[index + 1].lower] != nil,
               let date = calendarDate(tokens, at: index + 1, limit: limit, tense: tense), date.value.count == 10 {
                return DateMention(first: index, end: date.end, value: date.value, role: .other, isVague: false)
            }
            // "Thursday last week", "Tuesday next week": that weekday of the week named.
            if index + 2 < limit, tokens[index + 2].lower == "week", let shift = ["last": -1, "this": 0, "next": 1][tokens[index + 1].lower] {
                let monday = published.adding(days: 1 - published.weekday + 7 * shift)
                return DateMention(first: index, end: index + 3, value: monday.adding(days: weekday - 1).description, role: .other, isVague: false)
            }
            return weekdayMention(tokens, at: index, weekday: weekday, tense: tense)
        }
        if token.lower == "weekend", let weekend = weekend(tokens, at: index, tense: tense) { return weekend }
        if let quarter = quarter(tokens, at: index, limit: limit, tense: tense) { return quarter }
        if let part = halfOrFiscalYear(tokens, at: index, limit: limit) { return part }
        if let day = dayOfTheMonth(tokens, at: index, limit: limit, tense: tense) { return day }
        if let iso = isoDate(tokens, at: index, limit: limit) { return iso }
        if token.kind == .number, let numeric = numericDate(tokens, at: index, limit: limit) { return numeric }
        if let absolute = calendarDate(tokens, at: index, limit: limit, tense: tense) { return absolute }
        if let year = Self.year(tokens[index]), isYearContext(tokens, index) {
            return DateMention(first: index, end: index + 1, value: String(year), role: .other, isVague: false)
        }
        return nil
    }

    /// "this/last/next/past week|month|year|quarter" starting at `index`.
    private func relativePeriod(_ tokens: [Token], at index: Int, limit: Int) -> (end: Int, value: String)? {
        guard index + 1 < limit else { return nil }
        let shift: Int
        switch tokens[index].lower {
        case "this", "current": shift = 0
        case "last", "previous": shift = -1
        case "next", "coming": shift = 1
        default: return nil
        }
        switch tokens[index + 1].lower {
        case "week":
            return (index + 2, published.adding(days: 7 * shift).isoWeek)
        case "month":
            let (year, month) = Self.addMonths(published.year, published.month, shift)
            return (index + 2, Self.monthValue(year, month))
        case "year":
            return (index + 2, String(published.year + shift))
        case "quarter":
            let quarter = (published.month - 1) / 3 + shift
            let year = published.year + Int((Double(quarter) / 4).rounded(.down))
            return (index + 2, "\(year)-Q\((quarter % 4 + 4) % 4 + 1)")
        default:
            return nil
        }
    }

    /// After "half of": a year, "the year", or "this/next/last year".
    private func halfYearPeriod(_ tokens: [Token], at start: Int, limit: Int) -> (end: Int, value: String)? {
        guard start < limit else { return nil }
        if let year = Self.year(tokens[start]) { return (start + 1, String(year)) }
        if tokens[start].lower == "the", start + 1 < limit, tokens[start + 1].lower == "year" { return (start + 2, String(published.year)) }
        if let relative = relativeYear(tokens, at: start, limit: limit) { return (relative.end, String(relative.year)) }
        return nil
    }

    /// After "end of": a year, "the year/month", a month, or a relative period; the period's last day.
    private func periodAfterEnd(_ tokens: [Token], at start: Int, limit: Int, tense: Int) -> (end: Int, value: String)? {
        var index = start
        guard index < limit else { return nil }
        if tokens[index].lower == "the", index + 1 < limit {
            // A sentence that looks back means the period that has ended ("were positioned into the end of the quarter").
            let back = tense < 0 && !tokens[max(0, start - 10)..<start].contains { Self.reportingVerbs.contains($0) }
            switch tokens[index + 1].lower {
            case "year": return (index + 2, "\(published.year - (back ? 1 : 0))-12-31")
            case "month":
                let (year, month) = back ? Self.addMonths(published.year, published.month, -1) : (published.year, published.month)
                let last = CalendarDay.length(ofMonth: month, in: year)
                return (index + 2, CalendarDay(year: year, month: month, day: last)?.description ?? "")
            case "quarter":
                let (year, lastMonth) = Self.addMonths(published.year, ((published.month - 1) / 3 + 1) * 3, back ? -3 : 0)
                let last = CalendarDay.length(ofMonth: lastMonth, in: year)
                return (index + 2, CalendarDay(year: year, month: lastMonth, day: last)?.description ?? "")
            default:
                // "the end of the third quarter": that quarter's last day.
                if let number = Self.ordinals[tokens[index + 1].lower], let quarter = quarter(tokens, at: index + 1, limit: limit, tense: back ? -2 : tense),
                   let year = Int(quarter.value.prefix(4)),
                   let last = CalendarDay(year: year, month: number * 3, day: CalendarDay.length(ofMonth: number * 3, in: year)) {
                    return (quarter.end, last.description)
                }
                index += 1
            }
        }
        if let year = Self.year(tokens[index]) { return (index + 1, "\(year)-12-31") }
        // "end-Q1", "the end of Q2 2027": that quarter's last day.
        if let number = Self.quarterNumber(tokens[index]), let quarter = quarter(tokens, at: index, limit: limit, tense: tense),
           let year = Int(quarter.value.prefix(4)),
           let last = CalendarDay(year: year, month: number * 3, day: CalendarDay.length(ofMonth: number * 3, in: year)) {
            return (quarter.end, last.description)
        }
        if let relative = relativePeriod(tokens, at: index, limit: limit) {
            let parts = relative.value.split(separator: "-")
            if parts.count == 1, let year = Int(parts[0]) { return (relative.end, "\(year)-12-31") }
            if parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
               let day = CalendarDay(year: year, month: month, day: CalendarDay.length(ofMonth: month, in: year)) {
                return (relative.end, day.description)
            }
            return nil
        }
        if let month = Self.month(tokens[index]) {
            var end = index + 1
            if end < limit, tokens[end].text == ".", !tokens[end].spaceBefore, Self.monthAbbreviations.contains(tokens[index]) { end += 1 }
            var year = yearOf(month: month, day: CalendarDay.length(ofMonth: month, in: published.year), tense: tense)
            if end < limit, let explicit = Self.year(tokens[end]) {
                year = explicit
                end += 1
            } else if let relative = relativeYear(tokens, at: end, limit: limit) {
                // "the end of June next year".
                (end, year) = relative
            }
            let day = CalendarDay(year: year, month: month, day: CalendarDay.length(ofMonth: month, in: year))
            return day.map { (end, $0.description) }
        }
        return nil
    }

    private func weekdayMention(_ tokens: [Token], at index: Int, weekday: Int, tense: Int) -> DateMention {
        var first = index
        var direction = tense > 0 ? 1 : -1
        var strict = false
        if index > 0 {
            switch tokens[index - 1].lower {
            case "last", "past", "previous": direction = -1; strict = true; first = index - 1
            case "next", "coming": direction = 1; strict = true; first = index - 1
            case "this": first = index - 1
            default: break
            }
        }
        var offset = (weekday - published.weekday) * 1
        if direction < 0 {
            offset = -(((published.weekday - weekday) % 7 + 7) % 7)
            if strict && offset == 0 { offset = -7 }
        } else {
            offset = ((weekday - published.weekday) % 7 + 7) % 7
            if strict && offset == 0 { offset = 7 }
        }
        return DateMention(first: first, end: index + 1, value: published.adding(days: offset).description, role: .other, isVague: false)
    }

    /// "Q1 2022", "Q3", "the first quarter of 2022", "the third quarter".
    private func quarter(_ tokens: [Token], at index: Int, limit: Int, tense: Int) -> DateMention? {
        let token = tokens[index]
        if let number = Self.quarterNumber(token) {
            var end = index + 1
            var year = quarterYear(number, tense: quarterTense(at: index, end: end, limit: limit, tokens: tokens, tense: tense))
            if end < limit, let explicit = Self.year(tokens[end]) {
                year = explicit
                end += 1
            } else if let relative = relativeYear(tokens, at: end, limit: limit) {
                // "Q1 next year", "Q3 this year".
                (end, year) = relative
            }
            return DateMention(first: index, end: end, value: "\(year)-Q\(number)", role: .other, isVague: false)
        }
        // "the first quarter", "third-quarter results", "the fourth quarter of next year".
        let hyphenated = index + 2 < limit && tokens[index + 1].text == "-" && !tokens[index + 1].spaceBefore && !tokens[index + 2].spaceBefore
        let word = hyphenated ? index + 2 : index + 1
        // "the September quarter", "the June-quarter results": the quarter that ends in that month.
        let monthQuarter = Self.month(token).flatMap { $0 % 3 == 0 && index > 0 && Self.quarterDeterminers.contains(tokens[index - 1]) ? $0 / 3 : nil }
        if let number = Self.ordinals[token.lower] ?? monthQuarter, word < limit, tokens[word].lower == "quarter" {
            var end = word + 1
            var year = quarterYear(number, tense: quarterTense(at: index, end: end, limit: limit, tokens: tokens, tense: tense))
            if end + 1 < limit, tokens[end].lower == "of", let explicit = Self.year(tokens[end + 1]) {
                year = explicit
                end += 2
            } else if end < limit, let explicit = Self.year(tokens[end]) {
                year = explicit
                end += 1
            } else if let relative = relativeYear(tokens, at: end, limit: limit) {
                // "the fourth quarter of next year", "the first quarter next year".
                (end, year) = relative
            }
            return DateMention(first: index, end: end, value: "\(year)-Q\(number)", role: .other, isVague: false)
        }
        return nil
    }

    /// "Q1", "q3": the number of a quarter written as its abbreviation.
    static func quarterNumber(_ token: Token) -> Int? {
        guard token.lower.count == 2, token.lower.hasPrefix("q"), let number = Int(token.lower.dropFirst()), (1...4).contains(number) else { return nil }
        return number
    }

    /// The tense that chooses a year-less quarter's year (the quarter's words run from `index` to `end`).
    /// A verb in "-ed" nearby is weak evidence that a sentence looks back ("could be released in the second quarter",
    /// "rollout targeted for the fourth quarter"): only a strong cue counts, or a verb or noun of a period's results
    /// ("posted third-quarter revenue", "held ... at the end of the third quarter"). Words that look ahead count.
    private func quarterTense(at index: Int, end: Int, limit: Int, tokens: [Token], tense: Int) -> Int {
        let before = max(0, index - 14)..<index
        let reportsResults = before.contains { Self.resultVerbs.contains(tokens[$0]) }
            && !before.contains { Self.forwardWords.contains(tokens[$0]) || Self.modals.contains(tokens[$0].lower) }
        // "fourth-quarter earnings", "third-quarter results", "the Q1 report": a quarter's figures come once it has begun
        // (or ended), whatever the report's own time ("ahead of fourth-quarter earnings").
        let namesResults = end < limit && Self.resultNouns.contains(tokens[end])
        return namesResults ? -1 : tense >= 1 || tense <= -2 ? tense : (reportsResults ? -1 : 0)
    }

    /// Words before "the September quarter" that make the month name a quarter.
    static let quarterDeterminers: WordSet = ["the", "its", "their", "this", "that", "a", "each", "every", "same"]

    /// The year of a year-less quarter: after a cue that looks back, the last quarter of that number begun by publication
    /// ("held ... at the end of the third quarter" in February: last year's); after one that looks ahead, the next one not
    /// yet ended; otherwise the one nearest to publication ("the first quarter" in December is next year's).
    private func quarterYear(_ number: Int, tense: Int) -> Int {
        let today = published.daysSinceEpoch
        guard tense != 0 else {
            return (published.year - 1...published.year + 1).min { distance(ofQuarter: number, in: $0) < distance(ofQuarter: number, in: $1) }
                ?? published.year
        }
        let years = tense < 0 ? Array(((published.year - 1)...published.year).reversed()) : Array(published.year...(published.year + 1))
        for year in years {
            guard let start = CalendarDay(year: year, month: number * 3 - 2, day: 1),
                  let end = CalendarDay(year: year, month: number * 3, day: CalendarDay.length(ofMonth: number * 3, in: year)) else { continue }
            if tense < 0 ? start.daysSinceEpoch <= today : end.daysSinceEpoch >= today { return year }
        }
        return published.year
    }

    /// How many days a quarter lies from publication (0 for the quarter of publication).
    private func distance(ofQuarter number: Int, in year: Int) -> Int {
        guard let start = CalendarDay(year: year, month: number * 3 - 2, day: 1),
              let end = CalendarDay(year: year, month: number * 3, day: CalendarDay.length(ofMonth: number * 3, in: year)) else { return .max }
        return max(0, start.daysSinceEpoch - published.daysSinceEpoch, published.daysSinceEpoch - end.daysSinceEpoch)
    }

    /// "H2 2026", "in H1": half a year (the year); "fiscal 2026", "fiscal year 2026", "FY2026", "FY26": a fiscal year is
    /// named by the year it ends in and starts the year before (SCHEMA.md section 3 values a fiscal year by its start).
    private func halfOrFiscalYear(_ tokens: [Token], at index: Int, limit: Int) -> DateMention? {
        let lower = tokens[index].lower
        if lower == "h1" || lower == "h2" {
            if index + 1 < limit, let explicit = Self.year(tokens[index + 1]) {
                return DateMention(first: index, end: index + 2, value: String(explicit), role: .other, isVague: true)
            }
            // "H1 next year", "H2 this year".
            if let relative = relativeYear(tokens, at: index + 1, limit: limit) {
                return DateMention(first: index, end: relative.end, value: String(relative.year), role: .other, isVague: true)
            }
            guard index > 0, ["in", "during", "the", "for", "by", "until"].contains(tokens[index - 1].lower) else { return nil }
            return DateMention(first: index, end: index + 1, value: String(published.year), role: .other, isVague: true)
        }
        if lower == "fiscal" {
            var next = index + 1
            if next < limit, tokens[next].lower == "year" { next += 1 }
            guard next < limit, let explicit = Self.year(tokens[next]) else { return nil }
            return DateMention(first: index, end: next + 1, value: String(explicit - 1), role: .other, isVague: false)
        }
        if lower == "fy" || lower.hasPrefix("fy") && lower.count > 2 {
            let digits = lower == "fy" ? (index + 1 < limit ? tokens[index + 1].text : "") : String(lower.dropFirst(2))
            guard digits.allSatisfy(\.isASCII), let number = Int(digits), digits.count == 2 || digits.count == 4 else { return nil }
            let value = digits.count == 2 ? 2000 + number : number
            guard (1990...2100).contains(value) else { return nil }
            return DateMention(first: index, end: lower == "fy" ? index + 2 : index + 1, value: String(value - 1), role: .other, isVague: false)
        }
        return nil
    }

    /// "last weekend", "over the weekend", "this weekend": the ISO week of the weekend meant; early in the week
    /// or in a sentence that looks back, the weekend just past.
    private func weekend(_ tokens: [Token], at index: Int, tense: Int) -> DateMention? {
        guard index > 0 else { return nil }
        let previous = tokens[index - 1].lower
        let lastSunday = published.adding(days: -(published.weekday % 7 == 0 ? 7 : published.weekday))
        switch previous {
        case "last", "past", "previous":
            return DateMention(first: index - 1, end: index + 1, value: lastSunday.isoWeek, role: .other, isVague: true)
        case "this", "the":
            let past = published.weekday <= 2 || tense < 0
            let value = past && published.weekday <= 5 ? lastSunday.isoWeek : published.isoWeek
            return DateMention(first: index - 1, end: index + 1, value: value, role: .other, isVague: true)
        default:
            return nil
        }
    }

    /// "on the 15th", "by the 20th": a day of the publication's month (or the next or last one, as the tense says).
    private func dayOfTheMonth(_ tokens: [Token], at index: Int, limit: Int, tense: Int) -> DateMention? {
        guard Self.isOrdinalDay(tokens[index].lower), index >= 2, tokens[index - 1].lower == "the",
              ["on", "by", "until", "till", "from", "before", "after", "since", "through"].contains(tokens[index - 2].lower),
              let day = dayNumber(tokens[index]) else { return nil }
        // "the 15th of last month", "the 1st of next month".
        if index + 3 < limit, tokens[index + 1].lower == "of", let relative = relativePeriod(tokens, at: index + 2, limit: limit),
           tokens[index + 3].lower == "month" {
            let parts = relative.value.split(separator: "-")
            guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
                  let date = CalendarDay(year: year, month: month, day: day) else { return nil }
            return DateMention(first: index - 1, end: relative.end, value: date.description, role: .other, isVague: false)
        }
        // "on the 15th and ...", "by the 20th, when ...": a word after the day must be a small one, not a noun ("the 21st century").
        guard index + 1 >= limit || tokens[index + 1].kind != .word || Self.wordsAfterADay.contains(tokens[index + 1]) else { return nil }
        var candidates: [CalendarDay] = []
        for shift in -1...1 {
            let (year, month) = Self.addMonths(published.year, published.month, shift)
            if let date = CalendarDay(year: year, month: month, day: day) { candidates.append(date) }
        }
        let chosen: CalendarDay?
        if tense > 0 {
            chosen = candidates.first { $0 >= published }
        } else if tense < 0 {
            chosen = candidates.last { $0 <= published }
        } else {
            chosen = candidates.min { abs($0.daysSinceEpoch - published.daysSinceEpoch) < abs($1.daysSinceEpoch - published.daysSinceEpoch) }
        }
        guard let chosen else { return nil }
        return DateMention(first: index - 1, end: index + 1, value: chosen.description, role: .other, isVague: false)
    }

    /// Small words that may follow "on the 15th" (a noun after it makes the ordinal no day).
    static let wordsAfterADay: WordSet = [
        "and", "or", "but", "when", "after", "before", "with", "to", "at", "in", "for", "as", "until", "while", "so", "which",
        "that", "because", "if", "once", "whereas", "although", "though", "then", "from", "by", "under",
    ]

    /// "1st", "15th", "22nd": an ordinal day number. (One is ASCII, so its length is counted in bytes, without counting
    /// the characters of every word the date scan asks about.)
    static func isOrdinalDay(_ lower: String) -> Bool {
        guard lower.utf8.count >= 3, lower.utf8.count <= 4, ordinalSuffixes.contains(where: { lower.hasSuffix($0) }),
              let number = Int(lower.dropLast(2)) else { return false }
        return (1...31).contains(number)
    }

    /// The endings of ordinal numbers ("1st", "2nd", "3rd", "4th").
    static let ordinalSuffixes = ["st", "nd", "rd", "th"]

    /// "2021-10-08".
    private func isoDate(_ tokens: [Token], at index: Int, limit: Int) -> DateMention? {
        guard index + 4 < limit, let year = Self.year(tokens[index]), tokens[index + 1].text == "-", tokens[index + 3].text == "-",
              !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore, !tokens[index + 3].spaceBefore,
              !tokens[index + 4].spaceBefore,
              tokens[index + 2].text.count == 2, tokens[index + 4].text.count == 2,
              let month = Int(tokens[index + 2].text), let day = Int(tokens[index + 4].text),
              let date = CalendarDay(year: year, month: month, day: day) else { return nil }
        return DateMention(first: index, end: index + 5, value: date.description, role: .other, isVague: false)
    }

    /// "6 January 2021", "January 6, 2021", "Feb. 25", "May 2021", "April".
    private func calendarDate(_ tokens: [Token], at index: Int, limit: Int, tense: Int) -> DateMention? {
        // Day before month: "6 January 2021", "6th of January".
        if let day = dayNumber(tokens[index]), index + 1 < limit {
            var cursor = index + 1
            if tokens[cursor].lower == "of", cursor + 1 < limit { cursor += 1 }
            if let month = Self.month(tokens[cursor]) {
                var end = cursor + 1
                if end < limit, tokens[end].text == ".", !tokens[end].spaceBefore, Self.monthAbbreviations.contains(tokens[cursor]) { end += 1 }
                var yearValue = yearOf(month: month, day: day, tense: tense)
                if let written = yearAfterDay(tokens, at: end, limit: limit, afterComma: false) { (end, yearValue) = written }
                guard let date = CalendarDay(year: yearValue, month: month, day: day) else { return nil }
                return DateMention(first: index, end: end, value: date.description, role: .other, isVague: false)
            }
        }
        guard let month = Self.month(tokens[index]) else { return nil }
        var end = index + 1
        if end < limit, tokens[end].text == ".", !tokens[end].spaceBefore, Self.monthAbbreviations.contains(tokens[index]) { end += 1 }
        if end < limit, let day = dayNumber(tokens[end]) {
            end += 1
            var yearValue = yearOf(month: month, day: day, tense: tense)
            if let written = yearAfterDay(tokens, at: end, limit: limit, afterComma: true) { (end, yearValue) = written }
            guard let date = CalendarDay(year: yearValue, month: month, day: day) else { return nil }
            return DateMention(first: index, end: end, value: date.description, role: .other, isVague: false)
        }
        var yearCursor = end
        if yearCursor < limit, tokens[yearCursor].lower == "of" || tokens[yearCursor].text == "," { yearCursor += 1 }
        if yearCursor < limit, let explicit = Self.year(tokens[yearCursor]) {
            return DateMention(first: index, end: yearCursor + 1, value: Self.monthValue(explicit, month), role: .other, isVague: false)
        }
        // "March last year", "from January next year".
        if let relative = relativeYear(tokens, at: end, limit: limit) {
            return DateMention(first: index, end: relative.end, value: Self.monthValue(relative.year, month), role: .other, isVague: false)
        }
        // A month alone: "May" and "March" are also common words, so they need a preposition before them.
        let previous = index > 0 ? tokens[index - 1].lower : ""
        let ambiguous = ["may", "march", "jan", "mar", "jun", "aug", "oct", "sept", "sep", "nov", "dec", "feb", "apr", "jul"].contains(tokens[index].lower)
        // "the March deadline", "its May meeting", "sets March deadline": a month that dates a noun (after a determiner or
        // any lower-case word; "Theresa May" before a noun is a name).
        let datesANoun = index + 1 < limit && Self.datedNouns.contains(tokens[index + 1])
            && (["the", "a", "its", "their", "this"].contains(previous) || index > 0 && !tokens[index - 1].isCapitalized && tokens[index - 1].kind == .word)
        if ambiguous && !Self.monthPrepositions.contains(previous) && !datesANoun { return nil }
        if index + 1 < limit, tokens[index + 1].isCapitalized, tokens[index + 1].kind == .word, tokens[index + 1].spaceBefore { return nil }
        let monthYear = tense == 0 ? yearOf(month: month, day: 15, tense: 0)
            : yearOf(month: month, day: tense > 0 ? 1 : CalendarDay.length(ofMonth: month, in: published.year), tense: tense)
        return DateMention(first: index, end: end, value: Self.monthValue(monthYear, month), role: .other, isVague: false)
    }

    /// "next year", "last year", "this year", "of next year" after a year-less date: the year it names.
    /// The year a day and month go on with, and where it ends: "15 March 2026", "March 15, 2026" (the comma only
    /// after the month-first order), "15 March next year".
    private func yearAfterDay(_ tokens: [Token], at end: Int, limit: Int, afterComma: Bool) -> (end: Int, year: Int)? {
        if afterComma, end + 1 < limit, tokens[end].text == ",", let explicit = Self.year(tokens[end + 1]) { return (end + 2, explicit) }
        if end < limit, let explicit = Self.year(tokens[end]) { return (end + 1, explicit) }
        // "January 1 of 2027", "1 of January of 2027": the year after "of", as translated releases write it.
        if end + 1 < limit, tokens[end].lower == "of", let explicit = Self.year(tokens[end + 1]) { return (end + 2, explicit) }
        return relativeYear(tokens, at: end, limit: limit)
    }

    private func relativeYear(_ tokens: [Token], at index: Int, limit: Int) -> (end: Int, year: Int)? {
        var cursor = index
        if cursor < limit, tokens[cursor].lower == "of" { cursor += 1 }
        guard cursor + 1 < limit, tokens[cursor + 1].lower == "year" else { return nil }
        switch tokens[cursor].lower {
        case "this": return (cursor + 2, published.year)
        case "next": return (cursor + 2, published.year + 1)
        case "last": return (cursor + 2, published.year - 1)
        default: return nil
        }
    }

    /// "14.04.2026", "2026.02.10", "14/04/2026": a numeric date with its year written out. Day and month
    /// are read day first (the order of most of the world) unless only the other order makes a date.
    private func numericDate(_ tokens: [Token], at index: Int, limit: Int) -> DateMention? {
        var parts: [Substring] = []
        var end = index + 1
        if tokens[index].text.contains(".") {
            parts = tokens[index].text.split(separator: ".", omittingEmptySubsequences: false)
        } else if index + 4 < limit, tokens[index + 1].text == "/", tokens[index + 3].text == "/",
                  !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore, !tokens[index + 3].spaceBefore, !tokens[index + 4].spaceBefore,
                  tokens[index + 2].kind == .number, tokens[index + 4].kind == .number {
            parts = [Substring(tokens[index].text), Substring(tokens[index + 2].text), Substring(tokens[index + 4].text)]
            end = index + 5
        }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              let first = Int(parts[0]), let second = Int(parts[1]), let third = Int(parts[2]) else { return nil }
        var date: CalendarDay?
        if parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2, (1900...2100).contains(first) {
            date = CalendarDay(year: first, month: second, day: third)
        } else if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2, (1900...2100).contains(third) {
            date = CalendarDay(year: third, month: second, day: first) ?? CalendarDay(year: third, month: first, day: second)
        }
        guard let date else { return nil }
        return DateMention(first: index, end: end, value: date.description, role: .other, isVague: false)
    }

    private func role(of mention: DateMention, in tokens: [Token], from sentenceStart: Int) -> TemporalRole {
        var index = mention.first - 1
        while index >= sentenceStart, ["the", "on", "of", "in", "at"].contains(tokens[index].lower), index > mention.first - 3 { index -= 1 }
        if index >= sentenceStart {
            switch tokens[index].lower {
            case "from", "starting", "effective", "beginning", "since", "force", "effect", "commencing": return .effective
            // "would begin on April 1", "is due to start in October", "Ban starts September 1": the day a start verb names
            // (not the noun: "from the start of the 2027 fiscal year").
            case "begin", "begins", "start", "starts", "commence", "commences":
                if tokens[index + 1].lower != "of" { return .effective }
            case "by", "until", "till", "before", "through", "deadline", "than": return .deadline
            default: break
            }
        }
        // "has set March 1, 2027 as the deadline", "sets a March 31 deadline": the date a deadline noun names.
        let after = tokens[mention.end..<min(tokens.count, mention.end + 3)].map(\.lower)
        if after.first == "deadline" || after.starts(with: ["as", "the", "deadline"]) || after.starts(with: ["as", "a", "deadline"]) { return .deadline }
        if mention.value < published.description && !mention.value.hasPrefix(String(published.year)) { return .past }
        return .other
    }

    // MARK: - Pieces

    /// The year a four-digit number between 1900 and 2100 writes, else nil.
    static func year(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.unicodeScalars.count == 4, let value = Int(token.text),
              (1900...2100).contains(value) else { return nil }
        return value
    }

    private func isYearContext(_ tokens: [Token], _ index: Int) -> Bool {
        if index > 0 {
            let previous = tokens[index - 1]
            if ["$", "\u{00A3}", "\u{20AC}", "\u{00A5}", "#", "no.", "us$"].contains(previous.lower) { return false }
            if previous.text == "." || previous.text == "," && !previous.spaceBefore && index > 1 && tokens[index - 2].kind == .number { return false }
            if previous.text == "-" && !previous.spaceBefore && index > 1 && tokens[index - 2].kind == .number { return false }
        }
        if index + 1 < tokens.count {
            let next = tokens[index + 1]
            if next.text == "%" || Self.unitWords.contains(next) { return false }
            // "hired 2000 staff", "bought 1990 machines": a count of things, unless a preposition asks for a year.
            let asksForYear = index > 0 && Self.yearPrepositions.contains(tokens[index - 1])
            if !asksForYear, next.kind == .word, !next.isCapitalized, next.spaceBefore,
               Self.countNouns.contains(next) || next.lower.count > 3 && next.lower.hasSuffix("s") && !next.lower.hasSuffix("ss") {
                return false
            }
            if next.text == "-" && !next.spaceBefore && index + 2 < tokens.count && tokens[index + 2].kind == .number { return false }
        }
        return true
    }

    private func dayNumber(_ token: Token) -> Int? {
        var text = Substring(token.lower)
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) {
            text = text.dropLast(2)
            break
        }
        guard text.count <= 2, let value = Int(text), (1...31).contains(value) else { return nil }
        return value
    }

    /// The year of a year-less date: the next occurrence when the sentence looks ahead, the last
    /// one when it looks back, otherwise the one nearest to the publication day.
    /// A tense that only leans ("was", "will") overrides the nearest year only within about nine months
    /// ("The cut-off was January 31" in mid-January is this January 31, not last year's).
    private func yearOf(month: Int, day: Int, tense: Int) -> Int {
        guard tense != 0 else { return nearestYear(month: month, day: day) }
        let candidates = [published.year - 1, published.year, published.year + 1].compactMap { year in
            CalendarDay(year: year, month: month, day: min(day, CalendarDay.length(ofMonth: month, in: year)))
        }
        guard let chosen = tense > 0 ? candidates.first(where: { $0 >= published }) : candidates.last(where: { $0 <= published }) else {
            return nearestYear(month: month, day: day)
        }
        if abs(tense) == 1, abs(chosen.daysSinceEpoch - published.daysSinceEpoch) > Self.weakTenseReach {
            return nearestYear(month: month, day: day)
        }
        return chosen.year
    }

    /// How far (in days) a leaning tense may move a year-less date away from the nearest year.
    static let weakTenseReach = 270

    /// The year that puts a month (and day) nearest to the publication day.
    private func nearestYear(month: Int, day: Int = 15) -> Int {
        var best = published.year
        var bestDistance = Int.max
        for year in [published.year - 1, published.year, published.year + 1] {
            guard let date = CalendarDay(year: year, month: month, day: min(day, CalendarDay.length(ofMonth: month, in: year))) else { continue }
            let distance = abs(date.daysSinceEpoch - published.daysSinceEpoch)
            if distance < bestDistance {
                best = year
                bestDistance = distance
            }
        }
        return best
    }

    static func month(_ token: Token) -> Int? {
        guard token.isCapitalized else { return nil }
        return months[token.lower]
    }

    static func monthValue(_ year: Int, _ month: Int) -> String {
        (year < 1000 ? String(repeating: "0", count: 4 - String(year).count) : "") + "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    }

    static func addMonths(_ year: Int, _ month: Int, _ shift: Int) -> (Int, Int) {
        let total = year * 12 + (month - 1) + shift
        return (total / 12, total % 12 + 1)
    }

    /// Which way the words just before an expression point: ahead ("will", "from", "by", "ends on"),
    /// back ("said", "since", a verb in -ed), 0 when they do not tell. The sign gives the direction;
    /// 2 marks a word that settles it ("from", "until", "since", "ago"), 1 a tense that only leans
    /// ("was", "will", a verb in -ed).
    /// Whether only a preposition (and "the") stands between the sentence's start and `index`.
    static func opensSentence(_ index: Int, in tokens: [Token], from start: Int) -> Bool {
        (start..<index).allSatisfy { ["in", "on", "by", "since", "until", "from", "at", "during", "the", "last", "this", "early", "late", "mid"].contains(tokens[$0].lower) }
    }

    /// The tense of the first verb after a fronted date: up to ten tokens on, before the clause ends.
    static func tense(after index: Int, in tokens: [Token], to end: Int) -> Int {
        var cursor = index + 1
        while cursor < min(end, index + 12) {
            let word = tokens[cursor].lower
            if [";", ":"].contains(word) { break }
            if forwardWords.contains(word) { return 1 }
            if backwardWords.contains(word) || word.count > 3 && word.hasSuffix("ed") && tokens[cursor].kind == .word && !tokens[cursor].isCapitalized {
                return -1
            }
            cursor += 1
        }
        return 0
    }

    static func tense(before index: Int, in tokens: [Token], from start: Int) -> Int {
        var cursor = index - 1
        while cursor >= start, ["the", "on", "of", "in", "at", "late", "early", "this"].contains(tokens[cursor].lower) { cursor -= 1 }
        if cursor >= start, adjacentForwardWords.contains(tokens[cursor]) {
            // "had until June 30", "delayed it from the second quarter", "spread ... from April": a start or a limit is
            // surely ahead only after a verb that looks ahead ("will apply from"); after a past verb it looks back, and with
            // no verb to tell it only leans ahead.
            guard Self.boundaryWords.contains(tokens[cursor]) else { return 2 }
            if Self.pastVerbGoverns(cursor, in: tokens, from: start) || Self.measuresAChangeFrom(cursor, in: tokens, from: start)
                || Self.pastPerfectGoverns(cursor, in: tokens, from: start) {
                return -1
            }
            return Self.leaning(before: cursor, in: tokens, from: start) > 0 ? 2 : 1
        }
        if cursor >= start, ["since", "ago"].contains(tokens[cursor].lower) { return -2 }
        return leaning(before: index, in: tokens, from: start)
    }

    /// "has suspended the licence ..., with effect from Monday", "has been reinstated with effect from Thursday": the
    /// start of an act the sentence reports as done (a perfect, no word that looks ahead before it) is a weekday of this
    /// week, not of the next ("will be suspended with effect from Monday" looks ahead).
    static func startsAnActDone(_ weekday: Int, in tokens: [Token], from start: Int) -> Bool {
        guard weekday - 2 >= start, tokens[weekday - 1].lower == "from", ["effect", "effective"].contains(tokens[weekday - 2].lower) else { return false }
        let before = tokens[start..<(weekday - 2)]
        guard !before.contains(where: { forwardWords.contains($0) || modals.contains($0.lower) || $0.lower == "to" }) else { return false }
        return before.indices.contains { index in
            guard ["has", "have"].contains(tokens[index].lower) else { return false }
            let next = tokens[(index + 1)..<min(weekday, index + 3)].map(\.lower)
            return next.contains { $0.count > 3 && $0.hasSuffix("ed") || backwardWords.contains($0) || $0 == "been" }
        }
    }

    /// "The rule had required businesses to report payments starting July 1": a past perfect earlier in its clause (the
    /// 40 tokens before), with nothing after it that looks ahead, puts a start behind it. (A limit may still lie ahead,
    /// and reported speech keeps the news in the past perfect: "said it had waived fees until the end of the month".)
    static func pastPerfectGoverns(_ boundary: Int, in tokens: [Token], from start: Int) -> Bool {
        guard ["from", "starting", "beginning"].contains(tokens[boundary].lower),
              let had = tokens[max(start, boundary - 40)..<boundary].lastIndex(where: { $0.lower == "had" }),
              !tokens[max(start, had - 3)..<had].contains(where: { QuotationReader.speechWords.contains($0) }) else { return false }
        return !tokens[(had + 1)..<boundary].contains { forwardWords.contains($0) || modals.contains($0.lower) }
    }

    /// "had until", "were given until", "delayed it from": a past verb right before a start or a limit, or with only an
    /// object pronoun between ("Rewards received before ..." is a participle after its noun, and tells nothing).
    static func pastVerbGoverns(_ boundary: Int, in tokens: [Token], from start: Int) -> Bool {
        guard boundary - 1 >= start else { return false }
        let previous = tokens[boundary - 1].lower
        if ["had", "was", "were"].contains(previous) { return true }
        if ["given", "granted", "allowed"].contains(previous), boundary - 2 >= start, ["had", "was", "were"].contains(tokens[boundary - 2].lower) {
            return true
        }
        guard boundary - 2 >= start, ["it", "them", "this", "that", "its", "their"].contains(previous) else { return false }
        let verb = tokens[boundary - 2]
        return verb.kind == .word && (backwardWords.contains(verb.lower) || verb.lower.count > 3 && verb.lower.hasSuffix("ed"))
    }

    /// "rose 4.5% from Thursday", "is up from Tuesday's close", "rising from Monday's low": "from" after a move that has
    /// happened (a past or ongoing verb of change, "up", "down") marks where the move started, which lies behind. ("The fee
    /// rises to 2% from Monday" and "will climb from Monday" look ahead.)
    static func measuresAChangeFrom(_ boundary: Int, in tokens: [Token], from start: Int) -> Bool {
        guard tokens[boundary].lower == "from" else { return false }
        let window = max(start, boundary - 5)..<boundary
        guard let change = window.last(where: { Self.resultVerbs.contains(tokens[$0]) || Self.changeWords.contains(tokens[$0]) }) else {
            return false
        }
        return !(start..<change).contains { forwardWords.contains(tokens[$0]) || modals.contains(tokens[$0].lower) }
    }

    /// Words of a move that has happened or is under way ("up", "rising"), besides the past verbs of results.
    static let changeWords: WordSet = [
        "up", "down", "higher", "lower", "rising", "falling", "climbing", "dropping", "gaining", "sliding", "declining", "rallying",
        "surging", "jumping", "tumbling", "slipping", "recovering", "rebounding", "rebounded", "recovered", "gained", "slipped",
        "rallied", "eased", "advanced", "retreated", "increased", "decreased",
    ]

    /// The nearest verb's lean within `reach` tokens before `index`: 1 ahead ("will"), -1 back ("was", a verb in -ed),
    /// -2 after "since", 0 when none tells.
    static func leaning(before index: Int, in tokens: [Token], from start: Int, reach: Int = 8) -> Int {
        var cursor = index - 1
        while cursor >= max(start, index - reach) {
            let word = tokens[cursor].lower
            if forwardWords.contains(word) { return 1 }
            if word == "since" { return -2 }
            // "will reopen no earlier than Friday": a comparison bounds the date, it does not look back.
            let compares = ["earlier", "sooner", "later"].contains(word) && cursor + 1 < index && tokens[cursor + 1].lower == "than"
            if !compares, backwardWords.contains(word) || word.count > 3 && word.hasSuffix("ed") && tokens[cursor].kind == .word { return -1 }
            cursor -= 1
        }
        return 0
    }

    /// Whether a month name, or a day and a month name, with no year after it starts at `index` ("March", "1 January").
    static func opensAYearLessMonth(_ index: Int, in tokens: [Token], limit: Int) -> Bool {
        var cursor = index
        if tokens[cursor].kind == .number, cursor + 1 < limit { cursor += 1 }
        guard months[tokens[cursor].lower] != nil, tokens[cursor].isCapitalized else { return false }
        let next = cursor + 1 < limit ? tokens[cursor + 1] : nil
        return next.map { $0.kind != .number } ?? true
    }

    /// The lean of the verb of a date's clause, further back than `leaning` reaches (24 tokens): ahead after a word that
    /// looks ahead or a modal ("can work with April"), back after a past verb that is not a reporting verb (which tells
    /// the report's time) or a participle after "be" ("to be lifted in March"); 0 when none tells.
    static func distantLeaning(before index: Int, in tokens: [Token], from start: Int) -> Int {
        var cursor = index - 1
        while cursor >= max(start, index - 24) {
            let token = tokens[cursor]
            let word = token.lower
            if forwardWords.contains(word) || modals.contains(word) && !(word == "may" && token.isCapitalized) { return 1 }
            let isPast = backwardWords.contains(word) || word.count > 3 && word.hasSuffix("ed") && token.kind == .word
            if isPast, !reportingVerbs.contains(word), !adjacentBackwardWords.contains(word),
               cursor == start || tokens[cursor - 1].lower != "be" {
                return -1
            }
            cursor -= 1
        }
        return 0
    }

    /// Backward words that look back only right before the expression ("last May", "since March", "two weeks ago").
    static let adjacentBackwardWords: WordSet = ["last", "since", "ago", "earlier"]
    /// Words before the end of a period ("to Sept. 1", "until March").
    static let periodEndWords: WordSet = ["to", "until", "till", "through", "thru"]
    /// Verbs that report a statement: the tense they carry is the report's, not the event's.
    static let reportingVerbs: WordSet = ["said", "says", "told", "announced", "added", "stated", "wrote", "noted"]
    /// Nouns of scheduled events ("a hearing on Thursday", "the vote on Monday").
    static let eventNouns: WordSet = [
        "hearing", "hearings", "meeting", "meetings", "vote", "votes", "auction", "auctions", "summit", "session", "sessions",
        "conference", "debate", "deadline", "briefing", "launch", "listing", "consultation", "review", "ruling", "verdict",
        "sentencing", "trial", "election", "referendum", "speech", "testimony", "unlock",
    ]
    static let partsOfTheDay: WordSet = ["morning", "afternoon", "evening"]
    static let datedNouns: WordSet = ["deadline", "meeting", "vote", "hearing", "auction", "launch", "cutoff", "cut-off", "review", "summit", "session"]
    static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]
    /// The words a temporal expression can start with (besides numbers).
    /// Counts of years before "ago" ("a year ago this week").
    static let smallNumbers: [String: Int] = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5]
    static let starters = WordSet(Set(months.keys).union(weekdays.keys).union(ordinals.keys).union([
        "end", "earlier", "later", "early", "late", "mid", "this", "current", "last", "previous", "next", "coming",
        "today", "yesterday", "tomorrow", "tonight", "q1", "q2", "q3", "q4", "h1", "h2", "fiscal", "fy",
    ]))
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let monthAbbreviations: WordSet = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    static let monthPrepositions: WordSet = [
        "in", "by", "since", "until", "till", "from", "of", "early", "late", "mid", "end", "before", "after",
        "during", "through", "last", "next", "this", "starting", "beginning", "and", "or", "to", "between", "-",
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    /// Words that point ahead only right before the expression ("from Monday", "by June 30").
    static let adjacentForwardWords: WordSet = ["from", "starting", "beginning", "until", "till", "by", "before", "effective", "due", "next", "coming"]
    /// Words of a period's start or limit, which look ahead only as far as the verb before them does ("will apply from",
    /// "had until").
    static let boundaryWords: WordSet = ["from", "starting", "beginning", "until", "till", "by", "before"]
    /// Past verbs that report a period's figures.
    static let resultVerbs: WordSet = [
        "posted", "reported", "recorded", "logged", "booked", "earned", "generated", "held", "rose", "fell", "grew", "declined",
        "dropped", "jumped", "slumped", "surged", "climbed", "slid", "tumbled", "doubled", "halved", "shrank", "narrowed", "widened",
    ]
    /// Nouns of a period's figures after a quarter ("third-quarter results").
    static let resultNouns: WordSet = [
        "results", "earnings", "revenue", "revenues", "profit", "profits", "loss", "losses", "figures", "numbers", "sales", "report",
        "gdp", "growth", "data", "volumes", "volume", "income",
    ]
    static let modals: Set<String> = ["could", "may", "might", "should", "can", "must", "would", "will", "shall"]
    static let forwardWords: WordSet = [
        "will", "shall", "'ll", "upcoming", "ahead", "scheduled", "ends", "starts", "begins", "opens", "closes",
        "expires", "takes", "comes", "meets", "runs", "kicks", "deadline", "plans", "expects", "expected", "would",
        "unlocks", "resumes", "reopens",
    ]
    static let backwardWords: WordSet = [
        "since", "last", "ago", "was", "were", "had", "did", "said", "told", "rose", "fell", "began", "took", "made",
        "won", "gave", "came", "went", "saw", "held", "met", "hit", "cut", "sold", "bought", "lost", "paid", "left",
        "wrote", "spoke", "brought", "sent", "became", "grew", "earlier", "previously", "already",
    ]
    static let yearPrepositions: WordSet = [
        "in", "since", "by", "from", "of", "until", "till", "before", "after", "during", "through", "to", "and", "or", "year",
        "fiscal", "early", "late", "mid", "-", "circa", "around", "between", "spring", "summer", "autumn", "fall", "winter",
    ]
    static let countNouns: WordSet = ["staff", "people", "bitcoin", "ether", "crypto", "personnel", "equipment", "cash", "stock", "data"]
    static let unitWords: WordSet = [
        "btc", "eth", "bitcoin", "bitcoins", "tokens", "coins", "shares", "points", "people", "users", "miners",
        "machines", "accounts", "companies", "firms", "exchanges", "units", "transactions", "employees", "percent",
        "times", "km", "mw", "gw", "tons", "blocks", "nodes", "addresses", "wallets", "investors", "customers",
    ]
}
