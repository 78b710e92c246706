/// The main clause of a sentence as news English builds it: the subject, the verb group (modal,
/// negation, tense, voice and the main verb), a copula's complement ("remain prohibited"), and who
/// the sentence credits ("X said", "according to X"). Word indices are into the sentence's words.
struct Clause: Sendable, Equatable {
    /// A modal or semi-modal that frames the main verb.
    enum Modal: Sendable, Equatable { case must, may, can, will, would, could, might, should, shall, haveTo, needTo, beTo }
    enum Tense: Sendable, Equatable { case present, past, perfect, pastPerfect, future }
    enum Voice: Sendable, Equatable { case active, passive }

    /// The words before the verb group (after openers, attributions and appositives are set aside).
    var subject: Range<Int>
    /// The first word of the verb group (an auxiliary, a modal or the main verb itself).
    var groupStart: Int
    /// The main (lexical) verb.
    var verb: Int
    var modal: Clause.Modal?
    var negated: Bool
    var voice: Voice
    var tense: Tense
    /// "is weighing", "are exploring".
    var isProgressive: Bool
    /// "remain prohibited", "is illegal", "remains legal": the word after a linking verb.
    var complement: Int?
    /// The words naming who the sentence credits ("the ministry" in "..., the ministry said").
    var attribution: Range<Int>?
    /// The clause is the content of a speech verb ("The company said [it would ...]").
    var isReported: Bool
    /// The sentence opens with a contrast ("But", "However", "Still").
    var opensWithContrast: Bool
    /// The sentence ends with a question mark.
    var isQuestion: Bool
    /// "is said to be", "is reported to": the clause reports an unconfirmed plan.
    var isHedged = false
    /// No main verb was found: this is the verb of a relative clause ("... that lets people spend").
    var isSubordinate = false
    /// The subject is quantified by "no" ("No platform is authorised", "No new licences will be issued").
    var subjectNegated = false
}

/// Finds a sentence's main clause and reads its verb group, without a tagger: auxiliaries, modals
/// and negation are closed classes, and a lexical verb is a known verb form (or a regular past form)
/// that no determiner, number or possessive precedes. Pure; linear in the sentence's length.
struct ClauseReader {
    let words: [String]
    let capitalized: [Bool]

    /// Most words are capitalized: a headline in title case, where capitals mark no names.
    let isTitleCase: Bool

    init(words: [String], capitalized: [Bool]) {
        self.words = words
        self.capitalized = capitalized.count == words.count ? capitalized : Array(repeating: false, count: words.count)
        let letters = words.filter { $0.unicodeScalars.first.map(Tokenizer.isLetter) ?? false }
        isTitleCase = letters.count >= 3 && self.capitalized.filter { $0 }.count * 3 >= letters.count * 2
    }

    init(_ tokens: ArraySlice<Token>) {
        self.init(words: tokens.map(\.lower), capitalized: tokens.map(\.isCapitalized))
    }

