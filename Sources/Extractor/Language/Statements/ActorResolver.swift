/// The actor of a statement as the sentence gives it.
struct ResolvedActor: Sendable {
    var key: String?
    var name: String?
    var type: EntityType?
    /// The actor is a country (a location with an ISO code).
    var isCountry = false
    /// The sentence names the issuer only by description ("by authorities"): the actor stays null.
    var isExplicitlyUnnamed = false
    /// The sentence refers back ("the company", "the exchange"): the previous statement's actor.
    var prefersPrevious = false
    /// The sentence names the actor only after the cue, as the one who licenses, supervises or sanctions under the
    /// measure ("must be licensed by BaFin", "will need a licence from the central bank"), not as its subject.
    var isAgentAfterTheCue = false

    /// An authority named after the cue, for sentences without a subject.
    var counterpart: ResolvedActorBox?

    /// An entity that can issue a measure: an authority, an organization or a country.
    var isIssuer: Bool { type == .authority || type == .organization }
    /// A region or city: the issuer is usually its authority.
    var isRegion: Bool { type == .location && !isCountry && key != nil }
}

/// A resolved actor held indirectly (a struct cannot contain itself).
final class ResolvedActorBox: Sendable {
    let actor: ResolvedActor
    init(_ actor: ResolvedActor) { self.actor = actor }
}

/// Finds who issues or applies the measure in a sentence: a passive agent ("by the SEC"), the
/// source of a statement ("an order from its Finance Ministry"), the subject before the cue, or a
/// description that refers back ("the company") or to a country ("the Kenyan government").
struct ActorResolver {
    let document: AnalyzedText
    let entities: EntityReading
    let context: ArticleContext

    /// `patient`: the tokens of a subject that undergoes the measure (a passive's or an obligation's), which
    /// name no issuer.
    func actor(in sentence: Sentence, cueAt cue: Int, clauseStart: Int, patient: Range<Int>? = nil) -> ResolvedActor {
        let tokens = document.tokens
        let mentions = entities.mentions(in: clauseStart..<sentence.end).filter(isEligible)
        // "The High Court ordered Kiosk Ltd to stop ..., granting an injunction sought by the FCA": the court rules.
        if let court = rulingCourt(in: sentence, cueAt: cue, clauseStart: clauseStart, mentions: mentions) { return court }
        // "... by the CFTC", "... by authorities", "... a circular from its central bank's board".
        var index = clauseStart
        while index < sentence.end {
            let word = tokens[index].lower
            if word == "under", let issuer = issuerOfGoverningDocument(after: index, end: sentence.end) { return issuer }
            if word == "with", let enforcer = settlingAuthority(with: index, from: clauseStart, end: sentence.end) { return enforcer }
            // "Harebell has been registered with the FCA since 2022": the registrar of a standing registration.
            if word == "with", let registrar = registrar(with: index, from: clauseStart, end: sentence.end) { return registrar }
            if word == "by" || word == "from" {
                var next = index + 1
                while next < sentence.end, ["the", "its", "their", "a", "an"].contains(tokens[next].lower) { next += 1 }
                // "an order from the ministry" names its issuer; "approval from the Senate" or "a licence from the board" names no issuer.
                // "secured approval from the OCC", "received a licence from the central bank": a licence won names its grantor.
                // "has held a MiCA licence from the AMF since March": a licence held names its grantor.
                let issuerFollows = word == "by" ? index > cue : index > 0 && Self.documentNouns.contains(tokens[index - 1])
                    || index > cue && LicensingCues.receiptVerbs.contains(tokens[cue])
                    || namesAHeldLicence(before: index, from: clauseStart) && !(cue < index && tokens[cue..<index].contains { ["which", "who", "whose"].contains($0.lower) })
                // "entities authorized by the regulator", "stablecoins accepted by regulators": the agent of a
                // participle that describes the object, not of the measure.
                // ("a regulation issued by the ministry" names the measure's issuer.)
                // ("get their charters approved by the OCC": after a verb of receiving, the agent grants.)
                if word == "by", index - 1 > cue, Self.statusParticiples.contains(tokens[index - 1]), !LicensingCues.receiptVerbs.contains(tokens[cue]),
                   !(index >= 3 && tokens[(index - 3)..<(index - 1)].contains { Self.documentNouns.contains($0) || PolicyCues.lawNouns.contains($0) }) {
                    index += 1
                    continue
                }
                // "rejected a proposal by the exchange", "an application by the fund": who asks is not who decides.
                // ("according to a circular seen by the Courier": the outlet that read the document reports it.)
                if word == "by", index > 0, Self.applicationNouns.contains(tokens[index - 1]) || Self.readingParticiples.contains(tokens[index - 1]) {
                    index += 1
                    continue
                }
                if let mention = entities.mention(startingAt: next), mention.end <= sentence.end, isEligible(mention),
                   issuerFollows && (word == "by" || mention.type == .authority) {
                    return agent(resolved(mention), after: cue, at: index)
                }
                if word == "by", index > cue, next < sentence.end {
                    if let described = description(at: next, end: sentence.end) { return agent(described, after: cue, at: index) }
                }
            }
            index += 1
        }
        // "registered with FinCEN, which has required exchangers to register since 2013": the antecedent of a
        // relative pronoun just before the cue is the cue's subject.
        if let antecedent = relativeAntecedent(before: cue, from: clauseStart) { return antecedent }
        // The subject: an authority first, then an organization, then a country.
        // "Kryptohafen must return client assets", "Exchanges will be required to ...": a company bound by the
        // measure is its addressee, not its issuer.
        let bindsSubject = isDeontic(cue) || isUndertaking(before: cue, from: clauseStart) && namesAuthority(after: cue, in: sentence, mentions)
        let before = mentions.filter {
            $0.first < cue && !isAfterPreposition($0) && !isObjectOfVerb($0, sentenceStart: sentence.first) && !isRecipient($0, cue: cue)
                && !((bindsSubject || isSubjectOfAPermission($0, cue: cue)) && $0.type == .organization)
                && !(patient?.contains($0.first) ?? false)
        }
        for wanted in [EntityType.authority, .organization, .location] {
            if let mention = before.first(where: { $0.type == wanted }) {
                if wanted == .location, let code = mention.code, regulatorFollows(mention.end), let authority = countryAuthority(code, describedAfter: mention.end) {
                    return authority
                }
                // "Chile will license exchanges, the central bank said": the country's authority that speaks issues it.
                if wanted == .location, let code = mention.code, let speaker = trailingSpeaker(in: sentence, after: cue),
                   speaker.type == .authority, let key = speaker.key, (context.jurisdictionByKey[key] ?? context.countryByKey[key]) == code {
                    return speaker
                }
                return resolved(mention)
            }
        }
        // An official speaks for the institution named beside them ("CFTC Commissioner Jane Roe").
        if let person = before.first(where: { $0.type == .person }) {
            // "President Ana Roe signed the law", "Roe's order": a head of state or government acts for the country.
            if let country = countryHeaded(by: person) { return countryActor(country) }
            if let affiliation = mentions.first(where: { $0.type == .authority || $0.type == .organization }), affiliation.first < cue + 8 {
                return resolved(affiliation)
            }
            // "Molar said ...": the authority the official was introduced with.
            return institution(of: person, before: person.first) ?? ResolvedActor(prefersPrevious: true)
        }
        for position in clauseStart..<min(cue, sentence.end) {
            let opener = position > 0 && ["the", "its", "their"].contains(tokens[position - 1].lower) ? position - 2 : position - 1
            if opener >= clauseStart, Self.prepositions.contains(tokens[opener].lower) { continue }
            if let described = description(at: position, end: cue) { return described }
        }
        // "..., according to the central bank's rules": the source of the measure issues it.
        if let source = attributedSource(in: sentence) { return source }
        // "Violators face fines, the ministry said": the speaker after the measure issues it.
        if let speaker = trailingSpeaker(in: sentence, after: cue) { return speaker }
        // "Tokens are not legal tender, Molar said, and investors bear their own risk": a credit inside the sentence.
        if cue > clauseStart, let speaker = trailingSpeaker(in: sentence, after: clauseStart) { return speaker }
        // "Brokers must register with the Capital Markets Authority": the regulator named after the
        // cue may act; the article's main actor decides (see PolicyReader). "report to the tax agency" names a recipient.
        var unnamed = ResolvedActor()
        // ("..., which remain under state supervisors such as the NYDFS": an authority inside a relative clause after
        // the cue describes someone else.)
        if let counterpart = mentions.first(where: {
            $0.type == .authority && $0.first > cue && !isRecipientOfReport($0) && !isAgentOfParticiple($0)
                && !tokens[cue..<$0.first].contains(where: { ["which", "who", "whose"].contains($0.lower) })
        }) {
            var named = resolved(counterpart)
            named.isAgentAfterTheCue = true
            unnamed.counterpart = ResolvedActorBox(named)
        }
        return unnamed
    }

