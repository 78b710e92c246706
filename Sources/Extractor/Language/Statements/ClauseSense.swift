/// What a main clause says about a measure, from its verb group rather than from cue words near
/// each other: the action class of the main verb and its object, a negated prohibition as a
/// carve-out, a linking verb with a prohibition ("remain prohibited"), a reaction that only
/// mentions a measure, and the status the verb group's tense and modality give.
enum ClauseSense {
    /// The action a main clause states over whatever cue words its object holds: "does not change how
    /// gains are taxed" (a carve-out), "has been lifted" (a ban ended), "cancelled the registration of",
    /// "was ordered to return funds" (enforcement), "will be subject to" (an obligation).
    static func overridingAction(of clause: Clause, in words: [String]) -> PolicyAction? {
        guard !clause.isSubordinate else { return nil }
        let after = words[(clause.verb + 1)..<min(words.count, clause.verb + 7)]
        let lemma = Self.lemma(words[clause.verb])
        if clause.negated, carveOutVerbs.contains(lemma) { return .warn }
        // "The penalty does not suspend the firm's registration", "the ruling will not stop the lawsuit": what a measure or
        // a decision leaves in place is a carve-out ("may not", "cannot" and "must not" forbid instead).
        if clause.negated, clause.voice == .active, undoingLemmas.contains(lemma), clause.modal.map({ [.will, .would].contains($0) }) ?? true,
           words[clause.subject].contains(where: { decisionNouns.contains($0) }) { return .warn }
        // "The ban on mining has been lifted", "the ministry scrapped its curbs".
        let measure = clause.voice == .passive ? words[clause.subject] : after
        if liftLemmas.contains(lemma), measure.contains(where: { PolicyCues.banNouns.contains($0) }) { return clause.negated ? .warn : .permit }
        if let complement = clause.complement, words[complement] == "subject", complement + 1 < words.count, words[complement + 1] == "to" {
            return clause.negated ? .permit : .require
        }
        if clause.negated { return nil }
        // "pushes back the trust-account rule", "has postponed by six months a rule requiring": more time to comply.
        if postponeLemmas.contains(lemma) || lemma == "push" && after.first == "back",
           after.contains(where: { PolicyCues.lawNouns.contains($0) || postponedNouns.contains($0) }) {
            return .enforce
        }
        // "has licensed exchanges since 2019": a licensing regime in force obliges; "has licensed four exchanges since 2022",
        // "more than 30 firms": a count of the licences granted permits.
        if clause.tense == .perfect, ["license", "licence", "regulate", "supervise", "register"].contains(lemma), words[clause.verb...].contains("since") {
            return after.prefix(3).contains(where: { $0.first?.isNumber == true || PolicyCues.numberWords.contains($0) || $0 == "dozen" }) ? .permit : .require
        }
        if ["cancel", "withdraw", "revoke", "rescind"].contains(lemma), after.contains(where: { registrationNouns.contains($0) }) { return .enforce }
        // "struck two brokers off its register".
        if lemma == "strike", after.prefix(5).contains("off") { return .enforce }
        if ["deregister", "delicense", "delicence"].contains(lemma) { return .enforce }
        // "was ordered to return client funds", "ordered the firm to refund users" (to stop serving a market prohibits).
        if lemma == "order", after.contains(where: { restitutionVerbs.contains($0) }),
           !words[clause.verb...].contains(where: { PolicyCues.stopWords.contains($0) }) { return .enforce }
        return nil
    }

    /// The action of a main verb for sentences no cue word marks ("registers three exchanges", "is
    /// letting banks issue stablecoins", "was registered last year").
    static func action(of clause: Clause, in words: [String]) -> PolicyAction? {
        if let overriding = overridingAction(of: clause, in: words) { return overriding }
        guard !clause.isSubordinate, !clause.negated else { return nil }
        let after = words[(clause.verb + 1)..<min(words.count, clause.verb + 7)]
        let lemma = Self.lemma(words[clause.verb])
        // "weighs local registration for exchanges", "is exploring a moratorium on licences", "is weighing
        // whether to let tourists pay": deliberation names its measure by a noun or an infinitive.
        if deliberationLemmas.contains(lemma) || ["plan", "prepare", "propose", "eye", "seek"].contains(lemma) {
            let object = words[(clause.verb + 1)..<min(words.count, clause.verb + 8)]
            if let to = object.firstIndex(of: "to"), to + 1 < words.count, let action = infinitiveActions[Self.lemma(words[to + 1])] { return action }
            if let noun = object.first(where: { measureNounActions[$0] != nil }) { return measureNounActions[noun] }
        }
        // "the surcharge on mining would double from October": a levy's rate changes.
        if amountLemmas.contains(lemma), words[clause.subject].contains(where: { levyNouns.contains($0) }) { return .require }
        // "Banks may now process crypto payments", "exchanges can now list tokens": a new permission.
        // ("Banks may offer crypto trading from April": a permission with its start.)
        if [.may, .can].contains(clause.modal), clause.voice == .active,
           words[clause.groupStart..<clause.verb].contains("now") || startsFrom(words, after: clause.verb),
           words[clause.subject].contains(where: { firmNouns.contains($0) || regulatedPeople.contains($0) }) { return .permit }
        // "notifies crypto reporting rules", "gazettes the regulations": rules made law by publication.
        if ["notify", "gazette"].contains(lemma), after.prefix(4).contains(where: { ruleNouns.contains($0) || $0 == "rules" }) { return .require }
        // "publishes crypto rules", "is drafting rules on derivatives", "will work on a regulation": rules oblige.
        if ruleMakingLemmas.contains(lemma), words[(clause.verb + 1)..<min(words.count, clause.verb + 11)].contains(where: { ruleNouns.contains($0) }) {
            return .require
        }
        // "imposed the moratorium", "will face stricter conditions": the measure the noun names.
        // ("will apply a surcharge of 40 percent", "will levy a fee on transfers".)
        if ["impose", "reimpose", "introduce", "maintain", "face", "apply", "levy", "charge", "add"].contains(lemma),
           let noun = after.first(where: { measureNounActions[$0] != nil }) { return measureNounActions[noun] }
        // "exchanges are to report all transfers", "brokers shall verify clients": a duty without a cue word.
        if let modal = clause.modal, [.beTo, .shall, .must, .haveTo, .needTo].contains(modal), dutyLemmas.contains(lemma) { return .require }
        // "Brokers told to verify every client": an order to act.
        if clause.voice == .passive, ["tell", "order", "instruct", "direct", "ask", "oblige", "force", "compel"].contains(lemma),
           after.first == "to", after.count > 1, dutyLemmas.contains(Self.lemma(after[after.startIndex + 1])) { return .require }
        if lemma == "register", clause.voice == .passive || after.contains(where: { firmNouns.contains($0) }) { return .permit }
        if lemma == "enter", clause.voice == .passive, after.contains("register") { return .permit }
        if lemma == "let", after.count >= 2 { return .permit }
        if ["authorise", "authorize", "admit", "accredit", "certify", "enable"].contains(lemma),
           clause.voice == .passive || after.contains(where: { firmNouns.contains($0) }) { return .permit }
        return nil
    }

    /// "from April", "from next month", "starting June 1": a start after the verb.
    static func startsFrom(_ words: [String], after verb: Int) -> Bool {
        let rest = words[(verb + 1)..<min(words.count, verb + 10)]
        guard let from = rest.firstIndex(where: { ["from", "starting"].contains($0) }), from + 1 < words.count else { return false }
        let next = words[from + 1]
        return monthNames.contains(next) || ["next", "january", "mid", "early", "late"].contains(next) || next.first?.isNumber == true
    }

    static let monthNames: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Whether a measure read from the main verb alone needs an authority as its subject: an act
    /// ("registers three exchanges", "will let customers buy") does; a permission to the regulated ("banks
    /// may now ..."), an obligation, a carve-out or a change of rate leaves its issuer to the article.
    static func needsAnIssuingSubject(_ clause: Clause, in words: [String]) -> Bool {
        guard clause.voice == .active, clause.complement == nil, !clause.negated, !sanctionsNonCompliance(clause, in: words) else { return false }
        if let modal = clause.modal, [.may, .can, .must, .haveTo, .needTo, .shall, .beTo].contains(modal) { return false }
        let lemma = Self.lemma(words[clause.verb])
        return lemma != "face" && !amountLemmas.contains(lemma)
    }

