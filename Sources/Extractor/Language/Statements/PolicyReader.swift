import Foundation

/// A statement with what later stages need to know about it.
struct ReadStatement: Sendable {
    var statement: PolicyStatement
    var sentence: Int
    /// The entity key of the actor, when the actor is an entity of the text.
    var actorKey: String?
    /// The date the sentence itself gives for the measure, before the article's dates fill gaps.
    var ownDate: String?
    /// The token of the word that made the sentence a statement.
    var cueIndex: Int
    /// The sentence names its actor itself (rather than leaving it to the sentences around it).
    var namesItsActor: Bool
    /// A warning the actor issues (a caution, a statement of legal status), not a carve-out.
    var issuesWarning = false
    /// How the sentence places its measure in time, which decides the dates it may take from other sentences.
    var tense: StatementDating.Tense = .rule
    /// What `ownDate` marks: a start, the end of a period to comply, or only the day the act was reported.
    var ownDateKind: StatementDating.OwnDate.Kind = .start
    /// The start the sentence states for a measure ("proposes that the rules apply from 1 January 2028"), whatever its
    /// action and status make of it.
    var statedStart: String?
    /// The sentence's own words gave the status ("is weighing", "a draft law", "currently cannot"), rather than the
    /// reading of the article around it; the statement model does not overrule such a status.
    var hasWordedStatus = false
    /// The rules passed over the sentence and the statement model read it as a statement.
    var isAdmittedByTheModel = false
    /// The rules read the sentence as a statement and the statement model doubts it: no statement of the article,
    /// but still a clue to its announcements.
    var isDoubtedByTheModel = false
}

/// Finds the sentences that state a policy and reads their action, status, actor and date
/// (SCHEMA.md section 3): one statement per sentence at most.
struct PolicyReader {
    var published: CalendarDay
    /// The model that weighs the rules' reading of each sentence (`StatementModel`); nil reads by the rules alone.
    var model: StatementModel? = .shipped

    /// The statements of an article: the rules' reading (`ruleReading`), weighed by the model.
    func statements(
        weighing rules: RuleReading, in document: AnalyzedText, entities: EntityReading, context: ArticleContext, dates: [DateMention]
    ) -> [ReadStatement] {
        // (Fitted on crypto news, the model does not weigh articles about anything else.)
        guard let model, context.isAboutCrypto else { return rules.statements }
        // The model doubts some of the rules' statements (kept as clues to the announcements, not as statements of
        // the article) and reads the sentences it is sure of that the rules passed over. The rules' readings stay as
        // they are: a sentence the model adds takes its actor and dates from them, and lends them only the dates they
        // lack (`datesLent`).
        let features = sentenceFeatures(in: document, rules: rules).map { $0.map(model.featureRows(of:)) }
        let probabilities = features.map { $0.map(model.probability) }
        var read = rules.statements
        for index in read.indices {
            // An authority the sentence names as acting is evidence enough ("The High Court ruled that ...").
            let namesAnAuthority = read[index].namesItsActor && read[index].actorKey.map { context.typeByKey[$0] == .authority } ?? false
            read[index].isDoubtedByTheModel = !namesAnAuthority
                && probabilities[read[index].sentence].map { $0 < StatementModel.keepThreshold } ?? false
            // Where the sentence's words give no status, where and when the article states the measure may tell it
            // better than the rules' reading of the article around it. (A headline states the news: the model may
            // make it news, never a rule already in force.)
            if !read[index].hasWordedStatus, let sentenceFeatures = features[read[index].sentence],
               let status = model.overrulingStatus(of: sentenceFeatures, ruled: read[index].statement.status),
               status != .inEffect || read[index].sentence > 0 {
                read[index].statement.status = status
            }
        }
        let ruled = Set(rules.drafts.map(\.sentence))
        let dating = StatementDating(published: published, tokens: document.tokens)
        let admitted = features.enumerated().compactMap { number, features -> Draft? in
            guard let features, let probability = probabilities[number], probability >= StatementModel.admitThreshold, !ruled.contains(number),
                  !rules.judged.contains(number),
                  Self.isMostlyWords(document.tokens[document.sentences[number].first..<document.sentences[number].end]) else { return nil }
            return admittedDraft(sentence: number, judgement: model.judge(features), document: document, entities: entities,
                                 context: context, dates: dates, dating: dating)
        }
        guard !admitted.isEmpty else { return read }
        let together = (rules.drafts + admitted).sorted { $0.sentence < $1.sentence }
        let settled = settle(together, document: document, context: context, dates: dates, firstMentions: rules.firstMentions)
        let added = settled.filter(\.isAdmittedByTheModel)
        return (Self.actorsLent(to: Self.datesLent(to: read, by: settled), by: settled) + added).sorted { $0.sentence < $1.sentence }
    }

    /// "Norvik Exchange to stop withdrawals" over "Norvik Exchange will stop sending coins ...", a lead only the model reads
    /// as a statement: a rules' statement left with no actor takes the one the same sentence has when read beside the
    /// model's sentences (`settled`), which may name the article's main actor that the rules' sentences lacked. An actor
    /// the rules found stays.
    static func actorsLent(to read: [ReadStatement], by settled: [ReadStatement]) -> [ReadStatement] {
        var lent: [Int: ReadStatement] = [:]
        for statement in settled where !statement.isAdmittedByTheModel && statement.actorKey != nil {
            lent[statement.sentence] = statement
        }
        return read.map { statement in
            guard statement.actorKey == nil, let lender = lent[statement.sentence] else { return statement }
            var statement = statement
            statement.actorKey = lender.actorKey
            statement.statement.actor = lender.statement.actor
            return statement
        }
    }

    /// "Lawmakers approved a bill that would tax gains at 15%." beside "If it becomes law, the tax would apply from
    /// Jan. 1.", a sentence only the model reads as a statement: the rules' statements that no sentence of theirs
    /// dates take the date lending gives them beside the model's sentences (`settled`, the same sentences read
    /// together); a date the rules gave stays.
    static func datesLent(to read: [ReadStatement], by settled: [ReadStatement]) -> [ReadStatement] {
        var lent: [Int: String] = [:]
        for statement in settled where !statement.isAdmittedByTheModel {
            lent[statement.sentence] = statement.statement.effective
        }
        return read.map { statement in
            var statement = statement
            if statement.statement.effective == nil { statement.statement.effective = lent[statement.sentence] }
            return statement
        }
    }

    /// What the rules read in an article: their drafts and the statements they settle into, and what they found in
    /// every sentence.
    struct RuleReading {
        var drafts: [Draft] = []
        var statements: [ReadStatement] = []
        /// The sentences the rules judged to state no measure: a caption, a question, a signpost, a cue word ruled out.
        var judged: Set<Int> = []
        /// The cue word the rules found in a sentence, by sentence number.
        var cues: [Int: PolicyCues.Cue] = [:]
        /// Where each entity is first named: the token of its first mention, by key.
        var firstMentions: [String: Int] = [:]
    }

    func ruleReading(in document: AnalyzedText, entities: EntityReading, context: ArticleContext, dates: [DateMention]) -> RuleReading {
        var reading = ruleDrafts(in: document, entities: entities, context: context, dates: dates)
        for mention in entities.mentions { reading.firstMentions[mention.key] = min(reading.firstMentions[mention.key] ?? .max, mention.first) }
        if !reading.drafts.isEmpty {
            reading.statements = settle(reading.drafts, document: document, context: context, dates: dates,
                                        firstMentions: reading.firstMentions)
        }
        return reading
    }

    /// "The agency cautioned that brokers must verify every client", "warned that dealers must keep records of every trade":
    /// a duty or a ban in the "that" clause of a main verb of warning is what the warning says, not a new measure. (In the
    /// passive, "banks were reminded that they may not ...", the rule reminded of is the statement.)
    static func isWarnedDuty(_ cue: PolicyCues.Cue, clause: Clause?, in words: [String]) -> Bool {
        guard let clause, clause.voice == .active, [.require, .prohibit, .restrict].contains(cue.action), warningVerbs.contains(words[clause.verb]),
              clause.verb < cue.index else { return false }
        return words[(clause.verb + 1)..<cue.index].contains("that")
    }

    /// Verbs of warning and reminding (not the nouns "warning" and "guidance").
    static let warningVerbs: WordSet = ["warn", "warns", "warned", "caution", "cautions", "cautioned", "remind", "reminds", "reminded"]

    /// Half the tokens or more are words: prose, not a table of figures.
    static func isMostlyWords(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.filter { $0.kind == .word }.count * 2 >= tokens.count
    }

    /// The features `StatementModel` reads in each sentence, given the rules' reading; nil for a sentence too long to
    /// be prose.
    func sentenceFeatures(in document: AnalyzedText, rules: RuleReading) -> [[String]?] {
        let bySentence = Dictionary(grouping: rules.statements, by: \.sentence)
        let headed = document.sentences.first?.isHeadingLike ?? false
        let stretches = ArticleStretches(document: document)
        let timing = MeasureTiming(published: published)
        return document.sentences.enumerated().map { number, sentence in
            guard sentence.end - sentence.first <= Self.longestSentence else { return nil }
            let place: StatementFeatures.Place = number == 0 && headed ? .headline : number == 1 && headed ? .dek
                : sentence.isHeadingLike ? .heading : .body
            let read = bySentence[number] ?? []
            return StatementFeatures.features(of: document.tokens[sentence.first..<sentence.end], place: place,
                                              cue: rules.cues[number], read: read)
                + StatementFeatures.timeFeatures(of: read, stretch: stretches.stretch(of: number), timing: timing)
        }
    }

    /// A sentence the rules passed over that the model reads as a statement: the rules' cue word, else the main verb,
    /// marks the measure; the model gives its action, and its status where the sentence's words give none. Nil for a
    /// sentence the rules' filters of non-measures reject.
    private func admittedDraft(
        sentence number: Int, judgement: StatementModel.Judgement, document: AnalyzedText, entities: EntityReading,
        context: ArticleContext, dates: [DateMention], dating: StatementDating
    ) -> Draft? {
        let sentence = document.sentences[number]
        let tokens = document.tokens[sentence.first..<sentence.end]
        let hashedWords = HashedWords(tokens)
        let words = hashedWords.words
        let opening = max(Self.datelineEnd(tokens), Self.labelEnd(words))
        let start = min(max(opening, Self.mainClauseStart(words, from: opening)), words.count - 1)
        let clause = ClauseReader(tokens).mainClause(from: start)
        let marked = PolicyCues.cue(in: hashedWords, from: start, aboutCBDC: context.isAboutCBDC)?.index ?? clause?.verb ?? start
        let cue = PolicyCues.Cue(action: judgement.action, index: min(marked, words.count - 1))
        // What the rules know to state no measure stays so: a commentator's view, an opinion quoted, a private suit, a
        // product's feature read as a permission ("will allow customers to trade gold"; "customers will be able to withdraw
        // until Dec. 31" may be the term of a measure). (And a commentator's words, "analysts said the decision covers
        // ...", that no cue made a measure.)
        if Self.isCommentary(words, before: cue.index, attribution: clause?.attribution) || Self.isPrivateLitigation(words)
            || judgement.action == .permit && words.indices.dropFirst(start).contains(where: { PolicyCues.isProductFeature(words, from: start, at: $0) })
            || zip(words, words.dropFirst()).contains(where: { Self.commentatorNouns.contains($0) && (Self.speechVerbs.contains($1) || Self.opinionVerbs.contains($1)) })
            || QuotationReader(tokens: document.tokens, sentences: document.sentences, entities: entities)
                .isOpinion(sentence: number, cueAt: sentence.first + cue.index) {
            return nil
        }
        let resolver = ActorResolver(document: document, entities: entities, context: context)
        let actor = resolver.actor(in: sentence, cueAt: sentence.first + cue.index, clauseStart: sentence.first + start)
        // A firm that launches or unveils a product offers it; it imposes nothing ("will launch a lending product for
        // retail clients"). An authority's launch may be its measure (a sandbox, a register).
        if let verb = clause?.verb, Self.launchVerbs.contains(words[verb]), actor.key.map({ context.typeByKey[$0] != .authority }) ?? true {
            return nil
        }
        // "The token soared ahead of the sale but has plunged since": a price that moves states no measure.
        if let verb = clause?.verb, Self.priceMoveVerbs.contains(words[verb]) { return nil }
        let sentenceDates = dating.measureDates(dates, in: sentence, words: words, cue: cue, clauseStart: start)
        // (A headline's other act says nothing of this one's status, as in the rules' reading.)
        let act = number == 0 && sentence.isHeadingLike ? Self.headlineActSegment(words, around: cue.index) : words.indices
        let statusWords = words.indices.map { act.contains($0) ? words[$0] : "" }
        return Draft(
            sentence: number, cue: cue, hashedWords: hashedWords, actor: actor,
            status: Self.conjunctStatus(statusWords, clause: clause, cue: cue.index) ?? Self.status(of: clause, words: statusWords, cue: cue) ?? judgement.status,
            dates: sentenceDates, namesItsActor: actor.key != nil, since: dating.sinceDate(sentenceDates), firstToken: sentence.first,
            isAgentlessPassive: clause.map { $0.voice == .passive && !words[$0.verb...].contains("by") } ?? false,
            clause: clause, statesADecision: clause.map { ClauseSense.statesADecision($0, in: words) } ?? false,
            penaltyCountry: resolver.countryOfAPenalty(statedBy: clause, words: words, in: sentence),
            taxCountry: Self.statesATaxRegime(words, cue: cue.index)
                ? resolver.statuteCountry(in: sentence, cueAt: sentence.first + cue.index, clauseStart: sentence.first + start) : nil,
            namedKeys: Set(entities.mentions(in: sentence.first..<sentence.end).map(\.key)), isAdmittedByTheModel: true
        )
    }

