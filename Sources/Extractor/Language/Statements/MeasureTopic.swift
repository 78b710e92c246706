/// A measure named as the topic of a sentence rather than stated by it: "Portugal's crypto tax brings in less than
/// promised", "the tax has not been the deciding factor", "the crackdown has pushed traders offshore". The measure noun
/// heads the subject of the main clause, and the verb tells what the measure did, how it fared or what it is like, not
/// what it does to whom ("the tax applies to gains", "the ban takes effect on Monday", "the levy rises to 2%").
enum MeasureTopic {
    /// Whether the sentence only talks about the measure its cue noun names: the noun heads the main clause's subject,
    /// the verb is none of a measure's own, and the predicate holds no cue, figure or standing of its own.
    static func isTopicOnly(
        _ cue: PolicyCues.Cue, clause: Clause, in words: [String], skipping: Set<Int>, aboutCBDC: Bool
    ) -> Bool {
        let clause = nounSubjectClause(clause, cueAt: cue.index, in: words) ?? clause
        guard measureNouns.contains(words[cue.index]), !clause.isSubordinate, clause.voice == .active,
              clause.subject.contains(cue.index), cue.index < clause.groupStart, clause.verb < words.count,
              // The noun heads the subject: what follows it is the verb or a phrase it governs ("the ban on mining"),
              // not a noun it qualifies ("the tax authority", "a licensing regime").
              cue.index + 1 == clause.groupStart || headFollowers.contains(words[cue.index + 1]),
              // ("the requirement, which was scheduled to begin in April, would start in July": the verb read may be the
              // relative clause's.)
              !words[cue.index..<clause.groupStart].contains(where: ClauseReader.relativePronouns.contains),
              // A subject across a colon is a label and its gloss ("Guidance on staking: what firms need to know").
              !words[clause.subject].contains(where: { [":", ";"].contains($0) }),
              // A verb in "-ing" with no auxiliary is a modifier the reader took for a verb ("guidance on staking tokens").
              !(clause.groupStart == clause.verb && words[clause.verb].hasSuffix("ing")) else { return false }
        if contentLemmas.contains(ClauseSense.lemma(words[clause.verb])) { return false }
        let predicate = words[clause.verb..<words.count]
        // "The tax is 28%", "the ban is in place", "the levy is due by April": a copula that gives the terms or the standing.
        if predicate.contains(where: { $0.first?.isNumber == true || termWords.contains($0) }) { return false }
        return PolicyCues.cue(in: words, from: clause.groupStart, skipping: skipping, aboutCBDC: aboutCBDC)?.action == nil
    }

    /// "The crypto levy has raised ...", "Portugal's crypto tax brings in ...": the reader took the noun for the verb
    /// ("levy", "tax" and "ban" are verbs too); when a verb group follows it, the noun closes the subject and that group
    /// is the main clause's.
    static func nounSubjectClause(_ clause: Clause, cueAt cue: Int, in words: [String]) -> Clause? {
        guard clause.verb == cue, cue > clause.subject.lowerBound, cue + 1 < words.count,
              !ClauseReader.isAuxiliary(words[cue - 1]), words[cue - 1] != "to" else { return nil }
        let next = words[cue + 1]
        // ("Regulator bans exchanges from ...": after a word in "-s", a plural noun may follow a verb.)
        guard ClauseReader.isAuxiliary(next) || ClauseReader.isVerbForm(next) && !words[cue].hasSuffix("s"),
              var reread = ClauseReader(words: words, capitalized: []).mainClause(from: cue + 1), reread.groupStart == cue + 1 else { return nil }
        reread.subject = clause.subject.lowerBound..<(cue + 1)
        return reread
    }

    /// Nouns that name a measure and are cues by themselves.
    static let measureNouns: Set<String> = [
        "tax", "taxes", "taxation", "levy", "ban", "bans", "prohibition", "cap", "caps", "limit", "limits", "restriction",
        "restrictions", "curb", "curbs", "moratorium", "requirement", "requirements", "crackdown", "crackdowns", "clampdown",
        "enforcement", "penalty", "penalties", "fines", "sanctions", "mandate", "obligation", "obligations", "licensing",
        "draft", "proposal", "rulemaking", "guidance", "guidelines", "warning", "warnings", "advisory", "suspension", "freeze",
    ]

    /// Verbs that tell what a measure does, when it starts or ends, whom it reaches and how its rate changes, the acts
    /// of sanctions ("the sanctions freeze the firm's assets") and the steps of a measure's making ("the bill passed").
    static let contentLemmas: WordSet = [
        "apply", "cover", "take", "come", "enter", "start", "begin", "kick", "go", "become", "affect", "target", "hit", "reach",
        "extend", "include", "exclude", "exempt", "remain", "stay", "last", "run", "expire", "end", "lapse", "require", "oblige",
        "force", "compel", "prohibit", "ban", "bar", "forbid", "outlaw", "stop", "prevent", "block", "halt", "delist", "allow",
        "permit", "let", "restrict", "limit", "cap", "curb", "freeze", "suspend", "pause", "tighten", "impose", "charge", "levy",
        "tax", "mandate", "set", "replace", "supersede", "capture", "catch", "concern", "amount", "total", "rise", "double",
        "triple", "increase", "climb", "jump", "fall", "drop", "decrease", "halve", "fine", "sanction", "revoke", "cancel",
        "penalise", "penalize", "seize", "confiscate", "delay", "postpone", "defer", "pass", "adopt", "enact", "sign",
        "approve", "ratify", "clear", "win", "loom", "stand", "hold",
    ]

    /// Words that may follow a noun heading its phrase: prepositions, punctuation, an apposition.
    static let headFollowers: WordSet = [
        "on", "of", "for", "in", "against", "from", "to", "by", "at", "over", "under", "with", ",", "(", "\u{2014}", "-",
    ]

    /// Words of a predicate that gives a measure's terms or standing rather than a judgement of it.
    static let termWords: WordSet = ["%", "percent", "per", "place", "force", "effect", "effective", "due", "payable", "law"]
}