    /// "A county court on Thursday told Kiosk Ltd to halt ..., granting an injunction the regulator sought", "Judge Ana
    /// Roe of the Circuit Court granted an order sought by Kiosk LLC", "the court has ordered the exchange to pay": a court, or
    /// a judge for their court, that a verb of ruling follows as its subject before the cue (or as the cue) issues the ruling;
    /// who brought or sought the case, and who the ruling binds, do not. Nil when the clause's subject is no court or judge.
    private func rulingCourt(in sentence: Sentence, cueAt cue: Int, clauseStart: Int, mentions: [EntityMention]) -> ResolvedActor? {
        let tokens = document.tokens
        var position = clauseStart
        while position < min(cue, sentence.end) {
            if let mention = mentions.first(where: { $0.first == position }) {
                guard !isAfterPreposition(mention), !isObjectOfVerb(mention, sentenceStart: sentence.first) else {
                    position = mention.end
                    continue
                }
                if mention.type == .authority, isCourt(mention) {
                    return rulesAfter(mention.end, cue: cue) ? resolved(mention) : nil
                }
                if mention.type == .person, isJudge(mention) {
                    guard rulesAfter(mention.end, cue: cue) else { return nil }
                    return mentions.first(where: { $0.type == .authority && isCourt($0) }).map(resolved)
                        ?? namedInstitution(withNameHolding: ["court", "tribunal"], near: position)
                }
                // "Darsena freezes accounts after a judge orders ...", "The RBI told banks ..., a circular the court struck
                // down": another subject comes first.
                guard mention.type == .location else { return nil }
                position = mention.end
                continue
            }
            // "the court ordered", "a federal judge has barred", "Judge orders ...": a court described.
            if Self.courtWords.contains(tokens[position]), isDescribedSubject(at: position, sentenceStart: sentence.first),
               rulesAfter(position + 1, cue: cue) {
                return description(at: position, end: cue + 1)
            }
            position += 1
        }
        return nil
    }

    /// Whether an authority's name holds "court" or "tribunal".
    private func isCourt(_ mention: EntityMention) -> Bool {
        (context.nameByKey[mention.key] ?? "").lowercased().split(separator: " ").contains { $0 == "court" || $0 == "tribunal" }
    }

    /// "Judge Ana Roe", "Justice Ana Roe", "District Judge Ana Roe": a person given a judge's title.
    private func isJudge(_ mention: EntityMention) -> Bool {
        let tokens = document.tokens
        return Self.judgeTitles.contains(tokens[mention.first]) || mention.first > 0 && Self.judgeTitles.contains(tokens[mention.first - 1])
    }

    /// Whether a verb of ruling comes within eight words after `start`, at the cue at the latest, as an active verb ("has
    /// ordered", "in Abuja on Friday froze"; not "was ordered", nor past a relative pronoun or "by").
    private func rulesAfter(_ start: Int, cue: Int) -> Bool {
        let tokens = document.tokens
        for index in start..<min(cue + 1, start + 8, tokens.count) {
            if Self.clauseBreakWords.contains(tokens[index]) { return false }
            if Self.rulingVerbs.contains(tokens[index]) {
                return !(index > 0 && PolicyCues.passiveAuxiliaries.contains(tokens[index - 1]))
            }
        }
        return false
    }

    /// "The court ordered", "a federal judge has barred", "Judge orders ..." at the start of a headline: a description at
    /// `index` that opens the sentence, or that an article introduces (one word may stand between), and that no preposition
    /// or subordinating word comes before ("in the court", "until the court lifts", "all court orders" are no subjects).
    private func isDescribedSubject(at index: Int, sentenceStart: Int) -> Bool {
        let tokens = document.tokens
        if index == sentenceStart { return true }
        guard !tokens[index].isCapitalized,
              let article = [index - 1, index - 2].first(where: { $0 >= sentenceStart && Self.articles.contains(tokens[$0]) }) else { return false }
        return article == sentenceStart || !Self.prepositions.contains(tokens[article - 1].lower) && !Self.subordinators.contains(tokens[article - 1])
    }

    /// Articles that introduce a description.
    static let articles: WordSet = ["the", "a", "an"]
    /// Words that open a subordinate clause, whose subject does not act in the main one.
    static let subordinators: WordSet = ["until", "unless", "after", "before", "if", "when", "once", "while", "because", "since"]

    /// Lower-case descriptions of a court or its judge.
    static let courtWords: WordSet = ["court", "tribunal", "judge", "judges"]
    /// Titles that make a person a judge.
    static let judgeTitles: WordSet = ["judge", "justice", "magistrate"]
    /// Words that end the search for a court's verb: a relative pronoun or an agent's "by".
    static let clauseBreakWords: WordSet = ["which", "who", "that", "by"]
    /// Past and present forms of the verbs a court rules with.
    static let rulingVerbs: WordSet = [
        "ordered", "orders", "granted", "grants", "sentenced", "froze", "freezes", "frozen", "barred", "bars", "upheld", "upholds",
        "confirmed", "confirms", "dismissed", "dismisses", "rejected", "rejects", "gave", "gives", "fined", "imposed", "imposes",
        "jailed", "jails", "struck", "strikes", "annulled", "annuls", "quashed", "quashes", "ruled", "blocked", "blocks",
        "halted", "halts", "suspended", "suspends", "restored", "restores", "lifted", "lifts", "declared", "declares",
        "directed", "directs", "affirmed", "affirms", "stayed", "vacated", "vacates", "enjoined", "enjoins", "convicted",
        "told", "banned", "prohibited", "required",
    ]

    /// "Kolvar Business Bulletin | Energy" over "... were seen by the Kolvar Business Bulletin": the outlet that prints the
    /// article reports the measures, it issues none of them.
    private func isThePublication(_ mention: EntityMention) -> Bool {
        guard let publication = entities.publication, mention.type == .organization else { return false }
        return entities.mentions.slice(in: publication, position: \.first).contains { $0.key == mention.key }
    }

    /// An actor found after the preposition at `position`, marked as named after the cue when it stands there as the one
    /// who licenses or supervises: "licensed by", "supervised by", "a licence from" ("blocked by the ministry" names a doer).
    private func agent(_ actor: ResolvedActor, after cue: Int, at position: Int) -> ResolvedActor {
        var actor = actor
        let before = document.tokens[position - 1].lower
        actor.isAgentAfterTheCue = position > cue && (Self.statusParticiples.contains(before) || Self.heldLicenceNouns.contains(before))
        return actor
    }

