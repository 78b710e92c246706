/// Dates a policy statement (SCHEMA.md section 3, `effective`): which of its sentence's dates may date its measure,
/// the start a "since" gives an older measure, the date the statement's status and wording pick, and the dates the
/// article's other statements lend to those whose sentence gives none.
struct StatementDating {
    var published: CalendarDay
    var tokens: [Token]

    /// The dates of a sentence that may date the measure its cue states: not those of a past relative clause after
    /// the cue, of an older measure the cue lifts ("lifts 2018 curb"), or of another clause.
    func measureDates(_ dates: [DateMention], in sentence: Sentence, words: [String], cue: PolicyCues.Cue, clauseStart start: Int) -> [DateMention] {
        // "lifted the ban that it imposed in 2014": a date in a past relative clause after the cue dates something else.
        let background = Self.pastRelativeClause(words, after: cue.index).map { (sentence.first + $0.lowerBound)..<(sentence.first + $0.upperBound) }
        // "lifts 2018 curb", "the 2021 ban": a year that names an older measure dates nothing of the news.
        return dates.slice(in: sentence.first..<sentence.end, position: \.first).filter {
            !(background?.contains($0.first) ?? false)
                && !(PolicyCues.liftWords.contains(words[cue.index]) && $0.end < sentence.end && Self.namedMeasureNouns.contains(tokens[$0.end].lower))
                && !ClauseSense.isInAnotherClause(date: $0.first - sentence.first, cue: cue.index, start: start, in: words)
        }
    }

    /// The statement's own date: a vote that is the news starts nothing by itself; a law passed long ago dates
    /// from its passage; otherwise the start a "since" gives, else the date its status and wording pick.
    func effective(of draft: PolicyReader.Draft, status: PolicyStatus) -> String? {
        draft.isAVote && status != .inEffect ? nil : draft.since ?? date(of: draft, status: status)
    }

    /// "has capped leverage since May 2020": the start of a measure older than the news (six weeks
    /// or more before publication; "since Friday" is the news itself).
    /// "since the new law came into force in 2019": the date may close a short clause after "since".
    func sinceDate(_ dates: [DateMention]) -> String? {
        let cutoff = published.adding(days: -45).description
        for date in dates where date.value < cutoff {
            guard let since = (max(0, date.first - 12)..<date.first).last(where: { tokens[$0].lower == "since" }),
                  !tokens[since..<date.first].contains(where: { [",", ";", "and", "but"].contains($0.lower) }) else { continue }
            // "for the first time since 2019" dates no measure.
            if since >= 1, tokens[since - 1].lower == "time" { continue }
            return date.value
        }
        return nil
    }

    /// The word range of a relative clause in the past after the cue ("the ban that it imposed in 2014",
    /// "rules which it adopted in May"), up to the next comma, semicolon or infinitive "to"; nil without one.
    static func pastRelativeClause(_ words: [String], after cue: Int) -> Range<Int>? {
        guard cue + 1 < words.count,
              let pronoun = (cue + 1..<words.count).first(where: { ["that", "which"].contains(words[$0]) && !PolicyReader.speechVerbs.contains(words[$0 - 1]) })
        else { return nil }
        let end = (pronoun + 1..<words.count).first { [",", ";", "to", "and"].contains(words[$0]) } ?? words.count
        let verbs = words[(pronoun + 1)..<min(end, pronoun + 5)]
        guard verbs.contains(where: { $0.count > 4 && $0.hasSuffix("ed") || Self.pastForms.contains($0) || Self.irregularPast.contains($0) }) else { return nil }
        return pronoun..<end
    }

    /// "filed in December 2020": the sentence dates its act to an earlier year.
    /// A sentence that also dates its act to the last two weeks reports news ("a judgment delivered on
    /// Wednesday found breaches between 2021 and 2023").
    /// "fined the broker in February" in a May article: an act dated more than a month before the news
    /// (its month over five weeks before publication) is background too.
    static func hasEarlierYear(_ draft: PolicyReader.Draft, _ published: CalendarDay) -> Bool {
        let recent = published.adding(days: -14).description
        if draft.dates.contains(where: { $0.value.count == 10 && $0.value >= recent && $0.value <= published.description }) { return false }
        guard !draft.words.contains("will") else { return false }
        let monthCutoff = String(published.adding(days: -35).description.prefix(7))
        return draft.dates.contains { date in
            guard date.role != .effective && date.role != .deadline else { return false }
            if date.value.prefix(4) < String(published.year) { return true }
            // A month or day of this year, wholly before the cutoff month ("in February", "on March 3").
            return date.value.count >= 7 && !date.value.contains("W") && !date.value.contains("Q") && date.value.prefix(7) < monthCutoff
        }
    }

