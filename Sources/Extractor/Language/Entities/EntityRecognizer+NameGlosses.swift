/// The phrases that give an institution a second name in the same breath: a local-language name or a short form
/// ("X, known locally as Y", "X (Y, ACR)", "Y, the X (ACR), said", "X (ACR), Y, which ..."), and an abbreviated
/// name in parentheses ("Regional Court of Lazio (TAR Lazio)"). Each second name is an alias, never an entity.
extension EntityRecognizer {
    /// ", known as", ", known locally as the", ", also called", ", locally known as": a naming phrase between two names.
    static func isNamingPhrase(_ between: [String]) -> Bool {
        guard between.first == ",", (3...7).contains(between.count) else { return false }
        var words = Array(between.dropFirst())
        if words.last == "the" { words.removeLast() }
        guard let last = words.last else { return false }
        if last == "as" { return words.contains("known") || words.contains("referred") }
        return ["called", "named", "dubbed"].contains(last) && words.count <= 3
    }

    /// The token after a name and the parenthesized acronym that may follow it ("Department of X (DX)").
    static func endWithAcronym(_ end: Int, tokens: [Token]) -> Int {
        guard end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 2].text == ")", tokens[end + 1].isAllCaps else { return end }
        return end + 3
    }

    /// "Y, the X (ACR), said", "X (ACR), Y, which ...": a second institution's name in apposition, closed by a comma,
    /// a parenthesis or a sentence's end, and not the next item of a list ("X, the Y, and the Z").
    static func isAppositiveName(first: EntityMention, second: EntityMention, tokens: [Token]) -> Bool {
        let start = endWithAcronym(first.end, tokens: tokens)
        guard second.first > start else { return false }
        let between = tokens[start..<second.first].map(\.lower)
        let close = endWithAcronym(second.end, tokens: tokens)
        guard close < tokens.count, [",", ")", ".", ";"].contains(tokens[close].text) else { return false }
        if tokens[close].text == ",", close + 1 < tokens.count {
            let after = tokens[close + 1]
            if ["and", "or", "the", "as", "nor"].contains(after.lower) || after.isCapitalized { return false }
        }
        // Two institutions the gazetteer knows apart are two, unless a one-word local name is glossed by a long one
        // ("Finanstilsynet, the Financial Supervisory Authority of Norway": two countries' regulators share the local name).
        let firstWords = tokens[first.first..<first.end].filter { $0.kind == .word }.count
        let secondWords = tokens[second.first..<second.end].filter { $0.kind == .word }.count
        if first.key.hasPrefix("g"), second.key.hasPrefix("g"), !(firstWords == 1 && secondWords >= 3 && first.type == second.type) { return false }
        if between == [",", "the"] { return true }
        // "the Department of Internal Affairs (DIA), Te Tari Taiwhenua, which ...": without "the", only a name with no
        // head word of its own after an authority, closed by a relative pronoun.
        guard between == [","], first.type == .authority, second.key.hasPrefix("n:"), close + 1 < tokens.count,
              tokens[close].text == ",", ["which", "that"].contains(tokens[close + 1].lower) else { return false }
        let words = tokens[second.first..<second.end].filter { $0.kind == .word }
        return words.count >= 2 && !words.contains { Lexicon.authorityHeads.contains($0) || Lexicon.organizationHeads.contains($0) }
    }

    /// "(Openbaar Ministerie, OM)", "(Česká národní banka, ČNB)": the acronym closing a parenthesized gloss, with its index.
    static func glossAcronym(after end: Int, tokens: [Token]) -> Int? {
        guard end < tokens.count, tokens[end].text == "(" else { return nil }
        var cursor = end + 1
        while cursor < tokens.count, cursor <= end + 8, tokens[cursor].text != ")", tokens[cursor].text != "(" { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].text == ")", cursor - end >= 4, tokens[cursor - 2].text == "," else { return nil }
        let acronym = tokens[cursor - 1]
        guard acronym.kind == .word, acronym.text.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2 else { return nil }
        return cursor - 1
    }

    /// "(TAR Lazio)", "(CNMV Madrid)": a parenthesized name of two to four capitalized words opened by an acronym, as a range.
    static func abbreviatedName(after end: Int, tokens: [Token]) -> Range<Int>? {
        guard end < tokens.count, tokens[end].text == "(" else { return nil }
        var cursor = end + 1
        while cursor < tokens.count, cursor <= end + 5, tokens[cursor].kind == .word, tokens[cursor].isCapitalized { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].text == ")", (2...4).contains(cursor - end - 1), tokens[end + 1].isAllCaps,
              tokens[end + 1].text.unicodeScalars.count >= 2 else { return nil }
        return (end + 1)..<cursor
    }
}
