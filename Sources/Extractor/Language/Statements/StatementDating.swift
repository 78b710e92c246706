/// Dates a policy statement (SCHEMA.md section 3, `effective`): which of its sentence's dates may date its measure,
/// the start a "since" gives an older measure, the date the statement's status and wording pick, and the dates the
/// article's other statements lend to those whose sentence gives none.
struct StatementDating {
    var published: CalendarDay
    var tokens: [Token]

    /// The dates of a sentence that may date the measure its cue states: not those of a past relative clause after
    /// the cue, of an older measure the cue lifts ("lifts 2018 curb"), or of another clause.
    func measureDates(_ dates: [DateMention], in sentence: Sentence, words: [String], cue: PolicyCues.Cue, clauseStart start: Int) -> [DateMention] {
        // "lifted the ban that it imposed in 2014": a date in a past relative clause after the cue dates something else;
        // "a yearly tax, which has applied since 2023": a clause that tells when the measure took hold dates the measure,
        // unless the cue lifts it ("lifted a ban that took effect in 2021").
        let relative = Self.pastRelativeClause(words, after: cue.index)
        let keepsTheStart = relative.map { Self.tellsWhenItTookHold(words[$0]) && !PolicyCues.liftWords.contains(words[cue.index]) } ?? false
        let background = keepsTheStart ? nil : relative.map { (sentence.first + $0.lowerBound)..<(sentence.first + $0.upperBound) }
        // "lifts 2018 curb", "withdrew its 2021 guidance": a year that names an older measure dates nothing of the news.
        let takesBack = Self.takesBackAMeasure(words[cue.index])
        let own = dates.slice(in: sentence.first..<sentence.end, position: \.first).filter {
            !isDatelineDate($0, sentenceStart: sentence.first)
                && !(background?.contains($0.first) ?? false)
                && !(namesAMeasureTakenBack($0, cueTakesBack: takesBack, sentenceStart: sentence.first, sentenceEnd: sentence.end))
                && !ClauseSense.isInAnotherClause(date: $0.first - sentence.first, cue: cue.index, start: start, in: words)
                && !(sentence.first == 0 && Self.isInAnotherPredicate(date: $0.first - sentence.first, cue: cue.index, in: words))
        }
        return own.isEmpty ? pointedBackDates(in: sentence, dates: dates) : own
    }

    /// "From that date, banks may not ...", "have until then to withdraw", "must do so by that date": a date the sentence
    /// names by pointing back, after a preposition of time, is the last date the text wrote out before it (a few sentences
    /// back at most, `TemporalRecognizer.anaphoraReach`), not the day a statement was made. Only a sentence that names no
    /// date of its own points back. Not a period counted from it ("30 days from that date"), nor the time of a relative
    /// clause ("firms that have not applied by then must stop"), nor "after that date" (the day after a last day of grace,
    /// or the day itself: news writes both), nor "since then", which tells what has held since
    /// (`ClauseSense.countsSinceAnEarlierEvent`).
    func pointedBackDates(in sentence: Sentence, dates: [DateMention]) -> [DateMention] {
        (sentence.first..<max(sentence.first, sentence.end - 1)).compactMap { index in
            guard let role = Self.pointingBackPrepositions[tokens[index].lower] else { return nil }
            let next = tokens[index + 1].lower
            let end: Int
            if next == "then", role == .deadline {
                end = index + 2
            } else if next == "that", index + 2 < sentence.end, ["date", "day"].contains(tokens[index + 2].lower) {
                end = index + 3
            } else {
                return nil
            }
            let lead = tokens[max(sentence.first, index - 10)..<index].map(\.lower)
            guard !(lead.last.map(Self.periodUnits.contains) ?? false),
                  !(lead.lastIndex { ["that", "who", "whose", "which"].contains($0) }.map { !lead[$0...].contains(",") } ?? false) else { return nil }
            let reach = max(0, index - TemporalRecognizer.anaphoraReach)..<index
            guard let earlier = dates.slice(in: reach, position: \.first).last(where: { $0.end <= index && !isAReportDay($0) }) else { return nil }
            return DateMention(first: index + 1, end: end, value: earlier.value, role: role, isVague: earlier.isVague)
        }
    }