    /// The drafts of the sentences the rules read as statements, in order.
    private func ruleDrafts(in document: AnalyzedText, entities: EntityReading, context: ArticleContext, dates: [DateMention]) -> RuleReading {
        var judged: Set<Int> = []
        var cues: [Int: PolicyCues.Cue] = [:]
        let tokens = document.tokens
        let dating = StatementDating(published: published, tokens: tokens)
        var drafts: [Draft] = []
        let named = Self.namedTokens(entities, tokens: tokens)
        var list: ListIntro?
        for (number, sentence) in document.sentences.enumerated() {
            // A run of words too long for a sentence of prose (a table, a dump, a page without punctuation) states
            // nothing, and reading it clause by clause would cost the square of its length.
            if sentence.end - sentence.first > Self.longestSentence {
                list = nil
                continue
            }
            // "Kolvar Business Bulletin | Enforcement": the publication's line in the article's head names a section, no measure.
            if Self.isMastheadLine(sentence, publication: entities.publication) {
                judged.insert(number)
                continue
            }
            let isItem = Self.isBulletItem(sentence, tokens)
            if let intro = list, isItem {
                // "Operators must:" followed by "- cap deposits at $1,000": each item states the measure.
                if let dropped = intro.droppedDraft {
                    drafts.remove(at: dropped)
                    list?.droppedDraft = nil
                }
                let hashedWords = HashedWords(tokens[sentence.first..<sentence.end])
                let words = hashedWords.words
                let own = PolicyCues.cue(in: hashedWords, from: 0, aboutCBDC: context.isAboutCBDC)
                // An item's own measure counts; a warning word there ("show a fraud warning") is what the intro obliges,
                // but a carve-out ("- gains below €1,000 will be exempt") is the item's own.
                // ("- The rule does not extend to bitcoin", "- the law does not change how gains are taxed": an item's main verb
                // may carve something out, over the cue words of its object.)
                let carveOut = ClauseReader(tokens[sentence.first..<sentence.end]).mainClause().flatMap { clause in
                    ClauseSense.overridingAction(of: clause, in: words) == .warn ? PolicyCues.Cue(action: .warn, index: clause.verb) : nil
                }
                let cue = carveOut ?? own.flatMap { $0.action != nil && ($0.action != .warn || !PolicyCues.warnWords.contains(words[$0.index])) ? $0 : nil }
                    ?? PolicyCues.Cue(action: intro.action, index: own?.index ?? 0)
                var actor = ActorResolver(document: document, entities: entities, context: context)
                    .actor(in: sentence, cueAt: sentence.first + cue.index, clauseStart: sentence.first)
                // Items without an issuer of their own: the introduction's, else the authority the article names
                // most ("the board published rules ... Under the rules, custodians must:"), until `settle` knows the article's.
                let isAnItemOfTheArticlesMeasure = actor.key == nil && intro.actor.key == nil
                if actor.key == nil { actor = intro.actor.key != nil ? intro.actor : context.leadingAuthority() ?? actor }
                // "- apply by that date": an item may date itself by pointing back to the introduction's date.
                let itemDates = Array(dates.slice(in: sentence.first..<sentence.end, position: \.first))
                drafts.append(Draft(
                    sentence: number, cue: cue, hashedWords: hashedWords, actor: actor,
                    status: PolicyCues.status(in: words, cue: cue) ?? intro.status,
                    dates: itemDates.isEmpty ? dating.pointedBackDates(in: sentence, dates: dates) : itemDates,
                    namesItsActor: false, firstToken: sentence.first, isAnItemOfTheArticlesMeasure: isAnItemOfTheArticlesMeasure
                ))
                continue
            }
            if !isItem { list = nil }
            let endsWithColon = sentence.end > sentence.first && tokens[sentence.end - 1].text == ":"
            if endsWithColon, tokens[sentence.first..<sentence.end].contains(where: { Self.listNouns.contains($0) }) {
                // "What the bill would do:": the items are the proposal's.
                let status = PolicyCues.status(in: tokens[sentence.first..<sentence.end].map(\.lower))
                list = ListIntro(action: nil, status: status == .proposed ? .proposed : nil, actor: ResolvedActor(), droppedDraft: nil)
            }
            // (The words with their tokens' hashes, for the cue's many word-list look-ups.)
            let hashedWords = HashedWords(tokens[sentence.first..<sentence.end])
            let words = hashedWords.words
            if Self.isCaption(words) { judged.insert(number); continue }
            let opening = max(Self.datelineEnd(tokens[sentence.first..<sentence.end]), Self.labelEnd(words))
            let start = max(opening, Self.mainClauseStart(words, from: opening))
            let reader = ClauseReader(tokens[sentence.first..<sentence.end])
            let sentenceClause = reader.mainClause(from: start)
            // "When does it take effect?": a question states no measure.
            if sentenceClause?.isQuestion == true { judged.insert(number); continue }
            let skipping = Set((sentence.first..<sentence.end).lazy.filter { named.contains($0) || Self.isRoleModifier($0, tokens, sentence) }.map { $0 - sentence.first })
            let cued = PolicyCues.relevantWords.containsAny(of: hashedWords, in: words.indices)
                ? PolicyCues.cue(in: hashedWords, from: start, skipping: skipping, aboutCBDC: context.isAboutCBDC) : nil
            cues[number] = cued
            // "Here is what changes": a signpost, not a measure.
            if Self.isSignpost(words) { judged.insert(number); continue }
            // No cue word: the main verb and its object may still state a measure ("registers three exchanges"),
            // also after a label or an introduction ending in a colon ("Tax: the law does not change ...").
            let afterColon = words.lastIndex(of: ":").map { $0 + 1 }.flatMap { $0 + 2 < words.count && $0 > start ? $0 : nil }
            let uncued = { (clause: Clause?) in clause.flatMap { clause in ClauseSense.action(of: clause, in: words).map { PolicyCues.Cue(action: $0, index: clause.verb) } } }
            let consequence = sentenceClause.flatMap { ClauseSense.sanctionsNonCompliance($0, in: words) ? PolicyCues.Cue(action: .enforce, index: $0.verb) : nil }
            guard var cue = cued ?? uncued(sentenceClause) ?? consequence ?? afterColon.flatMap({ uncued(reader.mainClause(from: $0)) })
            else { continue }
            judged.insert(number)
            // The clause that holds the cue: after a colon, semicolon, dash or opening quotation mark before it.
            let clause = Self.segmentStart(words, from: start, cue: cue.index).map { reader.mainClause(from: $0) } ?? sentenceClause
            // "Those that do not apply will have to stop serving clients": a cue inside the subject's relative
            // clause describes the subject; the measure is the main verb's.
            // ("Transfers below that threshold will not be covered, although providers must still record ...": a verb after a
            // comma and a subordinator is no main verb of the cue's.)
            if let main = sentenceClause, !main.isSubordinate, cue.index < main.groupStart, cue.index >= main.subject.lowerBound,
               words[main.subject.lowerBound..<cue.index].contains(where: { ClauseReader.relativePronouns.contains($0) }),
               !Self.opensAnotherClause(words, between: cue.index, and: main.groupStart),
               let own = PolicyCues.cue(in: hashedWords, from: main.groupStart, skipping: skipping, aboutCBDC: context.isAboutCBDC), own.index <= main.verb + 4 {
                cue = own
            }
            // "No draft has been published": an opening "no" bans only in a verbless headline or with a verb of granting.
            if words[cue.index] == "no", cue.index <= start + 1, let main = sentenceClause, !main.isSubordinate {
                guard let action = ClauseSense.negatedSubjectAction(main, in: words) else { continue }
                cue = PolicyCues.Cue(action: action, index: main.verb)
            }
            // "Banks will be allowed to offer trading but may not lend for it": the first clause's measure is the sentence's.
            if let boundary = Self.coordinationBoundary(words, from: start, before: cue.index) {
                let firstClauseVerb = sentenceClause.flatMap { main in main.verb < boundary ? ClauseSense.action(of: main, in: words).map { PolicyCues.Cue(action: $0, index: main.verb) } : nil }
                if let first = PolicyCues.cue(in: hashedWords.prefix(boundary), from: start, skipping: skipping, aboutCBDC: context.isAboutCBDC)
                    .flatMap({ $0.action != nil && $0.action != .warn ? $0 : nil }) ?? firstClauseVerb {
                    cue = first
                }
            }
            // "Regulator licenses two stablecoin issuers; yield products barred for now": a headline's first act is
            // its measure, the one after the semicolon another's.
            if number == 0, sentence.isHeadingLike, cue.index > start, let semicolon = words[start..<cue.index].firstIndex(of: ";"),
               let first = PolicyCues.cue(in: Array(words[..<semicolon]), from: start, skipping: skipping, aboutCBDC: context.isAboutCBDC), first.action != nil {
                cue = first
            }
            // "reminded the public in 2018 that crypto is not legal tender": the warning verb is the act.
            // ("cautioned that brokers must verify every client", "reminded lenders that they may not ...": the duty it
            // reminds of is the warning's content.)
            if cue.action == .warn || Self.isWarnedDuty(cue, clause: sentenceClause, in: words),
               let main = sentenceClause, !main.isSubordinate, PolicyCues.warnWords.contains(words[main.verb]), main.verb < cue.index {
                cue = PolicyCues.Cue(action: .warn, index: main.verb)
            }
            let remains = clause.map { ClauseSense.remainsProhibited($0, in: words) } ?? false
            if let clause {
                if ClauseSense.isNegatedProhibition(clause, in: words, cueAt: cue.index) { cue.action = .warn }
                if cued != nil, let action = ClauseSense.overridingAction(of: clause, in: words) { cue = PolicyCues.Cue(action: action, index: clause.verb) }
                if let action = ClauseSense.negatedSubjectAction(clause, in: words) { cue = PolicyCues.Cue(action: action, index: clause.verb) }
                if ClauseSense.isNegatedMeasure(clause, in: words, cue: cue) { cue.action = .warn }
                // "The draft does not let funds hold tokens": a negated verb of a measure where only a word like
                // "draft" or "rules" marks the sentence.
                if cue.action == nil, clause.negated, clause.modal == nil || [.will, .would].contains(clause.modal),
                   ClauseSense.measureLemmas.contains(ClauseSense.lemma(words[clause.verb])) { cue = PolicyCues.Cue(action: .warn, index: clause.verb) }
                // A consequence of not complying is a sanction when it lasts only until they comply (a lasting
                // order to stop keeps its own action).
                // ("Firms that fail to register face fines", "... will have their registration suspended": a sanction.)
                if ClauseSense.sanctionsNonCompliance(clause, in: words),
                   cue.action == nil || words[clause.verb...].contains("until") || ClauseSense.punishesNonCompliance(clause, in: words) {
                    cue = PolicyCues.Cue(action: .enforce, index: clause.verb)
                }
                if remains {
                    let limited = words.contains { PolicyCues.limitWords.contains($0) } || words.contains("own") && words.contains("account")
                    cue = PolicyCues.Cue(action: limited ? .restrict : .prohibit, index: clause.complement ?? cue.index)
                }
            }
            // A commentator's or an unattributed quotation that states no measure.
            if QuotationReader(tokens: tokens, sentences: document.sentences, entities: entities).isOpinion(sentence: number, cueAt: sentence.first + cue.index) {
                continue
            }
            // (A freeze in an incident report is the issuer's or the firm's own step after a hack: "the issuer froze the
            // stolen tokens".)
            if context.isIncidentReport, cue.action == .restrict || cue.action == .warn || PolicyCues.freezeWords.contains(words[cue.index]),
               Self.isOperationalPause(words) || cue.action == .warn { continue }
            if Self.isCommentary(words, before: cue.index, attribution: sentenceClause?.attribution) || Self.isVerdictOnAMeasure(words, cue: cue.index) { continue }
            if Self.isTopicOfADigest(words, cue: cue.index) { continue }
            // "The tax has raised far less than expected": a measure named as the topic of how it fared states none.
            if cued != nil, let main = sentenceClause,
               MeasureTopic.isTopicOnly(cue, clause: main, in: words, skipping: skipping, aboutCBDC: context.isAboutCBDC) { continue }
            // "Investors filed a class action against the exchange", "reminds investors of the lead plaintiff deadline":
            // private litigation, and a law firm's notice of it.
            if cue.action == .enforce || cue.action == .warn, Self.isPrivateLitigation(words) { continue }
            // "Five people have been arrested following a kidnapping": police news of a violent crime enforces no rule.
            if cue.action == .enforce, words.contains(where: { Self.violentCrimeWords.contains($0) }) { continue }
            // A firm investigating its own incident enforces nothing.
            if context.isIncidentReport, PolicyCues.investigationWords.contains(words[cue.index]) { continue }
            let resolver = ActorResolver(document: document, entities: entities, context: context)
            let actor = resolver.actor(in: sentence, cueAt: sentence.first + cue.index, clauseStart: sentence.first + start,
                                       patient: clause.flatMap { Self.patient(of: $0, words: words, offset: sentence.first) })
            let statuteCountry = (clause.map { ClauseSense.hasAStatuteForSubject($0, in: words) } ?? false
                ? resolver.statuteCountry(in: sentence, cueAt: sentence.first + cue.index, clauseStart: sentence.first + start) : nil)
                ?? resolver.ownerOfGoverningLaw(in: sentence, cueAt: sentence.first + cue.index, clauseStart: sentence.first + start)
            let penaltyCountry = resolver.countryOfAPenalty(statedBy: clause, words: words, in: sentence)
            // "Local platforms said they had expected the ban": a reaction that only mentions a measure.
            if let clause, ClauseSense.isReaction(clause, in: words, cueAt: cue.index), actor.type != .authority, !actor.isCountry { continue }
            // A measure read from the main verb alone is an authority's ("will let customers buy" by a bank is a product).
            // An active main verb needs an authority behind it; a passive leaves its issuer to the article.
            // "The grid operator has warned that demand exceeds supply": a company's warning is no policy.
            if cued != nil, cue.action == .warn, actor.type == .organization, PolicyCues.warnWords.contains(words[cue.index]) { continue }
            if cued == nil, cue.action != .warn, actor.type == .organization || actor.type == .person
                || actor.type != .authority && !actor.isCountry && (clause.map { ClauseSense.needsAnIssuingSubject($0, in: words) } ?? false)
                && !(clause.map { clause in
                    (words[clause.subject] + (clause.attribution.map { Array(words[$0]) } ?? [])).contains { ClauseSense.authorityNouns.contains($0) }
                } ?? false) { continue }
            let sentenceDates = dating.measureDates(dates, in: sentence, words: words, cue: cue, clauseStart: start)
            // "will allow ..., ending a ban that has been in place since 2017": a relative clause in the past after the
            // cue describes an older measure; its words and its "since" say nothing of this one's status or start.
            let older = ClauseSense.olderMeasureClause(words, after: cue.index)
            let since = dating.sinceDate(sentenceDates.filter { !(older?.contains($0.first - sentence.first) ?? false) })
            // "Agency adopts custody rule; bank regulator floats its own proposal": the status words of the other half of a
            // semicolon say nothing of this measure either.
            // "Regulator tightens staking rules, weighs insurance fund": nor do those of a headline's other act.
            let segment = number == 0 && sentence.isHeadingLike
                ? Self.headlineActSegment(words, around: cue.index) : Self.semicolonSegment(words, around: cue.index)
            let statusWords = words.indices.map { older?.contains($0) ?? false || !segment.contains($0) ? "" : words[$0] }
            let refuses = clause.map {
                number > 0 && ClauseSense.statesAStandingRefusal($0, in: words, subjectIsTheCountry: Self.subjectNames(actor, $0, words: words))
            } ?? false
            let ownStatus = remains || refuses ? .inEffect : Self.conjunctStatus(statusWords, clause: clause, cue: cue.index) ?? Self.status(of: clause, words: statusWords, cue: cue)
                ?? (isInForce(clause: clause, sentenceClause: sentenceClause, words: words, capitalized: reader.isTitleCase ? [] : reader.capitalized, cue: cue.index,
                              since: since, older: older, measureDates: sentenceDates, allDates: dates.slice(in: sentence.first..<sentence.end, position: \.first), offset: sentence.first)
                    ? .inEffect : nil)
            let isAgentlessPassive = clause.map { $0.voice == .passive && !words[$0.verb...].contains("by") } ?? false
            drafts.append(Draft(
                sentence: number, cue: cue, hashedWords: hashedWords, actor: actor,
                status: ownStatus,
                dates: sentenceDates, namesItsActor: actor.key != nil, since: since, firstToken: sentence.first,
                isAgentlessPassive: isAgentlessPassive,
                isAVote: clause.map { ClauseSense.isAVote($0, in: words) } ?? false || Self.reportsAFinalVote(hashedWords), clause: clause,
                statesADecision: clause.map { ClauseSense.statesADecision($0, in: words) } ?? false, statuteCountry: statuteCountry,
                penaltyCountry: penaltyCountry,
                taxCountry: Self.statesATaxRegime(words, cue: cue.index)
                    ? resolver.statuteCountry(in: sentence, cueAt: sentence.first + cue.index, clauseStart: sentence.first + start) : nil,
                namedKeys: Set(entities.mentions(in: sentence.first..<sentence.end).map(\.key))
            ))
            if endsWithColon, let draft = drafts.last {
                // An introduction whose cue stands at its end ("applicants must:") leaves the measure to its items.
                let cueEndsIt = words.count - cue.index <= 3
                list = ListIntro(action: cue.action, status: draft.status, actor: draft.actor, droppedDraft: cueEndsIt ? drafts.count - 1 : nil)
            }
        }
        return RuleReading(drafts: drafts, judged: judged, cues: cues)
    }