    /// "under a decree the government issued", "under rules that the central bank adopted in May", "under guidelines
    /// published by the regulator": the one who made the document the measure rests on. Nil unless a verb of issuing
    /// follows the named or described maker, or precedes it as a participle with "by".
    private func issuerOfGoverningDocument(after under: Int, end: Int) -> ResolvedActor? {
        let tokens = document.tokens
        var index = under + 1
        var steps = 0
        while index < end, steps < 4, !Self.documentNouns.contains(tokens[index]) && !PolicyCues.lawNouns.contains(tokens[index]) {
            index += 1
            steps += 1
        }
        guard index < end, steps < 4 else { return nil }
        index += 1
        // "under guidelines published by the regulator": the agent of the issuing participle.
        let byAgent = index + 1 < end && Self.issuingVerbs.contains(tokens[index].lower) && tokens[index + 1].lower == "by"
        if byAgent { index += 2 }
        if index < end, ["that", "which"].contains(tokens[index].lower) { index += 1 }
        while index < end, ["the", "its", "their"].contains(tokens[index].lower) { index += 1 }
        guard index < end else { return nil }
        let maker: ResolvedActor?
        let makerEnd: Int
        if let mention = entities.mention(startingAt: index), mention.end < end, isEligible(mention),
           mention.type == .authority || mention.type == .location && mention.code != nil {
            maker = resolved(mention)
            makerEnd = mention.end
        } else {
            maker = description(at: index, end: end)
            makerEnd = index + 1
        }
        guard let maker, maker.key != nil, byAgent || makerEnd < end && Self.issuingVerbs.contains(tokens[makerEnd].lower) else { return nil }
        return maker
    }

    /// "settled with the CFTC", "under a settlement with the state regulator", "reached a deal with the SEC over ...":
    /// the authority a firm settles with is the one that enforces (a settlement with investors names none; an authority
    /// already named before it in the clause acts itself: "the SEC fined the firm over its deal with a bank").
    private func settlingAuthority(with index: Int, from start: Int, end: Int) -> ResolvedActor? {
        let tokens = document.tokens
        guard tokens[max(start, index - 3)..<index].contains(where: { Self.settlementWords.contains($0) }),
              !entities.mentions(in: start..<index).contains(where: { $0.type == .authority }) else { return nil }
        var next = index + 1
        while next < end, ["the", "its", "their"].contains(tokens[next].lower) { next += 1 }
        guard let mention = entities.mention(startingAt: next), mention.end <= end, mention.type == .authority, isEligible(mention) else { return nil }
        return resolved(mention)
    }

    /// "has been registered with the FCA as a cryptoasset business", "had been registered with the regulator since 2021": the
    /// authority a firm's standing registration is with ("must register with the agency" leaves the issuer to the article).
    /// "Exchanges have had to register with the agency since 2018", "have been required to register with the FSA": the
    /// authority a standing obligation to register is with, as well.
    private func registrar(with index: Int, from start: Int, end: Int) -> ResolvedActor? {
        let tokens = document.tokens
        guard index >= start + 2 else { return nil }
        let standing = ["registered", "licensed", "authorised", "authorized"].contains(tokens[index - 1].lower) && tokens[index - 2].lower == "been"
        let obliged = index >= start + 3 && ["register", "enrol", "enroll"].contains(tokens[index - 1].lower) && tokens[index - 2].lower == "to"
            && (tokens[index - 3].lower == "had" || tokens[index - 3].lower == "required" && index >= start + 4 && tokens[index - 4].lower == "been")
        guard standing || obliged else { return nil }
        var next = index + 1
        while next < end, ["the", "its", "their"].contains(tokens[next].lower) { next += 1 }
        guard let mention = entities.mention(startingAt: next), mention.end <= end, mention.type == .authority, isEligible(mention) else { return nil }
        return resolved(mention)
    }

    /// "has held a major payment institution licence from", "which holds an authorisation from": a licence noun held, in the
    /// seven words before `from` (a relative clause after the measure, "fined the firm, which has held a licence from ...",
    /// describes the firm).
    private func namesAHeldLicence(before from: Int, from start: Int) -> Bool {
        let tokens = document.tokens
        let window = max(start, from - 7)..<from
        guard let licence = window.last(where: { Self.heldLicenceNouns.contains(tokens[$0].lower) }),
              licence == from - 1 else { return false }
        return tokens[window.lowerBound..<licence].contains { Self.holdingVerbs.contains($0) }
    }

    /// "The Virtual Asset Act already requires ...", for a sentence whose clause has a statute for its subject: the
    /// article's country, whose law it is, or the place that names the statute ("Texas law has required ...", "Georgia's
    /// Tax Code exempts ..."), unless an authority stands before the cue outside the statute's own name ("the Central
    /// Bank Act"). Nil when the text names no country.
    func statuteCountry(in sentence: Sentence, cueAt cue: Int, clauseStart: Int) -> ResolvedActor? {
        let authorities = entities.mentions(in: clauseStart..<cue).filter { $0.type == .authority && isEligible($0) && !isPartOfAStatuteName($0) }
        guard authorities.isEmpty else { return nil }
        if let owner = entities.mentions(in: clauseStart..<cue).first(where: namesAStatute) { return resolved(owner) }
        guard let country = context.dominantCountry, context.countryKey(country) != nil else { return nil }
        return countryActor(country)
    }

    /// "Texas law", "Georgia's Tax Code", "Nigeria's Investments and Securities Act": a country or a state whose name, or
    /// possessive, a statute noun follows within four words.
    private func namesAStatute(_ place: EntityMention) -> Bool {
        let tokens = document.tokens
        guard place.type == .location, place.code != nil || place.country != nil else { return false }
        let start = place.end < tokens.count && tokens[place.end].isPossessive ? place.end + 1 : place.end
        for index in start..<min(tokens.count, start + 4) {
            guard tokens[index].kind == .word else { return false }
            if ClauseSense.statuteNouns.contains(tokens[index]) { return true }
        }
        return false
    }

    /// "Operating an exchange in Thailand without a licence is punishable by ...", "anyone who manipulates prices faces a
    /// prison term": when the clause states a penalty a law sets for anyone (`ClauseSense.statesAPenaltyOfLaw`), the
    /// country whose law sets it, the first one the sentence names (as a place, a people or the country of an authority it
    /// names: "without a licence from the Central Bank of Egypt"), else the article's.
    func countryOfAPenalty(statedBy clause: Clause?, words: [String], in sentence: Sentence) -> ResolvedActor? {
        guard let clause, ClauseSense.statesAPenaltyOfLaw(clause, in: words) else { return nil }
        let span = sentence.first..<sentence.end
        let named = entities.mentions(in: span).lazy.compactMap { mention -> (Int, String)? in
            if mention.type == .location, let code = mention.code { return (mention.first, code) }
            guard mention.type == .authority, let code = context.jurisdictionByKey[mention.key] ?? context.countryByKey[mention.key] else { return nil }
            return (mention.first, code)
        }.first
        let people = span.lazy.compactMap { index in self.entities.demonym(at: index).map { (index, $0) } }.first
        let first = [named, people].compactMap { $0 }.min { $0.0 < $1.0 }
        guard let code = first?.1 ?? context.dominantCountry, context.countryKey(code) != nil else { return nil }
        return countryActor(code)
    }