    /// "..., the regulator said on Monday", "said Tuesday": the day a statement was made, which nothing points back to.
    private func isAReportDay(_ date: DateMention) -> Bool {
        var index = date.first - 1
        if index > 0, tokens[index].lower == "on" { index -= 1 }
        return index >= 0 && PolicyReader.speechVerbs.contains(tokens[index])
    }

    /// The prepositions of time a date pointed back to may follow, with the role they give it.
    static let pointingBackPrepositions: [String: TemporalRole] = [
        "from": .effective, "on": .other, "until": .deadline, "till": .deadline, "by": .deadline,
    ]

    /// "Regulator fines exchange C$1.2 million, sets March deadline for fixes": a headline joins its predicates with a
    /// comma before a verb in the present, and a date in one predicate is not the other's ("..., trading starts
    /// Friday" is one predicate: "trading" is no verb).
    static func isInAnotherPredicate(date: Int, cue: Int, in words: [String]) -> Bool {
        // A headline is short; a first "sentence" of thousands of words (a text without punctuation) is none.
        guard words.count <= 40 else { return false }
        let between = min(date, cue)..<max(date, cue)
        return between.contains { index in
            guard words[index] == ",", index + 1 < words.count else { return false }
            let next = words[index + 1]
            return next.count > 3 && next.hasSuffix("s") && ClauseReader.verbForms.contains(next) && !ClauseReader.ambiguousNouns.contains(next)
        }
    }

    /// "Madrid, 16 June (ECO) - The regulator has ...", "LAGOS, Oct 14 (Wire) — ...": the date of a dateline is the
    /// day of the report, never of the measure.
    func isDatelineDate(_ date: DateMention, sentenceStart: Int) -> Bool {
        guard date.first - sentenceStart <= 3, date.first > sentenceStart else { return false }
        var index = date.end
        if index < tokens.count, tokens[index].text == "(" {
            guard let close = tokens[index..<min(tokens.count, index + 6)].firstIndex(where: { $0.text == ")" }) else { return false }
            index = close + 1
        }
        return index < tokens.count && ["\u{2014}", "\u{2013}", "-", "--"].contains(tokens[index].text) && tokens[index].spaceBefore
    }

    /// A statement's own date and what it is to the measure.
    struct OwnDate: Sendable, Equatable {
        /// What the date marks. (Its raw value, the case's name, names it in the statement model's features.)
        enum Kind: String, Sendable, Equatable {
            /// The measure's start, or the day of the act.
            case start
            /// The end of a period given to comply or wind down ("have until June 13 to ...").
            case end
            /// The day the act was reported or published ("..., the regulator said on Tuesday"), standing for the act's
            /// own day until another sentence gives that.
            case reportDay
            /// The day the document that sets a rule was issued ("on Tuesday published guidance"), standing for the
            /// rule's start until another sentence gives that.
            case issueDay
        }
        var value: String
        var kind: Kind = .start
    }

    /// The statement's own date: a vote that is the news starts nothing by itself (but on a start it states); a law
    /// passed long ago dates from its passage; otherwise the start a "since" gives (not to a proposal or a measure only
    /// considered: "a bill pending since February", "has been weighing since last year" tell how long it has waited, not
    /// when it starts), else the date its status and wording pick.
    /// A lasting state ("remains illegal, the bank said on Tuesday") is not dated by the day it was restated.
    func effective(of draft: PolicyReader.Draft, status: PolicyStatus) -> OwnDate? {
        // "Parliament adopted the rules, which take effect on Oct. 1": only a start the sentence states as such.
        if draft.isAVote && status != .inEffect {
            return draft.dates.first { $0.role == .effective && !Self.isSupersededDate($0, tokens, from: draft.firstToken) }.map { OwnDate(value: $0.value) }
        }
        if let since = draft.since, status != .proposed, status != .considering { return OwnDate(value: since) }
        return date(of: draft, status: status)
    }

    /// The start the statement's sentence states as such ("would apply from", "takes effect on") to the day or month,
    /// unless a deferral replaced it; not a year or a guess ("from mid-2027 at the earliest").
    func statedStart(of draft: PolicyReader.Draft) -> String? {
        draft.dates.first { date in
            date.role == .effective && date.value.count >= 7 && !date.isVague && !Self.isSupersededDate(date, tokens, from: draft.firstToken)
                && tokens[date.end..<min(tokens.count, date.end + 3)].map(\.lower) != ["at", "the", "earliest"]
        }?.value
    }

