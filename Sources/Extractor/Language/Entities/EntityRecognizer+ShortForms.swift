/// Short forms of names joined to their long forms: institutions' prefixes, head words and initials, and a family name
/// written first.
extension EntityRecognizer {
    /// Joins the short forms of a name to it: "Federal Court" to "Federal Court of Ruritania", a lone
    /// "Parliament" to the one parliament the text names, an acronym to the name of its initials
    /// ("FIU", "FIU-IND" to "Financial Intelligence Unit"), and "Koh" to "Koh Wen Jie".
    func mergeShortForms(_ mentions: inout [EntityMention], tokens: [Token]) {
        func words(_ mention: EntityMention) -> [Token] { tokens[mention.first..<mention.end].filter { $0.kind == .word } }
        // Look-ups built once over the longer names (linear in the mentions, also on a 5 MB text).
        var keyByPrefixBeforeOf: [String: String] = [:]
        var authorityKeysByHead: [String: Set<String>] = [:]
        var chamberKeysByWord: [String: Set<String>] = [:]
        var institutionKeysByInitials: [String: Set<String>] = [:]
        var personKeyByFirstWord: [String: String] = [:]
        for mention in mentions where mention.end - mention.first >= 2 && mention.type != .location {
            let theirs = words(mention)
            guard theirs.count >= 2, let head = theirs.last else { continue }
            if let of = theirs.firstIndex(where: { $0.lower == "of" }), of >= 2 {
                let prefix = theirs[..<of].map(\.text).joined(separator: " ")
                if keyByPrefixBeforeOf[prefix] == nil { keyByPrefixBeforeOf[prefix] = mention.key }
            }
            if mention.type == .authority, (authorityKeysByHead[head.lower]?.count ?? 0) < 2 {
                authorityKeysByHead[head.lower, default: []].insert(mention.key)
            }
            if mention.type == .authority, let chamber = Self.chamberWord(of: theirs), (chamberKeysByWord[chamber]?.count ?? 0) < 2 {
                chamberKeysByWord[chamber, default: []].insert(mention.key)
            }
            if mention.type == .authority || mention.type == .organization {
                let initials = Self.initials(theirs)
                if (institutionKeysByInitials[initials]?.count ?? 0) < 2 { institutionKeysByInitials[initials, default: []].insert(mention.key) }
            }
            if mention.type == .person, personKeyByFirstWord[theirs[0].text] == nil { personKeyByFirstWord[theirs[0].text] = mention.key }
        }
        var target: [String: String] = [:]
        for mention in mentions where target[mention.key] == nil {
            let own = words(mention)
            guard let first = own.first else { continue }
            // "Federal Court" before "Federal Court of Ruritania".
            if own.count >= 2, mention.type == .authority || mention.type == .organization,
               let longer = keyByPrefixBeforeOf[own.map(\.text).joined(separator: " ")], longer != mention.key {
                target[mention.key] = longer
                continue
            }
            let hyphenatedAcronym = own.count == 2 && own.allSatisfy(\.isAllCaps) && mention.end - mention.first == 3 && tokens[mention.first + 1].text == "-"
            guard own.count == 1 || hyphenatedAcronym else { continue }
            // "Parliament" after "European Parliament", "House" after "House of Representatives", when the text names only one.
            // ("House" goes to the chamber before "White House".)
            if mention.type == .authority, own.count == 1, let heads = chamberKeysByWord[first.lower] ?? authorityKeysByHead[first.lower],
               heads.count == 1, let head = heads.first, head != mention.key {
                target[mention.key] = head
                continue
            }
            // "FIU" and "FIU-IND" after "Financial Intelligence Unit"; a known acronym gives its
            // entity to the unknown long form.
            if first.isAllCaps {
                let letters = String(first.text.unicodeScalars.filter { $0.properties.isUppercase }.map(Character.init))
                if let named = institutionKeysByInitials[letters], named.count == 1, let key = named.first, key != mention.key {
                    if mention.key.hasPrefix("n:") {
                        target[mention.key] = key
                    } else if key.hasPrefix("n:"), target[key] == nil {
                        target[key] = mention.key
                    }
                    continue
                }
            }
            // "Koh" after "Koh Wen Jie": a family name written first.
            if own.count == 1, mention.key.hasPrefix("n:"), mention.type != .authority,
               let person = personKeyByFirstWord[first.text], person != mention.key {
                target[mention.key] = person
            }
        }
        guard !target.isEmpty else { return }
        var typeOfKey: [String: EntityType] = [:]
        for mention in mentions where typeOfKey[mention.key] == nil { typeOfKey[mention.key] = mention.type }
        for index in mentions.indices {
            guard var key = target[mentions[index].key] else { continue }
            // "FIU" → "Financial Intelligence Unit" → "FIU-IND": follow the chain (no cycles: each step is taken once).
            var steps = 0
            while let next = target[key], next != mentions[index].key, steps < target.count { key = next; steps += 1 }
            mentions[index].key = key
            mentions[index].type = typeOfKey[key] ?? mentions[index].type
        }
    }

    /// The word a legislative chamber named after its members goes by alone: "house" in "House of Representatives" and
    /// "Michigan House of Representatives", "chamber" in "Chamber of Deputies".
    static func chamberWord(of words: [Token]) -> String? {
        guard let of = words.firstIndex(where: { $0.lower == "of" }), of >= 1, of + 1 < words.count,
              chamberHeads.contains(words[of - 1].lower), chamberMembers.contains(words[of + 1].lower) else { return nil }
        return words[of - 1].lower
    }
}
