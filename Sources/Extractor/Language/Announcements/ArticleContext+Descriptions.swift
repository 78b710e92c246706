/// A body that the entity layer types as an organization (an own-language name, an acronym) is an authority of the
/// article when the article describes it as a state body next to its name: "Tunisia's financial intelligence unit, the
/// CTAF", "the state power utility ANDE", "the UIF, the anti-money-laundering agency".
extension ArticleContext {
    /// The keys of the organizations that a description beside one of their mentions calls a state body.
    static func organizationsDescribedAsAuthorities(_ document: AnalyzedText, _ mentions: [EntityMention]) -> Set<String> {
        let tokens = document.tokens
        return Set(mentions.lazy.filter { mention in
            mention.type == .organization
                && (describesStateBody(descriptionBefore(mention.first, tokens)) || describesStateBody(appositiveAfter(mention.end, tokens)))
        }.map(\.key))
    }

    /// The words of a description that ends just before a name, opened by a determiner or a possessive: "Tunisia's
    /// financial intelligence unit, the" or "the state power utility" give their lower-case words in order.
    static func descriptionBefore(_ first: Int, _ tokens: [Token]) -> [String] {
        var cursor = first - 1
        // ", the" joins a description to the name it explains ("the financial intelligence unit, the CTAF").
        if cursor >= 1, tokens[cursor].lower == "the", tokens[cursor - 1].text == "," { cursor -= 2 }
        var words: [String] = []
        while cursor >= 0, words.count < 6 {
            let token = tokens[cursor]
            guard token.text == "-" || token.kind == .word && !token.isCapitalized && !descriptionStops.contains(token) else { break }
            if token.kind == .word { words.insert(token.lower, at: 0) }
            cursor -= 1
        }
        guard !words.isEmpty, cursor >= 0, tokens[cursor].kind == .clitic || descriptionOpeners.contains(tokens[cursor]) else { return [] }
        return words
    }

    /// The words of an appositive after a name, up to its noun: "the UIF, the anti-money-laundering agency that" gives
    /// ["anti", "money", "laundering", "agency"]. A phrase that a verb follows is a clause of its own, no appositive
    /// ("Thermaic Digital, the regulator said").
    static func appositiveAfter(_ end: Int, _ tokens: [Token]) -> [String] {
        guard end + 2 < tokens.count, tokens[end].text == ",", descriptionOpeners.contains(tokens[end + 1]) else { return [] }
        var words: [String] = []
        var cursor = end + 2
        while cursor < tokens.count, words.count < 6 {
            let token = tokens[cursor]
            cursor += 1
            if token.text == "-" { continue }
            // "the country's securities regulator": the noun phrase after the possessive is the description.
            if token.kind == .clitic { words.removeAll(); continue }
            guard token.kind == .word, !token.isCapitalized, !descriptionStops.contains(token) else { break }
            // "the agency charged with", "a lender based in": a participle after the noun ends its phrase.
            if !words.isEmpty, token.spaceBefore, token.lower.count > 4, token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing") { break }
            words.append(token.lower)
        }
        if clauseVerbs.contains(tokens[cursor - 1]) { return [] }
        return words
    }

    /// A description whose noun is a state body's: a regulator, an agency, a central bank, a financial intelligence
    /// unit, a state utility; not an industry's body or a private service ("the crypto industry's self-regulator",
    /// "the news agency", "a credit bureau").
    static func describesStateBody(_ words: [String]) -> Bool {
        guard let head = words.last else { return false }
        let modifiers = Set(words.dropLast())
        guard modifiers.allSatisfy({ !privateModifiers.contains($0) }) else { return false }
        switch head {
        case "bank": return modifiers.contains("central")
        case "unit": return modifiers.contains("intelligence")
        case "utility", "company", "monopoly": return modifiers.contains { stateOwnership.contains($0) }
        default: return stateBodyNouns.contains(head)
        }
    }

    /// Nouns that describe a state body by themselves.
    static let stateBodyNouns: WordSet = [
        "regulator", "watchdog", "supervisor", "agency", "authority", "commission", "ministry", "bureau", "directorate",
        "inspectorate", "treasury",
    ]
    /// Modifiers that make a company the state's ("the state power utility", "the national electricity company"); not
    /// "public", which lists a company on an exchange.
    static let stateOwnership: WordSet = ["state", "state-owned", "state-run", "national", "government", "government-owned"]
    /// Modifiers of an industry's or a private body ("the crypto industry's self-regulator", "a credit rating agency").
    static let privateModifiers: WordSet = [
        "self", "industry", "crypto", "blockchain", "bitcoin", "fintech", "private", "news", "media", "rating", "ratings",
        "credit", "advertising", "marketing", "travel", "talent", "employment", "trade", "lobby", "business",
    ]
    /// Words that open a description: a determiner or a possessive pronoun.
    static let descriptionOpeners: WordSet = ["the", "a", "an", "its", "their"]
    /// Verbs whose subject a phrase after a comma is: "X, the regulator said", "X, the agency has".
    static let clauseVerbs: WordSet = [
        "said", "says", "told", "added", "wrote", "announced", "stated", "warned", "noted", "confirmed", "has", "had", "have",
        "is", "was", "will", "would",
    ]
    /// Words that end a description's noun phrase.
    static let descriptionStops: WordSet = [
        "the", "a", "an", "its", "their", "of", "that", "which", "who", "whose", "with", "in", "at", "for", "from", "and",
        "or", "to", "on", "by", "since", "where", "when", "said", "says", "has", "had", "have", "is", "was", "will", "would",
        "but", "as",
    ]
}