    /// Whether the sentence states its measure as already in force where its words give no status: a "since" start,
    /// a tally of acts, an act repeated ("has repeatedly warned"), a past act dated well before publication, "still
    /// stands" before a colon, a measure under a law already made, under one the sentence opens by naming, or under one
    /// that took effect well before publication; a tax treatment in the present simple.
    private func isInForce(
        clause: Clause?, sentenceClause: Clause?, words: [String], capitalized: [Bool], cue: Int, since: String?, older: Range<Int>?,
        measureDates: [DateMention], allDates: ArraySlice<DateMention>, offset: Int
    ) -> Bool {
        let cutoff = published.adding(days: -45).description
        if since != nil { return true }
        // Nothing dated in the weeks before publication or after: "Under the Act, which took effect on Monday, ...", "Under the
        // Act, exchanges must register from July" state the news.
        let datedWellBefore = allDates.allSatisfy { Self.periodEnd($0.value) < cutoff }
        if datedWellBefore, !isFutureClause(clause), ClauseSense.opensUnderANamedLaw(words, capitalized: capitalized) {
            return true
        }
        // "Gains are taxed at 30%", "residents pay tax on their holdings": a tax treatment stated in the present.
        if measureDates.allSatisfy({ Self.periodEnd($0.value) < published.description }), ClauseSense.statesATaxInForce(words, cue: cue) {
            return true
        }
        if let clause, ClauseSense.tallies(clause, in: words) || ClauseSense.countsSinceAnEarlierEvent(words) || ClauseSense.reportsARepeatedAct(clause, in: words, cue: cue) || isPastActDatedEarlier(clause, words: words, dates: measureDates, older: older, offset: offset) {
            return true
        }
        // "The 2021 warning still stands: these assets are not legal tender": the clause before the colon says the
        // measure after it is in force.
        if let sentenceClause, sentenceClause != clause, ClauseSense.status(of: sentenceClause, in: words) == .inEffect { return true }
        if ClauseSense.restsOnAnEnactedLaw(words), measureDates.allSatisfy({ $0.value < cutoff }) { return true }
        if ClauseSense.runsUnderATransitionPeriod(words), !isFutureClause(clause) { return true }
        // "Under the Ordinance, which took effect in August 2025, it is an offence to ...": the law in force.
        return PolicyCues.tookEffect(words) && !isFutureClause(clause)
            && allDates.contains { $0.value.count >= 4 && !$0.value.contains("W") && Self.periodEnd($0.value) < cutoff }
    }

    /// The words between the semicolons around the cue (the whole sentence without one).
    static func semicolonSegment(_ words: [String], around cue: Int) -> Range<Int> {
        let lower = words[..<min(cue, words.count)].lastIndex(of: ";").map { $0 + 1 } ?? 0
        let upper = words[min(cue, words.count)...].firstIndex(of: ";") ?? words.count
        return lower..<upper
    }

    /// The words of the headline's act that holds the cue: "Regulator tightens staking rules for retail clients, weighs
    /// insurance fund" tells two acts, the second opened by a comma and a verb of the present, and the
    /// status of one ("weighs") says nothing of the other; so do the halves of a semicolon. (", caps take effect": a
    /// plural noun that a verb follows opens no act.)
    static func headlineActSegment(_ words: [String], around cue: Int) -> Range<Int> {
        let semicolons = semicolonSegment(words, around: cue)
        let opensAnAct = { (index: Int) in
            words[index] == "," && index + 1 < words.count && isThirdPersonVerb(words[index + 1])
                && !(index + 2 < words.count && ClauseReader.isVerbForm(words[index + 2]))
        }
        let lower = semicolons.lowerBound < cue ? (semicolons.lowerBound..<cue).last(where: opensAnAct).map { $0 + 1 } ?? semicolons.lowerBound : semicolons.lowerBound
        let upper = cue < semicolons.upperBound ? (cue..<semicolons.upperBound).first(where: opensAnAct) ?? semicolons.upperBound : semicolons.upperBound
        return lower..<upper
    }