    /// The value's period ended two weeks or more before publication: no day of the news or of its report.
    private func isOlderThanTheNews(_ date: DateMention) -> Bool {
        MeasureTiming.days(of: date.value).map { published.daysSinceEpoch - $0.upperBound >= 14 } ?? false
    }

    /// The date the statement's own sentence gives its measure, by its status and wording.
    private func date(of draft: PolicyReader.Draft, status: PolicyStatus) -> OwnDate? {
        // A carve-out has no start; a warning issued as an act of its own dates from its issue, and so does a statement of
        // legal status or guidance the sentence says an authority gave before ("In January 2018 the central bank stated
        // that bitcoin is not a legal means of payment") or one a year names ("its 2020 decree remains in force").
        if draft.cue.action == .warn, !draft.dates.contains(where: { Self.namesAMeasure($0, tokens) }),
           !Self.statesAnIssuedWarning(draft.words, cue: draft.cue.index) || status != .announced && status != .inEffect,
           status != .inEffect || !Self.reportsAPastStatement(draft.hashedWords) || !draft.dates.contains(where: { isBeforePublication($0.value) }) { return nil }
        func previousWord(_ date: DateMention) -> String {
            var index = date.first - 1
            while index > 0, ["on", "the"].contains(tokens[index].lower) { index -= 1 }
            return index >= 0 ? tokens[index].lower : ""
        }
        // "a notice published in the gazette on Tuesday": the date of the source, not of the measure.
        // ("on Tuesday published final rules": the day of the publishing verb that follows it on its line.) A date that
        // bounds a period is none ("firms that ... before the rules were published will have until June 30").
        func isPublicationDay(_ date: DateMention) -> Bool {
            guard !TemporalRecognizer.boundaryWords.contains(previousWord(date)) else { return false }
            return tokens[max(draft.firstToken, date.first - 6)..<date.first].contains(where: { ["published", "posted", "released"].contains($0.lower) })
                || tokens[date.end..<min(tokens.count, date.end + 2)].prefix(while: { !$0.newlineBefore })
                    .contains(where: { ["published", "posted", "released", "unveiled"].contains($0.lower) })
        }
        let year = String(published.year)
        let isAct = Self.reportsAnAct(draft.clause, words: draft.words)
        let isStanding = Self.isStanding(draft.hashedWords)
        // A grace period's end ("until March 15") is no start of the main measure; a news decision
        // does not start in an earlier year ("for the first time since 2019").
        let candidates = draft.dates.filter { date in
            // "have until June 13 to wind down": the end of a period given to act is the date of the measure.
            if draft.cue.action != .enforce, ["until", "till"].contains(previousWord(date)), !Self.endsAPeriodToAct(date, tokens),
               !Self.endsAGracePeriod(date, tokens, from: draft.firstToken) { return false }
            if status != .inEffect, date.role == .effective || date.role == .deadline, date.value.prefix(4) < year { return false }
            if isStanding, !Self.namesAMeasure(date, tokens),
               tokens[max(draft.firstToken, date.first - 3)..<date.first].contains(where: { PolicyReader.speechVerbs.contains($0) }) { return false }
            return !Self.isSupersededDate(date, tokens, from: draft.firstToken)
        }
        // A measure in effect dates from the rules or guidance published before the news ("under rules the central bank
        // published in August 2024, providers must ..."): only a recent day is the day of a source.
        let dates = candidates.filter { !isPublicationDay($0) || status == .inEffect && isOlderThanTheNews($0) }
        func own(_ date: DateMention) -> OwnDate {
            OwnDate(value: date.value, kind: date.role == .deadline || ["until", "till"].contains(previousWord(date)) ? .end : .start)
        }
        // A measure only considered has no start but one it states as such ("from 2027"), no deadline.
        if status == .considering { return dates.first(where: { $0.role == .effective }).map(own) }
        // "Contracts signed before Tuesday may still be executed until 23 July": what is let go on ends on its own day.
        if let graceEnd = dates.first(where: { ["until", "till"].contains(previousWord($0)) && Self.endsAGracePeriod($0, tokens, from: draft.firstToken) }) {
            return OwnDate(value: graceEnd.value, kind: .end)
        }
        if let starting = dates.first(where: { $0.role == .effective }) ?? dates.first(where: { $0.role == .deadline }) {
            return own(starting)
        }
        switch status {
        case .inEffect:
            let ranked = dates.filter { $0.value <= published.description || $0.value.hasPrefix(year) }
            return ranked.max { $0.value.count < $1.value.count }.map(own)
        case .announced:
            // A date ahead dates a rule; an act done ("has been granted a licence ..., before the old regime ends next
            // week") dates from its day, unless the date starts what the act allows ("cleared the fund to begin
            // trading on Feb. 14").
            if let ahead = dates.first(where: { MeasureTiming(published: published).startsAfterPublication($0.value) }),
               !isAct || Self.followsAStartVerb(ahead, tokens) {
                return own(ahead)
            }
            // A decision already taken ("granted ... on Monday", "the penalty was imposed on June 11") dates
            // from its act, not from the report of it.
            let cue = draft.words.indices.contains(draft.cue.index) ? draft.words[draft.cue.index] : ""
            let pastCue = cue.hasSuffix("ed") || Self.pastForms.contains(cue)
            // "ordered Velquor GmbH on Tuesday to cease ...": the act's verb may stand a few words before its day.
            func followsPastVerb(_ date: DateMention) -> Bool {
                tokens[max(draft.firstToken, date.first - 5)..<date.first].contains { token in
                    PolicyCues.forceWords.contains(token) && token.lower.hasSuffix("ed")
                }
            }
            // A day or week of the last two weeks.
            func isRecent(_ date: DateMention) -> Bool {
                guard date.value.count == 10 || date.value.contains("-W"), let days = MeasureTiming.days(of: date.value) else { return false }
                return days.upperBound <= published.daysSinceEpoch && published.daysSinceEpoch - days.lowerBound <= 14
            }
            // "On Monday the authority published guidance on how firms must ...", "on Monday issued its final rule": rules that
            // name no start of their own start on the day the document that sets them was issued (its publication day is
            // its day here), a day that stands for their start until another sentence of the actor gives that.
            if let clause = draft.clause, clause.tense == .past || clause.tense == .perfect, Self.issuingVerbs.contains(draft.words[clause.verb]),
               let day = candidates.first(where: { isRecent($0) && !PolicyReader.speechVerbs.contains(previousWord($0)) }) {
                return OwnDate(value: day.value, kind: .issueDay)
            }
            // "In a circular it issued on Thursday, the bank said lenders must ...", "in a statement dated 4 February, the
            // regulator said each issuer must ...": a rule dated only by the day of the document it is set in takes that
            // day as its issue, which stands for its start until another sentence of the actor gives that. (Not a finding
            // or an act the document made: "in its decision, issued on March 3, the regulator found that ...".)
            if !isAct, !pastCue, !draft.words.contains(where: { Self.pastForms.contains($0) }),
               let day = dates.first(where: { isRecent($0) && Self.datesADocument(previousWord($0)) }) {
                return OwnDate(value: day.value, kind: .issueDay)
            }
            let worded = dates.first { date in
                let before = previousWord(date)
                return (pastCue || before.count > 4 && before.hasSuffix("ed") && !draft.words.contains("will") || followsPastVerb(date))
                    && !PolicyReader.speechVerbs.contains(before) && date.value.count == 10 && isRecent(date)
            }
            if let worded { return own(worded) }
            // "on Wednesday imposed sanctions", "seized 1,200 machines last week": a clause in the past or perfect reports
            // an act of the last days, dated by the day the article gives it; "has fined 11 firms, the regulator said on
            // Tuesday", "..., according to a notice published on Tuesday": the day of its report stands for it.
            guard isAct else { return nil }
            if let day = dates.first(where: { isRecent($0) && !PolicyReader.speechVerbs.contains(previousWord($0)) }) { return own(day) }
            // "said on Friday it had authorised the firm": the day of the report that puts the act in the past perfect is the
            // act's own.
            if draft.clause.map({ $0.isReported && $0.tense == .pastPerfect }) ?? false { return candidates.first(where: isRecent).map(own) }
            return candidates.first(where: isRecent).map { OwnDate(value: $0.value, kind: .reportDay) }
        case .proposed, .considering:
            return nil
        }
    }