    /// "Under the EU's Markets in Crypto-Assets Regulation, firms need a licence", "must report ... under the bloc's
    /// DAC8 directive", "can be punished under Spain's anti-fraud law", "under the Central Bank of X's payment token
    /// rules": the place or authority that owns the law a measure in force rests on, unless an issuer is the clause's
    /// subject before the cue or the agent of the sentence ("authorised by the central bank under the EU's rules").
    func ownerOfGoverningLaw(in sentence: Sentence, cueAt cue: Int, clauseStart: Int) -> ResolvedActor? {
        let tokens = document.tokens
        let issuerActs = entities.mentions(in: clauseStart..<sentence.end).contains { mention in
            guard mention.type == .authority || mention.type == .organization, isEligible(mention) else { return false }
            return mention.first < cue && !isAfterPreposition(mention) || isAgent(mention)
        }
        guard !issuerActs else { return nil }
        // "MiCA has applied since 2024", "EU rules known as DAC8 have required ...": a European law for the clause's subject.
        let union = countryActor("EU")
        let opening = clauseStart < cue && tokens[clauseStart].lower == "the" ? clauseStart + 1 : clauseStart
        if union.key != nil, opening < cue, namesEuropeanLaw(at: opening, end: cue) { return union }
        for under in clauseStart..<sentence.end where tokens[under].lower == "under" {
            var next = under + 1
            while next < sentence.end, ["the", "its", "their"].contains(tokens[next].lower) { next += 1 }
            // "under MiCA", "under the EU regulation", "under the European Union directive known as DAC8" ("a custodian
            // authorised under MiCA" describes the custodian).
            if union.key != nil, next < sentence.end, namesEuropeanLaw(at: next, end: sentence.end),
               under == 0 || !Self.statusParticiples.contains(tokens[under - 1]) { return union }
            let owner: ResolvedActor?
            var lawStart: Int
            if let mention = entities.mention(startingAt: next), mention.type == .location, let code = mention.code,
               mention.end < sentence.end, tokens[mention.end].isPossessive {
                owner = countryActor(code)
                lawStart = mention.end + 1
            } else if let mention = entities.mention(startingAt: next), mention.end < sentence.end, namesAStatute(mention) {
                // "under Illinois law", "under Texas's money transmission law": a state's (or a country's) own statute.
                owner = resolved(mention)
                lawStart = mention.end
            } else if let mention = entities.mention(startingAt: next), mention.type == .authority, isEligible(mention),
                      mention.end < sentence.end, tokens[mention.end].isPossessive {
                // "under the Central Bank of the UAE's payment token rules": the authority whose rules they are.
                owner = resolved(mention)
                lawStart = mention.end + 1
            } else if next + 1 < sentence.end, tokens[next].lower == "bloc", tokens[next + 1].isPossessive {
                owner = countryActor("EU")
                lawStart = next + 2
            } else {
                continue
            }
            // The law's name follows within a few words: "the EU's DAC8 rules", "Spain's 2021 anti-fraud law".
            let name = lawStart..<min(sentence.end, lawStart + 7)
            guard let owner, owner.key != nil, let end = name.first(where: { tokens[$0].kind == .punctuation && tokens[$0].text != "-" }) ?? Optional(name.upperBound),
                  (lawStart..<end).contains(where: { PolicyCues.lawNouns.contains(tokens[$0]) || ClauseSense.statuteNouns.contains(tokens[$0]) })
            else { continue }
            return owner
        }
        return nil
    }

    /// "MiCA", "DAC8", "EU rules", "the European Union directive", "the bloc's rules": a law of the European Union named by
    /// its short name, or by the Union (a name, an adjective or "the bloc") before a law noun.
    private func namesEuropeanLaw(at index: Int, end: Int) -> Bool {
        let tokens = document.tokens
        if tokens[index].isCapitalized, Self.europeanLawNames.contains(tokens[index]) { return true }
        var after: Int
        // ("EU rules": the abbreviation that qualifies a noun names no place of its own.)
        if entities.demonym(at: index) == "EU" || tokens[index].text == "EU" {
            after = index + 1
        } else if let mention = entities.mention(startingAt: index), mention.code == "EU" {
            after = mention.end
        } else if tokens[index].lower == "bloc" {
            after = index + 1
        } else {
            return false
        }
        if after < end, tokens[after].isPossessive { after += 1 }
        // "the EU's anti-money-laundering rules", "EU rules": the law noun within three words.
        return (after..<min(end, after + 3)).contains { PolicyCues.lawNouns.contains(tokens[$0]) || ClauseSense.ruleNouns.contains(tokens[$0].lower) }
    }

    /// The short names of the European Union's crypto laws, which news gives without their owner.
    static let europeanLawNames: WordSet = ["mica", "micar", "dac8", "amlr", "tfr"]

    /// "authorised by the central bank", "fined by the SEC": the agent of a passive.
    private func isAgent(_ mention: EntityMention) -> Bool {
        agentBy(mention) != nil
    }

    /// The index of the "by" that introduces a mention as an agent ("by the SEC", "by its regulator"), if one does.
    private func agentBy(_ mention: EntityMention) -> Int? {
        let tokens = document.tokens
        var index = mention.first - 1
        while index > 0, ["the", "its", "their"].contains(tokens[index].lower) { index -= 1 }
        return index >= 0 && tokens[index].lower == "by" ? index : nil
    }

    /// The institution a non-restrictive relative clause holding the cue describes: "FinCEN, which has required",
    /// "the Financial Crimes Enforcement Network (FinCEN), which requires" (the pronoun at most five words before the cue).
    private func relativeAntecedent(before cue: Int, from start: Int) -> ResolvedActor? {
        let tokens = document.tokens
        let lower = max(start + 2, cue - 5)
        guard lower < cue, let pronoun = (lower..<cue).last(where: { ["which", "who"].contains(tokens[$0].lower) }),
              tokens[pronoun - 1].text == "," else { return nil }
        var end = pronoun - 1
        // "(FinCEN)": the full name before an acronym in brackets.
        if end - 1 > start, tokens[end - 1].text == ")", let open = (max(start, end - 5)..<(end - 1)).last(where: { tokens[$0].text == "(" }) { end = open }
        guard end > start else { return nil }
        guard let antecedent = entities.mentions(in: max(start, end - 14)..<end).last(where: { $0.end == end }), isEligible(antecedent),
              antecedent.type == .authority || antecedent.type == .organization || antecedent.code != nil else { return nil }
        return resolved(antecedent)
    }

    /// "the Central Bank Act": a name followed by a statute noun names the statute.
    private func isPartOfAStatuteName(_ mention: EntityMention) -> Bool {
        mention.end < document.tokens.count && ClauseSense.statuteNouns.contains(document.tokens[mention.end].lower)
    }

    /// The institution credited at the end of the sentence: ", the ministry said", ", said the CMA",
    /// ", Energy Minister Ana Roe told reporters" (a minister or president speaks for the country).
    private func trailingSpeaker(in sentence: Sentence, after cue: Int) -> ResolvedActor? {
        let tokens = document.tokens
        guard cue + 1 < sentence.end,
              let verb = (cue + 1..<sentence.end).last(where: { QuotationReader.speechWords.contains(tokens[$0]) || tokens[$0].lower == "announced" })
        else { return nil }
        // ", the ministry said": the words between the last comma (or closing quote) and the verb.
        var opening = verb - 1
        while opening > cue, verb - opening <= 10, ![",", "\u{201D}", "\""].contains(tokens[opening].text) { opening -= 1 }
        // (", the minister told senators": who is told is the audience, not the speaker.)
        let tells = ["told", "tells", "tell"].contains(tokens[verb].lower)
        let spans = [(opening + 1)..<verb, tells ? verb..<verb : (verb + 1)..<sentence.end].filter { !$0.isEmpty && $0.lowerBound > cue }
        for span in spans {
            var start = span.lowerBound
            while start < span.upperBound, ["the", "its", "a", "an"].contains(tokens[start].lower) { start += 1 }
            let named = entities.mentions(in: start..<span.upperBound).filter(isEligible)
            if let institution = named.first(where: { $0.type == .authority || $0.type == .organization }) {
                return resolved(institution)
            }
            if let person = named.first(where: { $0.type == .person }) {
                let titles = tokens[span].map(\.lower)
                if titles.contains(where: { Self.headOfGovernmentTitles.contains($0) }), let country = context.dominantCountry {
                    return countryActor(country)
                }
                // "..., Molar said": an official introduced earlier as "the governor of the Central Bank of X, Ana Molar".
                return institution(of: person, before: span.lowerBound)
            }
            if start < span.upperBound, let described = description(at: start, end: span.upperBound) { return described }
        }
        return nil
    }