    /// "We will not ban mining as such", "the agency does not prohibit holding tokens": a negated
    /// prohibition by its issuer is a carve-out; "may not", "cannot" and "must not" forbid instead.
    static func isNegatedProhibition(_ clause: Clause, in words: [String], cueAt cue: Int) -> Bool {
        guard clause.negated, cue == clause.verb, clause.voice == .active else { return false }
        if let modal = clause.modal, [.may, .can, .must, .shall, .should].contains(modal) { return false }
        return prohibitionLemmas.contains(lemma(words[cue]))
    }

    /// "No platform is authorised to operate here": a statement of legal status (`warn`); "No new
    /// licences will be issued", "no bank is allowed to": a prohibition. "No client may hold more than
    /// 5%", "No advert may be shown to minors", "No retail customer will be able to hold it": a permission
    /// denied to everyone forbids, or caps where a limit follows. Nil when the subject is not negated.
    static func negatedSubjectAction(_ clause: Clause, in words: [String]) -> PolicyAction? {
        guard clause.subjectNegated, !clause.negated else { return nil }
        if deniesAPermission(clause, in: words) {
            return words[clause.verb...].contains { PolicyCues.limitWords.contains($0) } ? .restrict : .prohibit
        }
        guard clause.voice == .passive else { return nil }
        let lemma = Self.lemma(words[clause.verb])
        if ["authorise", "authorize", "license", "licence", "register", "regulate", "supervise", "recognise", "recognize"].contains(lemma) { return .warn }
        if ["allow", "permit", "issue", "grant", "approve", "accept", "admit"].contains(lemma) { return .prohibit }
        return nil
    }

    /// Whether a clause with a "no" subject denies a permission: "may" or "shall" ("No firm may ...", "No token
    /// shall be listed ..."), or being able ("No customer will be able to ..."). "can" alone states what is
    /// possible ("No strategy can guarantee returns"), and a "none of" subject is no class of addressees.
    static func deniesAPermission(_ clause: Clause, in words: [String]) -> Bool {
        guard words[clause.subject].first == "no", let modal = clause.modal else { return false }
        if [.may, .shall].contains(modal) { return true }
        return [.will, .can].contains(modal) && clause.complement.map { words[$0] == "able" } == true
    }

    /// "Parliament passed the bill on Friday": the date of a vote is no start of the law.
    static func isAVote(_ clause: Clause, in words: [String]) -> Bool {
        enactsALaw(clause, in: words) && ["pass", "adopt", "approve", "vote", "ratify"].contains(lemma(words[clause.verb]))
    }

    /// "Dealings with unlicensed platforms remain prohibited": a prohibition already in force, unless
    /// it opens with a contrast to the news ("But ads for tokens still remain banned"), a carve-out.
    static func remainsProhibited(_ clause: Clause, in words: [String]) -> Bool {
        // "remain banned under the new policy": what the news leaves in place.
        guard !clause.opensWithContrast, !clause.negated, !words.contains("new"), let complement = clause.complement,
              ["remain", "remains", "remained", "stay", "stays"].contains(words[clause.verb]) else { return false }
        return ["prohibited", "banned", "barred", "forbidden", "illegal", "unlawful", "outlawed"].contains(words[complement])
    }

    /// "Norway does not tax gains on coins", "Peru does not license exchanges", "the bank does not recognise tokens as
    /// legal tender": a refusal in the present simple by a country named as the subject (`subjectIsTheCountry`), or a
    /// refusal of legal tender by anyone, is the law as it stands, not news. ("The order does not ban holding": a
    /// measure's carve-out; "Chile will not allow", "did not allow": a decision.)
    static func statesAStandingRefusal(_ clause: Clause, in words: [String], subjectIsTheCountry: Bool) -> Bool {
        guard !clause.isSubordinate, clause.negated, clause.modal == nil, clause.tense == .present, !clause.isProgressive,
              clause.voice == .active, clause.verb < words.count else { return false }
        if subjectIsTheCountry { return true }
        let rest = words[(clause.verb + 1)...]
        return ["recognise", "recognize"].contains(lemma(words[clause.verb]))
            && zip(rest, rest.dropFirst()).contains { $0 == "legal" && $1 == "tender" }
    }

    /// "Local platforms said they had expected the ban", "Investors welcomed the cap": a reaction
    /// whose object only mentions a measure.
    static func isReaction(_ clause: Clause, in words: [String], cueAt cue: Int) -> Bool {
        clause.voice == .active && !clause.isProgressive && cue > clause.verb && reactionLemmas.contains(lemma(words[clause.verb]))
    }

    /// The status the verb group gives where cue words mislead: a law that was passed or signed is
    /// decided, not proposed; "is weighing", "is said to be" and "has not decided" are deliberation.
    static func status(of clause: Clause, in words: [String]) -> PolicyStatus? {
        guard !clause.isSubordinate else { return nil }
        let verb = words[clause.verb]
        let lemma = Self.lemma(verb)
        if clause.isProgressive || clause.tense == .present && clause.modal == nil, deliberationLemmas.contains(lemma) { return .considering }
        // "is drafting rules", "is preparing a regulation": work on a measure not yet out.
        // "said it would work on a regulation": an intention.
        if clause.isProgressive || [.would, .will].contains(clause.modal), ["draft", "prepare", "develop", "write", "work"].contains(lemma) { return .considering }
        if clause.negated, ["decide", "finalise", "finalize", "confirm"].contains(lemma) { return .considering }
        // "is said to be preparing", "is reported to be weighing".
        if clause.isHedged { return .considering }
        if votesInOneChamber(clause, in: words) { return .proposed }
        if weighsADecisionStillToCome(clause, in: words) { return .considering }
        // The verb group with the adverb before it ("still stands").
        let group = words[max(clause.subject.lowerBound, clause.groupStart - 1)...clause.verb]
        // "The 2021 warning still stands", "the cap still applies": a measure restated as in force.
        if group.contains("still"), clause.tense != .future, clause.modal == nil, ["stand", "apply", "hold", "exist"].contains(lemma) { return .inEffect }
        if keepsAMeasureInForce(clause, in: words) { return .inEffect }
        // "The bank has never licensed a crypto firm": a record that no act has changed.
        if group.contains("never"), clause.tense == .perfect { return .inEffect }
        if describesTheStateBefore(clause, in: words) || describesAStanding(clause, in: words) { return .inEffect }
        // "The rules could require front-ends to verify users": a possibility, not a decision (a sanction one could face is,
        // and so is what a measure lets someone do, and how far).
        if [.could, .might].contains(clause.modal), !clause.negated, !["face", "be", "lose", "risk"].contains(lemma),
           !words.contains(where: { PolicyCues.proposedWords.contains($0) }), !boundsWhatItAllows(clause, in: words) { return .considering }
        return nil
    }

    /// "A borrower could take out no more than a third", "Only the two largest tokens could be traded with leverage",
    /// "Firms could keep operating until July", "Platforms that miss the filing could be fined up to 40,000 francs": a "could"
    /// that tells what a measure lets someone do, within which bounds, or what it punishes with, states the measure's terms
    /// (of a proposal, a decision or a rule in force, as the article tells it), not a possibility. ("could impose new
    /// limits before the end of the year", "could allow exchange-traded funds": an act that may come.)
    static func boundsWhatItAllows(_ clause: Clause, in words: [String]) -> Bool {
        guard clause.verb < words.count else { return false }
        if goingOnLemmas.contains(lemma(words[clause.verb])) { return true }
        let terms = words[clause.subject.lowerBound..<min(words.count, clause.verb + 12)]
        if terms.contains(where: { boundWords.contains($0) }) { return true }
        return zip(terms, terms.dropFirst()).contains { boundPairs.contains($0 + " " + $1) }
    }

    /// Verbs of going on with an activity ("could keep operating", "could continue to serve clients").
    static let goingOnLemmas: WordSet = ["keep", "continue"]
    /// Words that set a permission's bounds ("only", "until June 30").
    static let boundWords: WordSet = ["only", "until"]
    /// Word pairs that set a permission's bounds ("no more than 25%", "up to €100,000", "at most twice").
    static let boundPairs: WordSet = ["no more", "up to", "at most"]