    /// "warned investors that ...", "a notice on the risks", "are not legal tender": a warning issued as an act of its own
    /// (a caution, a statement of legal status), not a carve-out ("remains legal", "is not affected").
    static func statesAnIssuedWarning(_ words: [String], cue: Int) -> Bool {
        guard words.indices.contains(cue) else { return false }
        if PolicyReader.issuedWarningWords.contains(words[cue]) { return true }
        // "not legal tender": the legal status the two words name.
        return words[cue] == "legal" && cue + 1 < words.count && words[cue + 1] == "tender"
    }

    /// "stated that bitcoin is not a legal means of payment", "confirmed in February 2023 that gains are taxable", "put the
    /// firm on its blacklist": the sentence reports a statement or a listing the authority made, not a state that lasts
    /// ("remains legal"), a carve-out ("said that mining was not affected by its rules") or what will be.
    static func reportsAPastStatement(_ sentence: HashedWords) -> Bool {
        let words = sentence.words
        return !isStanding(sentence) && words.indices.contains { pastStatementVerbs.contains(wordAt: $0, of: sentence) }
            && !words.contains { ["will", "would", "shall", "'ll", "exempt", "exempted", "excluded"].contains($0) || ClauseSense.carveOutVerbs.contains(ClauseSense.lemma($0)) }
    }