    /// The country a person heads, when the text gives them a head of state's or government's title next to one of
    /// their mentions near `person` ("President Ana Roe", "Kenyan President Ana Roe", "Prime Minister Ana Roe"): the
    /// country the title names, else the article's. Nil for a company's or a body's president ("Zentora President Ana
    /// Roe", "Vice President Ana Roe").
    private func countryHeaded(by person: EntityMention) -> String? {
        let tokens = document.tokens
        let window = entities.mentions.slice(in: max(0, person.first - 4000)..<(person.first + 4000), position: \.first)
        for mention in window where mention.key == person.key {
            guard let title = headOfStateTitle(endingBefore: mention.first) else { continue }
            if title > 0, let code = entities.demonym(at: title - 1) ?? countryNamed(endingAt: title - 1) { return code }
            if title > 0, let owner = entities.mentions(in: max(0, title - 8)..<title).last, owner.end == title
                || owner.end + 1 == title && tokens[owner.end].isPossessive {
                return nil
            }
            return context.dominantCountry
        }
        return nil
    }

    /// The first token of a head of state's or government's title that ends just before `index` ("President",
    /// "Prime Minister", "Premier", "Chancellor"), not a vice president's.
    private func headOfStateTitle(endingBefore index: Int) -> Int? {
        let tokens = document.tokens
        guard index > 0 else { return nil }
        let last = tokens[index - 1].lower
        if last == "minister", index > 1, tokens[index - 2].lower == "prime" { return index - 2 }
        guard Self.headOfStateTitles.contains(last) else { return nil }
        if index > 1, ["vice", "deputy", "-"].contains(tokens[index - 2].lower) { return nil }
        return index - 1
    }

    /// The country whose name, or possessive, ends at `index` ("Brazil's", "Kenya").
    private func countryNamed(endingAt index: Int) -> String? {
        let tokens = document.tokens
        let end = tokens[index].isPossessive ? index : index + 1
        guard let mention = entities.mentions(in: max(0, end - 6)..<end).last, mention.end == end, mention.type == .location else { return nil }
        return mention.code
    }

    /// The authority an official was introduced with ("the governor of the Central Bank of X, Ana Molar",
    /// "Finance Minister Ana Molar of X"): the authority named beside the person's earlier mentions, among
    /// the 300 mentions before `index`.
    private func institution(of person: EntityMention, before index: Int) -> ResolvedActor? {
        let window = entities.mentions.slice(in: max(0, index - 4000)..<index, position: \.first).suffix(300)
        let tokens = document.tokens
        for earlier in window where earlier.key == person.key {
            let nearby = window.filter { $0.type == .authority && abs($0.first - earlier.first) <= 10 && isEligibleAffiliation($0) }
            let titled = tokens[max(0, earlier.first - 10)..<min(tokens.count, earlier.end + 10)].contains { QuotationReader.publicOffices.contains($0) || Self.officialTitles.contains($0) }
            if titled, let closest = nearby.min(by: { abs($0.first - earlier.first) < abs($1.first - earlier.first) }) {
                return resolved(closest)
            }
        }
        return nil
    }

    private func isEligibleAffiliation(_ mention: EntityMention) -> Bool {
        mention.type == .authority && isEligible(mention)
    }

    /// The last institution named before `index` whose name holds `noun` ("the ministry" → "Ministry of
    /// Energy"; "the regulator" → the last authority), looked for among the previous 200 mentions.
    private func recentInstitution(called noun: String, before index: Int) -> ResolvedActor? {
        let window = entities.mentions.slice(in: max(0, index - 4000)..<index, position: \.first).suffix(200)
        let anyAuthority = ["regulator", "watchdog", "supervisor"].contains(noun)
        let forms = Self.institutionNounForms[noun] ?? [noun]
        for mention in window.reversed() where mention.type == .authority {
            let words = (context.nameByKey[mention.key] ?? "").lowercased().split(separator: " ").map(String.init)
            // "the regulator" is no legislature, court or police force.
            if anyAuthority, words.allSatisfy({ !Self.nonRegulatorWords.contains($0) }) { return resolved(mention) }
            let name = (context.nameByKey[mention.key] ?? "").lowercased()
            if name.split(whereSeparator: { $0 == " " || $0 == "-" }).contains(where: { forms.contains(String($0)) }) { return resolved(mention) }
        }
        return nil
    }

    /// The last court named before `index` among the previous 200 mentions; after a modifier ("district", "appeals",
    /// "high"), the last whose name holds it ("appeals" matches "Court of Appeals").
    private func recentCourt(modifiedBy modifier: String, before index: Int) -> ResolvedActor? {
        let window = entities.mentions.slice(in: max(0, index - 4000)..<index, position: \.first).suffix(200)
        let stem = modifier.hasSuffix("s") ? String(modifier.dropLast()) : modifier
        let courts = window.reversed().filter { mention in
            mention.type == .authority && isCourt(mention)
        }
        guard !["the", "a", "its", "this", "that"].contains(modifier) else { return courts.first.map(resolved) }
        return courts.first { mention in
            (context.nameByKey[mention.key] ?? "").lowercased().split(separator: " ").contains { $0.hasPrefix(stem) }
        }.map(resolved)
    }

    /// The first authority named within 4,000 tokens either side of `index` (among 300 mentions) whose name holds
    /// one of `forms` ("prosecutors" → "Department of Justice").
    private func namedInstitution(withNameHolding forms: Set<String>, near index: Int) -> ResolvedActor? {
        let window = entities.mentions.slice(in: max(0, index - 4000)..<(index + 4000), position: \.first).prefix(300)
        return window.first { mention in
            mention.type == .authority && (context.nameByKey[mention.key] ?? "").lowercased()
                .split(whereSeparator: { $0 == " " || $0 == "-" }).contains { word in forms.contains { word.hasPrefix($0) } }
        }.map(resolved)
    }

    /// "several senators", "half of the Latvian MPs", "opposition deputies", "lawmakers from the ruling party": a description
    /// at `index` (a demonym and its noun, or the noun) that a quantifier or "of" comes just before, or "from", "who" just after.
    private func isCounted(_ index: Int) -> Bool {
        let tokens = document.tokens
        var before = index - 1
        if before > 0, entities.demonym(at: before) != nil { before -= 1 }
        var after = index + 1
        if after < tokens.count, !Self.legislatorWords.contains(tokens[index]) { after += 1 }
        return before >= 0 && Self.quantifiers.contains(tokens[before])
            || after < tokens.count && Self.pickingWords.contains(tokens[after])
    }

    /// Words after a group that pick out some of its members ("lawmakers from the ruling party", "MPs who signed the letter").
    static let pickingWords: WordSet = ["from", "who"]

    /// Words that pick out some members of a group ("some", "most of", "opposition").
    static let quantifiers: WordSet = [
        "some", "many", "several", "most", "few", "other", "of", "individual", "opposition", "dozens", "hundreds", "certain", "rebel", "fellow",
    ]

    /// The first legislature named within 4,000 tokens either side of `index` (among 300 mentions).
    private func namedLegislature(near index: Int) -> ResolvedActor? {
        let window = entities.mentions.slice(in: max(0, index - 4000)..<(index + 4000), position: \.first).prefix(300)
        return window.lazy.filter { $0.type == .authority }.map(resolved).first(where: PolicyReader.isLegislature)
    }