    /// "The 2020 directive remains in force", "the freeze stays in place until the trial", "The ban will stay in place for
    /// banks": a measure named as the subject and said to stay in force was in force before the news. ("The letter remains
    /// in force": a letter or a licence is kept, not a measure; "would remain in place until ...": a term of the news or a
    /// proposal.)
    static func keepsAMeasureInForce(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.negated, clause.modal == nil || clause.modal == .will, clause.verb + 2 < words.count,
              ["remain", "remains", "remained", "stay", "stays", "stayed"].contains(words[clause.verb]), words[clause.verb + 1] == "in",
              ["force", "place", "effect"].contains(words[clause.verb + 2]), clause.subject.upperBound <= words.count else { return false }
        return words[clause.subject].contains { keptMeasureNouns.contains($0) }
    }

    /// Nouns of a measure that may be said to stay in force.
    static let keptMeasureNouns: WordSet = [
        "ban", "circular", "directive", "instruction", "notice", "order", "freeze", "block", "limit", "cap", "requirement",
        "relief", "restriction", "prohibition", "moratorium", "warning", "caution",
    ]

    /// "is reviewing its rules on tokens", "is analysing whether", "is looking at a levy", "would study a turnover tax", "will
    /// decide by 2027 whether to ...", "would propose rules in October", "may consult on a cap", "would bring a separate bill":
    /// a deliberation under way, or a step still to come before the decision (a choice to make, a proposal or a bill yet to
    /// be put forward). ("would ban", "will publish the rules": the decision itself; "is drafting" is read elsewhere; "is
    /// reviewing a bill" weighs a proposal that exists.)
    static func weighsADecisionStillToCome(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, !clause.negated, clause.verb < words.count else { return false }
        if forecastsAnAct(clause, in: words) || intendsAnAct(clause, in: words) { return true }
        // "would "most likely" restrict", "will probably double the fee": a guess at a decision still to come.
        if clause.modal.map({ [.will, .would].contains($0) }) ?? false,
           words[clause.groupStart..<clause.verb].contains(where: { ["likely", "probably", "possibly"].contains($0) }) { return true }
        guard clause.voice == .active else { return false }
        let lemma = Self.lemma(words[clause.verb])
        let next = words[(clause.verb + 1)..<min(words.count, clause.verb + 6)]
        let ahead = clause.modal.map { [.will, .would, .may, .could, .might].contains($0) } ?? false
        let studies = studyLemmas.contains(lemma) || lemma == "look" && ["at", "into"].contains(next.first)
        // ("is reviewing a bill that would ...": the proposal already exists.)
        if studies, clause.isProgressive || ahead { return !next.prefix(3).contains { tabledNouns.contains($0) } }
        guard ahead else { return false }
        if stepLemmas.contains(lemma) { return true }
        // "would bring a separate bill", "will table amendments", "would publish a consultation paper", "could publish
        // updated guidance": a proposal, or a paper that comes before the decision, not yet put forward.
        return tablingLemmas.contains(lemma) && next.contains { tabledNouns.contains($0) || consultativeNouns.contains($0) }
    }

    /// "The commission is expected to adopt final rules", "the panel is expected to decide in December": a forecast of an
    /// authority's act not yet taken. ("is expected to take effect": a start of what is decided; "is expected to vote on
    /// the bill": a step on a proposal that exists; "exchanges are expected to report": what the regulated are to do.)
    static func forecastsAnAct(_ clause: Clause, in words: [String]) -> Bool {
        guard let expected = words[clause.groupStart..<clause.verb].firstIndex(of: "expected"), expected + 2 < words.count,
              words[expected + 1] == "to" else { return false }
        let infinitive = Self.lemma(words[expected + 2])
        if ["take", "come", "enter"].contains(infinitive), words[(expected + 3)..<min(words.count, expected + 5)].contains(where: { ["effect", "force", "into"].contains($0) }) {
            return false
        }
        if ["apply", "start", "begin", "remain", "stay", "vote", "debate", "pass"].contains(infinitive) { return false }
        return !words[clause.subject].contains { firmNouns.contains($0) || regulatedPeople.contains($0) }
    }

    /// "expects to grant the first licences in the third quarter", "aims to send the bill to parliament", "still intended
    /// to table a bill": an act the subject means to take, not yet taken ("had expected the ban": no act of its own).
    static func intendsAnAct(_ clause: Clause, in words: [String]) -> Bool {
        guard clause.voice == .active, clause.modal == nil || [.will, .would].contains(clause.modal),
              intentionLemmas.contains(Self.lemma(words[clause.verb])), clause.verb + 2 < words.count,
              words[clause.verb + 1] == "to" else { return false }
        return ClauseReader.isVerbForm(words[clause.verb + 2]) && !["take", "come"].contains(Self.lemma(words[clause.verb + 2]))
    }

    /// Verbs of meaning to act.
    static let intentionLemmas: WordSet = ["aim", "expect", "intend", "hope"]

    /// Verbs of weighing a matter: deliberation, and reviews and analyses of a question.
    static let studyLemmas = WordSet(Set(deliberationLemmas).union(["review", "analyse", "analyze"]))
    /// Verbs of a step before a decision: deciding, proposing, consulting.
    static let stepLemmas: WordSet = ["decide", "determine", "propose", "consult"]
    /// Verbs of putting a proposal or a paper forward.
    static let tablingLemmas: WordSet = ["bring", "submit", "introduce", "table", "send", "present", "file", "publish", "issue", "release", "put", "open"]
    /// Nouns of a paper that informs a decision still to take: a consultation, a report, findings, guidance.
    static let consultativeNouns: WordSet = ["consultation", "paper", "report", "findings", "guidance"]
    /// Nouns of a proposal put forward: a bill, a draft, amendments.
    static let tabledNouns: WordSet = ["bill", "bills", "legislation", "draft", "proposal", "proposals", "amendment", "amendments"]

    /// "Platforms currently cannot obtain a licence", "Until now, gains were taxed as income", "Miners have so far
    /// paid a flat tax", "Exchanges have had to report their clients": an adverb of the present state or of the time
    /// up to now in the verb group or opening the sentence, or a perfect of obligation, describes the rule as it
    /// stands before any news. ("Firms that currently hold a licence must reapply": an adverb inside the subject's
    /// relative clause places the firms, not the measure; "will currently" is no state.)
    static func describesTheStateBefore(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, clause.tense != .future, ![.will, .would, .could, .might].contains(clause.modal),
              clause.groupStart <= clause.verb, clause.verb < words.count else { return false }
        let opening = words[..<min(clause.subject.lowerBound, words.count)]
        let groupStart = max(clause.subject.lowerBound, clause.subject.upperBound - 1)
        guard groupStart <= clause.verb else { return false }
        // "are at present not covered", "have so far paid": after a verb read as an auxiliary, the adverb that follows.
        let groupEnd = ClauseReader.isAuxiliary(words[clause.verb]) ? min(words.count, clause.verb + 3) : clause.verb + 1
        let group = words[groupStart..<groupEnd]
        if opening.prefix(4).contains(where: { stateAdverbs.contains($0) }) || group.contains(where: { stateAdverbs.contains($0) }) { return true }
        for phrase in [opening.prefix(4), group] {
            if zip(phrase, phrase.dropFirst()).contains(where: { stateAdverbPairs.contains([$0, $1]) }) { return true }
        }
        // "has had to", "have needed to": an obligation that has held up to now.
        let auxiliaries = words[clause.groupStart..<clause.verb]
        return zip(auxiliaries, auxiliaries.dropFirst()).contains { ["has", "have"].contains($0) && ["had", "needed"].contains($1) }
            && auxiliaries.contains("to")
    }

