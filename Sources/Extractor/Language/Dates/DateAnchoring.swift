/// Dates the text itself anchors, read after every mention is found (news repeats its dates: a headline's "to April"
/// is the body's "April 1, 2027", and a week-ahead list's "Tuesday" is next week's):
/// - a year-less month or day takes the one year the text writes for that month (and day) elsewhere, unless its own
///   sentence points the other way;
/// - a weekday that follows "next week" without a verb looking back falls in that week, and so do the weekdays listed
///   after it;
/// - a weekday that labels an item under a heading that looks ahead ("COMING UP", "THE WEEK AHEAD", "ON THE
///   CALENDAR") is the next one after publication, and so are the labels listed after it;
/// - a weekday that bounds a period with nothing that surely looks ahead ("requests filed from Tuesday", "machines
///   installed before Monday") is the day of that name the article named before ("suspended new connections on
///   Tuesday"): news does not give one weekday's name to two days.
extension TemporalRecognizer {
    /// The mentions with their year-less dates and weekdays anchored; `tenses` holds each mention's tense.
    func anchored(_ found: [DateMention], tenses: [Int], tokens: [Token]) -> [DateMention] {
        var result = found
        let written = yearsWritten(in: found, tokens: tokens)
        var week: (monday: CalendarDay, end: Int)?
        var calendarEnd: Int?
        var firstDayOfWeekday: [Int: String] = [:]
        for position in result.indices {
            let mention = result[position]
            let tense = tenses[position]
            if let year = anchoredYear(of: mention, tense: tense, written: written, tokens: tokens) {
                result[position].value = String(year) + mention.value.dropFirst(4)
            }
            if let monday = mondayOfAFutureWeek(mention.value) {
                week = (monday, mention.end)
                continue
            }
            if let anchor = week, tense >= 0, mention.first - anchor.end <= Self.anaphoraReach,
               mention.end - mention.first == 1, let weekday = Self.weekdays[tokens[mention.first].lower] {
                result[position].value = anchor.monday.adding(days: weekday - 1).description
                week = (anchor.monday, mention.end)
                continue
            }
            week = nil
            guard mention.end - mention.first == 1, let weekday = Self.weekdays[tokens[mention.first].lower] else { continue }
            if isItemLabel(mention, tokens: tokens),
               calendarEnd.map({ mention.first - $0 <= Self.anaphoraReach }) ?? isUnderAHeadingLookingAhead(mention.first, tokens: tokens) {
                result[position].value = published.adding(days: ((weekday - published.weekday - 1) % 7 + 7) % 7 + 1).description
                calendarEnd = mention.end
                continue
            }
            calendarEnd = nil
            if let day = firstDayOfWeekday[weekday] {
                if tense < 2, mention.first > 0, Self.boundaryWords.contains(tokens[mention.first - 1]) {
                    result[position].value = day
                }
            } else {
                firstDayOfWeekday[weekday] = mention.value
            }
        }
        return result
    }

    /// Whether a mention opens a line, after a list marker if any, and labels what follows with a colon ("- Monday:").
    private func isItemLabel(_ mention: DateMention, tokens: [Token]) -> Bool {
        guard mention.end < tokens.count, tokens[mention.end].text == ":" else { return false }
        let lineStart = lineStart(of: mention.first, tokens: tokens)
        return (lineStart..<mention.first).allSatisfy { tokens[$0].kind != .word }
    }

    /// Whether the line before the one at `index` is a short heading with a word that looks ahead ("COMING UP").
    private func isUnderAHeadingLookingAhead(_ index: Int, tokens: [Token]) -> Bool {
        let headingEnd = lineStart(of: index, tokens: tokens)
        guard headingEnd > 0 else { return false }
        let headingStart = lineStart(of: headingEnd - 1, tokens: tokens)
        return headingEnd - headingStart <= 8
            && tokens[headingStart..<headingEnd].contains { Self.lookingAheadHeadingWords.contains($0) }
    }

