/// The dates the article's other sentences lend a statement whose own sentence names none (SCHEMA.md section 3: "the
/// measure's start as the article states it anywhere"), and the article-level days they come from: the act or the
/// document the opening reports, the start of an activity a permission allows.
extension StatementDating {
    /// Gives the statements whose sentence names no date the date another sentence gives their measure
    /// (SCHEMA.md section 3: "the measure's start as the article states it anywhere"):
    /// - a permission takes the start of the activity it permits when the actor's statements give one, else its grant day;
    /// - any statement takes the date of the actor's first dated statement of the same action and status, an act only
    ///   a day already past (a fine is not dated by the deadline that goes with it), and an act dated only by its
    ///   report takes the day another sentence gives the act;
    /// - a rule that details a new measure ("will have to register", "can take on at most 2,000 customers") takes the
    ///   start of its measure stated nearest before it, else of the actor's announced measure, else the day the actor
    ///   issued the document that sets it (`documentDay`: "in an order dated Monday"), else the end of its measure's
    ///   deadline;
    /// - the day a document was issued stands for its rules' start only until a sentence of the actor states that;
    /// - a headline takes the date of the body's statements of its measure (also of an authority of the country it
    ///   names), else of the actor's first measure;
    /// - an issued warning or a sanction that no sentence of its measure dates takes the day of the act the article's
    ///   opening reports (`actDay`: "in a circular issued on Monday", "in a judgment delivered on Wednesday"), unless
    ///   it says it is another act ("in a separate resolution, the regulator also ordered ...");
    /// - standing states, immediate measures, carve-outs and considered measures take none.
    /// `activityStarts` are the days the article starts an activity on ("will start trading on Friday"), by sentence;
    /// `sameSide` tells whether two actors are of one country.
    func lendDates(_ statements: inout [ReadStatement], activityStarts: [(sentence: Int, value: String)] = [], actDay: String? = nil,
                   documentDay: String? = nil, sameSide: (String, String) -> Bool = { _, _ in false }) {
        func isAhead(_ value: String) -> Bool { (MeasureTiming.days(of: value)?.lowerBound ?? 0) > published.daysSinceEpoch }
        func group(_ statement: ReadStatement) -> String? {
            statement.actorKey.map { $0 + "|" + statement.statement.action.rawValue + "|" + statement.statement.status.rawValue }
        }
        var groupDates: [String: [(value: String, kind: OwnDate.Kind)]] = [:]
        var permittedStart: [String: String] = [:]
        for statement in statements {
            guard let date = statement.ownDate, let key = statement.actorKey, let group = group(statement) else { continue }
            groupDates[group, default: []].append((date, statement.ownDateKind))
            // "will start trading on Friday", "cleared the fund to begin trading on Feb. 14": the start of what a
            // permission allows (an act's own date lies ahead only so).
            if statement.statement.action == .permit, statement.statement.status == .announced,
               statement.ownDateKind == .start, isAhead(date), permittedStart[key] == nil {
                permittedStart[key] = date
            }
        }
        // "approved three funds. The funds will start trading on Friday": a start in a sentence after a permission,
        // stated or not as a measure of its own, is the start of what it permits.
        for start in activityStarts where isAhead(start.value) {
            guard let permission = statements.last(where: {
                $0.sentence <= start.sentence && start.sentence - $0.sentence <= 6 && $0.statement.action == .permit && $0.statement.status == .announced
            }), let key = permission.actorKey, permittedStart[key] == nil else { continue }
            permittedStart[key] = start.value
        }
        // The starts of the actors' announced measures (no warning, no end of a grace period or deadline), in text order;
        // a permission starts when what it permits does.
        let starts: [(index: Int, key: String, date: String)] = statements.indices.compactMap { index in
            let statement = statements[index]
            guard let key = statement.actorKey, statement.statement.status == .announced, statement.statement.action != .warn else { return nil }
            if statement.statement.action == .permit, let start = permittedStart[key] { return (index, key, start) }
            guard let date = statement.ownDate, statement.ownDateKind == .start, isAhead(date) else { return nil }
            return (index, key, date)
        }
        // The days the actors issued the documents that set their rules ("on Tuesday published guidelines"), for rules
        // that name no start at all.
        let issueDays: [(key: String, date: String)] = statements.compactMap { statement in
            guard let date = statement.ownDate, let key = statement.actorKey, statement.ownDateKind == .issueDay else { return nil }
            return (key, date)
        }
        func firstStart(of key: String, before index: Int) -> String? {
            (starts.last { $0.key == key && $0.index < index } ?? starts.first { $0.key == key })?.date
        }
        let body = statements.indices.filter { statements[$0].tense != .headline }
        let headlines = statements.indices.filter { statements[$0].tense == .headline }
        for index in body + headlines {
            let statement = statements[index].statement
            let tense = statements[index].tense
            if statements[index].tense == .headline, statements[index].ownDate == nil, statement.action != .warn, statement.status != .considering {
                statements[index].statement.effective = headlineDate(statements[index], body: body.map { statements[$0] }, sameSide: sameSide)
                    ?? statements[index].actorKey.flatMap { statement.status == .announced ? firstStart(of: $0, before: index) : nil }
                continue
            }
            guard let key = statements[index].actorKey, let group = group(statements[index]) else {
                // A measure whose issuer the article leaves unnamed still dates from the document it reports.
                if statements[index].ownDate == nil, statement.status == .announced, tense == .rule || tense == .act, statement.action != .warn {
                    statements[index].statement.effective = documentDay
                }
                continue
            }
            if statement.action == .permit, statement.status == .announced, let start = permittedStart[key],
               statements[index].ownDate.map({ !isAhead($0) }) ?? (tense != .standing && tense != .immediate) {
                statements[index].statement.effective = start
                continue
            }
            if statements[index].ownDateKind == .reportDay, let day = groupDates[group]?.first(where: { $0.kind == .start && !isAhead($0.value) }) {
                statements[index].statement.effective = day.value
                continue
            }
            // "on Tuesday published final rules ... From March 1, every exchange must hold a licence".
            if statements[index].ownDateKind == .issueDay, let start = starts.first(where: { $0.key == key })?.date {
                statements[index].statement.effective = start
                continue
            }
            guard statements[index].ownDate == nil, tense != .standing, tense != .immediate else { continue }
            // An issued warning dates from the actor's dated warning of the same news; a carve-out has no start.
            guard statement.action != .warn || statements[index].issuesWarning, statement.status != .considering else { continue }
            let dated = groupDates[group] ?? []
            // An act takes a day already past; a rule a start ahead, of the same measure stated nearest before, else first.
            let fits = { (value: String) in tense == .act ? !isAhead(value) : tense != .rule || isAhead(value) }
            let sameStart = statements[..<index].last { isSameGroup($0, group) && $0.ownDateKind == .start && $0.ownDate.map(fits) == true }?.ownDate
                ?? dated.first { $0.kind == .start && fits($0.value) }?.value
            let sameEnd = dated.first { tense != .act || !isAhead($0.value) }?.value
            guard statement.status == .announced, tense == .rule else {
                let isTheAct = statement.action == .warn || statement.action == .enforce && tense != .rule && !Self.reportsAnotherAct(statement.text)
                statements[index].statement.effective = sameStart ?? sameEnd ?? (statement.status == .announced && isTheAct ? actDay ?? documentDay : nil)
                continue
            }
            // "Violations after that date will be penalised": a sanction or grace period keeps to its own kind's dates;
            // a warning ("the bank does not license exchanges") to its own and to the day it was issued.
            let sameDay = dated.first { $0.kind == .start }?.value
            switch statement.action {
            case .enforce: statements[index].statement.effective = sameStart ?? sameEnd ?? firstStart(of: key, before: index)
            case .warn: statements[index].statement.effective = sameStart ?? sameDay ?? actDay ?? documentDay
            default:
                statements[index].statement.effective = sameStart ?? sameDay ?? firstStart(of: key, before: index)
                    ?? issueDays.first { $0.key == key }?.date ?? documentDay ?? sameEnd
            }
        }
        Self.refineToDays(&statements, sameSide: sameSide)
    }