    /// A present verb of the third person ("weighs", "proposes"), as a headline's second act opens.
    static func isThirdPersonVerb(_ word: String) -> Bool {
        word.hasSuffix("s") && ClauseReader.isVerbForm(word)
    }

    /// A clause with a modal of the future ("will apply", "would require").
    private func isFutureClause(_ clause: Clause?) -> Bool {
        clause.map { $0.tense == .future || [.will, .would, .shall].contains($0.modal) } ?? false
    }

    /// The last day of a date value at its own precision ("2025" → "2025-12-31", "2025-06" → "2025-06-31").
    static func periodEnd(_ value: String) -> String {
        value.count == 4 ? value + "-12-31" : value.count == 7 ? value + "-31" : value
    }

    /// "Russia legalised industrial mining from Nov. 1, 2024", "exchanges were allowed to sell from June last year":
    /// an act in the past tense that the sentence dates more than six weeks before publication is older than the news.
    /// ("announced that it will resume ads after banning them in 2018" looks ahead.)
    private func isPastActDatedEarlier(_ clause: Clause, words: [String], dates: [DateMention], older: Range<Int>?, offset: Int) -> Bool {
        guard !clause.isSubordinate, clause.modal == nil, clause.tense == .past || clause.tense == .pastPerfect,
              !words.contains(where: { ["will", "would", "'ll"].contains($0) }) else { return false }
        let cutoff = published.adding(days: -45).description
        return dates.contains { date in
            guard !(older?.contains(date.first - offset) ?? false), !date.value.contains("W"), !date.value.contains("Q") else { return false }
            // A month or a year ends on its last day: "June" is earlier only when all of it is.
            return Self.periodEnd(date.value) < cutoff
        }
    }

    /// Resolves what a sentence leaves open from the rest of the article: the main actor, the
    /// action of "comes into force" sentences, status by who acts, and effective dates.
    /// `firstMentions`: the first token of each entity's first mention.
    private func settle(_ drafts: [Draft], document: AnalyzedText, context: ArticleContext, dates: [DateMention], firstMentions: [String: Int]) -> [ReadStatement] {
        var drafts = drafts
        let dating = StatementDating(published: published, tokens: document.tokens)
        // The article's main actor: the first named issuer among its first statements.
        let lead = drafts.prefix(3)
        // An issuer named only in background ("the SEC sued the firm in 2023") is not the actor of the news.
        let news = drafts.filter { !isBackground($0) }
        let leadingActor = lead.first(where: { $0.actor.isIssuer && !isBackground($0) })?.actor ?? news.first(where: { $0.actor.key != nil })?.actor
            ?? (news.isEmpty ? lead.first(where: { $0.actor.isIssuer })?.actor ?? drafts.first(where: { $0.actor.key != nil })?.actor : nil)
        // "Malaysia gives exchanges until March ..." over "..., the Securities Commission said": a country that only the
        // headline names as acting acts through the authority of its own that the news sentences name; one the body
        // names as acting ("the government is weighing ...") acts itself.
        let mainActor = leadingActor.flatMap { main in
            guard main.isCountry, drafts.allSatisfy({ $0.actor.key != main.key || $0.sentence == 0 }) else { return nil }
            return news.first(where: { $0.actor.type == .authority && sameSide($0.actor, main, context) })?.actor
        } ?? leadingActor
        let leadSigned = Self.leadReportsASignedLaw(document)
        // (Asked again at every draft below: the main actor's name is read once.)
        let mainIsLegislature = mainActor.map(Self.isLegislature) ?? false
        let signedLawPolity = mainActor.flatMap { main in
            mainIsLegislature && leadSigned ? Self.polity(of: main, context) : nil
        }
        let legislatures = context.nameByKey.keys.sorted().compactMap { key -> ResolvedActor? in
            let actor = ResolvedActor(key: key, name: context.nameByKey[key], type: context.typeByKey[key])
            return Self.isLegislature(actor) ? actor : nil
        }
        for index in drafts.indices {
            // "The House passed a bill ... What the bill would change:": an item that names no issuer, under an
            // introduction that names none, is the article's authority's, else the authority the article names most.
            if drafts[index].isAnItemOfTheArticlesMeasure {
                drafts[index].actor = mainActor.flatMap { $0.type == .authority ? $0 : nil } ?? drafts[index].actor
            }
            // "Peru pushes back crypto travel rule" over "Peru's banking regulator has postponed ...": a country that
            // only the headline names as acting stands for the authority of its own that the news names; so does a state,
            // a province or a city ("Nevada denies a licence" over "Nevada's Division of Financial Institutions ...").
            if drafts[index].sentence == 0, drafts[index].actor.isCountry || drafts[index].actor.isRegion, let main = mainActor, main.type == .authority,
               sameSide(drafts[index].actor, main, context) || Self.isAuthority(main, of: drafts[index].actor, context),
               drafts.allSatisfy({ $0.actor.key != drafts[index].actor.key || $0.sentence == 0 || isBackground($0) }) {
                drafts[index].actor = main
            }
            if drafts[index].actor.key == nil, let counterpart = drafts[index].actor.counterpart?.actor, let main = mainActor,
               main.type == .authority || main.isCountry, let mainKey = main.key, let counterKey = counterpart.key,
               context.countryByKey[mainKey] == context.countryByKey[counterKey],
               !(main.isCountry && leadSigned && !isBackground(drafts[index])) {
                drafts[index].actor = counterpart
            }
            // "Bundestag passes crypto custody law" over "Custodians must be licensed by BaFin": a news provision of
            // the law a legislature makes is the legislature's, whichever authority of its country it names to license
            // or supervise after the cue.
            if let main = mainActor, mainIsLegislature || main.isCountry && leadSigned, drafts[index].actor.isAgentAfterTheCue, !isBackground(drafts[index]),
               sameSide(drafts[index].actor, main, context) {
                drafts[index].actor = main
            }
            if drafts[index].actor.key == nil && !drafts[index].actor.isExplicitlyUnnamed {
                // The sentence before, unless it is background ("The central bank banned ... in 2021.") to news.
                let previousIsBackground = index > 0 && isBackground(drafts[index - 1]) && !isBackground(drafts[index])
                let previous = index > 0 && drafts[index].sentence - drafts[index - 1].sentence <= 2 && !previousIsBackground
                    ? drafts[index - 1].actor : nil
                // An agentless passive ("was registered last year") leaves its issuer to the article's authority.
                // ("It was decided that ...": the government the article's news comes from, as an authority or a country.)
                let main: ResolvedActor? = !drafts[index].isAgentlessPassive ? nil
                    : mainActor.map { $0.type == .authority || $0.isCountry ? $0 : nil } ?? context.leadingAuthority()
                // An issuer the text names only well after the sentence is no antecedent of it: a digest's later item
                // lends nothing to the items before it. (The sentence itself or the one after it may name the issuer
                // later, "... under an order of the ministry"; the headline and the lead look ahead to the body.)
                let horizon = document.sentences[min(drafts[index].sentence + 1, document.sentences.count - 1)].end
                let isAntecedent = { (actor: ResolvedActor) in
                    drafts[index].sentence <= 1 || actor.key.map { (firstMentions[$0] ?? .max) < horizon } ?? true
                }
                let articleIssuer = main.flatMap { isAntecedent($0) ? $0 : nil }
                drafts[index].actor = articleIssuer ?? (drafts[index].actor.prefersPrevious ? previous : nil) ?? previous
                    ?? mainActor.flatMap { isAntecedent($0) ? $0 : nil } ?? drafts[index].actor
                drafts[index].actorIsTheSentenceBefore = articleIssuer == nil && previous?.key != nil
            }
            if drafts[index].actor.isRegion, let mainActor, let main = mainActor.name, let region = drafts[index].actor.name,
               main.contains(region) {
                drafts[index].actor = mainActor
            }
            // "A bill pending in the Assembly would require exchanges to register with the central bank": a bill is its
            // legislature's, the one the sentence names, else the article's only one. ("A bill drafted by the ministry"
            // names its own author.)
            // (The actor's name is read word by word only for a draft whose subject names a bill.)
            if !drafts[index].namesItsActor, let bill = legislatureOfTheBill(in: drafts[index], legislatures: legislatures),
               !Self.isLegislature(drafts[index].actor) {
                drafts[index].actor = bill
            }
            // "Governor signs token payments act" over "Agencies must swap each payment for dollars": once signed, a
            // legislature's law is the country's or the state's it legislates for ("The Legislature adopted the act by 70
            // votes to 30" stays the legislature's own act).
            if let polity = signedLawPolity, drafts[index].actor.key == mainActor?.key, !isBackground(drafts[index]),
               !Self.legislatureIsTheSubject(of: drafts[index]) {
                drafts[index].actor = polity
            }
        }
        let mainKey = mainActor?.key
        // The status the main actor's lead gives the news ("a draft rule would ..."); another side's draft or
        // hedge in the lead ("Riyadh has a draft of its own") says nothing of the main actor's measures.
        // A lead that states the decision itself ("the rule takes effect Jan. 18", "Parliament passed the bill")
        // lends no proposal to the rest, whatever proposal its other sentences mention.
        let mainLead = drafts.prefix(3).filter { $0.actor.key == mainKey || sameSide($0.actor, mainActor, context) }
        // A bill that only awaits the head of state's signature is decided: its "would"s and its chamber's vote are the law's.
        let finalVote = Self.leadReportsAFinalVote(document)
        let leadStatus = finalVote || mainLead.contains(where: \.statesADecision) ? nil : mainLead.compactMap(\.status).first
        let newsIsAStart = headlineStatesAMeasureStarting(document, dates: dates)
        let mainAction = drafts.first(where: { $0.actor.key == mainKey && $0.cue.action != nil })?.cue.action ?? drafts.first(where: { $0.cue.action != nil })?.cue.action ?? .restrict
        var read: [ReadStatement] = []
        var lastActionByActor: [String: PolicyAction] = [:]
        var previous: (draft: Draft, status: PolicyStatus)?
        for draft in drafts {
            // "The order does not affect the firm's licence": the news measure's reach, whoever the sentence names.
            let carvesOut = draft.clause.map { ClauseSense.carvesOutOfTheMeasure($0, in: draft.words) } ?? false
            let action = carvesOut ? .warn : draft.cue.action ?? lastActionByActor[draft.actor.key ?? ""] ?? mainAction
            // A grace period, a sanction or a carve-out is no measure for the sentences after it to take their action from.
            if action != .enforce, !carvesOut { lastActionByActor[draft.actor.key ?? ""] = action }
            // (An issuer left unnamed, not described as someone else, is no other side.)
            let byMain = draft.actor.key == mainKey || draft.actor.key == nil && (mainKey == nil || !draft.actor.isExplicitlyUnnamed)
                || sameSide(draft.actor, mainActor, context)
            // A warning issued in an earlier year ("reminded the public in 2018") is older than the news.
            // ("warned the public about them in August" in September: news of the week names its day, not its month.)
            let earlierWarning = Self.isPastWarning(draft) && (StatementDating.hasEarlierYear(draft, published) || isDatedToAnEarlierMonth(draft))
            // "Institutional desks are not affected by the new cap": what the news leaves out is part of the news, whatever
            // the sentence before it recalls and whatever its own words ("already", "currently") say of the activity. (Where
            // no sentence before it tells news, a measure starting today or a report on the rules as they are, it is
            // background like them.)
            let leavesOut = read.contains { $0.statement.status != .inEffect }
                && draft.clause.map { ClauseSense.leavesAnActivityOut($0, in: draft.words) } ?? false
            let continues = !leavesOut && previous.map { continuesBackground(draft, after: $0.draft, whoseStatusIs: $0.status, tokens: document.tokens) } ?? false
            var status: PolicyStatus
            if let own = draft.status {
                status = own == .proposed && finalVote && byMain && !Self.namesAProposal(draft.words) ? .announced : own
            } else if continues {
                status = .inEffect
            } else if leadStatus == .considering, PolicyCues.isHedged(draft.words), !Self.isPastAct(draft) {
                status = .considering
            } else if newsIsAStart, byMain, !isFutureClause(draft.clause) {
                status = .inEffect
            } else if !byMain && (draft.namesItsActor || draft.actorIsTheSentenceBefore || draft.actor.key.map(draft.namedKeys.contains) ?? false) && !(draft.actor.type == .organization && Self.isFuture(draft.words, before: draft.cue.index)) && !isThisWeeks(draft)
                        && !carvesOut
                        || (Self.isPast(draft.hashedWords, before: draft.cue.index) || StatementDating.hasEarlierYear(draft, published)) && action != .warn || earlierWarning {
                status = .inEffect
            } else {
                status = leadStatus == .proposed ? .proposed : .announced
            }
            if action == .warn && byMain && draft.status == nil && !earlierWarning && !continues && !newsIsAStart { status = leadStatus == .proposed ? .proposed : .announced }
            if leavesOut, status == .inEffect { status = leadStatus == .proposed ? .proposed : .announced }
            if status == .inEffect, datesItsActToThisWeek(draft) { status = .announced }
            previous = (draft, status)
            // A law in force is the country's; one that is the news stays with whoever made it.
            // A penalty the law sets for anyone is the country's, whatever the status (the model may read it later), unless
            // a legislature makes the law ("Parliament passed the act ... Operating without a licence is punishable by ...").
            // (The actor's name is read only for a draft with such a penalty, or tax, below.)
            let penaltyCountry = draft.penaltyCountry.flatMap { Self.isLegislature(draft.actor) ? nil : $0 }
            // A tax in force is the country's law, unless its tax administration is the one that states it ("Gains are
            // taxed at 30%" after "the Swedish Tax Agency says").
            let taxCountry = draft.taxCountry.flatMap { Self.isTaxBody(draft.actor) ? nil : $0 }
            let actor = penaltyCountry ?? (status == .inEffect ? draft.statuteCountry ?? taxCountry ?? draft.actor : draft.actor)
            let sentence = document.sentences[draft.sentence]
            let own = dating.effective(of: draft, status: status)
            read.append(ReadStatement(
                statement: PolicyStatement(
                    text: document.substring(sentence.start, sentence.stop), start: sentence.start, end: sentence.stop,
                    actor: actor.name, action: action, status: status,
                    object: Self.object(document, sentence, cueAt: sentence.first + draft.cue.index),
                    effective: own?.value
                ),
                sentence: draft.sentence, actorKey: actor.key, ownDate: own?.value,
                cueIndex: sentence.first + draft.cue.index, namesItsActor: draft.namesItsActor,
                issuesWarning: action == .warn && !carvesOut && StatementDating.statesAnIssuedWarning(draft.words, cue: draft.cue.index),
                tense: dating.tense(of: draft, ownDate: own?.value), ownDateKind: own?.kind ?? .start,
                statedStart: dating.statedStart(of: draft), hasWordedStatus: draft.status != nil,
                isAdmittedByTheModel: draft.isAdmittedByTheModel
            ))
        }
        dating.lendDates(&read, activityStarts: dating.activityStarts(dates, sentences: document.sentences),
                         actDay: dating.actDay(in: document.sentences, dates: dates),
                         documentDay: dating.documentDay(in: document.sentences, dates: dates), startDays: dating.startDays(dates),
                         sameSide: { first, second in context.countryByKey[first].map { $0 == context.countryByKey[second] } ?? false },
                         countryOf: { key in context.countryByKey[key].map { ActorCountry(code: $0, isTheCountry: context.isCountry(key)) } })
        return read
    }