    /// Descriptions of a legislature by its members or in lower case ("lawmakers", "MPs", "the parliament").
    static let legislatorWords: WordSet = [
        "lawmakers", "legislators", "mps", "deputies", "senators", "parliamentarians", "congressmen", "congresswomen", "parliament", "legislature",
    ]

    /// Descriptions of enforcers and the words of their institutions' names.
    static let enforcerForms: [String: Set<String>] = [
        "prosecutors": ["justice", "prosecut", "attorney"], "prosecutor": ["justice", "prosecut", "attorney"],
        "police": ["police"],
        // "A federal judge vacated the rule": the court the article names.
        "judge": ["court", "tribunal"], "judges": ["court", "tribunal"],
    ]

    /// "Tembusu may serve only accredited investors, MAS said", "Lion Rock may not offer staking until the SFC approves", "Pearl
    /// Ledger and Tylos Custody can start serving clients on February 1": a firm that may, may not or can do something is
    /// the addressee of a permission or a limit, not its issuer.
    private func isSubjectOfAPermission(_ mention: EntityMention, cue: Int) -> Bool {
        let tokens = document.tokens
        var next = mention.end
        // ("Pearl Ledger and Tylos Custody can ...": the firms named together.)
        while next < cue, let other = entities.mention(startingAt: next + 1), ["and", ","].contains(tokens[next].lower), other.type == mention.type {
            next = other.end
        }
        while next < cue, ["also", "now", "still", "only", "then", "therefore"].contains(tokens[next].lower) { next += 1 }
        return next < cue && Self.permissionModals.contains(tokens[next])
    }

    /// "Tiller Pay has agreed to stop opening accounts under a consent order with the regulator": a firm that undertakes a
    /// measure, as in a settlement or a consent order, is bound by it; the authority the sentence names or describes after
    /// it issues it.
    private func isUndertaking(before cue: Int, from start: Int) -> Bool {
        let tokens = document.tokens
        return (max(start, cue - 3)..<cue).contains { index in
            Self.undertakingVerbs.contains(tokens[index]) && index + 1 < tokens.count && tokens[index + 1].lower == "to"
        }
    }

    /// "... under a consent order with the Office of Financial Regulation", "... with state regulator": an authority named
    /// or described after the cue.
    private func namesAuthority(after cue: Int, in sentence: Sentence, _ mentions: [EntityMention]) -> Bool {
        mentions.contains { $0.type == .authority && $0.first > cue }
            || document.tokens[(cue + 1)..<sentence.end].contains { Self.regulatorNouns.contains($0) && $0.lower != "bank" }
    }

    static let undertakingVerbs: WordSet = ["agreed", "agrees", "agree", "undertook", "undertakes", "undertaken", "consented", "consents"]

    /// A cue that binds its subject: "must", "have until", "has to", "will be required to", "will pay 1%".
    private func isDeontic(_ cue: Int) -> Bool {
        let tokens = document.tokens
        let word = tokens[cue].lower
        let previous = cue > 0 ? tokens[cue - 1].lower : ""
        let next = cue + 1 < tokens.count ? tokens[cue + 1].lower : ""
        switch word {
        case "must", "obliged", "obligated": return true
        case "until": return ["have", "has", "had"].contains(previous)
        case "have", "has", "had": return next == "to"
        case "required": return ["be", "is", "are", "was", "were", "been"].contains(previous)
        case "pay", "pays": return ["will", "must", "shall", "would"].contains(previous)
        default: return false
        }
    }

    /// The entity or description after "according to", when it is an institution.
    private func attributedSource(in sentence: Sentence) -> ResolvedActor? {
        let tokens = document.tokens
        guard let according = (sentence.first..<max(sentence.first, sentence.end - 2)).first(where: { tokens[$0].lower == "according" && tokens[$0 + 1].lower == "to" }) else {
            return nil
        }
        var next = according + 2
        while next < sentence.end, ["the", "its", "a", "an"].contains(tokens[next].lower) { next += 1 }
        if let mention = entities.mention(startingAt: next), mention.end <= sentence.end, isEligible(mention),
           mention.type == .authority || mention.type == .organization {
            return resolved(mention)
        }
        guard next < sentence.end, let described = description(at: next, end: sentence.end), described.key != nil, described.type == .authority else {
            // "according to the central bank's rules": the country's authority the article names.
            if next + 1 < sentence.end, ["central", "regulator", "regulator's", "ministry"].contains(tokens[next].lower) || tokens[next].lower == "bank" {
                return context.authority(of: context.dominantCountry ?? "") ?? context.leadingAuthority()
            }
            return nil
        }
        return described
    }

    /// "platforms licensed by the securities board": the board describes the platforms.
    private func isAgentOfParticiple(_ mention: EntityMention) -> Bool {
        guard let by = agentBy(mention), by > 0 else { return false }
        return Self.statusParticiples.contains(document.tokens[by - 1].lower)
    }

    private func isRecipientOfReport(_ mention: EntityMention) -> Bool {
        let tokens = document.tokens
        var index = mention.first - 1
        while index > 0, ["the", "its", "their"].contains(tokens[index].lower) { index -= 1 }
        return index >= 0 && tokens[index].lower == "to"
    }

    /// The country's authority that a description after `index` names: "Panama's securities regulator" is the one whose
    /// name holds "securities", "Guatemala's bank regulator" the one whose name holds "banks"; a description that names no
    /// field ("the Kenyan regulator", "three financial regulators") is the country's authority the article names most.
    private func countryAuthority(_ code: String, describedAfter index: Int) -> ResolvedActor? {
        let tokens = document.tokens
        var cursor = index
        if cursor < tokens.count, tokens[cursor].isPossessive { cursor += 1 }
        let described = tokens[cursor..<min(tokens.count, cursor + 3)].prefix { token in
            token.kind == .word && !Self.regulatorNouns.contains(token) && token.lower != "watchdogs"
        }
        let field = Set(described.map { ArticleContext.singular($0.lower) }.filter { !Self.fieldlessWords.contains($0) })
        return context.authority(of: code, holding: field) ?? context.authority(of: code)
    }

    /// Words of a description of a regulator that name no field of its own ("financial", "national", "three").
    static let fieldlessWords: WordSet = [
        "financial", "finance", "national", "federal", "state", "top", "main", "chief", "new", "own", "the", "two", "three", "four",
        "five", "several", "some", "other",
    ]

    /// "Brazil’s securities regulator", "the Kenyan central bank": a regulator of the country.
    private func regulatorFollows(_ index: Int) -> Bool {
        let tokens = document.tokens
        var cursor = index
        if cursor < tokens.count, tokens[cursor].isPossessive { cursor += 1 }
        let window = tokens[cursor..<min(tokens.count, cursor + 3)].map(\.lower)
        return window.contains { Self.regulatorNouns.contains($0) }
    }