    /// The main clause from `start` (after a dateline), nil when no verb group is found.
    func mainClause(from start: Int = 0) -> Clause? {
        var end = words.count
        while end > start, Self.closingMarks.contains(words[end - 1]) { end -= 1 }
        let isQuestion = words[start..<words.count].contains("?") && words.last(where: { !Self.closingQuotes.contains($0) }) == "?"
        guard end > start else { return nil }
        var attribution: Range<Int>?
        // "..., the ministry said.", "..., said the CMA.", "..., according to the notice."
        if let comma = trailingAttributionComma(start, end) {
            attribution = (comma + 1)..<end
            end = comma
        }
        var first = start
        var opensWithContrast = false
        while first < end, Self.connectives.contains(words[first]) || words[first] == "," {
            if Self.contrastWords.contains(words[first]) { opensWithContrast = true }
            first += 1
        }
        // "According to the notice, ...".
        if first + 1 < end, words[first] == "according", words[first + 1] == "to",
           let comma = words[first..<end].firstIndex(of: ","), comma - first <= 14 {
            attribution = (first + 2)..<comma
            first = comma + 1
        }
        // "From March 1, ...", "After the vote, ...", "Under the rules, ...": an opening adverbial.
        // ("This decision does not apply to banks, which ...": "this" opens a subject, not a time, before a verb group.)
        if first < end, Self.openers.contains(words[first]),
           let comma = words[first..<min(end, first + 25)].firstIndex(of: ","), comma + 1 < end,
           !(["this", "last"].contains(words[first]) && words[first..<comma].contains(where: Self.isAuxiliary)) {
            first = comma + 1
            // "Under the Ordinance, which took effect in 2023, it is ...": a relative clause on the opener's noun.
            if ["which", "who", "whose"].contains(words[first]),
               let close = words[first..<min(end, first + 25)].firstIndex(of: ","), close + 1 < end {
                first = close + 1
            }
        }
        guard var clause = verbGroup(in: first..<end) else { return nil }
        clause.isQuestion = isQuestion
        clause.opensWithContrast = opensWithContrast
        if clause.attribution == nil { clause.attribution = attribution }
        // "The company said (on Monday) (that) it would ...": the content clause is the main one.
        if Self.speechVerbs.contains(words[clause.verb]), clause.modal == nil, !clause.negated,
           let content = contentStart(after: clause.verb, end: end), var reported = verbGroup(in: content..<end) {
            reported.attribution = clause.subject
            reported.isReported = true
            reported.isQuestion = isQuestion
            reported.opensWithContrast = opensWithContrast
            return reported
        }
        return clause
    }

    // MARK: - Verb group

    private func verbGroup(in span: Range<Int>) -> Clause? {
        var index = span.lowerBound
        var inRelative = false
        var depth = 0
        var fallback: Clause?
        while index < span.upperBound {
            let word = words[index]
            if word == "(" { depth += 1 }
            if word == ")" { depth = max(0, depth - 1) }
            if depth > 0 || word == "(" || word == ")" { index += 1; continue }
            // "Statnett, the grid operator, has warned": an appositive between commas.
            if word == ",", index > span.lowerBound, fallback == nil || inRelative,
               let next = words[(index + 1)..<min(span.upperBound, index + 12)].firstIndex(of: ","),
               !words[(index + 1)..<next].contains(where: { Self.isAuxiliary($0) }) {
                index = next + 1
                continue
            }
            if index > span.lowerBound, Self.relativePronouns.contains(word), fallback == nil, !inRelative {
                inRelative = true
                index += 1
                continue
            }
            if isGroupStart(index, span: span) {
                let group = readGroup(at: index, span: span)
                if inRelative && fallback == nil {
                    // The relative clause's verb: the main one is the next auxiliary or modal.
                    fallback = group
                    index = group.verb + 1
                    continue
                }
                if fallback != nil, !Self.isAuxiliary(word) { index += 1; continue }
                // "Firms licensed by the regulator must ...": a reduced relative before the main verb.
                // ("The bank warned in 2017 that trading could breach the law": the modal is the content clause's.)
                if !Self.isAuxiliary(word), group.voice == .active, Self.isParticiple(word), !Self.speechVerbs.contains(word), group.verb + 1 < span.upperBound,
                   Self.reducedRelativeFollowers.contains(words[group.verb + 1]),
                   let later = words[(group.verb + 1)..<min(span.upperBound, group.verb + 30)].firstIndex(where: { Self.modalWords.contains($0) || Self.beForms.contains($0) }),
                   !(Self.contentClauseVerbs.contains(ClauseSense.lemma(word)) && words[(group.verb + 1)..<later].contains("that")) {
                    fallback = group
                    index = group.verb + 1
                    inRelative = true
                    continue
                }
                var clause = group
                clause.subject = span.lowerBound..<index
                clause.subjectNegated = words[clause.subject].first == "no" || words[clause.subject].starts(with: ["none", "of"])
                return clause
            }
            index += 1
        }
        if var fallback {
            fallback.subject = span.lowerBound..<fallback.groupStart
            fallback.isSubordinate = true
            return fallback
        }
        // A headline's infinitive ("Exchanges to report transfers from July"): a plan or a duty, as "are to".
        if let to = words[span].firstIndex(of: "to"), to > span.lowerBound, to - span.lowerBound <= 6, to + 1 < span.upperBound,
           Self.isVerbForm(words[to + 1]) || words[to + 1] == "be",
           !words[span.lowerBound..<to].contains(where: { $0.count > 4 && ($0.hasSuffix("ing") || $0.hasSuffix("s") && Self.isVerbForm($0)) }) {
            var clause = readGroup(at: to + 1, span: span)
            clause.subject = span.lowerBound..<to
            clause.groupStart = to
            if clause.modal == nil { clause.modal = .beTo }
            if clause.tense == .present || clause.tense == .past { clause.tense = .future }
            return clause
        }
        return nil
    }

