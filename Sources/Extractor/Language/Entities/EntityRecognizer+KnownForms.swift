/// A gazetteer form as a mention, unless its place shows it is something else: an ambiguous form opening a sentence,
/// a currency ("US$"), or a country's letters qualifying a noun ("U.S. regulators") or a name ("UK Finance").
extension EntityRecognizer {
    /// The mention of a gazetteer form at `start..<end`, or nil where it names nothing.
    func gazetteerMention(_ form: GazetteerForm, _ start: Int, _ end: Int, tokens: [Token], layout: TextLayout) -> EntityMention? {
        let entry = gazetteer.entries[form.entry]
        if form.isAmbiguous && (layout.isInitial(start) || layout.inTitleLine(start)) && !layout.isCapitalizedInside(tokens[start].text)
            && !(layout.isInitial(start) && !layout.inTitleLine(start) && Self.isNamedAsActor(after: end, tokens: tokens)) {
            return nil
        }
        // "THE BIG ONE", "ONE TO WATCH": a ticker that is a common word, shouted in a heading, is the word.
        if entry.type == .asset, end - start == 1, tokens[start].isAllCaps, isShoutedWord(start, tokens: tokens, layout: layout) { return nil }
        // "US$26,214": a currency, not a place.
        if end < tokens.count, tokens[end].text == "$", !tokens[end].spaceBefore { return nil }
        if entry.type == .location, let code = entry.code, end - start == 1, tokens[start].isAllCaps || tokens[start].text.contains("."),
           isQualifyingCountryWord(tokens, start, end, code: code) {
            return nil
        }
        var mention = EntityMention(first: start, end: end, key: "g\(form.entry)", type: entry.type, code: entry.code, country: entry.country)
        // "tether (USDT)": a word the table writes in lower case beside a capitalized name ("USDT") names its entity only where
        // the text has no other form of it; used as a verb ("will tether its fees to volume") it names nothing.
        if form.tokens.count == 1, form.tokens[0].unicodeScalars.first?.properties.isLowercase == true,
           entry.canonical.unicodeScalars.first?.properties.isUppercase == true {
            if start > 0 && Self.verbOpeners.contains(tokens[start - 1].lower) || end < tokens.count && Self.objectOpeners.contains(tokens[end].lower) {
                return nil
            }
            mention.mayName = false
        }
        return mention
    }

    /// Words before a verb: "to", a modal ("will tether", "to tether").
    static let verbOpeners: WordSet = ["to", "will", "would", "can", "could", "may", "might", "must", "should", "shall"]
    /// Words that open a verb's object ("tether its fees", "tether the peg").
    static let objectOpeners: WordSet = ["its", "their", "the", "his", "her", "our", "them", "it"]

    /// "Circle's USDC ...", "Circle, which issues ...", "Circle said ...": what follows a sentence's first word makes it a
    /// name that owns, is described or speaks, not the common word it may also be.
    static func isNamedAsActor(after end: Int, tokens: [Token]) -> Bool {
        guard end < tokens.count else { return false }
        if tokens[end].isPossessive || speechVerbs.contains(tokens[end]) { return true }
        return end + 1 < tokens.count && tokens[end].text == "," && ["which", "who", "whose", "the", "a", "an"].contains(tokens[end + 1].lower)
    }

    /// A word in capitals next to another word in capitals that the text also writes in lower case or that is a small word,
    /// or in a short line written all in capitals with such a word ("THE BIG ONE").
    func isShoutedWord(_ index: Int, tokens: [Token], layout: TextLayout) -> Bool {
        var first = index, end = index + 1
        while first > 0, first > index - 8, !tokens[first].newlineBefore { first -= 1 }
        while end < tokens.count, end < index + 8, !tokens[end].newlineBefore { end += 1 }
        let line = tokens[first..<end].filter { $0.kind == .word }
        if (first == 0 || tokens[first].newlineBefore), end == tokens.count || tokens[end].newlineBefore, line.count >= 3,
           line.allSatisfy(\.isAllCaps), line.contains(where: { TextLayout.minorWords.contains($0) || layout.lowercaseWords.contains($0.lower) }) {
            return true
        }
        return [index - 1, index + 1].contains { neighbour in
            guard neighbour >= 0, neighbour < tokens.count, tokens[neighbour].kind == .word, tokens[neighbour].isAllCaps,
                  tokens[neighbour].text.unicodeScalars.count >= 2 else { return false }
            let between = min(index, neighbour) + 1
            guard !tokens[between].newlineBefore else { return false }
            return TextLayout.minorWords.contains(tokens[neighbour]) || layout.lowercaseWords.contains(tokens[neighbour].lower)
        }
    }

    /// Whether "US" or "U.S." names the place ("in the US") rather than qualifies a noun ("U.S. regulators").
    func isPlaceUse(_ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        if end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized, Self.qualifiedNouns.contains(tokens[end]) {
            return false
        }
        if qualifiesAName(tokens, end) { return false }
        guard start > 0 else { return false }
        return ["the", "in", "to", "from", "across", "outside", "within", "into", "of", "and", "for"].contains(tokens[start - 1].lower)
            || tokens[end < tokens.count ? end : start].isPossessive
    }

    /// Whether a country's one word in capitals or with points qualifies what follows rather than names the place: the United
    /// States' letters and a country's name shouted in a heading do unless they name the place ("in the US"); the letters of
    /// other countries and of the EU name the place before a common noun ("EU rules", "another EU country") and qualify only
    /// a name ("UK Finance").
    func isQualifyingCountryWord(_ tokens: [Token], _ start: Int, _ end: Int, code: String) -> Bool {
        let isLetters = tokens[start].text.contains(".") || tokens[start].text.unicodeScalars.count <= 3
        return code == "US" || !isLetters ? !isPlaceUse(tokens, start, end) : qualifiesAName(tokens, end)
    }

    /// Whether a country's letters ending at `end` open a longer name ("UK Finance", "U.S. Treasury Department").
    func qualifiesAName(_ tokens: [Token], _ end: Int) -> Bool {
        end < tokens.count && tokens[end].isCapitalized && tokens[end].kind == .word && tokens[end].spaceBefore
            && !Lexicon.commonCapitalized.contains(tokens[end])
    }

    static let qualifiedNouns: WordSet = [
        "regulators", "regulator", "government", "market", "markets", "dollar", "dollars", "economy", "officials",
        "lawmakers", "authorities", "senator", "president", "treasury", "department", "agency", "investors",
        "users", "customers", "citizens", "banks", "firms", "companies", "stocks", "crypto", "federal", "court",
        "courts", "judge", "prosecutors", "military", "administration", "law", "laws", "rules", "regulation",
        "regulations", "policy", "policymakers", "residents", "stock", "inflation", "election", "dollar-pegged",
        "based", "-based", "version", "arm", "unit", "branch", "subsidiary", "entity", "exchange", "exchanges",
        "licence", "license", "approval", "ban", "watchdog", "central", "securities", "financial",
    ]
}