    /// "The exchange is registered with the regulator", "Both firms are licensed by the authority": a licence or a
    /// registration told in the present passive is where a firm stands, not the news of a grant ("is now registered",
    /// "has been licensed" and "was registered" are news; "no platform is authorised to" is a warning).
    static func describesAStanding(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, !clause.negated, !clause.isReported, clause.voice == .passive,
              clause.tense == .present, clause.modal == nil, !clause.isProgressive,
              clause.verb < words.count, standingParticiples.contains(words[clause.verb]),
              // (Whatever path read the clause: "no platform", "none of the firms", "neither exchange".)
              !words[clause.subject].contains(where: { ["no", "none", "neither"].contains($0) }) else { return false }
        return !words[clause.groupStart..<clause.verb].contains { ["now", "newly", "just", "first"].contains($0) }
    }

    static let standingParticiples: WordSet = ["registered", "licensed", "licenced", "authorised", "authorized", "regulated", "supervised"]

    static let stateAdverbs: WordSet = ["currently", "presently", "previously", "formerly", "hitherto"]
    static let stateAdverbPairs: Set<[String]> = [
        ["at", "present"], ["so", "far"], ["to", "date"], ["until", "now"], ["till", "now"], ["until", "recently"],
    ]

    /// "Parliament passed the bill", "the act was signed into law": a law already made.
    static func enactsALaw(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, !clause.negated, clause.modal == nil, clause.tense != .future, clause.tense != .present || clause.voice == .passive,
              enactmentLemmas.contains(lemma(words[clause.verb])) else { return false }
        let nearby = words[clause.subject].contains(where: { PolicyCues.lawNouns.contains($0) })
            || words[(clause.verb + 1)..<min(words.count, clause.verb + 10)].contains(where: { PolicyCues.lawNouns.contains($0) || $0 == "law" })
        return nearby
    }

    /// "The SEC disapproved a proposal by the exchange", "the application was rejected", "approved the
    /// operator's request": a decision on a proposal is no proposal. Approving a draft or a bill ("the cabinet
    /// approved the draft law") only moves it on, so it stays one.
    static func decidesOnAProposal(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, !clause.negated, clause.modal == nil, clause.tense != .future else { return false }
        let lemma = lemma(words[clause.verb])
        let approves = approvalLemmas.contains(lemma)
        // "voted down the bill", "turned down the application", "threw out the petition".
        let particle = clause.verb + 1 < words.count && ["down", "out", "against"].contains(words[clause.verb + 1])
            && ["vote", "turn", "throw", "strike"].contains(lemma)
        guard approves || particle || rejectionLemmas.contains(lemma) else { return false }
        let object = clause.voice == .passive ? words[clause.subject] : words[(clause.verb + 1)..<min(words.count, clause.verb + 8)]
        guard object.contains(where: { proposalNouns.contains($0) }) else { return false }
        return !approves || !object.contains(where: { ["draft", "bill", "bills", "drafts"].contains($0) })
    }

    /// "Indonesia's leverage cap takes effect today", "Brazil's broker rules kick in", "EU tax reporting rules start": a
    /// headline whose news is a measure starting, in the present, with nothing before the start but the measure's name
    /// (a label such as "Live:" aside). Read by words, since headlines defeat the clause reader. ("Assembly halves the
    /// tax before the levy takes effect", "passes a law that takes effect today", "is set to take effect", "exchanges
    /// start trading": something else is the news.)
    static func statesAMeasureStarting(_ words: [String]) -> Bool {
        guard let start = words.indices.first(where: { startsAMeasure(words, at: $0) }), start > 0 else { return false }
        return !words[..<start].contains { headlineClauseBreaks.contains($0) || ClauseReader.relativePronouns.contains($0) }
            && ClauseReader.modals[words[start - 1]] == nil && words[start - 1] != "to"
    }

    /// "takes effect", "come into force", "enters into effect", "kicks in", and "start" or "begin" after the name of a rule.
    private static func startsAMeasure(_ words: [String], at index: Int) -> Bool {
        guard index + 1 < words.count else {
            return index > 0 && ["start", "starts", "begin", "begins"].contains(words[index]) && namesARule(words[index - 1])
        }
        let word = words[index], next = words[index + 1]
        if ["take", "takes"].contains(word) { return next == "effect" }
        if ["come", "comes", "enter", "enters"].contains(word) { return next == "into" && index + 2 < words.count && ["force", "effect"].contains(words[index + 2]) }
        if ["kick", "kicks"].contains(word) { return next == "in" }
        return ["start", "starts", "begin", "begins"].contains(word) && index > 0 && namesARule(words[index - 1])
    }

    /// "rules", "law", "regime": a word that names a rule.
    private static func namesARule(_ word: String) -> Bool {
        PolicyCues.lawNouns.contains(word) || ruleNouns.contains(word)
    }

    /// Words that open another clause of a headline before its start: "weeks before the levy takes effect", "as the law
    /// takes effect", "passes law, takes effect".
    private static let headlineClauseBreaks: WordSet = [
        ",", ";", "before", "after", "as", "when", "once", "until", "while", "ahead", "since", "if", "unless", "because",
    ]

    /// "Parliament passed the bill", "the regulator rejected the proposal", "issued its final rule", "the rule takes
    /// effect on Jan. 18": the clause states a decision already taken, not a proposal or a deliberation.
    static func statesADecision(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, !clause.negated, clause.modal == nil || clause.modal == .will, !clause.isHedged else { return false }
        if clause.modal == nil, enactsALaw(clause, in: words) || decidesOnAProposal(clause, in: words) { return true }
        if namesItsRuleFinal(clause, in: words) { return true }
        // "The rule takes effect on Jan. 18", "will enter into force on July 1".
        return PolicyCues.takesEffect(Array(words[clause.groupStart..<min(words.count, clause.verb + 4)]))
            && !words.contains(where: { ["would", "if", "could", "might", "proposed", "draft"].contains($0) })
    }

    /// "issued its final rule", "adopted final regulations", "The final rule drops the figure first floated", "FSA finalises
    /// advertising rules": the measure is the rule made final, whatever consultation or proposal came before it. ("is
    /// expected to finalise", "would publish its final rules": a step still to come.)
    static func namesItsRuleFinal(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, !clause.negated, clause.modal == nil, !clause.isHedged, clause.tense != .future, clause.verb < words.count,
              !words[clause.groupStart..<clause.verb].contains("expected") else { return false }
        if ["finalise", "finalize"].contains(lemma(words[clause.verb])) { return true }
        let around = Array(words[clause.subject]) + Array(words[clause.verb..<min(words.count, clause.verb + 8)])
        return zip(around, around.dropFirst()).contains { $0 == "final" && finalRuleNouns.contains($1) }
    }

    /// What is made final: "the final rule", "final regulations".
    private static let finalRuleNouns = WordSet(ruleNouns.union(["rule"]))

    static let approvalLemmas: WordSet = ["approve", "accept", "endorse", "clear", "grant", "greenlight", "uphold", "finalise", "finalize"]
    static let rejectionLemmas: WordSet = [
        "reject", "disapprove", "deny", "refuse", "veto", "block", "dismiss", "withdraw", "scrap", "shelve", "drop", "abandon",
        "overturn", "defeat",
    ]
    /// Nouns for what someone asks an authority to decide.
    static let proposalNouns: WordSet = [
        "proposal", "proposals", "application", "applications", "request", "requests", "bid", "bids", "petition", "petitions",
        "filing", "filings", "draft", "drafts", "bill", "bills", "plan", "plans",
    ]

    /// "has licensed more than 40 firms", "has fined several exchanges over the past two years", "have been
    /// suspended in recent years": a present perfect that tallies acts over a stretch of time is a record of a
    /// regime already at work, not news of one act.
    static func tallies(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, !clause.negated, clause.tense == .perfect, clause.modal == nil else { return false }
        let after = Array(words[(clause.verb + 1)..<min(words.count, clause.verb + 14)])
        if let first = after.first, ["more", "over", "dozens", "hundreds", "thousands", "scores"].contains(first),
           after.count > 2, first != "more" && first != "over" || after[1] == "than" && after.count > 2 && Int(after[2].filter(\.isNumber)) != nil
               || first == "over" && Int(after[1].filter(\.isNumber)) != nil {
            return true
        }
        for index in after.indices.dropLast() {
            let (word, next) = (after[index], after[index + 1])
            // "over the past two years", "in the last 18 months", "in recent years", "to date", "so far".
            if ["past", "last"].contains(word), index > 0, after[index - 1] == "the",
               after[(index + 1)...].prefix(2).contains(where: { ClauseSense.stretchNouns.contains($0) }) { return true }
            if word == "recent", ClauseSense.stretchNouns.contains(next) { return true }
            if word == "to" && next == "date" || word == "so" && next == "far" { return true }
        }
        return false
    }