    /// Whether a verb group starts at `index`: an auxiliary or modal, or a verb form no determiner,
    /// number, possessive or infinitive "to" precedes.
    private func isGroupStart(_ index: Int, span: Range<Int>) -> Bool {
        let word = words[index]
        if Self.isAuxiliary(word) {
            // "can" and "will" as nouns are rare in news; "may" opens a sentence as a month only before a number.
            if word == "may", index + 1 < words.count, Int(words[index + 1]) != nil { return false }
            // "won" is "will" only before "'t".
            if word == "won" { return index + 1 < words.count && words[index + 1] == "'t" }
            return true
        }
        // "Trading and custody remain legal": a form in -ing is finite only after "be".
        guard Self.isVerbForm(word), !(word.hasSuffix("ing") && word.count > 4) else { return false }
        // "Northwind Trade SpA was ...": a capitalized word inside a name (unless the line is in title case).
        if capitalized[index], !isTitleCase, index > span.lowerBound || index + 1 < span.upperBound && capitalized[index + 1] { return false }
        // "The exchange rules are not changing": a plural noun heads the subject of the auxiliary after it.
        if word.hasSuffix("s"), index + 1 < span.upperBound, Self.isAuxiliary(words[index + 1]) { return false }
        if index > span.lowerBound {
            let previous = words[index - 1]
            if Self.nounMarkers.contains(previous) || Int(previous) != nil || previous == "'s" || previous == "'" || previous == "to" || previous == "-" { return false }
            // "the licensed firms": a participle after a determiner and before a noun is an adjective.
            if Self.isParticiple(word), index + 1 < span.upperBound, ["firms", "providers", "exchanges", "platforms", "entities", "companies"].contains(words[index + 1]) {
                return false
            }
        } else if Self.isParticiple(word), index + 1 < span.upperBound, !Self.nounMarkers.contains(words[index + 1]), Int(words[index + 1]) == nil {
            // "Licensed exchanges can now ...": an opening participle before its noun is an adjective.
            return false
        } else if Self.ambiguousNouns.contains(word) {
            // A sentence that opens with "Bans on ..." opens with a noun.
            return false
        }
        return true
    }

