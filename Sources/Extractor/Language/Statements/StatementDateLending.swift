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
    /// - a provision of a proposal takes the start the actor's proposal states to the day or month, whatever provision
    ///   states it ("proposes that the rules apply from 1 January 2028");
    /// - the day a document was issued stands for its rules' start only until a sentence of the actor states that;
    /// - a headline takes the date of the body's statements of its measure (also of an authority of the country it
    ///   names), else of the actor's first measure; a headline warning the day its actor issued the warning in the body;
    /// - an issued warning, a sanction or any act the opening itself reports ("has registered the exchange") that no
    ///   sentence of its measure dates takes the day of the act or document the article's opening reports (`actDay`:
    ///   "in a circular issued on Monday", "in a judgment delivered on Wednesday"; `documentDay`: "the decision, dated
    ///   Tuesday"), unless it says it is another act ("in a separate resolution, the regulator also ordered ...");
    /// - an act or a rule of the opening that nothing above dates takes the day the opening gives its actor's news
    ///   (`newsDay`: "on Tuesday granted approval to two exchanges. A third was refused a licence"), unless the rule starts
    ///   later or gives a period to comply ("will have to", "within six months");
    /// - standing states, immediate measures, periods counted from a measure's start, carve-outs and considered
    ///   measures take none.
    /// `activityStarts` are the days the article starts an activity on ("will start trading on Friday"), by sentence;
    /// `sameSide` tells whether two actors are of one country; `countryOf` the country an actor acts for, and whether as
    /// the country itself (a rule that details a measure takes the start the other side gives it when its own gives none).
    func lendDates(_ statements: inout [ReadStatement], activityStarts: [(sentence: Int, value: String)] = [], actDay: String? = nil,
                   documentDay: String? = nil, startDays: [String] = [], sameSide: (String, String) -> Bool = { _, _ in false },
                   countryOf: (String) -> ActorCountry? = { _ in nil }) {
        // Every look-up below goes through an index built once, so that lending stays linear in the number of
        // statements (a text of thousands of articles run together has thousands of them).
        let isAhead = statements.map { $0.ownDate.map { isAheadOfPublication($0) } }
        let groups = statements.map(Self.group)
        var groupDates: [String: GroupDates] = [:]
        var permittedStart: [String: String] = [:]
        for index in statements.indices {
            guard let date = statements[index].ownDate, let ahead = isAhead[index], let key = statements[index].actorKey,
                  let group = groups[index] else { continue }
            // "In a separate decision, the regulator fined another broker on Monday": a day of another act of the same
            // kind is not this one's.
            if !Self.setsItselfApart(statements[index].statement.text) {
                groupDates[group, default: GroupDates()].add(index: index, value: date, kind: statements[index].ownDateKind, isAhead: ahead)
            }
            // "will start trading on Friday", "cleared the fund to begin trading on Feb. 14": the start of what a
            // permission allows (an act's own date lies ahead only so).
            let statement = statements[index]
            if statement.statement.action == .permit, statement.statement.status == .announced,
               statement.ownDateKind == .start, ahead, permittedStart[key] == nil {
                permittedStart[key] = date
            }
        }
        // "approved three funds. The funds will start trading on Friday": a start in a sentence after a permission,
        // stated or not as a measure of its own, is the start of what it permits (the last permission of the six
        // sentences before).
        var lastPermissionBySentence: [Int: Int] = [:]
        for index in statements.indices where statements[index].statement.action == .permit && statements[index].statement.status == .announced {
            lastPermissionBySentence[statements[index].sentence] = index
        }
        for start in activityStarts where isAheadOfPublication(start.value) {
            guard start.sentence >= 0,
                  let permission = (max(0, start.sentence - 6)...start.sentence).compactMap({ lastPermissionBySentence[$0] }).max(),
                  let key = statements[permission].actorKey, permittedStart[key] == nil else { continue }
            permittedStart[key] = start.value
        }
        // The starts of the actors' announced measures (no warning, no end of a grace period or deadline), in text order
        // by actor; a permission starts when what it permits does.
        // "Peru pushes back the travel rule to April" and "the SBS ... will now apply it from April 1": a country and its
        // own bodies tell one measure, so either side's starts stand in where the other gives none.
        let sides = statements.map { $0.actorKey.flatMap(countryOf) }
        var starts: [String: [IndexedDate]] = [:]
        var sideStarts: [String: [IndexedDate]] = [:]
        for index in statements.indices {
            let statement = statements[index]
            guard let key = statement.actorKey, statement.statement.status == .announced, statement.statement.action != .warn else { continue }
            var start: String?
            if statement.statement.action == .permit, let permitted = permittedStart[key] {
                start = permitted
            } else if let date = statement.ownDate, statement.ownDateKind == .start, isAhead[index] == true {
                start = date
            }
            guard let start else { continue }
            starts[key, default: []].append(IndexedDate(index: index, date: start))
            if let side = sides[index] { sideStarts[side.ownKey, default: []].append(IndexedDate(index: index, date: start)) }
        }
        // The days the actors issued the documents that set their rules ("on Tuesday published guidelines"), for rules
        // that name no start at all.
        var issueDay: [String: String] = [:]
        for statement in statements {
            guard let date = statement.ownDate, let key = statement.actorKey, statement.ownDateKind == .issueDay, issueDay[key] == nil else { continue }
            issueDay[key] = date
        }
        // The starts the actors' proposals state to the day or month ("proposes that the rules apply from 1 January
        // 2028"), whatever provision states them, for the provisions of the same proposal.
        var proposalStarts: [String: [IndexedDate]] = [:]
        for index in statements.indices where statements[index].statement.status == .proposed {
            let statement = statements[index]
            guard let key = statement.actorKey, let start = statement.statedStart, isAheadOfPublication(start) else { continue }
            proposalStarts[key, default: []].append(IndexedDate(index: index, date: start))
        }
        // The day of each actor's news: the first day of the last two weeks an announced statement of the opening gives
        // its act ("on Tuesday won approval", "the orders took effect on Wednesday").
        var newsDay: [String: String] = [:]
        for statement in statements where statement.sentence < 2 * ArticleStretches.leadLength && statement.statement.status == .announced {
            guard let key = statement.actorKey, newsDay[key] == nil, let date = statement.ownDate, date.count == 10,
                  statement.ownDateKind == .start || statement.ownDateKind == .reportDay, let day = CalendarDay(iso: date),
                  (0...14).contains(published.daysSinceEpoch - day.daysSinceEpoch) else { continue }
            newsDay[key] = date
        }
        // "The act caps cash purchases at 1,000 euros" after "From 1 July, firms must hold a licence from the FSC": a rule
        // whose sentence names no issuer, read as one body's, starts when another body of the same country says the measure
        // does; one that names its issuer keeps to its own side.
        func firstStart(of key: String, before index: Int) -> String? {
            let sameSide = statements[index].namesItsActor ? nil : sides[index].flatMap { sideStarts[$0.ownKey] }
            guard let own = starts[key] ?? sides[index].flatMap({ sideStarts[$0.counterpartKey] }) ?? sameSide else { return nil }
            return (own.last(before: index) ?? own.first)?.date
        }
        func lend(_ index: Int, headlineDate: (ReadStatement) -> String?) {
            let statement = statements[index].statement
            let tense = statements[index].tense
            if tense == .headline, statements[index].ownDate == nil, statement.action != .warn, statement.status != .considering {
                statements[index].statement.effective = headlineDate(statements[index])
                    ?? statements[index].actorKey.flatMap { statement.status == .announced ? firstStart(of: $0, before: index) : nil }
                return
            }
            // "Central bank tells savers to stay away from app": a headline warning sums up the warning its actor issued
            // in the body, dated by its issue (the body dates no carve-out).
            if tense == .headline, statements[index].ownDate == nil, statement.action == .warn, statement.status == .announced,
               statements[index].actorKey != nil, let issued = headlineDate(statements[index]) {
                statements[index].statement.effective = issued
                return
            }
            guard let key = statements[index].actorKey, let group = groups[index] else {
                // A measure whose issuer the article leaves unnamed still dates from the document it reports.
                if statements[index].ownDate == nil, statement.status == .announced, tense == .rule || tense == .act, statement.action != .warn {
                    statements[index].statement.effective = documentDay
                }
                return
            }
            if statement.action == .permit, statement.status == .announced, let start = permittedStart[key],
               isAhead[index].map({ !$0 }) ?? (tense != .standing && tense != .immediate && tense != .countedFromTheStart),
               !Self.saysWhatTheNewsLeavesAlone(statement.text) {
                statements[index].statement.effective = start
                return
            }
            let dated = groupDates[group] ?? GroupDates()
            // "has revoked the licence, the regulator said on Tuesday. The decision was taken on Monday": the day of the act
            // the opening reports, when no statement of the measure gives it.
            if statements[index].ownDateKind == .reportDay,
               let day = dated.firstStartPast ?? actDay.flatMap({ Self.reportsAnotherAct(statement.text) ? nil : $0 }) {
                statements[index].statement.effective = day
                return
            }
            // "on Tuesday published final rules ... From March 1, every exchange must hold a licence".
            if statements[index].ownDateKind == .issueDay, let start = starts[key]?.first?.date {
                statements[index].statement.effective = start
                return
            }
            // An issued warning dates from the actor's dated warning of the same news; a carve-out has no start. (The
            // statement's words are read last.)
            guard statements[index].ownDate == nil, tense != .standing, tense != .immediate, tense != .countedFromTheStart,
                  statement.action != .warn || statements[index].issuesWarning, statement.status != .considering,
                  !Self.dutyEndsAnUnnamedPeriod(statement), !Self.saysWhatTheNewsLeavesAlone(statement.text) else { return }
            // An act takes a day already past; a rule a start ahead, of the same measure stated nearest before, else first.
            let sameStart = dated.start(before: index, fitting: tense) ?? dated.firstStart(fitting: tense)
            let sameEnd = tense == .act ? dated.firstPast : dated.first
            guard statement.status == .announced, tense == .rule else {
                // An act the opening reports ("has registered the exchange", "has revoked its licence") dates from the
                // act or document it reports, unless it says it is another; later in the article only a sanction does.
                let isOpening = statements[index].sentence < 2 * ArticleStretches.leadLength
                let isTheAct = statement.action == .warn || (tense == .act && isOpening || statement.action == .enforce && tense != .rule)
                    && !Self.reportsAnotherAct(statement.text)
                // A provision of a proposal starts when the proposal says it would.
                let proposed = statement.status == .proposed ? proposalStarts[key].flatMap { ($0.last(before: index) ?? $0.first)?.date } : nil
                // A proposal starts only on a day still to come (a day already past is of its filing or of another measure).
                let end = statement.status == .proposed ? sameEnd.flatMap { isAheadOfPublication($0) ? $0 : nil } : sameEnd
                statements[index].statement.effective = sameStart ?? proposed ?? end
                    ?? (statement.status == .announced && isTheAct ? actDay ?? documentDay ?? newsDay[key] : nil)
                return
            }
            // "Violations after that date will be penalised": a sanction or grace period keeps to its own kind's dates;
            // a warning ("the bank does not license exchanges") to its own and to the day it was issued.
            // ("has issued orders barring two former directors. The orders took effect on Tuesday": a measure of the opening
            // that looks no further ahead dates, as a last resort, from the day of its actor's news.)
            func openingNewsDay() -> String? {
                statements[index].sentence < 2 * ArticleStretches.leadLength && !Self.looksAhead(statement.text) ? newsDay[key] : nil
            }
            let sameDay = dated.firstStart
            switch statement.action {
            case .enforce: statements[index].statement.effective = sameStart ?? sameEnd ?? firstStart(of: key, before: index) ?? openingNewsDay()
            case .warn: statements[index].statement.effective = sameStart ?? sameDay ?? actDay ?? documentDay
            default:
                statements[index].statement.effective = sameStart ?? sameDay ?? firstStart(of: key, before: index)
                    ?? issueDay[key] ?? documentDay ?? sameEnd ?? openingNewsDay()
            }
        }
        let body = statements.indices.filter { statements[$0].tense != .headline }
        for index in body { lend(index, headlineDate: { _ in nil }) }
        // Headlines come last: they take the dates the body's statements were lent.
        let measures = BodyMeasures(body.map { statements[$0] })
        for index in statements.indices where statements[index].tense == .headline {
            lend(index, headlineDate: { measures.date(of: $0, sameSide: sameSide) })
        }
        Self.refineToDays(&statements, sameSide: sameSide)
        refineToStartDays(&statements, startDays: startDays)
    }

    /// "Japan enacts flat 20% crypto tax from 2028 ... Losses may be carried forward" beside "will be taxed at 20% from
    /// Jan. 1, 2028": a year, quarter or month still to come that a new measure takes from another sentence is the one
    /// day inside it the article names as a start ("from", "takes effect on", "will begin on"), when it names exactly
    /// one (not two: "from Jan. 1, 2027 ... from July 1, 2027"). A sentence that gives the period itself keeps the
    /// precision it gives, and an act of a past period ("fined two exchanges in 2024") keeps its period.
    func refineToStartDays(_ statements: inout [ReadStatement], startDays: [String]) {
        let days = Set(startDays).compactMap { day in MeasureTiming.days(of: day).map { (value: day, number: $0.lowerBound) } }
        guard !days.isEmpty else { return }
        for index in statements.indices where statements[index].statement.status != .inEffect {
            guard let value = statements[index].statement.effective, value.count < 10, !value.contains("-W"),
                  statements[index].ownDate != value, let period = MeasureTiming.days(of: value), period.lowerBound > published.daysSinceEpoch else { continue }
            let inside = days.filter { period.contains($0.number) }
            if inside.count == 1, let day = inside.first { statements[index].statement.effective = day.value }
        }
    }

    /// The days the article names as a start ("from Jan. 1, 2028", "takes effect on 1 July", "would begin on April 1"), but
    /// not a start a deferral replaced ("was due to take effect on Sept. 1").
    func startDays(_ dates: [DateMention]) -> [String] {
        dates.filter { $0.role == .effective && $0.value.count == 10 && !$0.isVague && !Self.isSupersededDate($0, tokens, from: max(0, $0.first - 8)) }
            .map(\.value)
    }

    private func isAheadOfPublication(_ value: String) -> Bool {
        MeasureTiming(published: published).startsAfterPublication(value)
    }

    /// A statement's measure: its actor, action and status.
    private static func group(_ statement: ReadStatement) -> String? {
        statement.actorKey.map { $0 + "|" + statement.statement.action.rawValue + "|" + statement.statement.status.rawValue }
    }

    /// The dates the statements of one measure give themselves, in text order, with what lending asks of them.
    private struct GroupDates {
        /// Starts of the measure, by statement index: all, those ahead of publication, those not.
        private var starts: [IndexedDate] = []
        private var startsAhead: [IndexedDate] = []
        private var startsPast: [IndexedDate] = []
        /// The first date of any kind, and the first not ahead of publication.
        private(set) var first: String?
        private(set) var firstPast: String?

        mutating func add(index: Int, value: String, kind: OwnDate.Kind, isAhead: Bool) {
            if first == nil { first = value }
            if !isAhead, firstPast == nil { firstPast = value }
            guard kind == .start else { return }
            let dated = IndexedDate(index: index, date: value)
            starts.append(dated)
            if isAhead { startsAhead.append(dated) } else { startsPast.append(dated) }
        }

        var firstStart: String? { starts.first?.date }
        var firstStartPast: String? { startsPast.first?.date }

        /// The starts a statement of this tense may take: an act's lie in the past, a rule's ahead, others' anywhere.
        private func starts(fitting tense: Tense) -> [IndexedDate] {
            switch tense {
            case .act: startsPast
            case .rule: startsAhead
            default: starts
            }
        }

        /// The nearest start before the statement at `index` that fits its tense.
        func start(before index: Int, fitting tense: Tense) -> String? { starts(fitting: tense).last(before: index)?.date }

        /// The first start that fits the tense.
        func firstStart(fitting tense: Tense) -> String? { starts(fitting: tense).first?.date }
    }

    /// The dated statements of the body by measure (action and status), each actor's first, for the headlines: a
    /// headline's date is that of the body's first dated statement of its measure: of its actor, else of an authority
    /// of the country it names, else (when the headline names no actor of the body) of any actor.
    private struct BodyMeasures {
        private var actors: [String] = []
        private var actorSet: Set<String> = []
        private var firstDates: [String: [(actor: String?, date: String)]] = [:]

        init(_ body: [ReadStatement]) {
            var dated: [String: Set<String?>] = [:]
            for statement in body {
                if let actor = statement.actorKey, actorSet.insert(actor).inserted { actors.append(actor) }
                // Only a warning issued as such ("warned the public on Monday") dates a headline warning.
                guard let date = statement.statement.effective, statement.statement.action != .warn || statement.issuesWarning else { continue }
                let measure = Self.measure(of: statement)
                if dated[measure, default: []].insert(statement.actorKey).inserted {
                    firstDates[measure, default: []].append((statement.actorKey, date))
                }
            }
        }

        private static func measure(of statement: ReadStatement) -> String {
            statement.statement.action.rawValue + "|" + statement.statement.status.rawValue
        }

        func date(of headline: ReadStatement, sameSide: (String, String) -> Bool) -> String? {
            let measure = firstDates[Self.measure(of: headline)] ?? []
            guard let key = headline.actorKey, actorSet.contains(key) || actors.contains(where: { sameSide($0, key) }) else {
                // A warning is its issuer's own: another's dates none.
                return headline.statement.action == .warn ? nil : measure.first?.date
            }
            let own = measure.first { $0.actor == key } ?? measure.first { $0.actor.map { sameSide($0, key) } == true }
            return own?.date
        }
    }

    /// "pushes back the rule to March 2027" beside "will now apply from March 1, 2027": a month or year a statement
    /// gives takes the day another statement of the same actor (or of an authority of the country it names) gives
    /// inside it; a headline also the one day any statement of the body gives inside it.
    static func refineToDays(_ statements: inout [ReadStatement], sameSide: (String, String) -> Bool) {
        // The days statements give themselves (not the days they were reported on), by month.
        var daysByMonth: [Substring: [(actor: String?, day: String)]] = [:]
        for statement in statements {
            guard let date = statement.ownDate, date.count == 10, statement.ownDateKind != .reportDay,
                  MeasureTiming.days(of: date) != nil else { continue }
            daysByMonth[date.prefix(7), default: []].append((statement.actorKey, date))
        }
        guard !daysByMonth.isEmpty else { return }
        for index in statements.indices {
            guard let value = statements[index].statement.effective, value.count == 7, !value.contains("-W"), !value.contains("-Q"),
                  let key = statements[index].actorKey, MeasureTiming.days(of: value) != nil else { continue }
            let inside = daysByMonth[value[...]] ?? []
            // A headline sums up the lead, whoever the body names as its issuer.
            let anyActor = statements[index].tense == .headline && Set(inside.map(\.day)).count == 1 ? inside.first : nil
            if let day = inside.first(where: { $0.actor == key }) ?? inside.first(where: { $0.actor.map { sameSide($0, key) } == true }) ?? anyActor {
                statements[index].statement.effective = day.day
            }
        }
    }

    /// The day of the act the article's opening reports: "issued on Monday", "was taken on Monday", "delivered in Melbourne on
    /// Wednesday", a day of the last two weeks; not of an act the sentence sets apart ("in a separate decision taken on
    /// Monday").
    func actDay(in sentences: [Sentence], dates: [DateMention]) -> String? {
        let opening = sentences.prefix(2 * ArticleStretches.leadLength)
        return dates.first { date in
            guard date.first < opening.last?.end ?? 0, date.first > 0, let day = CalendarDay(iso: date.value),
                  (0...14).contains(published.daysSinceEpoch - day.daysSinceEpoch),
                  tokens[date.first - 1].lower == "on" else { return false }
            // (Looked for in the clause before the date only, so that a long run-on opening stays linear.)
            if let sentence = opening.first(where: { $0.end > date.first }),
               tokens[max(sentence.first, date.first - 12)..<date.first].contains(where: { $0.lower == "separate" || $0.lower == "separately" }) {
                return false
            }
            let before = tokens[max(0, date.first - 5)..<(date.first - 1)]
            return before.contains { $0.lower.count > 4 && $0.lower.hasSuffix("ed") || Self.actParticiples.contains($0) }
        }?.value
    }

    /// Irregular participles of acts: "the decision was taken on Monday", "the order was made on Friday".
    static let actParticiples: WordSet = ["taken", "made", "given", "brought", "struck", "laid", "sent"]

    /// The runs of letters of a text (and of digits, when `keepingNumbers`), in lower case. Read scalar by scalar, ASCII
    /// without the Unicode tables: splitting statements into `Character`s that are letters cost 3% of the analysis. Each
    /// run is cut out of the text whole and lower-cased alone: lower-casing a whole statement that holds a curly quote or
    /// a dash maps every scalar of it through the Unicode tables. A text with a scalar beyond ASCII that lower-casing
    /// changes ("Σ", "İ") is lower-cased whole first, as before, since its runs may change with it.
    static func lowercaseWords(of text: String, keepingNumbers: Bool = false) -> [String] {
        let keepsItsRuns = text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII || scalar.properties.lowercaseMapping.unicodeScalars.elementsEqual(CollectionOfOne(scalar))
        }
        let scalars = keepsItsRuns ? text.unicodeScalars : text.lowercased().unicodeScalars
        func word(_ run: Substring.UnicodeScalarView) -> String { keepsItsRuns ? String(run).lowercased() : String(run) }
        var words: [String] = []
        var wordStart: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Tokenizer.isLetter(scalar) || keepingNumbers && Tokenizer.isDigit(scalar) {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart {
                words.append(word(scalars[start..<index]))
                wordStart = nil
            }
            scalars.formIndex(after: &index)
        }
        if let start = wordStart { words.append(word(scalars[start...])) }
        return words
    }

    /// "In a separate resolution", "the regulator also ordered", "in another case": an act apart from the one the
    /// article opens with.
    static func reportsAnotherAct(_ text: String) -> Bool {
        lowercaseWords(of: text).contains { ["separate", "separately", "also", "another", "earlier"].contains($0) }
    }

    /// "Countries will have to license issuers", "must meet the conditions within six months": a rule that starts later or
    /// gives a period to comply, whose start or end is no day of the decision.
    static func looksAhead(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "'" }
        return words.indices.contains { index in
            let word = words[index]
            if ["will", "would", "shall"].contains(word) { return true }
            return word == "within" && words[(index + 1)..<min(words.count, index + 3)].contains { StatementDating.periodUnits.contains(String($0)) }
        }
    }

    /// "must appoint a compliance officer within 90 days", "has to report within six months": a duty whose date is the
    /// end of a counted period the article never dates, so no other sentence's date is its own; not a period counted
    /// from an event ("within 90 days of receiving its licence", "within 30 days if its issuer stops"), of a relative
    /// clause ("customers who report within 90 days") or of a sanction ("pay the fine within 30 days").
    static func dutyEndsAnUnnamedPeriod(_ statement: PolicyStatement) -> Bool {
        guard statement.action != .enforce else { return false }
        let words = lowercaseWords(of: statement.object, keepingNumbers: true)
        guard !words.contains(where: { PolicyCues.penaltySumWords.contains($0) }) else { return false }
        return words.indices.contains { index in
            guard words[index] == "within", !words[max(0, index - 12)..<index].contains(where: { Self.relativePronouns.contains($0) }),
                  let unit = (index + 2..<max(index + 2, min(words.count, index + 4))).first(where: { StatementDating.periodUnits.contains(words[$0]) })
            else { return false }
            return unit + 1 == words.count || !Self.periodEventWords.contains(words[unit + 1])
        }
    }

    /// "The approval does not mean the board vouches for the project", "Nor does the decision change how gains are taxed",
    /// "the pilot will not make the token legal tender": a sentence that says what the news leaves as it was states no
    /// measure of its own to date ("may not", "must not" and "cannot" forbid instead; "a cap that does not apply to
    /// bitcoin" tells of a relative clause).
    static func saysWhatTheNewsLeavesAlone(_ text: String) -> Bool {
        let words = lowercaseWords(of: text)
        return words.indices.contains { index in
            let negates = words[index] == "nor" && index + 1 < words.count && Self.plainAuxiliaries.contains(words[index + 1])
                || words[index] == "not" && index > 0 && Self.plainAuxiliaries.contains(words[index - 1])
            return negates && !words[max(0, index - 12)..<index].contains { Self.relativePronouns.contains($0) }
                && words[(index + 1)..<min(words.count, index + 5)].contains { Self.leftAloneVerbs.contains($0) }
        }
    }

    /// "who", "that", "which": what follows them within a few words belongs to a relative clause.
    static let relativePronouns: Set<String> = ["who", "that", "which"]
    /// Auxiliaries whose negation states a fact, not a prohibition: "does not", "will not", "nor does".
    static let plainAuxiliaries: WordSet = ["does", "do", "did", "will", "would"]
    /// "does not mean", "will not change", "does not make", "does not affect", "does not cover".
    static let leftAloneVerbs: Set<String> = Set(ClauseSense.carveOutVerbs).union(["mean", "make", "let"])

    /// Words after a period that count it from an event: "within 90 days of", "after", "from", "if", "once", "when".
    static let periodEventWords: WordSet = ["of", "after", "from", "if", "once", "when"]

    /// "In a separate decision", "Separately, ...": a sentence about an act apart from the others ("issued another
    /// warning" may be the news itself).
    static func setsItselfApart(_ text: String) -> Bool {
        lowercaseWords(of: text).contains { $0 == "separate" || $0 == "separately" }
    }

    /// The day of the document the article's opening reports the news in: "in an order dated Monday", "in a circular
    /// issued on Monday", "guidelines published late on Tuesday" (not the day something was said).
    func documentDay(in sentences: [Sentence], dates: [DateMention]) -> String? {
        let opening = sentences.prefix(2 * ArticleStretches.leadLength).last?.end ?? 0
        return dates.first { date in
            guard date.first < opening, date.first > 0, date.value.count == 10, let day = CalendarDay(iso: date.value),
                  (0...14).contains(published.daysSinceEpoch - day.daysSinceEpoch) else { return false }
            var index = date.first - 1
            while index > 0, ["on", "late", "early"].contains(tokens[index].lower) { index -= 1 }
            return Self.documentParticiples.contains(tokens[index])
        }?.value
    }

    static let documentParticiples: WordSet = ["dated", "issued", "published", "signed", "delivered", "released", "adopted", "posted", "handed"]

    /// The days that start an activity ("will begin trading on Friday", "may start taking customers on April 1"), with
    /// the number of the sentence that gives each; not a start only hoped for ("expects to start trading in June").
    func activityStarts(_ dates: [DateMention], sentences: [Sentence]) -> [(sentence: Int, value: String)] {
        var starts: [(sentence: Int, value: String)] = []
        var number = 0
        for date in dates where date.role != .deadline && Self.followsAStartVerb(date, tokens) && !Self.isAnIntendedStart(date, tokens) {
            while number < sentences.count, sentences[number].end <= date.first { number += 1 }
            guard number < sentences.count, sentences[number].first <= date.first else { continue }
            starts.append((number, date.value))
        }
        return starts
    }

}

/// The country an actor acts for, as the country itself or as one of its own bodies (a regulator, a ministry, a
/// parliament): the two sides of one government, whose measures an article may give to either.
struct ActorCountry: Sendable, Equatable {
    var code: String
    var isTheCountry: Bool

    /// The key of the actor's own side ("country|PE" for Peru, "bodies|PE" for its regulator).
    var ownKey: String { (isTheCountry ? "country|" : "bodies|") + code }
    /// The key of the other side.
    var counterpartKey: String { (isTheCountry ? "bodies|" : "country|") + code }
}

/// A date a statement gives, with the statement's place in the list.
private struct IndexedDate {
    var index: Int
    var date: String
}

private extension [IndexedDate] {
    /// The last entry of a list in statement order whose statement comes before the one at `index`.
    func last(before index: Int) -> IndexedDate? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].index < index { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? self[low - 1] : nil
    }
}