    /// "pushes back the rule to March 2027" beside "will now apply from March 1, 2027": a month or year a statement
    /// gives takes the day another statement of the same actor (or of an authority of the country it names) gives
    /// inside it; a headline also the one day any statement of the body gives inside it.
    static func refineToDays(_ statements: inout [ReadStatement], sameSide: (String, String) -> Bool) {
        let days = statements.compactMap { statement in
            statement.ownDate.flatMap { date in date.count == 10 && statement.ownDateKind != .reportDay ? (statement.actorKey, date) : nil }
        }
        guard !days.isEmpty else { return }
        for index in statements.indices {
            guard let value = statements[index].statement.effective, value.count == 7, !value.contains("-W"), !value.contains("-Q"),
                  let key = statements[index].actorKey,
                  let period = MeasureTiming.days(of: value) else { continue }
            let inside = days.filter { MeasureTiming.days(of: $0.1).map { period.contains($0.lowerBound) } ?? false }
            // A headline sums up the lead, whoever the body names as its issuer.
            let anyActor = statements[index].tense == .headline && Set(inside.map(\.1)).count == 1 ? inside.first : nil
            if let day = inside.first(where: { $0.0 == key }) ?? inside.first(where: { $0.0.map { sameSide($0, key) } == true }) ?? anyActor {
                statements[index].statement.effective = day.1
            }
        }
    }