    private func readGroup(at start: Int, span: Range<Int>) -> Clause {
        var index = start
        var modal: Clause.Modal?
        var negated = false
        var tense: Clause.Tense = .present
        var voice: Clause.Voice = .active
        var progressive = false
        var sawBe = false
        var sawHave = false
        var sawGet = false
        var verb = start
        var complement: Int?
        var hedged = false
        func isNegation(_ at: Int) -> Bool {
            let word = words[at]
            // ("are not only required to verify clients but also ...": a correlative, no negation.)
            if ["not", "n't", "'t", "never"].contains(word) { return !(at + 1 < span.upperBound && ["only", "just", "merely"].contains(words[at + 1])) }
            return word == "no" && at + 1 < span.upperBound && words[at + 1] == "longer"
        }
        scan: while index < span.upperBound {
            let word = words[index]
            if isNegation(index) {
                negated = true
                if word == "no" { index += 1 }
                index += 1
                continue
            }
            if Self.groupAdverbs.contains(word) || word == "longer" || Self.quoteMarks.contains(word) { index += 1; continue }
            if let found = Self.modal(word) {
                if word == "won" && !(index + 1 < span.upperBound && words[index + 1] == "'t") { break scan }
                if modal == nil { modal = found }
                if word == "cannot" { negated = true }
                if found == .will || found == .shall { tense = .future }
                verb = index
                index += 1
                continue
            }
            // "have to", "has to", "need to", "needs to": semi-modals.
            if ["have", "has", "had", "having"].contains(word), index + 1 < span.upperBound, words[index + 1] == "to" {
                if modal == nil { modal = .haveTo }
                if word == "had" { tense = .past }
                verb = index
                index += 2
                continue
            }
            if ["need", "needs"].contains(word), index + 1 < span.upperBound, words[index + 1] == "to", !sawBe {
                if modal == nil { modal = .needTo }
                verb = index
                index += 2
                continue
            }
            if ["have", "has", "had", "having", "haven", "hasn", "hadn", "'ve"].contains(word) {
                sawHave = true
                if modal == nil || tense != .future { tense = word.hasPrefix("had") ? .pastPerfect : .perfect }
                verb = index
                index += 1
                continue
            }
            if Self.beForms.contains(word) {
                // "is to", "are to": a plan or an order ("Exchanges are to report ...").
                if index + 1 < span.upperBound, words[index + 1] == "to", ["is", "are", "was", "were"].contains(word) {
                    if modal == nil { modal = .beTo }
                    verb = index
                    index += 2
                    continue
                }
                sawBe = true
                if ["was", "were", "wasn", "weren"].contains(word), modal == nil, !sawHave { tense = .past }
                verb = index
                index += 1
                continue
            }
            if Self.doForms.contains(word) {
                if ["did", "didn"].contains(word) { tense = .past }
                verb = index
                index += 1
                continue
            }
            if ["get", "gets", "got", "getting"].contains(word), index + 1 < span.upperBound, Self.isParticiple(words[index + 1]) {
                sawGet = true
                verb = index
                index += 1
                continue
            }
            // "is said to be weighing", "is expected to take effect": a raising verb hands on to the infinitive.
            if sawBe, modal == nil, Self.raisingParticiples.contains(word), index + 2 < span.upperBound, words[index + 1] == "to",
               ["be", "have"].contains(words[index + 2]) || Self.isVerbForm(words[index + 2]) && !capitalized[index + 2] {
                // "is expected to propose rules": a plan not yet out.
                if Self.hedgingParticiples.contains(word) || Self.unveilingVerbs.contains(words[index + 2]) { hedged = true }
                sawBe = false
                index += 2
                continue
            }
            // The lexical verb.
            if (sawBe || sawGet) && Self.isParticiple(word) {
                voice = .passive
                verb = index
            } else if sawBe && word.hasSuffix("ing") && word.count > 4 {
                progressive = true
                verb = index
            } else if sawBe || sawGet {
                // "is illegal", "are not legal tender": a linking verb and its complement.
                complement = index
            } else if sawHave && !Self.isVerbForm(word) && !Self.isParticiple(word) {
                // "has a licence", "will have their licence revoked": "have" is the main verb.
                if modal == nil { tense = tense == .pastPerfect ? .past : .present }
            } else {
                verb = index
                if index == start, Self.isPastForm(word) { tense = .past }
                // "Brokers told to verify clients", "Exchange fined by regulator": a headline's passive without "be".
                if index == start, Self.orderParticiples.contains(word), index + 1 < span.upperBound, words[index + 1] == "to" { voice = .passive }
                // "Exchange fined $4 million over lax checks", "Founder sentenced to 12 years": a sanction's participle
                // followed by an amount or a preposition, where the active verb would take its object.
                if index == start, Self.sanctionParticiples.contains(word), index + 1 < span.upperBound, Self.opensAnAmountOrAPhrase(words[index + 1]) {
                    voice = .passive
                }
                if Self.linkingVerbs.contains(word), index + 1 < span.upperBound {
                    var next = index + 1
                    while next < span.upperBound, Self.groupAdverbs.contains(words[next]) || isNegation(next) {
                        if isNegation(next) { negated = true }
                        next += 1
                    }
                    if next < span.upperBound { complement = next }
                }
            }
            break scan
        }
        if modal == .will || modal == .shall { tense = .future }
        return Clause(
            subject: span.lowerBound..<start, groupStart: start, verb: verb, modal: modal, negated: negated, voice: voice,
            tense: tense, isProgressive: progressive, complement: complement, attribution: nil, isReported: false,
            opensWithContrast: false, isQuestion: false, isHedged: hedged
        )
    }