    /// The value's period ended before the publication day.
    private func isBeforePublication(_ value: String) -> Bool {
        MeasureTiming.days(of: value).map { $0.upperBound < published.daysSinceEpoch } ?? false
    }

    static let pastStatementVerbs: WordSet = [
        "said", "stated", "declared", "confirmed", "ruled", "told", "warned", "cautioned", "clarified", "found", "held", "published",
        "issued", "put", "listed", "named", "added", "announced",
    ]

    /// "which was due to take effect on Sept. 1, will now apply from March 1", "originally set for January", "delayed
    /// from July 1 to Jan. 1": the start a deferral replaces.
    static func isSupersededDate(_ date: DateMention, _ tokens: [Token], from first: Int) -> Bool {
        let before = tokens[max(first, date.first - 8)..<date.first]
        let clause = before.lastIndex { [",", ";", "but", "and"].contains($0.lower) }.map { before[($0 + 1)...] } ?? before
        let words = clause.map(\.lower)
        if words.contains(where: { ["originally", "initially", "previously"].contains($0) }) { return true }
        for (offset, word) in words.enumerated() where oldPlanWords.contains(word) && offset > 0 && ["was", "were", "been"].contains(words[offset - 1]) {
            return true
        }
        // "delayed the rule from July 1 to Jan. 1": the date after "from" when a deferral moves it to another.
        guard date.first > first, tokens[date.first - 1].lower == "from", date.end + 1 < tokens.count, ["to", "until"].contains(tokens[date.end].lower)
        else { return false }
        return tokens[max(first, date.first - 12)..<date.first].contains { deferralWords.contains($0) }
    }

    static let oldPlanWords: WordSet = ["due", "scheduled", "slated", "planned", "supposed", "set", "meant", "expected"]
    static let deferralWords: WordSet = [
        "delay", "delays", "delayed", "postpone", "postpones", "postponed", "defer", "defers", "deferred", "push", "pushes", "pushed",
        "move", "moves", "moved", "extend", "extends", "extended", "reschedule", "rescheduled",
    ]

    /// "issued", "dated": the word before a day that makes it the day of a document ("a circular dated Monday").
    static func datesADocument(_ word: String) -> Bool {
        word == "dated" || issuingVerbs.contains(word)
    }

    /// Verbs that issue the document a rule is set in.
    static let issuingVerbs: Set<String> = [
        "published", "issued", "adopted", "released", "unveiled", "introduced", "finalised", "finalized", "enacted", "signed",
        "promulgated", "gazetted", "approved",
    ]

    /// "its 2021 ban on crypto transactions", "the 2019 instruction barring banks", "Brazil's 2022 crypto law": a year that
    /// names a measure by its date, whoever reports it ("says its 2021 ban remains in force").
    static func namesAMeasure(_ date: DateMention, _ tokens: [Token]) -> Bool {
        tokens[date.end..<min(tokens.count, date.end + 2)].prefix { $0.isWord }.contains { measureNamingNouns.contains($0.lower) }
    }

    static let measureNamingNouns = WordSet(Set(PolicyCues.banNouns).union([
        "law", "act", "rules", "decree", "directive", "circular", "regulation", "framework", "guidelines", "instruction", "instructions", "order",
        "decision", "notice", "warning",
    ]))

