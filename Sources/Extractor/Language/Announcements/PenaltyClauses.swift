/// A penalty a rule threatens for breaking it ("Each breach can be fined up to 2 million rand", "operators face fines
/// of up to €100,000", "punishable by a jail term of up to three years"): the reader takes it for a sanction, but it is
/// a clause of the rule, an `enforce` statement with no frame of its own (`Tests/Gold/README.md`), not a sanction the
/// article reports.
enum PenaltyClauses {
    /// "Each breach can be fined up to 2 million rand", "firms that break the code face administrative fines", "the
    /// agency will be able to fine operators", "platforms that go over the limit will be fined $4,000 per breach": an
    /// enforcement statement whose cue is a penalty that the words around it make a threat (a modal, a verb of facing,
    /// "punishable", a ceiling "up to", or "will be fined" said of whoever breaks the rule), not one imposed ("fined the
    /// exchange $2 million on Monday").
    static func threatensAPenalty(_ read: ReadStatement, _ document: AnalyzedText) -> Bool {
        guard read.statement.action == .enforce else { return false }
        let tokens = document.tokens
        let sentence = document.sentences[read.sentence]
        let cue = read.cueIndex
        let cueWord = tokens[cue].lower
        let words = tokens[sentence.first..<sentence.end].map(\.lower)
        // "Operating an unlicensed kiosk is punishable by ...": whatever word the reader took for the cue.
        guard penaltyStems.contains(where: { cueWord.hasPrefix($0) }) || words.contains("punishable") else { return false }
        // "Gives firms until March 31 to share the data, or face penalties": a deadline with its penalty is the news of
        // the deadline. "The agency seeks penalties of up to $250,000": a penalty sought from a court is an act.
        if words.contains(where: deadlineWords.contains) { return false }
        let before = tokens[max(sentence.first, cue - 4)..<cue].map(\.lower)
        if before.contains(where: actingVerbs.contains) { return false }
        if words.contains("punishable") { return true }
        if before.contains(where: threatVerbs.contains) || before.contains(where: threatModals.contains) { return true }
        if zip(before, before.dropFirst()).contains(where: { $0 == "able" && $1 == "to" }) { return true }
        // "fines of up to €100,000", "up to two years in prison": a ceiling on either side of the penalty.
        let around = tokens[max(sentence.first, cue - 6)..<min(sentence.end, cue + 6)].map(\.lower)
        if zip(around, around.dropFirst()).contains(where: { $0 == "up" && $1 == "to" }) { return true }
        // "Platforms that go over the limit will be fined": a fine to come for whoever breaks the rule.
        return before.contains("will") && words[..<(cue - sentence.first)].contains(where: breakerWords.contains)
    }

    /// The beginnings of the words that name a penalty: "fine", "fined", "penalties", "punishable", "imprisonment".
    static let penaltyStems = ["fine", "penal", "punish", "prison", "imprison", "jail", "disciplin"]
    /// Words of a period granted to comply, which makes the sentence's penalty the deadline's ("until", "grace").
    static let deadlineWords: WordSet = ["until", "grace"]
    /// Verbs of an authority acting against a party with the penalty: "seeking penalties of up to", "imposed fines of up to".
    static let actingVerbs: WordSet = [
        "seek", "seeks", "seeking", "sought", "impose", "imposes", "imposed", "imposing", "ask", "asks", "asked", "asking",
        "request", "requests", "requested", "requesting", "demand", "demands", "demanded", "demanding",
    ]
    /// Verbs that make a penalty a risk for whoever breaks a rule: "face fines", "risks a penalty".
    static let threatVerbs: WordSet = ["face", "faces", "facing", "risk", "risks", "risking"]
    /// Modals of a penalty that may come ("can be fined", "could face"), not "will", which also tells a decision.
    static let threatModals: WordSet = ["can", "could", "may", "might", "would"]
    /// Words that make the subject of "will be fined" whoever breaks a rule: "firms that", "anyone who", "if".
    static let breakerWords: WordSet = ["that", "who", "which", "whose", "if", "unless", "anyone", "those"]
}
