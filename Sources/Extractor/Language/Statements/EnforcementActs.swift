/// How news tells an authority's act of enforcement by a verb no other cue list holds: a court upholding a penalty
/// ("upheld the penalty"), a case handed on for prosecution ("referred the matter to prosecutors"), a charge laid ("the
/// regulator's complaint accuses the dealer of fraud"), premises sealed, illegal sites cut off. Each verb counts only
/// beside the words that make it an authority's act: "sealed a deal", "asked the court to uphold", "referred the call
/// to the police" and "accuses rivals of copying" are none.
enum EnforcementActs {
    /// The action and priority of an act of enforcement at a word, if the word tells one.
    static func reading(at index: Int, in words: [String], from start: Int) -> CueReading? {
        let word = words[index]
        guard cueWords.contains(word), !PolicyCues.isNegated(index, in: words, from: start) else { return nil }
        let after = words[(index + 1)..<min(words.count, index + 1 + 8)]
        let isAct: Bool
        switch word {
        case "upheld", "upholds":
            // "upheld the $5 million penalty", "upholds the revocation of the licence".
            isAct = after.prefix(5).contains(where: upheldPenaltyNouns.contains)
        case "referred", "refers":
            // "referred the matter to the police", "referred three dealers to prosecutors", "could be referred to
            // prosecutors".
            guard let to = after.firstIndex(of: "to"), to + 1 < words.count else { return nil }
            let handedOver = words[(index + 1)..<to]
            isAct = words[(to + 1)..<min(words.count, to + 3)].contains(where: prosecutingBodies.contains)
                && (handedOver.isEmpty || handedOver.contains(where: referredMatters.contains))
        case "accuses", "accuse":
            // "The indictment accuses the kiosk operator of laundering cash."
            isAct = words[max(start, index - 6)..<index].contains(where: accusingBodies.contains) && words[(index + 1)..<min(words.count, index + 13)].contains("of")
        case "sealed":
            // "Agents sealed the offices of the unlicensed broker."
            isAct = after.prefix(4).contains(where: premisesNouns.contains)
        default:
            // "disconnects 30 illegal rigs found in a warehouse".
            isAct = after.prefix(6).contains(where: illegalWords.contains)
        }
        return isAct ? CueReading(action: .enforce, priority: 88) : nil
    }

    static let cueWords: WordSet = ["upheld", "upholds", "referred", "refers", "accuses", "accuse", "sealed", "disconnected", "disconnects"]
    /// What a court upholds that is a sanction (a ban or a rule upheld keeps its own action).
    static let upheldPenaltyNouns: WordSet = [
        "fine", "fines", "penalty", "penalties", "revocation", "sanction", "sanctions", "judgment", "judgement", "conviction", "sentence", "surcharge",
    ]
    /// Whom a case is referred to for prosecution.
    static let prosecutingBodies: WordSet = ["police", "prosecutors", "prosecutor", "prosecution"]
    /// What is referred for prosecution: a case, or the firms themselves.
    static let referredMatters: WordSet = [
        "case", "cases", "matter", "matters", "it", "them", "firm", "firms", "company", "companies", "platform", "platforms",
        "exchange", "exchanges", "operator", "operators", "individuals", "suspects",
    ]
    /// Who lays a charge: a prosecutor, a regulator's complaint, an indictment.
    static let accusingBodies: WordSet = ["prosecutor", "prosecutors", "prosecution", "indictment", "complaint", "regulator", "commission", "office", "agency"]
    static let premisesNouns: WordSet = ["premises", "office", "offices", "shop", "shops", "warehouse", "building", "site", "sites", "farm", "farms"]
    static let illegalWords: WordSet = ["illegal", "unlicensed", "unregistered", "illicit"]
}