    /// "to begin trading on Friday", "may start taking customers on April 1": a date that starts an activity.
    /// The verb may stand a few words before ("to begin trading on the B3 exchange on Monday, Feb. 14"), not past the
    /// end of a clause.
    static func followsAStartVerb(_ date: DateMention, _ tokens: [Token]) -> Bool {
        let window = tokens[max(0, date.first - 10)..<date.first]
        let clause = window.lastIndex { [";", ":", "and", "but", "which", "that", "after", "before", "when"].contains($0.lower) }.map { window[($0 + 1)...] } ?? window
        return clause.contains { startVerbs.contains($0) }
    }

    /// "said it expected to start serving clients early next year", "plans to begin trading in June": a start the
    /// speaker only intends or expects, which no permission or rule sets.
    static func isAnIntendedStart(_ date: DateMention, _ tokens: [Token]) -> Bool {
        let window = tokens[max(0, date.first - 10)..<date.first]
        guard let verb = window.lastIndex(where: { startVerbs.contains($0) }), verb >= 2, tokens[verb - 1].lower == "to" else { return false }
        return intentVerbs.contains(tokens[verb - 2])
    }

    static let intentVerbs: WordSet = [
        "expect", "expects", "expected", "expecting", "plan", "plans", "planned", "planning", "hope", "hopes", "hoped", "hoping",
        "aim", "aims", "aimed", "aiming", "intend", "intends", "intended", "intending", "want", "wants", "wanted",
        "anticipate", "anticipates", "anticipated", "target", "targets", "targeted", "seek", "seeks", "sought", "likely",
    ]

    static let startVerbs: WordSet = [
        "begin", "begins", "beginning", "start", "starts", "starting", "commence", "commences", "launch", "launches", "open", "opens", "debut",
    ]

    /// The clause reports an act done (simple past or present perfect, active or passive), not a rule that applies.
    /// "has announced rules banning ...", "said it will halt ...": the act of announcing a rule dates the report, not the rule.
    static func reportsAnAct(_ clause: Clause?, words: [String]) -> Bool {
        // ("said on Wednesday it had revoked the licence": reported speech puts the act of the news in the past perfect.)
        guard let clause, clause.modal == nil || clause.modal == .haveTo && clause.tense == .past,
              clause.tense == .past || clause.tense == .perfect || clause.tense == .pastPerfect && clause.isReported else { return false }
        return !announcingVerbs.contains(words[clause.verb]) && !words[clause.verb...].contains { ["will", "would", "'ll", "shall"].contains($0) }
    }

    /// "until June 13 to wind down", "until March 31 to comply", a headline's "UNTIL 30 SEPTEMBER TO REGISTER": a date
    /// closing the time given to do something.
    static func endsAPeriodToAct(_ date: DateMention, _ tokens: [Token]) -> Bool {
        guard date.end + 1 < tokens.count, tokens[date.end].lower == "to", tokens[date.end + 1].isWord else { return false }
        return !tokens[date.end + 1].isCapitalized || tokens[date.end].isAllCaps && tokens[date.end + 1].isAllCaps
    }

    /// "may keep operating until July 1", "a general licence to wind down transactions until June 5", "may stay up until
    /// 31 March", "may still be executed until 23 July", "must let clients withdraw their assets until Sept. 30": a date
    /// closing what may go on for a while, a window to wind down, in the eight words before "until" in the sentence.
    /// ("may not onboard clients until Nov. 30", "cannot withdraw coins until May 15", "suspended connections until
    /// Sept. 30": a measure's own span, not a grace.)
    static func endsAGracePeriod(_ date: DateMention, _ tokens: [Token], from sentenceStart: Int) -> Bool {
        let lead = tokens[max(sentenceStart, date.first - 9)..<max(sentenceStart, date.first - 1)].map(\.lower)
        guard !lead.contains(where: { ["not", "n't", "no", "cannot"].contains($0) }) else { return false }
        return lead.contains { continuingWords.contains($0) }
            || zip(lead, lead.dropFirst()).contains { ["may", "can"].contains($0) && $1 == "still" }
    }

    static let continuingWords: WordSet = [
        "continue", "continues", "continuing", "keep", "keeps", "stay", "stays", "remain", "remains", "run", "wind",
        "withdraw", "redeem", "sell",
    ]