    /// A headline's date is that of the body's first dated statement of its measure: of its actor, else of an
    /// authority of the country it names, else (when the headline names no actor of the body) of any actor.
    private func headlineDate(_ headline: ReadStatement, body: [ReadStatement], sameSide: (String, String) -> Bool) -> String? {
        let measure = body.filter {
            $0.statement.action == headline.statement.action && $0.statement.status == headline.statement.status && $0.statement.effective != nil
        }
        guard let key = headline.actorKey, body.contains(where: { $0.actorKey == key }) || body.contains(where: { $0.actorKey.map { sameSide($0, key) } == true })
        else { return measure.first?.statement.effective }
        let own = measure.first { $0.actorKey == key } ?? measure.first { $0.actorKey.map { sameSide($0, key) } == true }
        return own?.statement.effective
    }

    /// The day of the act the article's opening reports: "issued on Monday", "delivered in Melbourne on
    /// Wednesday", a day of the last two weeks.
    func actDay(in sentences: [Sentence], dates: [DateMention]) -> String? {
        let opening = sentences.prefix(2 * ArticleFraming.leadLength).last?.end ?? 0
        return dates.first { date in
            guard date.first < opening, date.first > 0, let day = CalendarDay(iso: date.value),
                  (0...14).contains(published.daysSinceEpoch - day.daysSinceEpoch),
                  tokens[date.first - 1].lower == "on" else { return false }
            let before = tokens[max(0, date.first - 5)..<(date.first - 1)]
            return before.contains { $0.lower.count > 4 && $0.lower.hasSuffix("ed") }
        }?.value
    }

    /// "In a separate resolution", "the regulator also ordered", "in another case": an act apart from the one the
    /// article opens with.
    static func reportsAnotherAct(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter }
        return words.contains { ["separate", "separately", "also", "another", "earlier"].contains($0) }
    }

    /// The day of the document the article's opening reports the news in: "in an order dated Monday", "in a circular
    /// issued on Monday", "guidelines published late on Tuesday" (not the day something was said).
    func documentDay(in sentences: [Sentence], dates: [DateMention]) -> String? {
        let opening = sentences.prefix(2 * ArticleFraming.leadLength).last?.end ?? 0
        return dates.first { date in
            guard date.first < opening, date.first > 0, date.value.count == 10, let day = CalendarDay(iso: date.value),
                  (0...14).contains(published.daysSinceEpoch - day.daysSinceEpoch) else { return false }
            var index = date.first - 1
            while index > 0, ["on", "late", "early"].contains(tokens[index].lower) { index -= 1 }
            return Self.documentParticiples.contains(tokens[index].lower)
        }?.value
    }

    static let documentParticiples: Set<String> = ["dated", "issued", "published", "signed", "delivered", "released", "adopted", "posted", "handed"]

    /// The days that start an activity ("will begin trading on Friday", "may start taking customers on April 1"), with
    /// the number of the sentence that gives each.
    func activityStarts(_ dates: [DateMention], sentences: [Sentence]) -> [(sentence: Int, value: String)] {
        var starts: [(sentence: Int, value: String)] = []
        var number = 0
        for date in dates where date.role != .deadline && Self.followsAStartVerb(date, tokens) {
            while number < sentences.count, sentences[number].end <= date.first { number += 1 }
            guard number < sentences.count, sentences[number].first <= date.first else { continue }
            starts.append((number, date.value))
        }
        return starts
    }

    private func isSameGroup(_ statement: ReadStatement, _ group: String) -> Bool {
        statement.actorKey.map { $0 + "|" + statement.statement.action.rawValue + "|" + statement.statement.status.rawValue } == group
    }
}