    // MARK: - Attribution

    /// The comma that opens a closing attribution (", the ministry said", ", according to the notice").
    private func trailingAttributionComma(_ start: Int, _ end: Int) -> Int? {
        guard let comma = words[start..<end].lastIndex(of: ","), comma > start, end - comma <= 14 else { return nil }
        let tail = words[(comma + 1)..<end]
        if tail.first == "according", tail.dropFirst().first == "to" { return comma }
        guard tail.contains(where: { Self.speechVerbs.contains($0) }) else { return nil }
        // "..., which said it would ..." or a tail with its own modal is a clause, not a credit.
        if tail.contains(where: { Self.modalWords.contains($0) || Self.relativePronouns.contains($0) }) { return nil }
        return comma
    }

    /// Where the content of "said" starts: after "that", else after the speech verb and a time or
    /// place phrase ("said on Monday", "said in a statement", "told reporters").
    private func contentStart(after verb: Int, end: Int) -> Int? {
        var index = verb + 1
        if words[verb] == "told", index < end, !["that", "it", "they", "the"].contains(words[index]) { index += 1 }
        var steps = 0
        while index < end, steps < 10 {
            let word = words[index]
            if word == "that" { return index + 1 < end ? index + 1 : nil }
            if Self.timePlaceWords.contains(word) || capitalized[index] && steps > 0 || Int(word) != nil || word == "," {
                index += 1
                steps += 1
                continue
            }
            break
        }
        guard index < end, !Self.nounMarkers.contains(words[index]) || Self.subjectPronouns.contains(words[index]) || words[index] == "the" else { return nil }
        // "said the ban would ...": a clause with its own verb group follows; "said it aims to ...": a pronoun and a verb
        // of meaning to act with its infinitive.
        if Self.subjectPronouns.contains(words[index]), index + 2 < end, Self.isVerbForm(words[index + 1]), words[index + 2] == "to" { return index }
        return words[index..<end].contains(where: { Self.isAuxiliary($0) }) ? index : nil
    }

    // MARK: - Word classes

    static func isAuxiliary(_ word: String) -> Bool {
        auxiliaries.contains(word)
    }
    /// The modals and the forms of "be", "do" and "have", in one set (one look-up a word).
    static let auxiliaries = WordSet(Array(modalWords) + Array(beForms) + Array(doForms) + Array(haveForms))
    /// The forms of "have" that make a perfect ("has banned", "hadn't").
    static let haveForms: WordSet = ["has", "have", "had", "haven", "hasn", "hadn", "'ve"]

    static func isParticiple(_ word: String) -> Bool {
        word.count >= 4 && word.hasSuffix("ed") && (!word.hasSuffix("eed") || ["agreed", "freed"].contains(word))
            || irregularParticiples.contains(word)
    }

    static func isPastForm(_ word: String) -> Bool {
        word.count >= 5 && word.hasSuffix("ed") || irregularPast.contains(word)
    }

    /// A known verb form, or a regular past form.
    static func isVerbForm(_ word: String) -> Bool {
        verbForms.contains(word) || word.count >= 6 && word.hasSuffix("ed") && !word.hasSuffix("eed") && !["hundred", "kindred", "sacred", "infrared"].contains(word)
    }