    /// Verbs that report a rule rather than do the act the rule is about, verbs that move a rule's start ("has
    /// postponed the rule to March") and verbs of expectation or intent ("expected the first listings in Q3"): all
    /// date the rule, not the report.
    static let announcingVerbs: WordSet = [
        "announced", "said", "stated", "revealed", "unveiled", "published", "issued", "released", "confirmed", "declared",
        "disclosed", "told", "reported", "posted", "explained", "added", "noted", "indicated", "signalled", "signaled",
        "postponed", "delayed", "deferred", "extended", "pushed", "moved", "brought", "rescheduled",
        "expected", "anticipated", "forecast", "predicted", "planned", "intended", "aimed", "hoped", "promised", "pledged", "vowed",
    ]

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

    /// Where a relative clause after a cue ends: a comma, a semicolon, an infinitive "to" or "and".
    static let relativeClauseEnds: WordSet = [",", ";", "to", "and"]

    /// The word range of a relative clause in the past after the cue ("the ban that it imposed in 2014",
    /// "rules which it adopted in May"), up to the next comma, semicolon or infinitive "to"; nil without one.
    static func pastRelativeClause(_ words: [String], after cue: Int) -> Range<Int>? {
        guard cue + 1 < words.count,
              let pronoun = (cue + 1..<words.count).first(where: {
                  (words[$0] == "that" || words[$0] == "which") && !PolicyReader.speechVerbs.contains(words[$0 - 1])
              })
        else { return nil }
        let end = (pronoun + 1..<words.count).first { relativeClauseEnds.contains(words[$0]) } ?? words.count
        let verbs = words[(pronoun + 1)..<min(end, pronoun + 5)]
        guard verbs.contains(where: { $0.count > 4 && $0.hasSuffix("ed") || Self.pastForms.contains($0) || Self.irregularPast.contains($0) }) else { return nil }
        return pronoun..<end
    }