    /// "Chinese officials", "the government", "authorities", "the country", "the company".
    private func description(at index: Int, end: Int) -> ResolvedActor? {
        let tokens = document.tokens
        var cursor = index
        var country: String?
        if cursor < end, let code = entities.demonym(at: cursor), code.count == 2 {
            country = code
            cursor += 1
        }
        guard cursor < end else { return nil }
        let word = tokens[cursor].lower
        if let country, regulatorFollows(cursor - 1 + 1) || ["central", "financial", "securities"].contains(word),
           let authority = countryAuthority(country, describedAfter: cursor) {
            return authority
        }
        // "U.S. prosecutors", "the police": the prosecuting or police authority the article names nearby.
        if let forms = Self.enforcerForms[word], let named = namedInstitution(withNameHolding: forms, near: cursor) { return named }
        // "Latvian MPs back ...", "lawmakers approved", "the parliament voted for": the legislature the article names.
        // ("Several senators would rather ...", "half of the MPs": members picked out speak for themselves.)
        if Self.legislatorWords.contains(word), !isCounted(index),
           let legislature = namedLegislature(near: cursor) { return legislature }
        if let country, Self.governmentWords.contains(word) || Self.officialWords.contains(word) || Self.referringWords.contains(word)
            || word == "central" || word == "financial" {
            return countryActor(country)
        }
        if Self.governmentWords.contains(word) || Self.officialWords.contains(word) {
            if Self.governmentWords.contains(word), let dominant = context.dominantCountry { return countryActor(dominant) }
            if Self.officialWords.contains(word) && country == nil {
                // "officials at the central bank": the institution they work for.
                var next = cursor + 1
                if next < end, ["at", "of", "from"].contains(tokens[next].lower) {
                    next += 1
                    while next < end, ["the", "its"].contains(tokens[next].lower) { next += 1 }
                    if let mention = entities.mention(startingAt: next), mention.type == .authority || mention.type == .organization, isEligible(mention) {
                        return resolved(mention)
                    }
                }
                return ResolvedActor(isExplicitlyUnnamed: true)
            }
        }
        // "The president signed the law", "Kenya's prime minister announced": the head of state or government acts
        // for the country ("the president of the exchange", "the bank's president" are someone else's).
        let titleLength = word == "prime" && cursor + 1 < end && tokens[cursor + 1].lower == "minister" ? 2 : Self.headOfStateTitles.contains(word) ? 1 : 0
        if titleLength > 0, cursor > 0, headOfStateTitle(endingBefore: cursor + titleLength) == cursor {
            let owner = country ?? countryNamed(endingAt: cursor - 1)
            let introduced = owner != nil || ["the", "its"].contains(tokens[cursor - 1].lower)
            let after = cursor + titleLength
            let ofAnother = after < end && ["of", "at"].contains(tokens[after].lower)
            if introduced, !ofAnother, let code = owner ?? context.dominantCountry { return countryActor(code) }
        }
        // "the district court", "the appeals court": the court the text named last whose name holds the modifier.
        if ["court", "tribunal"].contains(word), cursor > 0, let court = recentCourt(modifiedBy: tokens[cursor - 1].lower, before: cursor) {
            return court
        }
        // "A Seoul court has ordered ...", before the text gives the court's name: the court the article names.
        if ["court", "tribunal"].contains(word), let court = namedInstitution(withNameHolding: ["court", "tribunal"], near: cursor) {
            return court
        }
        if word == "country" || word == "nation", cursor > 0, tokens[cursor - 1].lower == "the", let dominant = context.dominantCountry {
            return countryActor(dominant)
        }
        // "the central bank said": the bank the text named last.
        if word == "central", country == nil, cursor + 1 < end, tokens[cursor + 1].lower == "bank", cursor > 0,
           ["the", "its"].contains(tokens[cursor - 1].lower), let recent = recentInstitution(called: "bank", before: cursor) {
            return recent
        }
        if Self.referringWords.contains(word), cursor > 0, ["the", "its", "this"].contains(tokens[cursor - 1].lower) {
            // "the ministry", "the central bank": the institution of that kind the text named last.
            if Self.institutionNounForms[word] != nil || ["regulator", "watchdog", "supervisor"].contains(word) || Self.bodyNouns.contains(word),
               let recent = recentInstitution(called: word, before: cursor) {
                return recent
            }
            return ResolvedActor(prefersPrevious: true)
        }
        return nil
    }

    private func countryActor(_ code: String) -> ResolvedActor {
        guard let key = context.countryKey(code) else { return ResolvedActor() }
        return ResolvedActor(key: key, name: context.nameByKey[key], type: .location, isCountry: true)
    }

    private func resolved(_ mention: EntityMention) -> ResolvedActor {
        // "SEC staff says ...": the staff are the authority's unit the article names.
        if mention.type == .authority, mention.end < document.tokens.count, ["staff", "staffers"].contains(document.tokens[mention.end].lower),
           let unit = unit(of: mention) {
            return unit
        }
        if mention.type == .authority { return context.actor(forAuthority: mention.key) }
        return ResolvedActor(key: mention.key, name: context.nameByKey[mention.key], type: mention.type, isCountry: mention.code != nil)
    }

    /// "the SEC's Division of Trading and Markets", else "a letter from the Division of Corporation Finance": a unit the article
    /// names as the authority's own, else the first one it names ("Division of ...", "Office of ..."), among the 300 mentions
    /// from 4,000 tokens before the authority's.
    private func unit(of authority: EntityMention) -> ResolvedActor? {
        let tokens = document.tokens
        let window = entities.mentions.slice(in: max(0, authority.first - 4000)..<(authority.first + 4000), position: \.first).prefix(300)
        for owner in window where owner.key == authority.key && owner.end + 1 < tokens.count && tokens[owner.end].isPossessive {
            if let unit = entities.mention(startingAt: owner.end + 1), unit.type == .authority, unit.key != authority.key {
                return context.actor(forAuthority: unit.key)
            }
        }
        let unit = window.first { mention in
            mention.type == .authority && mention.key != authority.key
                && Self.unitNouns.contains(tokens[mention.first]) && mention.end < tokens.count && tokens[mention.first + 1].lower == "of"
        }
        return unit.map { context.actor(forAuthority: $0.key) }
    }

    /// Head nouns of the units inside an authority ("Division of Enforcement", "Office of the Chief Accountant").
    static let unitNouns: WordSet = ["division", "office", "directorate", "bureau"]

    private func isEligible(_ mention: EntityMention) -> Bool {
        let tokens = document.tokens
        if mention.type == .asset { return false }
        if isThePublication(mention) { return false }
        // "the Lagos-based exchange", "a Delaware-registered firm": a place that qualifies a noun.
        if mention.end + 1 < tokens.count, tokens[mention.end].text == "-", Self.placeQualifiers.contains(tokens[mention.end + 1]) { return false }
        if mention.type == .location && mention.code == nil && mention.country == nil { return false }
        if mention.first > 0, tokens[mention.first - 1].text == "(", mention.end < tokens.count, tokens[mention.end].text == ")" { return false }
        if mention.first > 0, ["a", "an"].contains(tokens[mention.first - 1].lower) { return false }
        if mention.end < tokens.count, ["report", "reports", "reported", "data", "survey", "article", "analysts"].contains(tokens[mention.end].lower) { return false }
        // "the Kenya market": a country that qualifies a noun is no actor.
        if mention.type == .location, mention.end < tokens.count, EntityRecognizer.qualifiedNouns.contains(tokens[mention.end]) { return false }
        // The owner in "China’s National Development and Reform Commission" is not the actor.
        if mention.end + 1 < tokens.count, tokens[mention.end].isPossessive,
           let owned = entities.mention(startingAt: mention.end + 1), owned.type != .asset { return false }
        return true
    }

    /// "Trusto wins a licence", "Trusto was granted approval": the subject receives the measure.
    private func isRecipient(_ mention: EntityMention, cue: Int) -> Bool {
        let tokens = document.tokens
        // "Paxos, Fidelity and Circle secure trust bank approvals": every name before a verb of receiving receives.
        if mention.end <= cue, LicensingCues.receiptVerbs.contains(tokens[cue]) { return true }
        var index = mention.end
        while index < min(cue + 1, mention.end + 4), index < tokens.count {
            let word = tokens[index].lower
            if Self.recipientVerbs.contains(word) {
                let passiveOnly = ["granted", "awarded", "given"].contains(word)
                if !passiveOnly || index > 0 && ["was", "were", "been", "is", "be", "being"].contains(tokens[index - 1].lower) { return true }
            }
            index += 1
        }
        return false
    }