    static let stretchNouns: WordSet = ["years", "months", "decade", "year", "weeks"]

    /// "The central bank has repeatedly warned that ...", "warned several times that ...", "has fined exchanges time and
    /// again": an act done over and over, before the news, is the regime at work, not one act of the news. (Not ahead,
    /// "will inspect repeatedly", nor in a clause the cue's window does not reach: "delayed several times before
    /// parliament passed it".)
    static func reportsARepeatedAct(_ clause: Clause, in words: [String], cue: Int) -> Bool {
        guard !clause.isSubordinate, clause.modal == nil, [.past, .perfect, .pastPerfect].contains(clause.tense), cue < words.count,
              !words.contains(where: { ["will", "would", "'ll", "shall"].contains($0) }) else { return false }
        let window = Array(words[max(0, cue - 3)..<min(words.count, cue + 10)])
        return window.contains("repeatedly") || zip(window, window.dropFirst()).contains { repetitionCounts.contains($0) && ["times", "occasions"].contains($1) }
            || window.indices.dropFirst().dropLast().contains { window[$0] == "and" && ["time", "again"].contains(window[$0 - 1]) && window[$0 + 1] == "again" }
    }

    /// The counts of a repetition: "several times", "many times".
    static let repetitionCounts: WordSet = ["several", "many", "multiple", "numerous", "countless"]

    /// "The regulator has since licensed 300 firms", "Since then the bank has granted eight licences": what has held or
    /// been done since an event the article told before is a record of the regime at work, not news of one act. ("has
    /// since 2024 barred" is a start the sentence dates.)
    static func countsSinceAnEarlierEvent(_ words: [String]) -> Bool {
        words.indices.dropFirst().dropLast().contains { index in
            words[index] == "since" && ["has", "have", "had"].contains(words[index - 1]) && ClauseReader.isVerbForm(words[index + 1])
        } || zip(words, words.dropFirst()).contains { $0 == "since" && $1 == "then" }
    }

    /// "may keep operating until July 1 under a transition period", "can keep serving clients until July 1, when the
    /// transitional period ends", "let firms keep operating during a transition period": business that a regime already
    /// made lets go on for a while (not "until June 30, the last day of the transition period", which may be the news,
    /// nor "must stop serving clients when the transitional period ends").
    static func runsUnderATransitionPeriod(_ words: [String]) -> Bool {
        words.indices.dropFirst().dropLast().contains { index in
            guard words[index] == "transition" || words[index] == "transitional", transitionNouns.contains(words[index + 1]),
                  words[..<index].contains(where: { ["until", "keep", "continue"].contains($0) }) else { return false }
            let before = words[max(0, index - 4)..<index]
            return before.contains("under") || before.contains("during")
                || before.contains("when") && words[(index + 2)..<min(words.count, index + 12)].contains { ["ends", "expires", "ended", "expired"].contains($0) }
        }
    }

    static let transitionNouns: WordSet = ["period", "periods", "arrangements", "arrangement", "phase", "regime"]

    /// "must report transfers under legislation passed by parliament", "under a decree adopted in 2022": a measure
    /// that rests on a law already made (not "the new law") restates the law in force.
    static func restsOnAnEnactedLaw(_ words: [String]) -> Bool {
        for under in words.indices where words[under] == "under" {
            let phrase = words[(under + 1)..<min(words.count, under + 7)]
            guard let law = phrase.firstIndex(where: { PolicyCues.lawNouns.contains($0) }), law + 1 < words.count,
                  !phrase[..<law].contains("new"), !phrase[..<law].contains("proposed"), !phrase[..<law].contains("draft"),
                  ["passed", "adopted", "enacted", "signed", "approved", "introduced", "issued"].contains(words[law + 1]) else { continue }
            return true
        }
        return false
    }

    /// "Senate passes bill to shield developers", "Czech MPs vote to tax crypto gains", "The House of Representatives passed its
    /// version of the act": one chamber's vote, or a committee's, leaves a bill for the other chamber, so the measure is still
    /// proposed. (A parliament or congress that passes a bill, "signed into law", "gave final approval", "adopted the bill,
    /// setting a 10% rate from January": a law made.)
    static func votesInOneChamber(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.negated, clause.subject.upperBound <= words.count, clause.verb < words.count,
              ["pass", "vote", "back", "approve", "adopt", "advance", "clear"].contains(lemma(words[clause.verb])),
              words[clause.subject].contains(where: { chamberWords.contains($0) }) else { return false }
        let statesAStart = !words.contains("would") && zip(words, words.dropFirst()).contains { ["from", "starting"].contains($0) && monthNames.contains($1) }
        return !statesAStart && !words.contains { lawMadeWords.contains($0) }
            && !zip(words, words.dropFirst()).contains { ["into", "becomes", "become"].contains($0) && $1 == "law" }
    }

    /// Words of a law made, after the last vote: "signed", "final", "enacted".
    static let lawMadeWords: WordSet = ["signed", "final", "enacted", "enacts"]
    /// One chamber of a legislature, or one of its committees.
    static let chamberWords: WordSet = ["house", "senate", "representatives", "mps", "deputies", "committee", "chamber"]

    /// "The order does not affect the firm's licence", "The warning does not cover stablecoins", "The licensing regime will
    /// not apply to small brokers": a negated verb of reach whose subject is a measure named by what it is ("the order",
    /// "this decision") carves out of that measure, the news, whoever the sentence names.
    static func carvesOutOfTheMeasure(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, clause.negated, clause.verb < words.count, reachLemmas.contains(lemma(words[clause.verb])),
              clause.subject.count >= 2, clause.subject.count <= 4, clause.subject.upperBound <= words.count,
              ["the", "this", "that"].contains(words[clause.subject.lowerBound]) else { return false }
        let head = words[clause.subject.upperBound - 1]
        return namedMeasureNouns.contains(head) || PolicyCues.lawNouns.contains(head) || ruleNouns.contains(head)
            || MeasureTopic.measureNouns.contains(head) || ActorResolver.measureNouns.contains(head)
    }

    /// "Institutional desks are not affected by the new cap", "Mining is not covered", "Rules for influencers are
    /// unaffected": an activity the main clause says, in the present, is left out of a measure is left out of the
    /// article's measure, and shares its news. ("The deadline was unaffected": a past reading; "has held a licence since
    /// 2023, and said the licence is not affected": a reported clause; "holding coins remains legal, and platforms abroad
    /// are not covered": a main clause about something else.)
    static func leavesAnActivityOut(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, !clause.isReported, clause.modal == nil, clause.tense == .present, clause.verb < words.count else { return false }
        if clause.negated, clause.voice == .passive, leftOutParticiples.contains(words[clause.verb]) { return true }
        return !clause.negated && (words[clause.verb] == "unaffected" || clause.complement.map { $0 < words.count && words[$0] == "unaffected" } ?? false)
    }

    /// Participles that say an activity is out of a measure's reach, after "not".
    static let leftOutParticiples: WordSet = ["affected", "covered"]

    static let reachLemmas: WordSet = [
        "affect", "cover", "apply", "extend", "reach", "touch", "limit", "restrict", "relieve", "suspend", "ban", "change", "make", "override",
    ]
    /// Acts that the news is, named by what they are.
    static let namedMeasureNouns: Set<String> = [
        "approval", "exemption", "relief", "revocation", "reform", "authorisation", "authorization", "licence", "license", "measure",
    ]

