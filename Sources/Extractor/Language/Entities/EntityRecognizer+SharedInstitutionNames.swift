/// Names many countries give their institutions ("Securities and Exchange Commission", "SEC", "Supreme Court") stand
/// for the country the text says: the long form it writes ("Securities and Exchange Commission of Nigeria (SEC)") or a
/// country's possessive ("Nigeria's SEC"). A form that says the United States ("U.S. SEC") keeps the American body;
/// a bare form with no country in the text is left to the article's context (`ArticleContext`).
extension EntityRecognizer {
    func localizeSharedNames(_ mentions: inout [EntityMention], tokens: [Token]) {
        // Long forms "HEAD of COUNTRY": their head's words and initials, to the long form's key and country.
        var longFormByHead: [String: (key: String, country: String)] = [:]
        var ambiguousHeads: Set<String> = []
        for mention in mentions where mention.type == .authority {
            let own = Array(mention.first..<mention.end)
            guard let of = own.firstIndex(where: { tokens[$0].lower == "of" }), of >= 2,
                  let country = mention.country ?? countryInside(tokens, mention.first..<mention.end) else { continue }
            let head = Array(own[..<of])
            let headKey = Self.key(tokens, head[0]..<(head[head.count - 1] + 1))
            let initials = Self.initials(head.map { tokens[$0] }).lowercased()
            for form in [headKey, initials] where form.count >= 2 {
                if let known = longFormByHead[form], known.key != mention.key { ambiguousHeads.insert(form) }
                longFormByHead[form] = (mention.key, country)
            }
        }
        for index in mentions.indices where mentions[index].key.hasPrefix("g") && mentions[index].type == .authority {
            let mention = mentions[index]
            let form = Self.key(tokens, mention.first..<mention.end)
            guard Self.sharedForms.contains(form), !isQualifiedByItsCountry(mention, tokens: tokens) else { continue }
            // "Nigeria's SEC": the country before it.
            if let country = possessiveCountry(before: mention.first, tokens: tokens), country != mention.country {
                if let long = longFormByHead[form], !ambiguousHeads.contains(form), long.country == country {
                    mentions[index].key = long.key
                } else {
                    mentions[index].key = mention.key + "@" + country
                }
                mentions[index].country = country
                continue
            }
            if let long = longFormByHead[form], !ambiguousHeads.contains(form), long.key != mention.key {
                mentions[index].key = long.key
                mentions[index].country = long.country
            }
        }
    }

    /// "Nigeria's", "South Africa's" right before a name: the country's code.
    private func possessiveCountry(before first: Int, tokens: [Token]) -> String? {
        guard first >= 2, tokens[first - 1].isPossessive else { return nil }
        for start in stride(from: first - 2, through: max(0, first - 4), by: -1) {
            if let match = gazetteer.longestMatch(in: tokens, at: start), match.end == first - 1, let code = gazetteer.entries[match.form.entry].code,
               gazetteer.entries[match.form.entry].type == .location {
                return code
            }
        }
        return nil
    }

    /// "U.S. SEC", "US Securities and Exchange Commission": a country word right before the form or inside it.
    private func isQualifiedByItsCountry(_ mention: EntityMention, tokens: [Token]) -> Bool {
        guard mention.first > 0 else { return false }
        let before = tokens[mention.first - 1]
        return ["u.s.", "u.s", "american", "federal"].contains(before.lower) || before.text == "US"
    }

    /// Forms of American bodies that other countries' bodies share.
    static let sharedForms: WordSet = [
        "securities and exchange commission", "sec", "supreme court", "department of justice", "justice department",
    ]
}
