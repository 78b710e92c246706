/// How news words the reach of a measure and the standing of those outside it: carve-outs ("remain out of scope",
/// "are not part of it", "apply only inside the zone"), people left unable to act ("foreign investors will not be
/// able to open accounts"), a firm's legal standing ("the app is not licensed to take deposits") and advice to the
/// public ("told residents to stay away from the scheme").
enum ScopeCues {
    /// The scope phrase the word at `index` opens, if any.
    static func reading(at index: Int, in words: [String], from start: Int) -> CueReading? {
        let word = words[index]
        guard cueWords.contains(word) else { return nil }
        let subject = words[start..<index]
        let negated = words[max(start, index - 3)..<index].contains { negations.contains($0) }
        // "Retail customers remain out of scope", "stablecoins are not part of the framework", "mining falls outside
        // the scope of the rules": left out of a measure. People left out of a permission are restricted; an activity
        // left out of a rule is a carve-out.
        if isOutsideScope(at: index, in: words, negated: negated) {
            return CueReading(action: subject.contains(where: ClauseSense.regulatedPeople.contains) ? .restrict : .warn, priority: 93)
        }
        // "The rules apply only inside the financial centre", "the cap applies only within the zone": a geographic reach.
        if ["apply", "applies"].contains(word), index + 2 < words.count, words[index + 1] == "only", placePrepositions.contains(words[index + 2]) {
            return CueReading(action: .warn, priority: 93)
        }
        // "Foreign investors will not be able to open accounts during the pilot": people barred from part of a
        // measure (a firm that will not be able to operate without a licence is no carve-out: left to the others).
        // ("Investors were unable to sell during the crash": an event, no measure.)
        if word == "able", negated, index > start, ["be", "been"].contains(words[index - 1]), subject.contains(where: ClauseSense.regulatedPeople.contains),
           isDecided(words, from: start) {
            return CueReading(action: .restrict, priority: 74)
        }
        if word == "unable", subject.contains(where: ClauseSense.regulatedPeople.contains), isDecided(words, from: start) { return CueReading(action: .restrict, priority: 74) }
        // "The app is not licensed to take deposits", "none of the firms is registered in the country": legal standing.
        if standingParticiples.contains(word), negated, index > start, words[max(start, index - 4)..<index].contains(where: ["is", "are", "was", "were", "been", "be"].contains) {
            return CueReading(action: .warn, priority: 58)
        }
        // "told the public to stay away from the app", "advised consumers to avoid the platform".
        // ("told staff to stay away from the office": advice to the public, investors or a people only.)
        if adviceVerbs.contains(word), let to = words[(index + 1)..<min(words.count, index + 7)].firstIndex(of: "to"), to + 1 < words.count,
           words[(index + 1)..<to].contains(where: isPublic),
           avoidanceVerbs.contains(words[to + 1]) || words[to + 1] == "not"
            || words[to + 1] == "be" && to + 2 < words.count && ["careful", "cautious", "wary", "vigilant", "alert"].contains(words[to + 2]) {
            return CueReading(action: .warn, priority: 45)
        }
        return nil
    }

    /// A measure's future or its instrument: "will not be able to ... under the pilot".
    private static func isDecided(_ words: [String], from start: Int) -> Bool {
        words[start...].contains { ["will", "would", "shall", "'ll", "under", "pilot", "scheme", "rules", "law", "regime", "programme", "program", "ban"].contains($0) }
    }

    /// The public, investors, consumers or a people ("Fijians", "Filipinos", "the Japanese").
    private static func isPublic(_ word: String) -> Bool {
        ClauseSense.regulatedPeople.contains(word) || ["public", "people", "consumers", "savers", "households", "everyone"].contains(word)
            || word.count > 5 && (word.hasSuffix("ians") || word.hasSuffix("inos") || word.hasSuffix("ese") || word.hasSuffix("ans"))
    }

    /// "out of scope", "outside the scope of", "beyond the remit of", "not part of", "excluded from".
    private static func isOutsideScope(at index: Int, in words: [String], negated: Bool) -> Bool {
        let word = words[index]
        let next = index + 1 < words.count ? words[index + 1] : ""
        switch word {
        case "out": return next == "of" && index + 2 < words.count && ["scope", "remit", "bounds"].contains(words[index + 2])
        case "outside", "beyond": return words[(index + 1)..<min(words.count, index + 4)].contains { ["scope", "remit", "perimeter", "ambit"].contains($0) }
        // "not part of the sandbox", "excluded from the ban" (not "not part of the case": a measure is named).
        case "part": return negated && next == "of" && namesMeasure(words, after: index + 1)
        case "excluded", "carved": return namesMeasure(words, after: index)
        default: return false
        }
    }

    /// A measure, or a pronoun standing for one, among the next few words.
    private static func namesMeasure(_ words: [String], after index: Int) -> Bool {
        words[(index + 1)..<min(words.count, index + 5)].contains { PolicyCues.lawNouns.contains($0) || measureNouns.contains($0) }
    }

    static let measureNouns: WordSet = [
        "it", "this", "sandbox", "pilot", "scheme", "programme", "program", "regime", "ban", "cap", "caps", "licence", "license",
        "tax", "levy", "requirement", "requirements", "obligation", "obligations", "prohibition", "restrictions", "measure", "measures",
    ]
    static let cueWords = WordSet(Set(["out", "outside", "beyond", "part", "excluded", "carved", "apply", "applies", "able", "unable"])
        .union(standingParticiples).union(adviceVerbs))
    static let negations: WordSet = ["not", "n't", "'t", "never", "no"]
    static let placePrepositions: WordSet = ["in", "inside", "within", "on"]
    static let standingParticiples: WordSet = ["licensed", "licenced", "registered", "authorised", "authorized", "approved", "accredited"]
    static let adviceVerbs: WordSet = ["tell", "tells", "told", "telling", "advise", "advises", "advised", "advising", "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "called"]
    static let avoidanceVerbs: WordSet = ["stay", "steer", "avoid", "refrain", "shun", "beware", "exercise"]
}
