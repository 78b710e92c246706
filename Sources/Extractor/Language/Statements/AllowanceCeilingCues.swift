/// How news tells a permission bounded by an amount for each person or each period: "households may move up to
/// 2 million rand a year offshore", "users can spend up to 15,000 dinars monthly", "each wallet may hold up to 5,000
/// digital euros", "savers can keep up to 40,000 taka apiece". The ceiling is the measure: it restricts. A share or a
/// sum that a measure lets funds put into an asset ("may invest up to 2% of their portfolios in bitcoin"), a fine that
/// can reach a sum ("faces fines of up to $8,000 a day") and a stretch of time ("may keep going for up to nine months")
/// bound nothing of the kind.
enum AllowanceCeilingCues {
    /// The restriction an allowance's ceiling states at `index`, if the word opens one ("up" of "up to").
    static func reading(at index: Int, in words: [String], from start: Int) -> CueReading? {
        guard words[index] == "up", index + 2 < words.count, words[index + 1] == "to", index > start,
              words[max(start, index - 6)..<index].contains(where: permissionWords.contains),
              !words[start..<index].contains(where: penaltyWords.contains),
              let amountEnd = amountEnd(words, from: index + 2) else { return nil }
        let holds = holdingVerbs.contains(words[index - 1])
        return holds || isPerPersonOrPeriod(words, from: amountEnd) ? CueReading(action: .restrict, priority: 75) : nil
    }

    /// The position after an amount that starts at `position` ("20,000 dinars", "R1 million", "NZ$50,000", "5 million
    /// tenge"): a token with a digit, then its scale and its currency word; nil when there is no figure or the figure
    /// counts time ("nine months", "6 months").
    private static func amountEnd(_ words: [String], from position: Int) -> Int? {
        guard let figure = words[position..<min(words.count, position + 3)].firstIndex(where: { $0.contains(where: \.isNumber) }) else { return nil }
        var end = figure + 1
        while end < words.count, end < figure + 4, !boundaryWords.contains(words[end]) {
            if PolicyCues.periodWords.contains(words[end]) { return nil }
            end += 1
        }
        return end
    }

    /// "a year", "a calendar year", "per month", "each day", and "each" alone after the amount ("50,000 taka each").
    private static func isPerPersonOrPeriod(_ words: [String], from position: Int) -> Bool {
        guard position < words.count else { return false }
        if words[position] == "each" { return true }
        guard ["a", "per", "each", "every"].contains(words[position]) else { return false }
        return words[(position + 1)..<min(words.count, position + 3)].contains(where: PolicyCues.periodWords.contains)
    }

    /// Words that let the ceiling's addressees act: "may", "can", "able", "allowed", "permitted".
    private static let permissionWords: WordSet = ["may", "can", "able", "allowed", "permitted"]
    /// Verbs of keeping an amount: a ceiling on them bounds a holding ("may hold up to 5,000 digital euros").
    private static let holdingVerbs: WordSet = ["hold", "keep", "store"]
    /// Words of a sanction: a fine that can reach a sum is no allowance.
    private static let penaltyWords: WordSet = ["fine", "fined", "fines", "penalty", "penalties", "punishable", "prison", "jail"]
    /// Words after an amount that begin what follows it: a period ("a year"), a person ("each") or another phrase.
    private static let boundaryWords: WordSet = ["a", "an", "per", "each", "every", "in", "of", "into", "to", "from", "for", "at", "on", "through", ",", "and", "or"]
}