    /// The first token of the line the token at `index` is on, looking back at most a heading's length.
    private func lineStart(of index: Int, tokens: [Token]) -> Int {
        var start = index
        while start > 0, index - start < 8, !tokens[start].newlineBefore { start -= 1 }
        return start
    }

    /// Words of a heading over a list of days to come.
    static let lookingAheadHeadingWords: WordSet = ["ahead", "coming", "upcoming", "calendar", "diary", "agenda"]

    /// The year of a year-less month or day that the text writes with a year elsewhere: the one year written for the
    /// same month (and day), within about nine months of publication, on the side of publication the sentence's tense points to.
    private func anchoredYear(of mention: DateMention, tense: Int, written: [String: Set<Int>], tokens: [Token]) -> Int? {
        guard [7, 10].contains(mention.value.count), mention.value.dropFirst(5).first != "Q", !mention.isVague,
              namesAMonth(mention, tokens: tokens), !hasWrittenYear(mention, tokens: tokens),
              let current = Int(mention.value.prefix(4)) else { return nil }
        let monthDay = String(mention.value.dropFirst(4))
        guard let years = written[monthDay], years.count == 1, let year = years.first, year != current else { return nil }
        // A year-less date is near publication: the written year must keep it near ("Minutes of the June meeting"
        // in July is this June's, though the text also names June 30 of last year).
        let anchoredValue = String(year) + monthDay
        guard let day = CalendarDay(iso: anchoredValue.count == 7 ? anchoredValue + "-15" : anchoredValue),
              abs(day.daysSinceEpoch - published.daysSinceEpoch) <= Self.weakTenseReach else { return nil }
        guard tense != 0 else { return year }
        let ahead = anchoredValue.prefix(7) > published.description.prefix(7)
        let behind = anchoredValue.prefix(7) < published.description.prefix(7)
        return tense > 0 && ahead || tense < 0 && behind ? year : nil
    }

    /// The years the text writes out for each month ("-04") and each month and day ("-04-01"), from mentions that
    /// carry their year ("April 1, 2027", "April 2027", "April 1 next year").
    private func yearsWritten(in found: [DateMention], tokens: [Token]) -> [String: Set<Int>] {
        var written: [String: Set<Int>] = [:]
        for mention in found where [7, 10].contains(mention.value.count) && mention.value.dropFirst(5).first != "Q"
            && namesAMonth(mention, tokens: tokens) && hasWrittenYear(mention, tokens: tokens) {
            guard let year = Int(mention.value.prefix(4)) else { continue }
            let monthDay = String(mention.value.dropFirst(4))
            written[monthDay, default: []].insert(year)
            if monthDay.count > 3 { written[String(monthDay.prefix(3)), default: []].insert(year) }
        }
        return written
    }

    /// Whether a mention writes its year or says which one it means: a year's number, "next/last/this year", or a
    /// word before the month ("last April", "next March").
    private func hasWrittenYear(_ mention: DateMention, tokens: [Token]) -> Bool {
        (mention.first..<mention.end).contains { Self.year(tokens[$0]) != nil || Self.yearChoosingWords.contains(tokens[$0]) }
    }

    /// Whether a mention names its month by name ("April", "1 April", "April 1, 2027"), not in figures.
    private func namesAMonth(_ mention: DateMention, tokens: [Token]) -> Bool {
        (mention.first..<mention.end).contains { Self.month(tokens[$0]) != nil }
    }

    /// Words that say which year a month falls in.
    static let yearChoosingWords: WordSet = ["year", "last", "next", "this", "past", "coming", "previous"]

    /// The Monday of a week value ("2026-W45") after the publication's week, within the next two weeks.
    private func mondayOfAFutureWeek(_ value: String) -> CalendarDay? {
        guard value.count == 8, value.dropFirst(4).hasPrefix("-W") else { return nil }
        let monday = published.adding(days: 1 - published.weekday)
        return (1...2).lazy.map { monday.adding(days: 7 * $0) }.first { $0.isoWeek == value }
    }
}
