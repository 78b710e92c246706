/// How news words an activity reserved for licence holders: "only licensed exchanges may offer trading", "may be offered
/// only by firms registered with the regulator", "may operate only under a licence issued by the ministry". Whoever lacks the
/// licence may not do it, so the reservation obliges firms to hold one (`require`, the call the annotated sets follow
/// since `blind59`). It is read only where the licence holder is the firm that acts: a licence that bounds what is sold
/// ("only tokens the central bank has approved count as payment"), a permission of its own ("only let registered
/// platforms offer") or the other party ("may be sent only to platforms licensed by") restricts, and advertising reserved for
/// licensed firms forbids it to the rest.
enum ReservedActivityCues {
    /// The action and priority of the reservation "only" opens at `index`, if it opens one.
    static func reading(at index: Int, in words: [String], from start: Int) -> CueReading? {
        guard words[index] == "only", grantsByModal(words, around: index, from: start) else { return nil }
        let advertises = words[start..<words.count].contains(where: advertisingWords.contains)
        // ("market" may advertise or name an authority, "the Capital Market Authority": left to the other cues.)
        guard advertises || !words[start..<words.count].contains("market") else { return nil }
        let ahead = Array(words[(index + 1)..<min(words.count, index + 8)])
        guard namesALicenceHolder(ahead) || namesALicence(ahead) else { return nil }
        // Advertising reserved for licence holders forbids it to the rest (the call the annotated sets follow since `blind59`).
        return CueReading(action: advertises ? .prohibit : .require, priority: 72)
    }

    /// "only licensed platforms", "only a registered provider", "only through an approved portal", "only firms
    /// licensed by", "only by firms registered with", "only providers holding a licence": a licensing participle before
    /// the firm, or after it; the words between are openers or the firm's own words, never what a firm sells.
    private static func namesALicenceHolder(_ ahead: [String]) -> Bool {
        for (position, word) in ahead.enumerated() where licensedWords.contains(word) || holdingWords.contains(word) {
            let gap = ahead[..<position]
            // ("may be sent only to platforms licensed by", "accounts only for exchanges registered with": the licensed firm is
            // the other party of the activity, which the rule bounds.)
            guard !gap.contains(where: { assetNouns.contains($0) || verbsBetween.contains($0) || ["to", "for"].contains($0) }) else { return false }
            if holdingWords.contains(word) {
                return position > 0 && ClauseSense.firmNouns.contains(ahead[position - 1])
                    && ahead[(position + 1)...].prefix(3).contains(where: LicensingCues.licenceNouns.contains)
            }
            // Before the firm: only openers stand between ("only licensed", "only through an approved").
            if gap.allSatisfy(openers.contains) { return true }
            // After it: the firm noun right before the participle ("only crypto firms licensed by").
            return ClauseSense.firmNouns.contains(ahead[position - 1]) && ahead[position - 1] != "as"
        }
        return false
    }

    /// "only under a licence issued by the ministry", "may operate only with authorisation from the central bank", "may
    /// operate only under a licence".
    private static func namesALicence(_ ahead: [String]) -> Bool {
        guard let under = ahead.prefix(3).firstIndex(where: { ["under", "with"].contains($0) }) else { return false }
        return ahead[(under + 1)...].prefix(2).contains(where: LicensingCues.licenceNouns.contains)
    }

    /// A modal that grants or bounds the activity stands near: "only ... may offer", "may be offered only by".
    private static func grantsByModal(_ words: [String], around index: Int, from start: Int) -> Bool {
        words[max(start, index - 5)..<index].contains(where: modals.contains)
            || words[(index + 1)..<min(words.count, index + 14)].contains(where: modals.contains)
    }

    static let modals: WordSet = ["may", "can", "allowed", "permitted"]
    static let licensedWords: WordSet = ["licensed", "licenced", "authorised", "authorized", "registered", "approved"]
    static let holdingWords: WordSet = ["holding", "hold"]
    static let openers: WordSet = ["a", "an", "the", "by", "through", "via", "with", "on"]
    static let advertisingWords: WordSet = ["advertise", "advertises", "advertising", "advertisements", "ads", "promote"]
    /// What a firm sells or moves: a licence that bounds these bounds a product, not who may operate.
    static let assetNouns: WordSet = [
        "token", "tokens", "stablecoin", "stablecoins", "coin", "coins", "assets", "crypto-assets", "products", "product", "payments",
        "payment", "units", "shares", "funds", "transfers", "list",
    ]
    /// Verbs that put a permission of its own between "only" and the licence ("only let registered platforms offer").
    static let verbsBetween: WordSet = ["let", "lets", "allow", "allows", "list", "take", "accept", "buy", "use", "used"]
}
