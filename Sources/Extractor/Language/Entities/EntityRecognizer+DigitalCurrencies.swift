/// "e-dirham", "e-CNY": central bank digital currencies written in lower case, which no capitalized run finds.
extension EntityRecognizer {
    /// "e-dirham", "e-CNY": a central bank digital currency written in lower case.
    func digitalCurrencies(_ tokens: [Token], taken: [EntityMention]) -> [EntityMention] {
        var found: [EntityMention] = []
        var index = 0
        var nextTaken = 0
        let starts = taken.map(\.first).sorted()
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard tokens[index].text == "e", tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore,
                  tokens[index + 2].kind == .word,
                  PolicyCues.currencyNames.contains(tokens[index + 2]) || Self.currencyCodes.contains(tokens[index + 2]) else { continue }
            while nextTaken < starts.count, starts[nextTaken] < index { nextTaken += 1 }
            if nextTaken < starts.count, starts[nextTaken] <= index + 2 { continue }
            found.append(EntityMention(first: index, end: index + 3, key: "n:e-" + tokens[index + 2].lower, type: .asset, code: nil, country: nil))
        }
        return found
    }

    static let currencyCodes: WordSet = ["cny", "hkd", "inr", "krw", "brl", "ngn", "ghs", "kes", "zar", "aed", "sar", "try", "rub", "thb", "php", "idr", "myr", "vnd"]
}