    /// "Indonesia's leverage cap takes effect today": a headline whose news is a measure starting, on no day after
    /// publication, reports the start of a measure decided before; the article's own measures are then in force
    /// (SCHEMA.md: "a law passed earlier that takes effect today" is `in_effect`), unless their own words say otherwise.
    private func headlineStatesAMeasureStarting(_ document: AnalyzedText, dates: [DateMention]) -> Bool {
        guard let headline = document.sentences.first, headline.isHeadingLike else { return false }
        let today = published.description
        return ClauseSense.statesAMeasureStarting(document.tokens[headline.first..<headline.end].map(\.lower))
            && dates.allSatisfy { $0.first >= headline.end || $0.first < headline.first || $0.value <= today }
    }

    /// "The FSA has required exchanges to register since 2017. Every listing must also be screened.": a sentence
    /// that follows one about a measure in effect, in the same paragraph, with no date of its own, nothing ahead
    /// ("will", "from July") and nothing new ("now", "the new rules"), goes on describing what is in effect.
    private func continuesBackground(_ draft: Draft, after previous: Draft, whoseStatusIs status: PolicyStatus, tokens: [Token]) -> Bool {
        guard status == .inEffect, previous.sentence + 1 == draft.sentence, draft.firstToken < tokens.count,
              !tokens[draft.firstToken].newlineBefore else { return false }
        let today = published.description
        // "the new rules", "a new regime" is the news; "every new listing" is not.
        let namesNewRules = zip(draft.words, draft.words.dropFirst()).contains { $0 == "new" && (PolicyCues.lawNouns.contains($1) || ClauseSense.ruleNouns.contains($1)) }
        return !namesNewRules && !draft.words.contains { ["will", "would", "'ll", "shall", "now", "newly", "could", "might"].contains($0) }
            && draft.dates.allSatisfy { $0.value < today && !today.hasPrefix($0.value) }
    }

    /// A date of month precision before the month of publication ("in August" in an article of September), and no
    /// day of the last two weeks ("warned in August and again on Tuesday").
    private func isDatedToAnEarlierMonth(_ draft: Draft) -> Bool {
        let month = String(published.description.prefix(7))
        let recent = published.adding(days: -14).description
        guard !draft.words.contains("will"), !draft.dates.contains(where: { $0.value.count == 10 && $0.value >= recent }) else { return false }
        return draft.dates.contains { $0.value.count == 7 && !$0.value.contains("W") && !$0.value.contains("Q") && $0.value < month }
    }

    /// "The central bank warned banks in 2017": a main clause in the past with no modal reports an act done.
    static func isPastAct(_ draft: Draft) -> Bool {
        guard let clause = draft.clause else { return false }
        return !clause.isSubordinate && clause.modal == nil && [.past, .pastPerfect].contains(clause.tense)
    }

    /// "The Monetary Authority of Singapore on Wednesday granted a licence": a second actor's act dated to
    /// the days before publication is news of its own.
    private func isThisWeeks(_ draft: Draft) -> Bool {
        let weekAgo = published.adding(days: -6).description
        return draft.dates.contains { $0.value.count == 10 && $0.value >= weekAgo && $0.value <= published.description }
            && !Self.isPast(draft.hashedWords, before: draft.cue.index)
    }

    /// "The regulator on Wednesday granted licences to three exchanges, the first since a 2025 law", "The court ruled on
    /// Thursday that the token is a security": an act the sentence dates to a day of the week of publication, named by
    /// its weekday, is the article's news, whatever older measure its other words recall (SCHEMA.md: `announced` if the
    /// article's news is the decision). Not a measure that took effect that day ("Rules ... took effect on Thursday"), a
    /// state that lasts ("remain barred", "still may not", "will continue to treat"), nor a day that dates only the telling
    /// ("said on Tuesday that coins are no legal tender", "repeated on Wednesday that ...").
    private func datesItsActToThisWeek(_ draft: Draft) -> Bool {
        guard !PolicyCues.takesEffect(draft.words), !draft.words.contains(where: { Self.standingWords.contains($0) }) else { return false }
        let weekAgo = published.adding(days: -6).description
        return draft.dates.contains { date in
            let index = date.first - draft.firstToken
            return date.value.count == 10 && date.value >= weekAgo && date.value <= published.description
                && date.role != .effective && date.role != .deadline
                && draft.words.indices.contains(index) && TemporalRecognizer.weekdays[draft.words[index]] != nil
                && !draft.words[max(0, index - 5)..<index].contains(where: { Self.tellingVerbs.contains($0) })
        }
    }

    /// Words of a state that lasts, which no day of the week dates as news.
    static let standingWords: WordSet = ["still", "remain", "remains", "remained", "continue", "continues"]

    /// Verbs of telling, whose day dates the statement rather than the measure, and of a document's issue ("In its order,
    /// issued on Tuesday, the regulator found ..."), whose day the document's dating reads.
    static let tellingVerbs = WordSet(Array(speechVerbs) + ["repeated", "restated", "reiterated", "issued", "dated"])

    /// A sentence about a measure older than the news: "already", "since 2019", "in 2021", "had banned".
    private func isBackground(_ draft: Draft) -> Bool {
        draft.status == .inEffect || Self.isPast(draft.hashedWords, before: draft.cue.index) || StatementDating.hasEarlierYear(draft, published)
    }

    /// "A bill before the National Assembly would ...", "A bill to license platforms passed its first reading": when a
    /// bill is the clause's subject, the legislature the sentence names, else the article's only legislature.
    private func legislatureOfTheBill(in draft: Draft, legislatures: [ResolvedActor]) -> ResolvedActor? {
        guard let clause = draft.clause, clause.subject.upperBound <= draft.words.count,
              draft.words[clause.subject].contains(where: { ["bill", "bills"].contains($0) }) else { return nil }
        return legislatures.first { $0.key.map(draft.namedKeys.contains) ?? false } ?? (legislatures.count == 1 ? legislatures.first : nil)
    }

    /// "Gains are taxed at 30%", "Crypto gains have been taxed at 27.5% since 2024", "Individuals pay 15% tax on gains",
    /// "Holdings are subject to a yearly tax": the sentence states a tax treatment in place (nothing ahead, nothing denied).
    static func statesATaxRegime(_ words: [String], cue: Int) -> Bool {
        if ClauseSense.statesATaxInForce(words, cue: cue) { return true }
        guard !words.contains(where: { aheadOrDeniedTaxWords.contains($0) }) else { return false }
        // "have been taxed at 17% since 2021"
        if cue >= 2, cue < words.count, words[cue] == "taxed", words[cue - 1] == "been", ["has", "have"].contains(words[cue - 2]) { return true }
        // "are subject to a 0.4% annual tax", "have been subject to a flat withholding tax"
        guard let subject = words.indices.first(where: {
            words[$0] == "subject" && $0 > 0 && $0 + 2 < words.count && words[$0 + 1] == "to" && taxSubjectionWords.contains(words[$0 - 1])
        }) else { return false }
        return words[(subject + 2)..<min(words.count, subject + 8)].contains { PolicyCues.taxWords.contains($0) }
    }

    /// Words that put a tax ahead or deny it ("will be subject to", "are not subject to").
    static let aheadOrDeniedTaxWords: WordSet = ["will", "would", "'ll", "not", "n't"]

    /// The words before "subject to" that state a standing liability ("are subject to", "have been subject to").
    static let taxSubjectionWords: WordSet = ["is", "are", "remain", "remains", "been"]

