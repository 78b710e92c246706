/// How news tells a change to the capital that regulated firms must hold: "raises the capital bar for exchanges",
/// "halves the capital floor", "raised the minimum capital that providers must hold", "will lower paid-up capital
/// requirements". Whichever way the level moves, firms are obliged to hold it: the measure is a requirement (the "bar"
/// is no ban, and a lower floor is still a floor). A firm raising capital from investors ("raised $40 million in
/// capital", "raises capital for expansion") names no level and states no measure.
enum CapitalFloorCues {
    /// The requirement a change of a capital level states at `index`, if the word is a verb that changes one.
    static func reading(at index: Int, in words: [String], from start: Int) -> CueReading? {
        guard levelChangingVerbs.contains(words[index]), !PolicyCues.isNegated(index, in: words, from: start),
              let capital = words[(index + 1)..<min(words.count, index + 7)].firstIndex(of: "capital"),
              namesALevel(words, capital: capital, after: index) else { return nil }
        return CueReading(action: .require, priority: 92)
    }

    /// "the capital bar", "capital requirements", "minimum capital", "paid-up capital", "the base capital": the word
    /// "capital" at `capital` names a level firms must hold when a noun of a level follows it or a word of a required
    /// amount stands between the verb at `verb` and it.
    private static func namesALevel(_ words: [String], capital: Int, after verb: Int) -> Bool {
        words[(capital + 1)..<min(words.count, capital + 3)].contains(where: levelNouns.contains)
            || words[(verb + 1)..<capital].contains(where: requiredAmountWords.contains)
    }

    /// The verbs that move a level up or down, in their finite forms and the infinitive.
    static let levelChangingVerbs: WordSet = [
        "raise", "raises", "raised", "raising", "increase", "increases", "increased", "double", "doubles", "doubled",
        "triple", "triples", "tripled", "halve", "halves", "halved", "lower", "lowers", "lowered", "reduce", "reduces",
        "reduced", "cut", "cuts",
    ]
    /// Nouns after "capital" that make it a level to hold.
    private static let levelNouns: WordSet = [
        "bar", "floor", "floors", "requirement", "requirements", "threshold", "thresholds", "minimum", "minimums", "standard",
        "standards", "rule", "rules", "adequacy",
    ]
    /// Words before "capital" that make it an amount required ("paid-up" is three tokens, "up" among them).
    private static let requiredAmountWords: WordSet = ["minimum", "required", "up", "paid-in", "initial", "base", "charter", "regulatory"]
}