    /// Inflections of a regular verb: "ban" → bans, banned, banning.
    static func inflections(of lemma: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = lemma.last ?? "a"
        var forms = [lemma]
        if last == "y", let beforeLast = lemma.dropLast().last, !vowels.contains(beforeLast) {
            let stem = String(lemma.dropLast())
            forms += [stem + "ies", stem + "ied", lemma + "ing"]
        } else if last == "e" {
            forms += [lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else {
            let third = ["s", "x", "z"].contains(last) || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") ? lemma + "es" : lemma + "s"
            let chars = Array(lemma)
            let doubles = chars.count >= 3 && chars.count <= 4 && !vowels.contains(last) && !["w", "x", "y"].contains(last)
                && vowels.contains(chars[chars.count - 2]) && !vowels.contains(chars[chars.count - 3])
            let stem = doubles ? lemma + String(last) : lemma
            forms += [third, stem + "ed", stem + "ing"]
        }
        return forms
    }

    /// Verbs news uses in main clauses: policy acts, speech, deliberation, reaction and motion.
    static let verbLemmas: [String] = [
        "allow", "let", "permit", "license", "licence", "authorise", "authorize", "approve", "register", "admit", "grant",
        "legalise", "legalize", "lift", "reopen", "clear", "greenlight", "enable", "resume", "recognise", "recognize",
        "ban", "bar", "forbid", "prohibit", "outlaw", "block", "shut", "close", "halt", "stop", "cease", "delist",
        "criminalise", "criminalize", "cap", "limit", "restrict", "suspend", "pause", "curb", "freeze", "tighten", "confine",
        "require", "oblige", "mandate", "compel", "tax", "levy", "need", "impose", "demand", "order", "instruct", "direct",
        "fine", "penalise", "penalize", "charge", "arrest", "revoke", "cancel", "sue", "raid", "sanction", "prosecute",
        "seize", "confiscate", "indict", "convict", "sentence", "punish", "strike", "deregister", "warn", "caution", "urge",
        "remind", "advise", "alert", "say", "tell", "add", "state", "note", "announce", "confirm", "publish", "issue",
        "plan", "weigh", "consider", "explore", "study", "propose", "draft", "intend", "expect", "assess", "welcome",
        "review", "analyse", "analyze", "evaluate", "comply", "hope", "see", "believe", "fear", "encourage", "criticise", "criticize", "praise", "move",
        "introduce", "adopt", "pass", "enact", "sign", "vote", "extend", "postpone", "delay", "push", "apply", "cover",
        "affect", "change", "keep", "continue", "remain", "stay", "take", "make", "give", "launch", "set", "introduce",
        "double", "raise", "cut", "lower", "increase", "reduce", "exempt", "treat", "classify", "declare", "rule", "find",
        "offer", "serve", "operate", "connect", "trade", "hold", "accept", "provide", "report", "submit", "send", "file",
        "pay", "face", "become", "appear", "seem", "want", "seek", "aim", "look", "begin", "start", "end", "come", "enter",
        "receive", "win", "obtain", "get", "mull", "contemplate", "discuss", "debate", "examine", "ponder", "eye",
        "ratify", "promulgate", "gazette", "accredit", "certify", "delicense", "withdraw", "regret", "anticipate",
        "lament", "slam", "decry", "support", "oppose", "finalise", "finalize", "decide", "return", "refund", "alter",
        "implement", "create", "establish", "bring", "unveil", "release", "develop", "write", "work", "reimpose", "maintain", "table", "present", "define", "set", "require", "allow", "cover", "include", "leave",
        "open", "build", "replace", "confirm", "show", "fail", "breach", "violate", "verify", "check", "call", "ask",
        "repeal", "scrap", "remove", "rescind", "overturn", "reverse", "drop", "abolish", "defer", "fail", "miss",
        "ignore", "refuse", "flout", "disregard", "defy", "evade", "lose", "float", "secure", "follow", "join", "reject", "deny", "refuse", "appeal", "settle", "agree",
        "disapprove", "veto", "shelve", "abandon", "dismiss", "endorse", "uphold", "defeat", "turn", "throw", "stand", "exist", "notify",
        "pull", "strip", "yank",
    ]

    static let irregularPast: Set<String> = [
        "said", "told", "let", "set", "put", "cut", "shut", "hit", "made", "took", "gave", "kept", "held", "found", "struck",
        "won", "sent", "sold", "paid", "led", "left", "brought", "began", "came", "became", "saw", "froze", "forbade",
        "withdrew", "drew", "chose", "wrote", "rose", "fell", "spent", "stood", "laid", "sought", "bought", "got", "met",
        "went", "ran", "knew", "threw",
    ]
    static let irregularParticiples: Set<String> = irregularPast.subtracting(["took", "gave", "began", "came", "became", "saw", "froze", "forbade", "withdrew", "drew", "chose", "wrote", "rose", "fell", "went", "ran", "knew", "threw"])
        .union(["taken", "given", "begun", "come", "become", "seen", "frozen", "forbidden", "withdrawn", "drawn", "chosen",
                "written", "risen", "fallen", "gone", "run", "known", "shown", "done", "bound", "undertaken", "overtaken", "thrown"])

    static let verbForms = WordSet(Set(verbLemmas.flatMap(inflections(of:))).union(irregularPast).union(irregularParticiples)
        .union(["says", "does", "goes", "struck", "striking", "taxes", "strikes", "faces"]))

    /// Nouns that look like verbs and open headlines ("Bans on ...", "Rules for ...").
    static let ambiguousNouns: WordSet = ["bans", "caps", "curbs", "limits", "rules", "plans", "moves", "orders", "fines", "charges", "taxes", "levies", "permits", "licences", "licenses", "sanctions", "raids", "warnings"]

    static let modals: [String: Clause.Modal] = [
        "must": .must, "mustn": .must, "may": .may, "might": .might, "can": .can, "cannot": .can, "ca": .can,
        "could": .could, "couldn": .could, "will": .will, "'ll": .will, "won": .will, "would": .would, "wouldn": .would,
        "'d": .would, "shall": .shall, "should": .should, "shouldn": .should,
    ]
    /// The keys of `modals`, asked first with the cheap hash: most words of a clause are no modal.
    static let modalWords = WordSet(modals.keys)

    /// The modal a word is ("won": `.will`), if it is one.
    static func modal(_ word: String) -> Clause.Modal? {
        modalWords.contains(word) ? modals[word] : nil
    }
    static let beForms: WordSet = ["is", "are", "was", "were", "be", "been", "being", "am", "isn", "aren", "wasn", "weren", "'re", "'m"]
    static let doForms: WordSet = ["do", "does", "did", "don", "doesn", "didn"]
    static let linkingVerbs: WordSet = ["remain", "remains", "remained", "stay", "stays", "stayed", "become", "becomes", "became", "seem", "seems", "appear", "appears"]
    /// The word before `index`, past the adverbs of a verb group ("are also taxed", "is reportedly planning"); nil when
    /// there is none.
    static func wordBefore(_ index: Int, in words: [String]) -> String? {
        words[..<index].last { !groupAdverbs.contains($0) }
    }

    /// Words that may stand inside a verb group ("will also now be required").
    static let groupAdverbs: WordSet = [
        "also", "now", "already", "still", "soon", "reportedly", "officially", "formally", "effectively", "finally", "further",
        "recently", "just", "then", "initially", "currently", "again", "previously", "originally", "immediately",
        "temporarily", "gradually", "quietly", "subsequently", "eventually", "ultimately", "likely", "probably", "largely",
        "partly", "fully", "jointly", "separately", "first", "only", "even", "generally", "automatically", "legally", "most", "possibly",
        "explicitly", "expressly", "specifically", "effectively", "indefinitely", "permanently", "yet", "repeatedly",
    ]
    static let speechVerbs: WordSet = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "wrote", "writes",
        "explained", "confirmed", "confirms", "claimed", "argued", "insisted", "stressed", "emphasised", "emphasized",
        "reiterated", "acknowledged", "admitted", "clarified", "clarifies",
    ]
    /// Verbs that take a content clause ("warned that ...", "ruled that ...").
    static let contentClauseVerbs: WordSet = [
        "warn", "caution", "remind", "rule", "decide", "declare", "find", "hold", "argue", "announce", "confirm", "note",
        "state", "insist", "stress", "clarify", "conclude", "agree", "acknowledge", "admit", "signal", "advise", "say",
        "tell", "add", "explain", "reiterate", "determine",
    ]
    static let raisingParticiples: WordSet = [
        "said", "reported", "understood", "believed", "thought", "rumoured", "rumored", "expected", "set", "due", "likely",
        "slated", "scheduled", "poised", "supposed",
    ]
    static let unveilingVerbs: WordSet = ["propose", "unveil", "introduce", "publish", "table", "present", "announce", "release", "issue", "consider"]
    static let hedgingParticiples: WordSet = ["said", "reported", "understood", "believed", "thought", "rumoured", "rumored"]
    /// Participles of verbs that order or allow someone to act ("Brokers told to verify clients").
    static let orderParticiples: WordSet = [
        "told", "ordered", "asked", "urged", "instructed", "directed", "forced", "required", "allowed", "permitted",
        "obliged", "compelled", "advised", "encouraged", "barred", "banned", "forbidden",
    ]
    /// Participles of a sanction that a headline uses without "be" ("Exchange fined", "Founder jailed").
    static let sanctionParticiples: WordSet = [
        "fined", "sentenced", "charged", "sued", "penalised", "penalized", "censured", "jailed", "convicted", "indicted",
        "arrested", "sanctioned", "suspended", "banned", "barred", "expelled", "delisted", "reprimanded",
    ]

    /// "$4 million", "12 years", "to", "over", "for": what follows a sanction's participle in a passive headline.
    static func opensAnAmountOrAPhrase(_ word: String) -> Bool {
        (word.first?.isNumber ?? false) || ["$", "€", "£", "¥", "₹"].contains(word)
            || ["to", "for", "over", "with", "after", "by", "in", "amid", "on", "as", "and", "from"].contains(word)
    }

    static let relativePronouns: WordSet = ["that", "which", "who", "whose", "whom", "where"]
    static let reducedRelativeFollowers: WordSet = [
        "by", "under", "in", "with", "from", "for", "on", "at", "as", "without", "outside", "before", "after", "since", "until",
        "during", "through", "abroad", "overseas", "over", "last", "this", "via", "between",
    ]
    static let nounMarkers: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "this", "these", "those", "any", "every", "each",
        "such", "new", "of", "for", "on", "in", "at", "by", "with", "from", "into", "about", "no", "all", "some", "whose",
        "first", "last", "next", "previous", "proposed", "existing", "planned", "outright", "blanket", "total", "full",
    ]
    static let subjectPronouns: WordSet = ["it", "they", "we", "he", "she", "i", "you", "there", "this", "these", "those"]
    static let timePlaceWords: WordSet = [
        "on", "in", "at", "late", "early", "last", "this", "next", "a", "an", "the", "statement", "notice", "interview",
        "briefing", "conference", "press", "release", "website", "post", "letter", "filing", "reporters", "journalists",
        "lawmakers", "parliament", "week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "today", "yesterday", "separately", "also", "earlier", "later", "its", "their", "written",
        "emailed", "x", "twitter", "telegram", "circular", "told", "weekly", "daily", "televised", "speech", "address",
    ]
    static let connectives: WordSet = ["but", "and", "yet", "so", "however", "meanwhile", "still", "moreover", "additionally", "instead", "separately", "also", "then", "now", "crucially", "importantly"]
    static let contrastWords: WordSet = ["but", "yet", "however", "still"]
    static let openers: WordSet = [
        "after", "following", "amid", "despite", "given", "before", "since", "if", "when", "while", "although", "though",
        "because", "as", "once", "unless", "until", "under", "with", "from", "in", "on", "by", "for", "starting",
        "beginning", "effective", "earlier", "last", "this", "at", "within", "without", "to", "like", "unlike", "over",
        "during", "through", "in", "upon", "where",
    ]
    static let quoteMarks: WordSet = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"]
    static let closingMarks: WordSet = [".", "!", "?", ":", ";", "\u{201D}", "\"", "\u{2026}"]
    static let closingQuotes: WordSet = ["\u{201D}", "\"", "'", "\u{2019}", ")"]
}