    /// A tax or revenue administration, by the words of its name ("Swedish Tax Agency", "Inland Revenue", "Receita Federal").
    static func isTaxBody(_ actor: ResolvedActor) -> Bool {
        isAuthority(actor, namedWithAWordOf: taxBodyNameWords)
    }

    /// Words that name a tax administration.
    static let taxBodyNameWords: WordSet = [
        "tax", "taxation", "taxes", "revenue", "revenues", "fiscal", "customs", "inland", "impuestos", "tributaria", "tributos",
        "entrate", "receita", "impositiva", "skatteverket", "skatteetaten", "fisco",
    ]

    /// A parliament, congress, assembly or one of their chambers, by the words of its name.
    static func isLegislature(_ actor: ResolvedActor) -> Bool {
        isAuthority(actor, namedWithAWordOf: legislatureNameWords)
    }

    /// An authority one of whose name's words, in lower case, is in `words`.
    private static func isAuthority(_ actor: ResolvedActor, namedWithAWordOf words: WordSet) -> Bool {
        guard actor.type == .authority, let name = actor.name else { return false }
        return name.lowercased().split(whereSeparator: { !$0.isLetter }).contains { words.contains(String($0)) }
    }

    /// The country or state a legislature makes laws for: the place the text names inside its name ("Michigan
    /// Legislature"), else its country, when the text names it.
    static func polity(of legislature: ResolvedActor, _ context: ArticleContext) -> ResolvedActor? {
        guard let key = legislature.key, let name = legislature.name else { return nil }
        let words = name.split(separator: " ")
        let place = context.nameByKey.filter { other, otherName in
            context.typeByKey[other] == .location && context.countryByKey[other] != nil && words.starts(with: otherName.split(separator: " "))
        }.min { $0.key < $1.key }
        let polity = place?.key ?? context.countryByKey[key].flatMap(context.countryKey)
        return polity.map { ResolvedActor(key: $0, name: context.nameByKey[$0], type: .location, isCountry: context.isCountry($0)) }
    }

    /// "Governor signs token payments act", "the president signed the act on Monday", "the bill became law": the headline
    /// or the lead (the first five sentences) reports a law signed or made.
    static func leadReportsASignedLaw(_ document: AnalyzedText) -> Bool {
        document.sentences.prefix(5).contains { sentence in
            sentence.end - sentence.first <= longestSentence && reportsASignedLaw(document.tokens[sentence.first..<sentence.end].map(\.lower))
        }
    }

    /// "The bill now goes to the president", "sending it to the governor's desk", "It now awaits the president's signature",
    /// "gave final approval to the act": the headline or the lead reports a legislature's last vote, with only the head of
    /// state's signature to come. (The lead runs to the twelfth sentence, where a live blog reports the vote.)
    static func leadReportsAFinalVote(_ document: AnalyzedText) -> Bool {
        document.sentences.prefix(12).contains { sentence in
            sentence.end - sentence.first <= longestSentence && reportsAFinalVote(HashedWords(document.tokens[sentence.first..<sentence.end]))
        }
    }

    /// "sends the bill to the governor", "now goes to the President for promulgation", "now needs only royal assent", "gave
    /// final approval", "passed its final reading", "completed the passage of the bill" (not "will go to the president", "is
    /// expected to give final approval", "if it receives assent", "still needs a Senate vote and the president's signature").
    static func reportsAFinalVote(_ sentence: HashedWords) -> Bool {
        let words = sentence.words
        return words.indices.contains { index in
            // (One look-up, with the word's stored hash, tells most words apart from the cases below.)
            guard finalVoteOpeners.contains(wordAt: index, of: sentence) else { return false }
            let ahead = words[(index + 1)..<min(words.count, index + 7)]
            let reached: Bool
            switch words[index] {
            case "send", "sends", "sent", "sending", "go", "goes", "went", "heads", "headed", "forwarded":
                // ("sends governor bill" in a headline; else the head of state in the three words after "to".)
                let to = ahead.firstIndex(of: "to")
                reached = headOfStateWords.contains(ahead.first ?? "")
                    || to.map { words[($0 + 1)..<min(ahead.endIndex, $0 + 4)].contains { headOfStateWords.contains($0) } } ?? false
            case "awaits", "awaiting", "needs":
                let signature = ahead.prefix(5).firstIndex { ["assent", "signature", "promulgation"].contains($0) }
                reached = signature.map { !words[index..<$0].contains { ["and", "vote", "approval"].contains($0) } } ?? false
            case "final":
                reached = ahead.first.map { ["approval", "reading", "passage"].contains($0) } ?? false
            case "completed":
                reached = ahead.prefix(2).contains("passage")
            default:
                return false
            }
            return reached && !words[max(0, index - 4)..<index].contains { stillToComeWords.contains($0) }
                && !ahead.prefix(4).contains { ["expected", "scheduled", "due", "likely"].contains($0) }
        }
    }

    /// The words `reportsAFinalVote` reads a final vote from.
    static let finalVoteOpeners: WordSet = [
        "send", "sends", "sent", "sending", "go", "goes", "went", "heads", "headed", "forwarded", "awaits", "awaiting", "needs",
        "final", "completed",
    ]

    /// Whoever signs or promulgates a law a legislature has passed.
    static let headOfStateWords: WordSet = ["president", "governor", "governor-general", "king", "monarch", "emir", "sultan"]
    /// Words before a step that make it one still to come: "will go to the president", "is expected to give final approval".
    static let stillToComeWords: WordSet = [
        "will", "would", "could", "may", "might", "should", "if", "once", "before", "until", "when", "unless", "not", "yet",
        "expected", "set", "due", "likely", "poised", "plans", "aims", "hopes", "wants",
    ]

    /// "a proposal", "the draft", "a consultation": words naming a proposal as such, not only a bill whose vote is news.
    static func namesAProposal(_ words: [String]) -> Bool {
        words.contains { PolicyCues.proposedWords.contains($0) && $0 != "bill" && $0 != "bills" }
    }

    /// "signs the law", "the decree sanctioned on Monday", "signed into law", "becomes law" (not "will sign", "is
    /// expected to sign", "has yet to sign").
    static func reportsASignedLaw(_ words: [String]) -> Bool {
        let becomesLaw = zip(words, words.dropFirst()).contains { $1 == "law" && ["becomes", "became", "become"].contains($0) }
        let signed = words.indices.contains { index in
            signingWords.contains(words[index]) && !words[max(0, index - 3)..<index].contains { ["will", "would", "to", "not", "yet", "if", "once", "before", "until"].contains($0) }
        }
        return becomesLaw || signed && words.contains { PolicyCues.lawNouns.contains($0) || ClauseSense.statuteNouns.contains($0) || $0 == "reform" }
    }

    /// Past and present forms of signing a law.
    static let signingWords: WordSet = ["signed", "signs", "sanctioned", "sanctions", "promulgated", "promulgates", "assented"]

    /// "The Montana Legislature adopted the act", "MPs backed the bill": the legislature, named or described, is the
    /// clause's subject.
    static func legislatureIsTheSubject(of draft: Draft) -> Bool {
        guard let clause = draft.clause, clause.subject.upperBound <= draft.words.count else { return false }
        return draft.words[clause.subject].contains { legislatureNameWords.contains($0) || ActorResolver.legislatorWords.contains($0) }
    }

    /// Words that name a legislature or one of its chambers ("Legislative Council", "National Diet", "House of Representatives").
    static let legislatureNameWords: WordSet = [
        "parliament", "congress", "senate", "assembly", "legislature", "legislative", "diet", "duma", "majlis", "bundestag",
        "representatives", "deputies", "commons", "lords", "sejm", "rada", "knesset", "riksdag", "bundesrat", "storting", "folketing",
        "cortes", "sabha",
    ]

    /// A country and its own authorities speak for one side: "Kenya orders ..." and "the Capital
    /// Markets Authority said ..." report the same decision.
    private func sameSide(_ actor: ResolvedActor, _ main: ResolvedActor?, _ context: ArticleContext) -> Bool {
        guard let main, let key = actor.key, let mainKey = main.key else { return false }
        let publicTypes: Set<EntityType> = [.authority, .location]
        guard let type = actor.type, let mainType = main.type, publicTypes.contains(type), publicTypes.contains(mainType) else { return false }
        guard let country = context.countryByKey[key], let mainCountry = context.countryByKey[mainKey] else { return false }
        return country == mainCountry
    }

    /// "Mauritius' Financial Services Commission": the authority's country as the article reads it is the place's, though
    /// the tables give its name to another country's body.
    static func isAuthority(_ authority: ResolvedActor, of place: ResolvedActor, _ context: ArticleContext) -> Bool {
        guard let key = authority.key, let placeKey = place.key, let country = context.countryByKey[placeKey] else { return false }
        return context.jurisdictionByKey[key] == country
    }

    /// The clause's subject is the country the actor is ("Saudi Arabia does not allow ..."), by the last word of its name.
    static func subjectNames(_ actor: ResolvedActor, _ clause: Clause, words: [String]) -> Bool {
        guard actor.isCountry, let last = actor.name?.lowercased().split(separator: " ").last,
              clause.subject.upperBound <= words.count else { return false }
        return words[clause.subject].contains(String(last))
    }

    /// The status the sentence's words give, corrected by its main clause: a law passed or signed is no
    /// proposal for being a "bill"; a progressive of deliberation ("is weighing") is considered.
    static func status(of clause: Clause?, words: [String], cue: PolicyCues.Cue) -> PolicyStatus? {
        guard let clause else { return PolicyCues.status(in: words, cue: cue) }
        let worded = PolicyCues.status(in: withoutAdverbsQualifyingTheSubject(words, clause: clause), cue: cue)
        if let own = ClauseSense.status(of: clause, in: words) { return own }
        if worded == .proposed, ClauseSense.enactsALaw(clause, in: words), !words.contains("would") { return nil }
        if worded == .proposed, ClauseSense.decidesOnAProposal(clause, in: words) { return nil }
        if worded == .proposed || worded == .considering, ClauseSense.namesItsRuleFinal(clause, in: words) { return nil }
        return worded
    }

    /// "The bank published a paper in 2023 and said it would decide by 2027 whether to ...", "must report by June and could
    /// propose changes then", "said it had received 11 applications and expects to grant the first licences": a second
    /// verb group sharing the subject that weighs a decision still to come makes the sentence a deliberation, when the
    /// first verb group's own status says nothing, its verb is not the measure ("banned ... and said it would study more
    /// curbs" is the ban) and its words name no draft; nil otherwise.
    static func conjunctStatus(_ words: [String], clause: Clause?, cue: Int) -> PolicyStatus? {
        guard let clause, !clause.isSubordinate, cue != clause.verb, ClauseSense.status(of: clause, in: words) == nil, clause.verb + 1 < words.count,
              let and = words[(clause.verb + 1)...].firstIndex(of: "and") else { return nil }
        // ("has drafted a bill that would ... and expects to submit it": a draft that exists is proposed.)
        guard PolicyCues.status(in: Array(words[..<and])) != .proposed else { return nil }
        var start = and + 1
        while start < words.count, ClauseReader.groupAdverbs.contains(words[start]) { start += 1 }
        guard start < words.count, ClauseReader.modals[words[start]] != nil || ClauseReader.isVerbForm(words[start]),
              let second = ClauseReader(words: words, capitalized: []).mainClause(from: start),
              second.groupStart == start || second.isReported else { return nil }
        return ClauseSense.status(of: second, in: words) == .considering ? .considering : nil
    }