    /// "Under the Payment Services Act, exchanges must ...", "Under the EU's MiCA regulation, ...", "Under CFTC rules, ...",
    /// "Under current rules, ...", "Under MiCA, ...", "Under Ruritania's currency rules, ...": a sentence that opens with
    /// the law it rests on, named by its proper name, by a European law's short name, as the law of a place or a body the
    /// sentence names, or as the rules now in place, restates that law. ("Under the new rules", "Under the circular",
    /// "Under the order", "Under the agency's decision": the news' own measure, which the article names by what it is.)
    static func opensUnderANamedLaw(_ words: [String], capitalized: [Bool]) -> Bool {
        // After a bracketed label at most: "(Reference) Under the Act, ...".
        // (No capitals to go by, as in a headline in title case: nothing.)
        guard let under = words.prefix(4).firstIndex(of: "under"), under == 0 || words[under - 1] == ")", capitalized.count == words.count else {
            return false
        }
        if namesTheRulesInPlace(words, after: under) { return true }
        guard let comma = words[under...].prefix(9).firstIndex(of: ","), comma > under + 1 else { return false }
        if comma == under + 2, capitalized[under + 1], ActorResolver.europeanLawNames.contains(words[under + 1]) { return true }
        guard PolicyCues.lawNouns.contains(words[comma - 1]) else { return false }
        let name = (under + 1..<comma - 1).filter { !["the", "'s", "of", "and", "'"].contains(words[$0]) }
        guard !name.isEmpty, !name.contains(where: { ["new", "draft", "proposed", "revised", "amended"].contains(words[$0]) }) else { return false }
        if name.count == 1, ["current", "existing"].contains(words[name[0]]) { return true }
        // "Under Ruritania's foreign-exchange rules": the owner's name before the "'s" is the law's name enough.
        if name[0] + 1 < comma - 1, words[name[0] + 1] == "'s", capitalized[name[0]] { return true }
        return name.allSatisfy { capitalized[$0] }
    }

    /// "Under current exchange rules, ...", "Under existing guidance, ...", "Under current rules they only need to
    /// ...": the "under" phrase names the rules now in place, by "current" or "existing" and a noun of rules a few words on
    /// (comma or not).
    static func namesTheRulesInPlace(_ words: [String], after under: Int) -> Bool {
        let start = under + 1 < words.count && words[under + 1] == "the" ? under + 2 : under + 1
        guard start < words.count, ["current", "existing"].contains(words[start]) else { return false }
        return words[(start + 1)..<min(words.count, start + 4)].contains { PolicyCues.lawNouns.contains($0) || placedRuleNouns.contains($0) }
    }

    /// Nouns of rules in place that are not laws ("under current guidance").
    static let placedRuleNouns: WordSet = ["guidance", "guidelines", "regime", "framework", "standards", "practice"]

    /// "Gains are taxed at 30%", "profits are taxed as capital income", "Dutch residents pay tax on their holdings":
    /// a tax treatment in the present simple states the regime in place. (A change is worded ahead, "will be taxed",
    /// "are to be taxed", or by its start; "swaps are not taxed" carves out of the news; "a law that changes how gains
    /// are taxed" is about another clause.)
    static func statesATaxInForce(_ words: [String], cue: Int) -> Bool {
        guard cue < words.count, !words.contains(where: { aheadOrDeniedWords.contains($0) }),
              !words[max(0, cue - 8)..<cue].contains(where: { clauseOpeners.contains($0) }) else { return false }
        // ("are also taxed", "still pay": the word before, past the adverbs of a verb group.)
        if words[cue] == "taxed" { return ["is", "are"].contains(ClauseReader.wordBefore(cue, in: words) ?? "") }
        guard PolicyCues.taxWords.contains(words[cue]),
              let pay = words[max(0, cue - 7)..<cue].lastIndex(where: { ["pay", "pays"].contains($0) }) else { return false }
        let previous = ClauseReader.wordBefore(pay, in: words) ?? ""
        return ClauseReader.modals[previous] == nil && !["to", "and", "or"].contains(previous)
    }

    /// Words that put a tax treatment ahead or deny it ("will be taxed", "are not taxed").
    static let aheadOrDeniedWords: WordSet = ["will", "would", "'ll", "shall", "not", "n't"]
    /// Words that open another clause, whose tax treatment a sentence reports ("a law that changes how gains are taxed").
    static let clauseOpeners: WordSet = ["how", "that", "which", "whether", "what", "where", "when"]

    /// "The Virtual Asset Act already requires exchanges to ...", "Under the Stablecoins Ordinance, it is an offence
    /// to ...": a statute is the subject of the clause, or the opening "under" phrase of a clause whose subject is
    /// "it", so the measure is the law's (a country's), not any authority's rules.
    static func hasAStatuteForSubject(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, clause.groupStart <= words.count else { return false }
        let subject = words[clause.subject]
        if subject.contains(where: { statuteNouns.contains($0) }), !subject.contains(where: { ["rules", "guidelines", "'s", "draft", "proposed", "bill"].contains($0) }) {
            return true
        }
        let opening = words[..<clause.groupStart]
        guard subject.last == "it" || subject.last == "there", opening.first == "under" else { return false }
        return opening.prefix(8).contains(where: { statuteNouns.contains($0) })
    }

    static let statuteNouns: WordSet = ["law", "act", "legislation", "ordinance", "statute", "constitution", "decree"]

    /// "Operating an exchange without registration is punishable by up to three years in prison", "anyone who manipulates
    /// prices faces a prison term", "Offenders face fines of up to ...", "trading crypto without a licence has been banned":
    /// the penalty or ban a law sets for an activity, or for anyone who does it, told with no issuer for the subject (a
    /// firm's or an authority's subject, "Platforms that breach the code face fines", is someone's rule; a penalty still to
    /// come, "will be punishable", "becomes a criminal offence", is the news of whoever makes the law; one an authority is
    /// credited with, "..., the agency said", is that authority's statement).
    static func statesAPenaltyOfLaw(_ clause: Clause, in words: [String]) -> Bool {
        guard let first = clause.subject.first, clause.subject.upperBound <= words.count, clause.modal == nil, clause.tense != .future,
              clause.attribution == nil, !clause.isReported, !endsWithAWarningCredit(words) else { return false }
        let predicate = words[clause.subject.upperBound..<min(words.count, clause.subject.upperBound + 20)]
        guard !predicate.contains(where: { ["become", "becomes", "would", "will"].contains($0) }) else { return false }
        let criminal = predicate.contains { criminalPenaltyWords.contains($0) }
        if offenderWords.contains(words[first]) {
            return criminal || predicate.contains { ["fine", "fines", "penalty", "penalties"].contains($0) }
        }
        guard namesAnActivity(words[first]) else { return false }
        // ("Trading crypto without a licence has been banned since 2020": a ban in place; "is banned from March" is news.)
        return criminal || (clause.tense == .perfect || predicate.contains("since")) && words[clause.subject].contains { ["without", "unlicensed", "unregistered"].contains($0) }
            && predicate.contains { ["banned", "prohibited", "illegal", "outlawed", "forbidden"].contains($0) }
    }

    /// "..., the authority reminded the public": the sentence ends by crediting a warning to whoever gives it.
    private static func endsWithAWarningCredit(_ words: [String]) -> Bool {
        guard let comma = words.lastIndex(of: ",") else { return false }
        return words[(comma + 1)..<min(words.count, comma + 8)].contains { PolicyCues.warnWords.contains($0) }
    }

    /// "Operating ...", "trading or promoting ...": a gerund that opens a subject names an activity ("Existing customers",
    /// "Participating banks" are people).
    private static func namesAnActivity(_ word: String) -> Bool {
        word.count >= 6 && word.hasSuffix("ing") && !participialAdjectives.contains(word)
    }

    /// Words of a criminal penalty: an offence, a prison term.
    static let criminalPenaltyWords: WordSet = ["punishable", "offence", "offense", "crime", "criminal", "prison", "imprisonment", "jail"]
    /// Subjects that stand for anyone who breaks a law ("anyone who", "offenders", "those convicted").
    static let offenderWords: WordSet = ["anyone", "anybody", "whoever", "offenders", "violators", "those"]
    /// Words in -ing that open a subject as adjectives, prepositions or names ("Beijing"), not as activities.
    static let participialAdjectives: WordSet = [
        "existing", "participating", "remaining", "leading", "pending", "following", "including", "according", "during",
        "nothing", "something", "anything", "everything", "incoming", "outgoing", "upcoming", "beijing", "wyoming",
    ]