    /// The date the statement's own sentence gives its measure, by its status and wording.
    private func date(of draft: PolicyReader.Draft, status: PolicyStatus) -> String? {
        // A carve-out has no start; a warning issued as an act of its own dates from its issue.
        if draft.cue.action == .warn, !PolicyCues.warnWords.contains(draft.words[draft.cue.index]) || status != .announced && status != .inEffect { return nil }
        func previousWord(_ date: DateMention) -> String {
            var index = date.first - 1
            while index > 0, ["on", "the"].contains(tokens[index].lower) { index -= 1 }
            return index >= 0 ? tokens[index].lower : ""
        }
        let year = String(published.year)
        // A grace period's end ("until March 15") is no start of the main measure; a news decision
        // does not start in an earlier year ("for the first time since 2019").
        let dates = draft.dates.filter { date in
            // "a notice published in the gazette on Tuesday": the date of the source, not of the measure.
            // ("on Tuesday published final rules": the day of the publishing verb that follows it.)
            if tokens[max(draft.firstToken, date.first - 6)..<date.first].contains(where: { ["published", "posted", "released"].contains($0.lower) })
                || tokens[date.end..<min(tokens.count, date.end + 2)].contains(where: { ["published", "posted", "released", "unveiled"].contains($0.lower) }) {
                return false
            }
            if draft.cue.action != .enforce, ["until", "till"].contains(previousWord(date)) { return false }
            if status != .inEffect, date.role == .effective || date.role == .deadline, date.value.prefix(4) < year { return false }
            return true
        }
        // A measure only considered has no start but one it states as such ("from 2027"), no deadline.
        if status == .considering { return dates.first(where: { $0.role == .effective })?.value }
        if let starting = dates.first(where: { $0.role == .effective }) ?? dates.first(where: { $0.role == .deadline }) {
            return starting.value
        }
        switch status {
        case .inEffect:
            let ranked = dates.filter { $0.value <= published.description || $0.value.hasPrefix(year) }
            return ranked.max { $0.value.count < $1.value.count }?.value
        case .announced:
            if let ahead = dates.first(where: { $0.value > published.description && !published.description.hasPrefix($0.value) }) {
                return ahead.value
            }
            // A decision already taken ("granted ... on Monday", "the penalty was imposed on June 11") dates
            // from its act, not from the report of it.
            let cue = draft.words.indices.contains(draft.cue.index) ? draft.words[draft.cue.index] : ""
            let pastCue = cue.hasSuffix("ed") || Self.pastForms.contains(cue)
            // "ordered Velquor GmbH on Tuesday to cease ...": the act's verb may stand a few words before its day.
            func followsPastVerb(_ date: DateMention) -> Bool {
                tokens[max(draft.firstToken, date.first - 5)..<date.first].contains { token in
                    PolicyCues.forceWords.contains(token.lower) && token.lower.hasSuffix("ed")
                }
            }
            return dates.first { date in
                let before = previousWord(date)
                return (pastCue || before.count > 4 && before.hasSuffix("ed") && !draft.words.contains("will") || followsPastVerb(date))
                    && date.value.count == 10 && date.value <= published.description
                    && published.daysSinceEpoch - (CalendarDay(iso: date.value)?.daysSinceEpoch ?? 0) <= 14
                    && !PolicyReader.speechVerbs.contains(before)
            }?.value
        case .proposed, .considering:
            return nil
        }
    }

    /// A measure's date stated elsewhere in the article: first from the same actor and action,
    /// then from the same actor's announced measures. Warnings and considered measures keep none.
    static func fillEffectiveDates(_ statements: inout [ReadStatement]) {
        var byActorAction: [String: String] = [:]
        var byActor: [String: String] = [:]
        for statement in statements {
            guard let date = statement.ownDate, let key = statement.actorKey else { continue }
            let group = key + "|" + statement.statement.action.rawValue + "|" + statement.statement.status.rawValue
            if byActorAction[group] == nil { byActorAction[group] = date }
            if statement.statement.status == .announced, statement.statement.action != .enforce, statement.statement.action != .warn,
               byActor[key] == nil { byActor[key] = date }
        }
        for index in statements.indices where statements[index].ownDate == nil {
            let statement = statements[index].statement
            // An issued warning dates from the actor's dated warning of the same news; a carve-out has no start.
            guard let key = statements[index].actorKey, statement.action != .warn || statements[index].issuesWarning,
                  statement.status != .considering else { continue }
            let group = key + "|" + statement.action.rawValue + "|" + statement.status.rawValue
            statements[index].statement.effective = byActorAction[group] ?? (statement.status == .announced ? byActor[key] : nil)
        }
    }

    static let namedMeasureNouns: Set<String> = PolicyCues.banNouns.union(["law", "act", "rules", "decree", "directive", "circular", "regulation", "framework", "guidelines"])
    static let pastForms: Set<String> = ["found", "held", "made", "set", "won", "took", "gave", "brought", "struck", "withdrew", "froze", "broke", "ruled"]
    static let irregularPast: Set<String> = [
        "had", "kept", "put", "led", "sent", "built", "cut", "began", "begun", "brought", "taken", "given", "left", "paid",
        "sold", "spent", "stood", "laid", "shut", "hit", "drew", "drawn", "wrote", "written", "chose", "chosen",
    ]
}