    /// The words with "already" and "still" blanked where they qualify the subject's own participle or relative clause
    /// ("Mines that are already connected will have to ...", "Firms already operating may continue until ...": who the
    /// measure is about, not a measure in force); one that closes the subject ("The bank already bans ...") stays.
    static func withoutAdverbsQualifyingTheSubject(_ words: [String], clause: Clause) -> [String] {
        guard !clause.isSubordinate, clause.subject.count > 1, clause.subject.upperBound <= words.count else { return words }
        var words = words
        for index in clause.subject.dropLast() where PolicyCues.existingWords.contains(words[index]) { words[index] = "" }
        return words
    }

    /// The tokens of a passive clause's subject: who undergoes the measure, never its issuer
    /// ("The exchange was ordered to return funds"). Also the addressee of an obligation ("Exchanges must ...").
    static func patient(of clause: Clause, words: [String], offset: Int) -> Range<Int>? {
        // "is expected to vote", "is set to approve": a raising verb's subject still acts.
        let raised = clause.verb + 1 < words.count && words[clause.verb + 1] == "to" && Self.raisingVerbs.contains(words[clause.verb])
        // "The three firms may no longer serve clients", "Kraken cannot list the token": a prohibition binds its subject.
        let forbids = clause.negated && [.may, .can].contains(clause.modal)
        let binds = clause.voice == .passive && !raised || [.must, .haveTo, .needTo, .shall, .beTo].contains(clause.modal) || forbids
        guard binds, !clause.subject.isEmpty else { return nil }
        return (offset + clause.subject.lowerBound)..<(offset + clause.subject.upperBound)
    }

    /// The start of the part of the sentence that holds the cue, when a colon, semicolon, dash or an
    /// opening quotation mark stands between the clause start and the cue; nil otherwise. The marks of a term quoted
    /// on its own ("the operator of a crypto \"savings\" app") open no part.
    static func segmentStart(_ words: [String], from start: Int, cue: Int) -> Int? {
        guard cue > start, let mark = words[start..<cue].indices.last(where: { index in
            [":", ";", "\u{2014}"].contains(words[index]) || quotationMarks.contains(words[index]) && !quotesATerm(words, markAt: index, before: cue)
        }), mark + 1 < cue else { return nil }
        return mark + 1
    }

    /// The quotation marks that may open a quotation.
    static let quotationMarks: WordSet = ["\u{201C}", "\""]

    /// A quotation mark of a term of one to three words quoted and closed before `limit` ("a \"savings\" app", "its
    /// “earn” product"), not of a quoted clause ("would \"study the report carefully\" but").
    static func quotesATerm(_ words: [String], markAt index: Int, before limit: Int) -> Bool {
        let marks: Set<String> = ["\u{201C}", "\u{201D}", "\""]
        let around = max(0, index - 4)..<min(limit, index + 5)
        return around.contains { other in
            guard other != index, marks.contains(words[other]) else { return false }
            let span = min(index, other) + 1..<max(index, other)
            return (1...3).contains(span.count) && !span.contains { marks.contains(words[$0]) || [",", ".", ";", ":"].contains(words[$0]) }
        }
    }

    /// "Tax: the law does not change ...", "Key point: ...": the offset after a short label ending in a
    /// colon (no speech verb in it), 0 without one.
    static func labelEnd(_ words: [String]) -> Int {
        guard let colon = words.prefix(5).firstIndex(of: ":"), colon > 0, words.count - colon > 3,
              !words[..<colon].contains(where: { ClauseReader.speechVerbs.contains($0) || ClauseReader.isAuxiliary($0) }) else { return 0 }
        return colon + 1
    }

    /// The word that opens a second coordinated clause before the cue ("... but may not lend", "... and
    /// must not trade"), when the words before it hold a clause of their own; nil otherwise.
    static func coordinationBoundary(_ words: [String], from start: Int, before cue: Int) -> Int? {
        guard cue > start + 2 else { return nil }
        for index in (start + 2)..<cue where words[index] == "but" || words[index] == "and" {
            var next = index + 1
            while next < cue, ClauseReader.groupAdverbs.contains(words[next]) || ["it", "they", "he", "she", "the", "its"].contains(words[next]) { next += 1 }
            guard next < cue || next == cue, next < words.count, ClauseReader.modals[words[next]] != nil || ClauseReader.isAuxiliary(words[next]) else { continue }
            // "and will require ...": a second measure of its own; "and may not ...", "but ...": a limit on the first.
            let negative = next + 1 < words.count && ["not", "'t", "n't", "no", "never"].contains(words[next + 1]) || words[next] == "cannot"
            if words[index] == "and" && !negative { continue }
            return index
        }
        return nil
    }

    /// "..., although providers must still ...", "..., which remain subject to ...": a comma and a subordinator between two
    /// words, which opens a clause of its own.
    static func opensAnotherClause(_ words: [String], between first: Int, and second: Int) -> Bool {
        guard first + 1 < second else { return false }
        return (first..<(second - 1)).contains { words[$0] == "," && ClauseSense.subordinators.contains(words[$0 + 1]) }
    }

    /// "The central bank reminded the public in 2018 that ...": the warning is the sentence's own past act.
    static func isPastWarning(_ draft: Draft) -> Bool {
        draft.words.indices.contains(draft.cue.index) && PolicyCues.warnWords.contains(draft.words[draft.cue.index])
            && (draft.words[draft.cue.index].hasSuffix("ed") || draft.words[draft.cue.index] == "reminded")
    }

    /// The sentence is the publication's line of the article's head: its name and at most a few words of section after it.
    static func isMastheadLine(_ sentence: Sentence, publication: Range<Int>?) -> Bool {
        guard let publication else { return false }
        return publication.lowerBound - sentence.first <= 1 && sentence.first <= publication.lowerBound
            && sentence.end - publication.upperBound <= longestMastheadSection
    }

    /// The most tokens a section may take after the publication's name on its line ("| Markets & Energy").
    static let longestMastheadSection = 5

    /// "ETF Flows, Exchange Lawsuit & Treasury Reserve - Daily Recap", "Today's headlines: the latest on ..., the exchange
    /// lawsuit, ...": a cue in a digest's list of topics, in an item with no verb, names a topic, not an act ("..., Agency
    /// approves spot trading - Daily Recap" states one).
    static func isTopicOfADigest(_ words: [String], cue: Int) -> Bool {
        let isDigest = words.contains { digestWords.contains($0) } || zip(words, words.dropFirst()).contains { $0 == "latest" && $1 == "on" }
        guard isDigest, cue < words.count else { return false }
        let lower = words[..<cue].lastIndex(where: { listMarks.contains($0) }).map { $0 + 1 } ?? 0
        let upper = words[cue...].firstIndex(where: { listMarks.contains($0) }) ?? words.count
        return !words[lower..<upper].contains { ClauseReader.isVerbForm($0) || ClauseReader.modals[$0] != nil }
    }

    static let digestWords: WordSet = ["recap", "roundup", "round-up", "digest", "headlines", "wrap"]
    /// Marks that separate the items of a list of topics.
    static let listMarks: WordSet = [",", "&", "-", ":", ";", "\u{2013}", "\u{2014}", "|"]

    /// "Here is what changes", "Here's what we know": a signpost to what follows.
    static func isSignpost(_ words: [String]) -> Bool {
        guard words.count >= 3, ["here", "this", "that"].contains(words[0]) else { return false }
        return ["is", "'s"].contains(words[1]) && ["what", "how", "why", "when"].contains(words[2])
    }

    /// The most tokens a sentence of news prose has; the longest sentences of the gold articles have about 100.
    static let longestSentence = 250

    static let raisingVerbs: WordSet = ["expected", "set", "due", "slated", "scheduled", "poised", "said", "reported", "understood", "believed", "thought", "likely", "supposed"]

    // MARK: - Sentence pieces

    /// Skips an opening "After China's move to ...," clause, and an opening subordinate clause after a dateline or a
    /// label at `opening` too ("LISBON — When Portugal began taxing ...,"): its cues are background.
    static func mainClauseStart(_ words: [String], from opening: Int = 0) -> Int {
        guard opening < words.count, opening == 0 && backgroundOpeners.contains(words[0]) || subordinateOpeners.contains(words[opening]),
              let comma = words[opening...].firstIndex(of: ","), comma + 1 < words.count else { return 0 }
        return comma + 1
    }

    static let backgroundOpeners: WordSet = ["after", "following", "amid", "despite", "given", "before", "since"]
    /// Subordinators that open a finite clause setting the scene for the main one ("When ..., ", "While ..., ").
    static let subordinateOpeners: WordSet = ["when", "while", "although", "though", "once", "whereas"]

    /// "DUBAI, 20 May (Wire) — Iran has ordered ...": the offset of the clause after a dateline, 0 without one.
    /// A dateline opens with a place in capitals and ends at a dash within its first dozen tokens.
    static func datelineEnd(_ tokens: ArraySlice<Token>) -> Int {
        if let end = titleCaseDatelineEnd(tokens) { return end }
        guard let first = tokens.first, first.text.count >= 3, first.text.unicodeScalars.allSatisfy({ !CharacterSet.lowercaseLetters.contains($0) }),
              first.text.unicodeScalars.contains(where: { CharacterSet.uppercaseLetters.contains($0) }) else { return 0 }
        // "KARACHI: The ban ...", "NEW DELHI: ...": a place in capitals and a colon.
        for (offset, token) in tokens.prefix(4).enumerated() {
            if token.text == ":" { return offset + 1 }
            if !token.isAllCaps { break }
        }
        for (offset, token) in tokens.prefix(12).enumerated() where token.text == "\u{2014}" || token.text == "\u{2013}" {
            return offset + 1
        }
        // "MOSCOW, Nov 5 (Wire) - ...", "NEW DELHI - ...": a spaced hyphen ends a dateline only after a place in
        // capitals followed by a comma, a bracket or the hyphen itself ("SEC Sues Broker - Report" is a headline).
        let place = tokens.prefix(4).prefix(while: \.isAllCaps).count
        guard place > 0, place < tokens.count, [",", "(", "-"].contains(tokens[tokens.startIndex + place].text) else { return 0 }
        // "NEW ORLEANS, Dec. 12, 2025 /PRNewswire/ -- ...": a doubled hyphen too.
        for (offset, token) in tokens.prefix(16).enumerated() where offset >= place && token.text.hasPrefix("-") && token.spaceBefore {
            var next = tokens.startIndex + offset + 1
            while next < tokens.endIndex, tokens[next].text == "-", !tokens[next].spaceBefore { next += 1 }
            return next < tokens.endIndex && tokens[next].spaceBefore ? next - tokens.startIndex : 0
        }
        return 0
    }

    /// "Madrid, 16 June (ECO) - The regulator ...": a place in title case, a comma, a date with a number and an agency in
    /// brackets before a spaced hyphen or dash; nil when the sentence does not open so.
    static func titleCaseDatelineEnd(_ tokens: ArraySlice<Token>) -> Int? {
        let place = tokens.prefix(3).prefix(while: \.isCapitalized).count
        guard place > 0, place < tokens.count, tokens[tokens.startIndex + place].text == ",",
              let close = tokens.prefix(12).firstIndex(where: { $0.text == ")" }), close + 1 < tokens.endIndex,
              let open = tokens[tokens.startIndex..<close].lastIndex(where: { $0.text == "(" }),
              tokens[(tokens.startIndex + place)..<open].contains(where: { $0.kind == .number }),
              ["-", "--", "\u{2014}", "\u{2013}"].contains(tokens[close + 1].text), tokens[close + 1].spaceBefore else { return nil }
        return close + 2 - tokens.startIndex
    }

