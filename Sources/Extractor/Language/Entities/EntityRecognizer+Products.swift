/// Products, programmes, code names and the words of quoted titles name no entity.
extension EntityRecognizer {
    /// "its 'Earn' product", "Kestrel's Vault feature", a plan "dubbed 'Project Ember'": a product, programme or
    /// code name is no entity, wherever else the text names it.
    func dropProducts(_ mentions: inout [EntityMention], tokens: [Token]) {
        var products: Set<String> = []
        for index in tokens.indices where index >= 2 {
            let product = tokens[index].kind == .word && Self.productNouns.contains(tokens[index])
            let quotedAfterDubbing = Self.isQuoteMark(tokens[index - 1]) && index >= 3
                && Self.productNamingVerbs.contains(tokens[index - 2])
            guard product || quotedAfterDubbing else { continue }
            var end = index
            var quoted = false
            var first: Int
            if quotedAfterDubbing {
                first = index
                end = index
                while end < tokens.count, end < index + 6, tokens[end].kind == .word, tokens[end].isCapitalized || Lexicon.nameConnectors.contains(tokens[end]) {
                    end += 1
                }
                guard end > first, end < tokens.count, Self.isQuoteMark(tokens[end]) else { continue }
                quoted = true
            } else {
                if Self.isQuoteMark(tokens[end - 1]) {
                    end -= 1
                    quoted = true
                }
                first = end
                while first > 0, first > end - 5, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized { first -= 1 }
                guard first < end else { continue }
                if quoted {
                    guard first > 0, Self.isQuoteMark(tokens[first - 1]) else { continue }
                } else {
                    let before = first > 0 ? tokens[first - 1] : nil
                    guard let before, before.isPossessive || Self.ownerWords.contains(before) else { continue }
                }
            }
            products.insert("n:" + Self.key(tokens, first..<end))
        }
        // 'a report titled "Reserve Quality in E-Money Tokens"': the names inside a quoted title name nothing.
        // Where each quoted title closes, by token (one pass; titles are at most 14 tokens long).
        var titleEnd: [Int: Int] = [:]
        for index in tokens.indices where index >= 1 && Self.isQuoteMark(tokens[index])
            && Self.titlingVerbs.contains(tokens[index - 1]) {
            var close = index + 1
            while close < tokens.count, close <= index + 14, !Self.isQuoteMark(tokens[close]), !tokens[close].newlineBefore { close += 1 }
            guard close < tokens.count, Self.isQuoteMark(tokens[close]) else { continue }
            for inside in (index + 1)..<close { titleEnd[inside] = close }
        }
        guard !products.isEmpty || !titleEnd.isEmpty else { return }
        mentions.removeAll { mention in
            mention.key.hasPrefix("n:") && mention.type == .organization
                && (products.contains(mention.key) || titleEnd[mention.first].map { mention.end <= $0 } == true)
        }
    }

    /// Nouns after a product's or programme's name ("its Earn product", "the Vault feature").
    static let productNouns: WordSet = [
        "product", "products", "feature", "features", "service", "programme", "program", "app", "card", "plan", "account",
        "scheme", "campaign", "initiative", "tool", "option", "tier", "mode", "vault", "offering", "device", "model",
        "brand", "update", "upgrade", "release", "edition", "version", "subscription", "package",
    ]
    static let quoteMarks: WordSet = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
    /// Whether a token is a quote mark, asked of punctuation and clitics only: a word's or a number's text opens with a
    /// letter or a digit, so most tokens are answered without a look-up.
    static func isQuoteMark(_ token: Token) -> Bool {
        token.kind != .word && token.kind != .number && quoteMarks.contains(token.text)
    }
    /// Words before a product's quoted name: 'a token dubbed "Nova"'.
    static let productNamingVerbs: WordSet = ["dubbed", "called", "named", "branded", "titled", "codenamed", "code-named"]
    /// Words before a product's name that make it someone's: "its Earn product", "the new Vault feature".
    static let ownerWords: WordSet = ["its", "their", "our", "his", "her", "new"]
    /// Words before a quoted title: 'a report titled "..."'.
    static let titlingVerbs: WordSet = ["titled", "entitled", "headlined", "called", "dubbed", "named"]
}