    /// The words of a relative clause in the past or perfect after the cue ("ending a ban that has been in place
    /// since 2017", "the curbs which were imposed in 2021"), up to the next comma or semicolon; nil without one.
    static func olderMeasureClause(_ words: [String], after cue: Int) -> Range<Int>? {
        guard cue + 1 < words.count,
              let pronoun = (cue + 1..<words.count).first(where: { words[$0] == "that" || words[$0] == "which" }),
              !ClauseReader.speechVerbs.contains(words[pronoun - 1]), !["so", "such", "now"].contains(words[pronoun - 1]) else { return nil }
        let end = (pronoun + 1..<words.count).first { words[$0] == "," || words[$0] == ";" } ?? words.count
        let group = words[(pronoun + 1)..<min(end, pronoun + 4)]
        let isPast = group.contains { ["has", "have", "had", "was", "were"].contains($0) || ClauseReader.isPastForm($0) }
        guard isPast, !group.contains(where: { ClauseReader.modals[$0] != nil }) else { return nil }
        return pronoun..<end
    }

    /// Whether the date at `date` belongs to a clause other than the cue's: an opening clause or a
    /// dateline set aside before `start` ("After a review that ended in 2023, ..."), or a subordinate
    /// or relative clause with its own verb ("fined the firm after it failed in 2022 to ...", "the
    /// bank, which was founded in 1990, ...").
    static func isInAnotherClause(date: Int, cue: Int, start: Int, in words: [String]) -> Bool {
        guard date >= 0, date < words.count, cue < words.count else { return false }
        // "After a review that ended in 2023, ...", a dateline; not "Since January, ..." nor "Before March 1, ...".
        if date < start, !["before", "since", "from", "starting", "effective", "until", "by"].contains(words.first ?? "") { return true }
        // "comments are due by June 30", "the consultation closes on May 2": a procedural deadline, no start.
        if words[max(0, date - 6)..<date].contains(where: { ["consultation", "comments", "feedback", "submissions", "responses"].contains($0) }) { return true }
        // "has capped leverage since May 2020": a "since" date is the measure's own start.
        if words[max(0, date - 3)..<date].contains("since") { return false }
        let lower = min(date, cue) + 1
        let upper = max(date, cue)
        guard lower < upper else { return false }
        for index in lower..<upper where subordinators.contains(words[index]) {
            let comma = words[(index + 1)..<upper].firstIndex(of: ",")
            // After the cue, a clause that closes before the date holds it not ("..., who have held an account for
            // three months, a measure that takes effect next month").
            if date > cue, comma != nil { continue }
            let clauseEnd = date > cue ? date : (comma ?? upper)
            guard index + 1 < clauseEnd else { continue }
            // "its ban on advertising, which will take effect on Aug. 1", "a decision which shall be effective as from 1 January":
            // a relative clause giving the measure's start.
            if words[(index + 1)..<clauseEnd].contains(where: { Self.startWords.contains($0) }) { continue }
            let hasVerb = words[(index + 1)..<clauseEnd].contains { ClauseReader.isAuxiliary($0) || ClauseReader.isPastForm($0) }
            // Before the cue, the clause must close before the cue does ("The bank, which was set up in 1990, banned ...").
            if hasVerb, date > cue || clauseEnd < upper { return true }
        }
        return false
    }

    /// Words of a clause that gives a measure's start.
    static let startWords: WordSet = ["effect", "effective", "force", "apply", "applies", "start", "starts", "begin", "begins", "commence", "commences"]

    static let subordinators: WordSet = ["after", "when", "following", "because", "while", "although", "though", "once", "which", "who", "whereas"]

    /// The lemma of a verb form, by stripping regular endings ("banned" → "ban", "lets" → "let").
    static func lemma(_ word: String) -> String {
        lemmaForms.index.position(of: word).map { lemmaForms.lemmas[$0] } ?? word
    }

    /// The forms of `irregularLemmas` and `regularLemmas` (an irregular form's reading first) in one index with the cheap
    /// hash, and the lemma of each: one look-up per word instead of two dictionary look-ups.
    private static let lemmaForms: (index: WordIndex, lemmas: [String]) = {
        let forms = Array(irregularLemmas) + regularLemmas.filter { irregularLemmas[$0.key] == nil }
        return (WordIndex(forms.map(\.key)), forms.map(\.value))
    }()

    /// Every form `lemmaByStripping` reads back to another word, worked out once: a form it strips is an inflection of
    /// a lemma of `ClauseReader.verbLemmas`, with the lemma's last letter doubled, or with its final "y" made "i".
    private static let regularLemmas: [String: String] = {
        var lemmas: [String: String] = [:]
        for lemma in ClauseReader.verbLemmas {
            var forms = ClauseReader.inflections(of: lemma)
            if let last = lemma.last { forms += ["ing", "ed", "es", "s"].map { lemma + String(last) + $0 } }
            if lemma.hasSuffix("y") { forms += ["es", "ed"].map { lemma.dropLast() + "i" + $0 } }
            for form in forms where lemmas[form] == nil {
                let stripped = lemmaByStripping(form)
                if stripped != form { lemmas[form] = stripped }
            }
        }
        return lemmas
    }()