    /// "the regulator ordered Binance to shut its website", "the court fined Lumen Labs": a name right after a
    /// finite verb is its object, not its subject (an attribution's "said Binance" credits a speaker).
    /// ("Exchanges including Binance and Huobi": a form in -ing introduces no object of a finite verb.)
    private func isObjectOfVerb(_ mention: EntityMention, sentenceStart: Int) -> Bool {
        let tokens = document.tokens
        var index = mention.first - 1
        while index > sentenceStart, ["the", "its", "their", "a", "an"].contains(tokens[index].lower) { index -= 1 }
        guard index >= sentenceStart, index < mention.first, tokens[index].kind == .word else { return false }
        let word = tokens[index].lower
        // "ordered Kraken and Bybit to ...": a conjunct shares the first one's verb.
        if ["and", "or"].contains(word), let conjunct = entities.mentions(in: max(sentenceStart, index - 12)..<index).last(where: { $0.end == index }) {
            return isObjectOfVerb(conjunct, sentenceStart: sentenceStart)
        }
        // "told Kraken to stop" orders; "said Kraken" credits.
        let credits = (ClauseReader.speechVerbs.contains(word) || QuotationReader.speechWords.contains(word) || word == "announced")
            && !["told", "tells", "tell"].contains(word)
        guard !tokens[index].isCapitalized, !word.hasSuffix("ing"), ClauseReader.isVerbForm(word), !ClauseReader.isAuxiliary(word), !credits else { return false }
        // "new rules Binance must follow": a plural noun that looks like a verb ("rules", "fines") is no verb.
        return !ClauseReader.ambiguousNouns.contains(word)
    }

    /// Whether a mention stands in a prepositional phrase ("in China"), which is no subject,
    /// except as the owner of a measure ("the latest rules of the exchange").
    private func isAfterPreposition(_ mention: EntityMention) -> Bool {
        let tokens = document.tokens
        guard mention.first > 0 else { return false }
        var index = mention.first - 1
        if ["the", "its", "their"].contains(tokens[index].lower), index > 0 { index -= 1 }
        if tokens[index].lower == "of", index > 0, Self.measureNouns.contains(tokens[index - 1].lower) { return false }
        // "on the KOSPI and KOSDAQ markets", "in Chile or Peru": a conjunct shares the first one's preposition.
        if ["and", "or"].contains(tokens[index].lower), let conjunct = entities.mentions(in: max(0, index - 12)..<index).last(where: { $0.end == index }) {
            return isAfterPreposition(conjunct)
        }
        return Self.prepositions.contains(tokens[index].lower)
    }

    static let prepositions: Set<String> = [
        "in", "of", "on", "for", "with", "to", "after", "following", "from", "across", "against", "about", "than",
        "into", "at", "via", "through", "over", "under", "as", "toward", "towards", "within", "outside", "per", "like",
    ]
    static let nonRegulatorWords: WordSet = [
        "senate", "parliament", "congress", "assembly", "house", "court", "tribunal", "police", "duma", "diet", "majlis", "bundestag",
    ]
    static let officialTitles: WordSet = ["governor", "chair", "chairman", "chairwoman", "president", "director", "head", "spokesperson", "spokesman", "spokeswoman", "commissioner", "deputy"]
    static let headOfGovernmentTitles: WordSet = ["president", "prime", "premier", "minister", "chancellor"]
    /// The titles of a head of state or government that stand alone ("prime minister" is read as a pair).
    static let headOfStateTitles: WordSet = ["president", "premier", "chancellor"]
    static let institutionNounForms: [String: Set<String>] = [
        "ministry": ["ministry", "ministerio", "ministère", "ministério"],
        "bank": ["bank", "banco", "banque", "bangko", "bundesbank"],
        "commission": ["commission", "comisión", "comissão", "commissione"],
        "authority": ["authority", "autorité", "autoridad", "autoridade"],
        "agency": ["agency", "agencia", "agence"],
    ]
    static let statusParticiples: WordSet = [
        "authorized", "authorised", "licensed", "regulated", "registered", "approved", "supervised", "issued", "accepted",
        "recognized", "recognised", "granted", "backed", "operated", "run", "owned",
    ]
    /// Participles of a reporter reading a document ("a letter seen by the paper", "a draft reviewed by the agency's reporters").
    static let readingParticiples: WordSet = ["seen", "reviewed", "viewed", "obtained"]
    /// Modals of what one may or can do.
    static let permissionModals: WordSet = ["may", "can", "cannot", "could"]
    /// Verbs of holding a licence.
    static let holdingVerbs: WordSet = ["held", "holds", "hold", "holding"]
    /// What a firm holds from its grantor: a licence, a registration, a charter.
    static let heldLicenceNouns = WordSet(PolicyCues.licenceNouns.union(["charter", "permission", "licences", "licenses"]))
    static let documentNouns: WordSet = [
        "order", "circular", "notice", "directive", "letter", "decision", "ruling", "guidance", "instruction", "statement",
        "announcement", "decree", "rules", "guidelines", "warning", "notification", "request", "instructions",
        "orders", "circulars", "notices", "directives", "letters", "decisions", "rulings", "warnings", "notifications",
    ]
    /// Past forms of the verbs that make a document ("a decree the government issued").
    static let issuingVerbs: Set<String> = [
        "issued", "adopted", "published", "signed", "approved", "passed", "enacted", "introduced", "released", "unveiled",
        "announced", "drafted", "decreed", "promulgated", "gazetted", "notified", "set", "laid", "finalised", "finalized",
    ]
    /// Participles that make a place qualify a noun ("Lagos-based").
    static let placeQualifiers: WordSet = ["based", "headquartered", "registered", "incorporated", "listed", "domiciled", "born", "owned", "backed", "focused"]
    /// Words of settling a case ("settled charges with", "a settlement with", "reached a deal with").
    static let settlementWords: WordSet = [
        "settle", "settles", "settled", "settling", "settlement", "settlements", "deal", "agreement", "accord", "charges", "claims", "allegations",
        "consent",
    ]
    /// What a firm or a person asks an authority to decide.
    static let applicationNouns: WordSet = [
        "proposal", "proposals", "application", "applications", "request", "requests", "bid", "bids", "petition", "petitions",
        "filing", "filings", "appeal", "appeals",
    ]
    static let regulatorNouns: WordSet = ["regulator", "regulators", "watchdog", "bank", "supervisor", "commission", "authority", "agency"]
    static let recipientVerbs: WordSet = [
        "wins", "won", "win", "receives", "received", "receive", "gets", "got", "secures", "secured", "obtains",
        "obtained", "granted", "awarded", "earns", "earned", "lands", "landed", "given",
    ]
    static let measureNouns: Set<String> = ["policy", "policies", "rules", "rule", "ban", "decision", "announcement", "statement", "guidance", "move", "order", "notice", "plan"]
    /// Head nouns of public bodies that "the committee", "the bureau" refer back to by name.
    static let bodyNouns: WordSet = ["committee", "council", "bureau", "department", "directorate", "unit", "office"]
    static let governmentWords: WordSet = ["government", "state", "beijing", "administration", "cabinet"]
    static let officialWords: WordSet = ["authorities", "officials", "regulators", "lawmakers", "police", "legislators", "prosecutors", "jury", "jurors"]
    static let referringWords: WordSet = [
        "company", "firm", "exchange", "platform", "giant", "retailer", "marketplace", "group", "startup", "operator",
        "regulator", "agency", "watchdog", "commission", "bank", "ministry", "authority", "network", "protocol", "project",
        "supervisor", "committee", "council", "bureau", "department", "directorate", "unit", "office",
    ]
}
