/// A company's names that differ by a legal form, a generic word or their distinctive part are one company.
extension EntityRecognizer {
    /// "Bank Lindenhof AG", "Bank Lindenhof" and "Lindenhof" are one company: names that differ only by a legal
    /// form or a generic head word ("Bank", "Exchange", "Group") join, and so does a lone word that is a name's
    /// distinctive part, or its first word when the name ends in a legal form ("Quetzal" and "Quetzal Digital S.A."), and
    /// so do the first words of a name that ends in a legal form ("Yildiz Kripto" and "Yildiz Kripto Borsası A.Ş."), even
    /// where a verb of speech made them a person's.
    func mergeOrganizationForms(_ mentions: inout [EntityMention], tokens: [Token]) {
        func words(_ mention: EntityMention) -> [String] {
            tokens[mention.first..<mention.end].filter { $0.kind == .word || $0.kind == .number }.map(\.lower)
        }
        func core(_ all: [String]) -> [String] {
            var core = all
            while core.count > 1, let last = core.last,
                  Lexicon.legalForms.contains(last) || Self.genericCompanyWords.contains(last) || Lexicon.nameConnectors.contains(last) {
                core.removeLast()
            }
            while core.count > 1, let first = core.first, Self.genericCompanyWords.contains(first) || first == "the" { core.removeFirst() }
            return core
        }
        var keysByCore: [String: [String]] = [:]
        var keysByLegalFirstWord: [String: [String]] = [:]
        var keysByLegalPrefix: [String: Set<String>] = [:]
        var lengthOfKey: [String: Int] = [:]
        for mention in mentions where mention.type == .organization {
            let own = words(mention)
            guard own.count >= 2 else { continue }
            let joined = core(own).joined(separator: " ")
            if !(keysByCore[joined]?.contains(mention.key) ?? false) { keysByCore[joined, default: []].append(mention.key) }
            if let last = own.last, Lexicon.legalForms.contains(last), !Lexicon.givenNames.contains(own[0]),
               !Self.genericCompanyWords.contains(own[0]), !(keysByLegalFirstWord[own[0]]?.contains(mention.key) ?? false) {
                keysByLegalFirstWord[own[0], default: []].append(mention.key)
                var named = own
                while named.count > 1, let form = named.last, Lexicon.legalForms.contains(form) { named.removeLast() }
                for length in stride(from: 2, to: named.count, by: 1) where (keysByLegalPrefix[named[..<length].joined(separator: " ")]?.count ?? 0) < 2 {
                    keysByLegalPrefix[named[..<length].joined(separator: " "), default: []].insert(mention.key)
                }
            }
            lengthOfKey[mention.key] = max(lengthOfKey[mention.key] ?? 0, mention.end - mention.first)
        }
        guard !keysByCore.isEmpty else { return }
        // A gazetteer entry wins, then the longest name.
        func preferred(_ keys: [String]) -> String? {
            keys.max { lhs, rhs in
                let left = (lhs.hasPrefix("g") ? 1 : 0, lengthOfKey[lhs] ?? 0), right = (rhs.hasPrefix("g") ? 1 : 0, lengthOfKey[rhs] ?? 0)
                return left < right
            }
        }
        var target: [String: String] = [:]
        for keys in keysByCore.values where keys.count >= 2 && keys.filter({ $0.hasPrefix("g") }).count <= 1 {
            guard let kept = preferred(keys) else { continue }
            for key in keys where key != kept && key.hasPrefix("n:") { target[key] = kept }
        }
        for mention in mentions where mention.end - mention.first == 1 && mention.key.hasPrefix("n:") && target[mention.key] == nil
            && mention.type == .organization {
            let word = tokens[mention.first].lower
            let named = keysByCore[word] ?? keysByLegalFirstWord[word] ?? []
            let others = Set(named.map { target[$0] ?? $0 }).subtracting([mention.key])
            if others.count == 1, let kept = others.first { target[mention.key] = kept }
        }
        var retyped: Set<String> = []
        for mention in mentions where mention.key.hasPrefix("n:") && target[mention.key] == nil && [.organization, .person].contains(mention.type) {
            let own = words(mention)
            guard own.count >= 2, let last = own.last, !Lexicon.legalForms.contains(last), !Lexicon.givenNames.contains(own[0]),
                  let named = keysByLegalPrefix[own.joined(separator: " ")], named.count == 1, let kept = named.first, kept != mention.key else { continue }
            target[mention.key] = kept
            retyped.insert(mention.key)
        }
        // "Circle Internet Group Inc." beside "Circle": a company's registered name opened by a known company's one-word name.
        var knownByWord: [String: String] = [:]
        for mention in mentions where mention.type == .organization && mention.key.hasPrefix("g") && mention.end - mention.first == 1 {
            knownByWord[tokens[mention.first].lower] = mention.key
        }
        for (word, keys) in keysByLegalFirstWord {
            guard let known = knownByWord[word] else { continue }
            for key in keys where key.hasPrefix("n:") && target[key] == nil { target[key] = known }
        }
        guard !target.isEmpty else { return }
        for index in mentions.indices {
            guard let kept = target[mentions[index].key] else { continue }
            if retyped.contains(mentions[index].key) { mentions[index].type = .organization }
            mentions[index].key = target[kept] ?? kept
        }
    }
}