    /// "which has applied since 2023", "that took effect in January 2025", "which entered into force on 1 March": a relative
    /// clause that tells when its measure took hold and still holds (not "a duty that had applied since July 1", which
    /// ended).
    static func tellsWhenItTookHold(_ clause: ArraySlice<String>) -> Bool {
        clause.indices.contains { index in
            let next = index + 1 < clause.endIndex ? clause[index + 1] : ""
            let previous = index > clause.startIndex ? clause[index - 1] : ""
            switch clause[index] {
            case "applied": return ["has", "have"].contains(previous)
            case "took": return next == "effect"
            case "entered", "came": return next == "into" && index + 2 < clause.endIndex && clause[index + 2] == "force"
            default: return false
            }
        }
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

    /// How a statement places its measure in time, which decides the dates other sentences may lend it. (Its raw value,
    /// the case's name, names it in the statement model's features.)
    enum Tense: String, Sendable, Equatable {
        /// A rule that applies or will ("will have to register", "must hold", "can take on at most"), or a law passed
        /// ("adopted a law that taxes ..."): it starts when the measure it details starts.
        case rule
        /// An act done ("imposed sanctions", "has fined"): it dates from the day of the act.
        case act
        /// A state that lasts ("remains illegal", "are still not permitted"): no start unless the sentence gives one.
        case standing
        /// A measure that applies "immediately" without a day: no date.
        case immediate
        /// A period counted from the measure's start ("must be closed within 90 days of the ban taking effect"): its
        /// end is a day the article does not give.
        case countedFromTheStart
        /// A headline, whose present tense tells a rule or an act alike: it takes the date of the body's statements
        /// of its measure.
        case headline
    }

    /// The tense of a statement whose own date is `ownDate`.
    func tense(of draft: PolicyReader.Draft, ownDate: String?) -> Tense {
        let words = draft.words
        if ownDate == nil, Self.immediacyWords.containsAny(of: draft.hashedWords, in: words.indices) { return .immediate }
        if ownDate == nil, Self.countsAPeriodFromTheStart(words) { return .countedFromTheStart }
        if ownDate == nil, Self.isStanding(draft.hashedWords) { return .standing }
        if draft.sentence == 0 { return .headline }
        // "on Thursday adopted a law that changes how gains are taxed": a law passed is a rule that starts when the
        // article says the law does, not on the day of the vote.
        return Self.reportsAnAct(draft.clause, words: draft.words) && !draft.isAVote ? .act : .rule
    }

    /// "remains illegal", "are still barred", "have so far paid", "continue to be prohibited", "has since licensed": a
    /// lasting state. ("has licensed two exchanges, opening a market to residents who have so far traded offshore": a
    /// relative clause tells of someone else's state, not the measure's.)
    static func isStanding(_ sentence: HashedWords) -> Bool {
        let words = sentence.words
        if ClauseSense.countsSinceAnEarlierEvent(words) { return true }
        var relativeClause = false
        return words.indices.contains { index in
            let word = words[index]
            // (Most words are none of those below: they neither change the clause nor answer. One look-up, with the word's
            // stored hash.)
            guard Self.standingSignals.contains(wordAt: index, of: sentence) else { return false }
            if ["who", "whose", "which"].contains(word) { relativeClause = true }
            if [",", ";", ":"].contains(word) { relativeClause = false }
            if relativeClause { return false }
            // "must still process withdrawals", "can still trade": a rule that goes on beside the news, not a state.
            if word == "still" { return index == 0 || !["must", "will", "can", "may", "should", "shall", "could", "would", "to"].contains(words[index - 1]) }
            if ["remain", "remains", "remained", "remaining"].contains(word) { return true }
            if word == "so", index + 1 < words.count, words[index + 1] == "far" { return true }
            return ["continue", "continues"].contains(word) && index + 2 < words.count && words[index + 1] == "to" && ["be", "apply", "hold"].contains(words[index + 2])
        }
    }

    /// Every word `isStanding` reads a standing state, or the bounds of a relative clause, from.
    static let standingSignals: WordSet = [
        "who", "whose", "which", ",", ";", ":", "still", "remain", "remains", "remained", "remaining", "so", "continue", "continues",
    ]

    /// "within 90 days of the ban taking effect", "within six months of that date", "within a year of the law's entry
    /// into force": a period counted from the measure's start (not "within two days of a request", a duty that recurs).
    static func countsAPeriodFromTheStart(_ words: [String]) -> Bool {
        words.indices.contains { index in
            guard words[index] == "within", let of = words[index..<min(words.count, index + 6)].firstIndex(of: "of") else { return false }
            let period = words[index..<of]
            guard period.contains(where: { periodUnits.contains($0) }) else { return false }
            return words[(of + 1)..<min(words.count, of + 7)].contains { ["effect", "force", "date", "commencement", "enactment"].contains($0) }
        }
    }

    /// The units of a period of time ("within six months").
    static let periodUnits: WordSet = ["day", "days", "week", "weeks", "month", "months", "year", "years"]
    static let immediacyWords: WordSet = ["immediately", "immediate", "forthwith"]

    /// "lifts 2018 curb", "has withdrawn a 2022 directive, clearing the way for ...": a year before the noun of a measure
    /// that the cue, or a verb of the three words before the year, takes back.
    private func namesAMeasureTakenBack(_ date: DateMention, cueTakesBack: Bool, sentenceStart: Int, sentenceEnd: Int) -> Bool {
        guard date.end < sentenceEnd, Self.olderMeasureNouns.contains(tokens[date.end].lower) else { return false }
        return cueTakesBack || tokens[max(sentenceStart, date.first - 3)..<date.first].contains { Self.takesBackAMeasure($0.lower) }
    }

    /// A verb that lifts, withdraws or annuls a measure: the measure it names is older than the news.
    static func takesBackAMeasure(_ word: String) -> Bool {
        PolicyCues.liftWords.contains(word) || PolicyCues.withdrawalWords.contains(word) || PolicyCues.annulmentWords.contains(word)
    }
    /// The nouns of a measure that a year before them names as older ("the 2018 curb", "its 2021 guidance").
    static let olderMeasureNouns = WordSet(Set(namedMeasureNouns).union(PolicyCues.withdrawnGuidanceNouns).union(PolicyCues.withdrawnPlanNouns).union(PolicyCues.annulledMeasureNouns))
    static let namedMeasureNouns = WordSet(Set(PolicyCues.banNouns).union(["law", "act", "rules", "decree", "directive", "circular", "regulation", "framework", "guidelines"]))
    static let pastForms: WordSet = ["found", "held", "made", "set", "won", "took", "gave", "brought", "struck", "withdrew", "froze", "broke", "ruled"]
    static let irregularPast: Set<String> = [
        "had", "kept", "put", "led", "sent", "built", "cut", "began", "begun", "brought", "taken", "given", "left", "paid",
        "sold", "spent", "stood", "laid", "shut", "hit", "drew", "drawn", "wrote", "written", "chose", "chosen",
    ]
}