    /// Words before the cue that put the act in the past ("had", "earlier"); "ago" anywhere.
    /// "said it had fined", "said on Saturday it had blocked": reported speech keeps the news in the past perfect, so a
    /// "had" within six words after a speech verb (a time phrase and the pronoun between) counts not.
    static func isPast(_ sentence: HashedWords, before cue: Int) -> Bool {
        let words = sentence.words
        let end = min(cue, words.count)
        let pastWord = words[..<end].indices.contains { index in
            let word = words[index]
            if word == "had" { return !words[max(0, index - 6)..<index].contains { speechVerbs.contains($0) } }
            return pastWords.contains(wordAt: index, of: sentence)
        }
        return (pastWord || words.contains("ago")) && !words.contains("will")
    }

    static let pastWords: WordSet = ["previously", "original", "originally", "earlier", "back", "faced", "started", "began"]

    /// "Binance said it would stop serving users": a company's decision still ahead is news, though the
    /// article's main actor is another (an authority's rule that others react to stays older than the news).
    static func isFuture(_ words: [String], before cue: Int) -> Bool {
        words[max(0, cue - 4)..<min(cue, words.count)].contains { ["will", "would", "'ll", "shall"].contains($0) }
    }

    /// "Analysts say a ban would hurt liquidity", "Economists are divided on whether the tax works", "The bank could
    /// publish rules next year, analysts at a broker said": the view or forecast of commentators, not a measure.
    static func isCommentary(_ words: [String], before cue: Int, attribution: Range<Int>? = nil) -> Bool {
        let end = min(cue, words.count)
        for index in 0..<max(0, end - 1) where commentatorNouns.contains(words[index]) {
            if opinionVerbs.contains(words[index + 1]) { return true }
            // "are divided", "remain sceptical": a copula and a word of opinion.
            if index + 2 < words.count, ["are", "were", "remain", "remained", "seem", "appear"].contains(words[index + 1]),
               opinionStates.contains(words[index + 2]) { return true }
        }
        // A forecast that a commentator signs (", analysts said", ", said one economist"); a measure they only relay
        // ("The central bank will cap card payments, analysts said") stays.
        guard let attribution, attribution.upperBound <= words.count,
              words[..<attribution.lowerBound].contains(where: forecastWords.contains) else { return false }
        return words[attribution].prefix(4).contains { commentatorNouns.contains($0) || commentatorRoles.contains($0) }
    }

    /// A suit between private parties: a class action, a plaintiff, a shareholder suit. A regulator's or a
    /// prosecutor's case names none of these.
    static func isPrivateLitigation(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { first, second in
            first == "class" && ["action", "actions", "-"].contains(second)
                || ["shareholder", "shareholders", "investor", "stockholder"].contains(first) && ["lawsuit", "lawsuits", "suit", "suits", "alert"].contains(second)
        } || words.contains { ["plaintiff", "plaintiffs"].contains($0) }
    }

    /// Verbs of a price's sharp move, which no measure is said in.
    static let priceMoveVerbs: WordSet = [
        "soared", "soars", "plunged", "plunges", "tumbled", "tumbles", "slumped", "slumps", "rallied", "rallies", "surged", "surges",
        "dipped", "dips", "sank", "sinks", "slid", "slides", "climbed", "climbs", "jumped", "jumps", "rebounded", "rebounds",
        "crashed", "crashes", "spiked", "spikes",
    ]

    /// The verbs of a product's launch.
    static let launchVerbs: WordSet = [
        "launch", "launches", "launched", "launching", "unveil", "unveils", "unveiled", "unveiling", "debut", "debuts",
        "debuted", "debuting",
    ]

    /// Violent crimes, whose arrests, charges and sentences are police news rather than the enforcement of a rule.
    static let violentCrimeWords: WordSet = [
        "murder", "murders", "murdered", "kidnapping", "kidnappings", "kidnapped", "kidnappers", "abduction", "abducted",
        "robbery", "robberies", "homicide", "manslaughter", "stabbing", "shooting", "torture", "tortured",
    ]

    /// Words that make a clause a forecast rather than a report.
    static let forecastWords: Set<String> = ["could", "might", "may", "likely", "unlikely", "expected", "probably", "possibly", "odds", "chance"]

    /// "A ban on yield would simply push users offshore", "These limits won't stop every scam", "The ban did
    /// little to stop trading": a measure named as the subject of a judgement on its effects.
    static func isVerdictOnAMeasure(_ words: [String], cue: Int) -> Bool {
        guard measureSubjectNouns.contains(words[cue]) else { return false }
        // The noun must open its clause: nothing but determiners and modifiers before it.
        let opening = words[..<cue].lastIndex(where: { [",", ";", "but", "and"].contains($0) }).map { $0 + 1 } ?? 0
        guard cue - opening <= 3 else { return false }
        let after = Array(words[(cue + 1)..<min(words.count, cue + 9)])
        guard let modal = after.firstIndex(where: { ["would", "could", "might", "will", "wo", "won", "won't", "did", "does", "has", "failed"].contains($0) }) else { return false }
        let rest = after[(modal + 1)...].prefix(3)
        return rest.contains { effectVerbs.contains($0) } && !rest.contains { ["apply", "take", "require", "cover", "start"].contains($0) }
    }

    static let measureSubjectNouns: WordSet = [
        "ban", "bans", "cap", "caps", "limits", "limit", "restrictions", "restriction", "rules", "prohibition", "crackdown",
        "requirement", "requirements", "tax", "levy", "regime", "measures",
    ]
    static let effectVerbs: WordSet = [
        "push", "hurt", "harm", "drive", "kill", "stifle", "damage", "help", "protect", "stop", "deter", "hit", "hamper",
        "boost", "encourage", "discourage", "cost", "slow", "prevent", "reduce", "undermine", "little", "nothing", "backfire",
    ]
    static let commentatorNouns: WordSet = [
        "analysts", "experts", "critics", "observers", "economists", "commentators", "investors", "traders", "skeptics",
        "sceptics", "proponents", "supporters", "opponents", "advocates", "lawyers", "academics", "researchers",
        "participants", "advisers", "advisors", "consultants", "strategists", "watchers",
    ]
    /// One commentator speaking ("..., said one analyst", "..., an economist at the bank said").
    static let commentatorRoles: WordSet = ["analyst", "economist", "strategist", "expert", "commentator", "observer", "researcher", "academic"]
    /// Words of opinion after a copula ("economists are divided", "analysts remain sceptical").
    static let opinionStates: WordSet = ["divided", "split", "sceptical", "skeptical", "doubtful", "unconvinced", "unsure", "wary", "optimistic", "pessimistic"]
    static let opinionVerbs: WordSet = ["say", "said", "says", "argue", "argued", "believe", "believed", "expect", "expected", "think", "fear", "feared", "warn", "warned", "note", "noted"]

    /// A sentence that opens with a bullet mark on a line of its own.
    static func isBulletItem(_ sentence: Sentence, _ tokens: [Token]) -> Bool {
        guard sentence.first > 0 else { return false }
        let mark = tokens[sentence.first - 1]
        return SentenceSplitter.bullets.contains(mark.text) && (mark.newlineBefore || sentence.first == 1)
    }

    /// Words that make a line ending in a colon introduce the points of a measure ("Main points of the rules:").
    static let listNouns: WordSet = [
        "rules", "rule", "framework", "regulation", "regulations", "requirements", "conditions", "measures", "provisions",
        "obligations", "law", "bill", "circular", "order", "guidelines", "memorandum", "decree",
    ]

    /// A line ending in a colon that introduces a bulleted list of a measure's points.
    struct ListIntro {
        var action: PolicyAction?
        var status: PolicyStatus?
        var actor: ResolvedActor
        /// The introduction's own statement, dropped when items follow because its cue only opens the list.
        var droppedDraft: Int?
    }

    /// "Photo: ...", "Image: ...": a caption.
    static func isCaption(_ words: [String]) -> Bool {
        words.count > 1 && ["photo", "image", "picture", "credit", "caption", "illustration"].contains(words[0]) && words[1] == ":"
    }

    /// Tokens inside a capitalized name ("Tax Agency", "Enforcement Directorate"): no cue there.
    static func namedTokens(_ entities: EntityReading, tokens: [Token]) -> Set<Int> {
        var named: Set<Int> = []
        for mention in entities.mentions where mention.end - mention.first >= 2 {
            for index in mention.first..<mention.end where tokens[index].isCapitalized { named.insert(index) }
        }
        return named
    }

    /// "a tax adviser", "the enforcement chief": a word that only qualifies a person's role.
    static func isRoleModifier(_ index: Int, _ tokens: [Token], _ sentence: Sentence) -> Bool {
        index + 1 < sentence.end && Lexicon.personTitles.contains(tokens[index + 1])
    }

    static func isOperationalPause(_ words: [String]) -> Bool {
        words.contains { ["paused", "pause", "pauses", "suspended", "halted", "frozen", "froze", "freeze", "freezing", "hack", "hacked", "exploit", "attack"].contains($0) }
    }

    /// Cues of a warning the actor issues as an act of its own: cautions, guidance and notices, and statements of a
    /// firm's or an asset's standing ("is not licensed", "are not legal tender").
    static let issuedWarningWords = WordSet(Set(PolicyCues.warnWords).union(PolicyCues.supervisionWords).union([
        "risk", "licenses", "licences", "licensed", "authorised", "authorized", "registered", "regulated", "supervised", "tender",
        "recognised", "recognized", "guidance", "guidelines", "advisory", "alert", "circular", "notice",
    ]))
    static let speechVerbs: WordSet = ["said", "says", "announced", "stated", "told", "reported", "confirmed", "wrote", "added", "published", "posted"]

    /// The words from the cue to the end of its clause: what the measure is about.
    private static func object(_ document: AnalyzedText, _ sentence: Sentence, cueAt cue: Int) -> String {
        var end = cue + 1
        while end < sentence.end, end - cue < 16, ![",", ".", ";", ":", "\u{201D}", "\""].contains(document.tokens[end].text) { end += 1 }
        return document.text(cue, end)
    }

    struct Draft {
        var sentence: Int
        var cue: PolicyCues.Cue
        /// The sentence's lower-case words with their hashes, for the word lists asked about them.
        var hashedWords: HashedWords
        /// The sentence's lower-case words.
        var words: [String] { hashedWords.words }
        var actor: ResolvedActor
        var status: PolicyStatus?
        var dates: [DateMention]
        var namesItsActor = false
        /// The start a "since" date gives the measure.
        var since: String?
        /// The sentence's first token.
        var firstToken = 0
        /// The main clause is a passive without "by": its issuer is the article's.
        var isAgentlessPassive = false
        /// A list item that names no issuer, under an introduction that names none: its issuer is the article's.
        var isAnItemOfTheArticlesMeasure = false
        /// The main clause reports a vote passing a law, whose date is no start.
        var isAVote = false
        /// The clause that holds the cue, when the sentence has a verb group: its tense and modal date the measure.
        var clause: Clause?
        /// The sentence states a decision taken: a law passed or signed, a proposal decided on, a final rule, a
        /// measure that takes effect.
        var statesADecision = false
        /// The sentence names no issuer and takes the one of the statement just before it.
        var actorIsTheSentenceBefore = false
        /// The country whose law is the clause's subject ("The Virtual Asset Act requires ..."): the actor when the
        /// law is already in effect (a law that is the news keeps the actor who made it).
        var statuteCountry: ResolvedActor?
        /// The country whose law sets the penalty the clause states for anyone ("Operating an exchange without a licence is
        /// punishable by ..."): the actor, whatever the status.
        var penaltyCountry: ResolvedActor?
        /// The country whose tax law the clause states in force ("Gains are taxed at 30%", "Individuals pay 15% tax on
        /// gains"), when the clause names no authority before its cue.
        var taxCountry: ResolvedActor?
        /// The keys of the entities the sentence names.
        var namedKeys: Set<String> = []
        /// The rules passed over the sentence and the statement model read it as a statement.
        var isAdmittedByTheModel = false
    }
}