    /// The lemma of a regular verb form, found by trying each ending against the verbs of `ClauseReader.verbLemmas`.
    static func lemmaByStripping(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            let stem = String(word.dropLast(suffix.count))
            if knownLemmas.contains(stem), ClauseReader.inflections(of: stem).contains(word) { return stem }
            if knownLemmas.contains(stem + "e"), ClauseReader.inflections(of: stem + "e").contains(word) { return stem + "e" }
            if let last = stem.last, stem.count > 2, stem.dropLast().last == last, knownLemmas.contains(String(stem.dropLast())) {
                return String(stem.dropLast())
            }
            if suffix == "es" || suffix == "ed", stem.hasSuffix("i"), knownLemmas.contains(stem.dropLast() + "y") { return stem.dropLast() + "y" }
        }
        return word
    }

    /// `ClauseReader.verbLemmas`, for look-ups.
    private static let knownLemmas = WordSet(ClauseReader.verbLemmas)

    static let irregularLemmas: [String: String] = [
        "struck": "strike", "strikes": "strike", "striking": "strike", "let": "let", "lets": "let", "letting": "let",
        "said": "say", "says": "say", "told": "tell", "kept": "keep", "shut": "shut", "withdrew": "withdraw",
        "withdrawn": "withdraw", "forbade": "forbid", "forbidden": "forbid", "frozen": "freeze", "froze": "freeze",
        "saw": "see", "seen": "see", "took": "take", "taken": "take", "signed": "sign", "passed": "pass", "threw": "throw", "thrown": "throw",
    ]
    /// Nouns that describe an authority ("the commission", "the central bank").
    static let authorityNouns: Set<String> = [
        "regulator", "watchdog", "commission", "authority", "agency", "ministry", "bank", "government", "supervisor",
        "parliament", "court", "council", "board", "cabinet", "treasury", "department", "police", "prosecutors", "authorities",
    ]
    static let liftLemmas: WordSet = ["lift", "repeal", "scrap", "end", "remove", "rescind", "overturn", "reverse", "drop", "abolish"]
    static let ruleMakingLemmas: WordSet = ["propose", "publish", "issue", "unveil", "release", "adopt", "introduce", "finalise", "finalize", "draft", "prepare", "develop", "write", "work"]
    static let ruleNouns: Set<String> = ["rules", "regulation", "regulations", "framework", "regime", "decree", "circular", "guidelines", "law", "rulebook", "directive"]
    static let postponedNouns: WordSet = [
        "deadline", "deadlines", "requirement", "requirements", "start", "rollout", "licensing", "registration", "tax",
        "levy", "implementation", "launch", "regime", "obligation", "obligations", "rule", "date",
    ]
    /// "does not let funds hold tokens", "will not be taxed", "has no plans to tax": the negated main verb of a
    /// measure is a carve-out. "may not", "cannot", "must not" forbid; "not allowed" forbids; "no longer"
    /// ends an obligation or forbids; a negated sanction ("will not sanction ... until") is a grace period.
    static func isNegatedMeasure(_ clause: Clause, in words: [String], cue: PolicyCues.Cue) -> Bool {
        guard !clause.isSubordinate, cue.index >= clause.groupStart, let action = cue.action, action != .enforce, action != .warn else { return false }
        // "was never registered with the bank, which required ...": a cue in a later clause is not negated by this one.
        if cue.index > clause.verb, words[clause.verb..<cue.index].contains(where: { $0 == "," || ClauseReader.relativePronouns.contains($0) }) { return false }
        if clause.negated {
            if let modal = clause.modal, [.may, .can, .must, .shall, .should].contains(modal) { return false }
            let group = words[clause.groupStart...clause.verb]
            if group.contains("longer") || group.contains("cannot") { return false }
            // "are not allowed", "will not be permitted": a prohibition.
            if clause.voice == .passive, PolicyCues.permitWords.contains(words[clause.verb]) { return false }
            // "will not be able to operate": an obligation to qualify.
            if clause.complement.map({ words[$0] == "able" }) ?? false { return false }
            return true
        }
        // "has no plans to tax unsold coins", "no intention to ban".
        return clause.verb + 3 < words.count && ["no"].contains(words[clause.verb + 1]) && ["plans", "plan", "intention"].contains(words[clause.verb + 2])
    }

    /// "Platforms that miss the deadline will be barred ...", "firms that fail to register face fines":
    /// a consequence of not complying is a sanction.
    static func sanctionsNonCompliance(_ clause: Clause, in words: [String]) -> Bool {
        guard !clause.isSubordinate, let relative = words[clause.subject].firstIndex(where: { ["that", "which", "who"].contains($0) }) else { return false }
        let relativeClause = words[(relative + 1)..<clause.groupStart]
        return relativeClause.contains(where: { failureLemmas.contains(lemma($0)) })
            || relativeClause.contains("not") && relativeClause.contains(where: { ["comply", "register", "apply"].contains($0) })
    }

    /// "shops that ignore the order could see their accounts suspended", "firms that miss the deadline face fines",
    /// "those that do not register will have their licence revoked": what befalls those who do not comply is a sanction
    /// when it suspends, revokes, cuts off or fines them. An order to stop or to take no new business ("firms that miss
    /// the date have to wind down", "... will be barred from opening new accounts") keeps its own action.
    static func punishesNonCompliance(_ clause: Clause, in words: [String]) -> Bool {
        guard sanctionsNonCompliance(clause, in: words) else { return false }
        let consequence = words[clause.groupStart..<words.count]
        return consequence.contains(where: sanctionWords.contains) && !consequence.contains(where: orderWords.contains)
    }

    /// Words of a sanction that befalls a firm: suspension, revocation, disconnection, a fine.
    private static let sanctionWords: WordSet = [
        "suspend", "suspended", "suspension", "revoke", "revoked", "revocation", "disconnect", "disconnected", "face",
        "fine", "fined", "fines", "penalty", "penalties", "sanctions", "prosecuted", "prosecution",
    ]
    /// Words of an order to stop, or of a bar on new business, that stays the order's own measure.
    private static let orderWords: WordSet = ["stop", "cease", "barred", "banned", "new"]

    /// Verbs of a duty to act: reporting, checking, holding, keeping, paying.
    static let dutyLemmas: WordSet = [
        "report", "verify", "register", "disclose", "declare", "submit", "file", "hold", "obtain", "keep", "publish",
        "provide", "notify", "comply", "apply", "pay", "collect", "share", "check", "screen", "monitor", "segregate",
        "store", "send", "identify", "record", "retain", "appoint", "audit", "inform",
    ]
    /// Verbs that state a measure by themselves.
    static let measureLemmas: WordSet = [
        "let", "allow", "permit", "license", "licence", "authorise", "authorize", "ban", "prohibit", "bar", "forbid", "outlaw",
        "tax", "require", "oblige", "cap", "limit", "restrict", "suspend", "regulate", "supervise", "cover", "apply", "change",
    ]
    static let failureLemmas: WordSet = ["fail", "miss", "breach", "violate", "ignore", "refuse", "break", "flout", "disregard", "defy", "evade"]
    static let postponeLemmas: WordSet = ["postpone", "delay", "defer"]
    static let amountLemmas: WordSet = ["double", "triple", "rise", "raise", "increase", "climb", "jump", "go"]
    static let levyNouns: WordSet = ["surcharge", "tax", "levy", "tariff", "fee", "fees", "duty", "vat", "rate", "charge", "toll"]
    /// The action of a measure named by a noun ("a cap", "registration").
    static let measureNounActions: [String: PolicyAction] = [
        "ban": .prohibit, "bans": .prohibit, "prohibition": .prohibit, "cap": .restrict, "caps": .restrict, "limit": .restrict,
        "limits": .restrict, "curbs": .restrict, "restrictions": .restrict, "moratorium": .restrict, "freeze": .restrict,
        "registration": .require, "licensing": .require, "licence": .require, "license": .require, "tax": .require,
        "levy": .require, "surcharge": .require, "reporting": .require, "disclosure": .require, "requirement": .require,
        "requirements": .require, "fines": .enforce, "penalties": .enforce, "sandbox": .permit, "conditions": .require,
        "checks": .require, "scrutiny": .require, "obligations": .require, "restriction": .restrict, "curb": .restrict,
        // "is weighing a second round of licences": licences handed out permit.
        "licences": .permit, "licenses": .permit, "permits": .permit, "approvals": .permit, "authorisations": .permit, "authorizations": .permit,
    ]
    /// The action of an infinitive after a verb of deliberation ("whether to let ...").
    static let infinitiveActions: [String: PolicyAction] = [
        "let": .permit, "allow": .permit, "permit": .permit, "license": .require, "ban": .prohibit, "prohibit": .prohibit,
        "bar": .prohibit, "cap": .restrict, "limit": .restrict, "restrict": .restrict, "require": .require, "tax": .require,
        "oblige": .require, "fine": .enforce, "issue": .permit, "launch": .permit, "legalise": .permit, "legalize": .permit,
    ]
    /// Verbs by which a measure or a decision could undo or halt something else.
    static let undoingLemmas: WordSet = ["suspend", "revoke", "cancel", "stop", "halt", "end", "prevent", "preclude", "invalidate", "void", "remove", "bar"]
    /// Nouns that name a measure, a sanction or a decision as the subject of a clause.
    static let decisionNouns: WordSet = [
        "penalty", "penalties", "fine", "fines", "ruling", "decision", "judgment", "judgement", "verdict", "order", "settlement",
        "sanction", "sanctions", "ban", "rules", "rule", "law", "regulation", "measure", "measures", "moratorium", "directive",
    ]
    static let carveOutVerbs: WordSet = ["change", "affect", "alter", "apply", "cover", "touch", "extend", "reach", "concern"]
    static let registrationNouns: WordSet = ["registration", "registrations", "licence", "licences", "license", "licenses", "authorisation", "authorization", "authorisations", "authorizations", "permit", "permits", "approval", "approvals"]
    static let restitutionVerbs: WordSet = ["return", "refund", "repay", "reimburse", "compensate", "restore"]
    static let firmNouns: WordSet = [
        "exchange", "exchanges", "platform", "platforms", "firm", "firms", "provider", "providers", "company", "companies",
        "custodian", "custodians", "broker", "brokers", "operator", "operators", "issuer", "issuers", "bank", "banks",
        "entities", "vasps", "casps", "businesses", "as", "dealers", "wallets",
    ]
    static let regulatedPeople: WordSet = [
        "residents", "citizens", "investors", "users", "customers", "clients", "individuals", "merchants", "miners",
        "foreigners", "tourists", "traders", "savers", "consumers", "households", "lenders", "insurers", "funds",
    ]
    static let prohibitionLemmas: WordSet = ["ban", "prohibit", "outlaw", "forbid", "bar", "criminalise", "criminalize", "block", "shut", "close"]
    static let reactionLemmas: WordSet = [
        "expect", "assess", "welcome", "regret", "review", "evaluate", "comply", "hope", "see", "believe", "fear",
        "criticise", "criticize", "praise", "applaud", "study", "anticipate", "lament", "slam", "decry", "support", "oppose",
    ]
    static let deliberationLemmas: WordSet = [
        "weigh", "consider", "explore", "study", "mull", "contemplate", "evaluate", "discuss", "debate", "examine", "assess",
        "ponder", "eye",
    ]
    static let enactmentLemmas: WordSet = ["pass", "adopt", "enact", "sign", "approve", "ratify", "promulgate", "gazette"]
}
