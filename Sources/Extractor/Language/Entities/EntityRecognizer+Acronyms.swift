/// Acronyms and second names defined in the text join their long forms: "Reserve Bank of Ruritania (RBR)",
/// a local-language name in parentheses, "X, known as Y", an appositive name (see `+NameGlosses`).
extension EntityRecognizer {
    /// "Reserve Bank of Ruritania (RBR)": the acronym joins the long form; an acronym of a lower-case
    /// phrase ("registered investment advisors (RIA)") names nothing.
    func linkAcronyms(_ mentions: [EntityMention], tokens: [Token]) -> [EntityMention] {
        var result = mentions
        var aliasKeys: [String: String] = [:]
        var localNames: Set<String> = []
        let sortedMentions = mentions.sorted { $0.first < $1.first }
        // "Ministry of Finance (Kementerian Keuangan)", "the Consultative Assembly, known as the Majlis": a name in
        // another language or a short form given right after an institution's name is its alias.
        func wordCount(_ mention: EntityMention) -> Int { tokens[mention.first..<mention.end].filter { $0.kind == .word }.count }
        for (position, mention) in sortedMentions.enumerated() where [.authority, .organization].contains(mention.type) {
            guard let next = sortedMentions.dropFirst(position + 1).first, next.key != mention.key,
                  [.authority, .organization].contains(next.type) else { continue }
            // "Finanstilsynet, the Financial Supervisory Authority of Norway, ...": a one-word name before its long form.
            guard wordCount(mention) >= 2 || wordCount(next) >= 2 && next.first > mention.end && tokens[mention.end].text == "," else { continue }
            let between = tokens[mention.end..<next.first].map(\.lower)
            let inParentheses = between == ["("] && next.end < tokens.count && tokens[next.end].text == ")"
            let knownAs = Self.isNamingPhrase(between)
                && (next.end == tokens.count || [",", ".", ")", ";"].contains(tokens[next.end].text))
            // "Y, the X (ACR), said ...": the text's other name for the same institution.
            let appositive = Self.isAppositiveName(first: mention, second: next, tokens: tokens)
            // "(Local Name, ACR)": a local name and its acronym in one parenthesis.
            let glossed = between == ["("] && Self.glossAcronym(after: mention.end, tokens: tokens) != nil && next.end < tokens.count
                && tokens[next.end].text == ","
            if (inParentheses || knownAs || glossed) && wordCount(mention) >= 2 {
                aliasKeys[next.key] = mention.key
                localNames.insert(next.key)
            } else if appositive {
                // The gazetteer's entry names the pair; between two unknown names, the first does.
                // (Between two entries, the long form, which says whose institution it is.)
                let (kept, joined) = next.key.hasPrefix("g") && (!mention.key.hasPrefix("g") || wordCount(next) > wordCount(mention))
                    ? (next, mention) : (mention, next)
                aliasKeys[joined.key] = kept.key
                localNames.insert(joined.key)
            }
        }
        // "Regional Court of Lazio (TAR Lazio)": the parenthesized name is one alias, not the place inside it.
        var abbreviated: [Range<Int>: String] = [:]
        for mention in sortedMentions where [.authority, .organization].contains(mention.type) && mention.end - mention.first >= 2 {
            if let range = Self.abbreviatedName(after: mention.end, tokens: tokens) { abbreviated[range] = mention.key }
            // "(Openbaar Ministerie, OM)": the acronym closing the gloss.
            if let acronym = Self.glossAcronym(after: mention.end, tokens: tokens) { aliasKeys["n:" + tokens[acronym].lower] = mention.key }
        }
        if !abbreviated.isEmpty {
            let covered = Set(abbreviated.keys.flatMap { $0 })
            result.removeAll { covered.contains($0.first) }
            for (range, key) in abbreviated {
                guard let model = mentions.first(where: { $0.key == key }) else { continue }
                var alias = EntityMention(first: range.lowerBound, end: range.upperBound, key: key, type: model.type, code: nil, country: model.country)
                alias.mayName = false
                result.append(alias)
            }
        }
        for (position, mention) in mentions.enumerated() {
            let open = mention.end
            guard open + 2 < tokens.count, tokens[open].text == "(", tokens[open + 2].text == ")" else { continue }
            let acronym = tokens[open + 1]
            guard acronym.kind == .word, acronym.isCapitalized, acronym.text.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2 else { continue }
            if let next = mentions.dropFirst(position + 1).first, next.first == open + 1, next.key != mention.key {
                aliasKeys["n:" + acronym.lower] = mention.key
                // A gazetteer body's acronym given to another body ("... of Nigeria (SEC)") leaves the gazetteer body alone.
                if !next.key.hasPrefix("g") || next.country == mention.country {
                    aliasKeys[next.key] = mention.key
                }
            } else {
                aliasKeys["n:" + acronym.lower] = mention.key
            }
        }
        guard !aliasKeys.isEmpty else { return result.sorted { $0.first < $1.first } }
        var modelByKey: [String: EntityMention] = [:]
        for mention in result where modelByKey[mention.key] == nil { modelByKey[mention.key] = mention }
        // Tokens already inside a mention get no second, overlapping one.
        var seenAcronymMentions: Set<Int> = []
        for mention in result { for index in mention.first..<mention.end { seenAcronymMentions.insert(index) } }
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalized {
            guard let target = aliasKeys["n:" + tokens[index].lower], !seenAcronymMentions.contains(index),
                  let model = modelByKey[target] else { continue }
            result.append(EntityMention(first: index, end: index + 1, key: target, type: model.type, code: model.code, country: model.country))
            seenAcronymMentions.insert(index)
        }
        for position in result.indices {
            if let target = aliasKeys[result[position].key], let model = modelByKey[target] {
                // A name in another language stays an alias: the text's own name for the institution names it.
                if localNames.contains(result[position].key) { result[position].mayName = false }
                result[position].key = target
                result[position].type = model.type
                result[position].country = model.country
            }
        }
        return result.sorted { $0.first < $1.first }
    }
}
