/// "the Authority", "the Commission": a lone head word after "the" stands for the last institution with that head.
extension EntityRecognizer {
    /// "the Authority", "the Commission": a lone head word after "the" stands for the last institution named
    /// with that head; with none, it names nothing.
    func resolveInstitutionHeads(_ mentions: inout [EntityMention], tokens: [Token]) {
        var lastByHead: [String: EntityMention] = [:]
        var dropped: Set<Int> = []
        for index in mentions.indices {
            let mention = mentions[index]
            let own = tokens[mention.first..<mention.end].filter { $0.kind == .word }
            if own.count >= 2, mention.type == .authority || mention.type == .organization {
                let head = own.firstIndex { $0.lower == "of" }.map { own[..<$0] }?.last ?? own.last
                if let head { lastByHead[head.lower] = mention }
                continue
            }
            // ("Government decides": a headline drops the "the".)
            guard own.count == 1, mention.key.hasPrefix("n:"), mention.first == 0 || tokens[mention.first - 1].lower == "the" || own[0].lower == "government",
                  Lexicon.authorityHeads.contains(own[0].lower), !Self.institutionWords.contains(own[0].lower) else { continue }
            if let named = lastByHead[own[0].lower] {
                mentions[index].key = named.key
                mentions[index].type = named.type
                mentions[index].country = named.country
            } else {
                dropped.insert(index)
            }
        }
        if !dropped.isEmpty { mentions = mentions.indices.filter { !dropped.contains($0) }.map { mentions[$0] } }
    }

    static let institutionWords: WordSet = ["treasury", "parliament", "congress", "senate", "cabinet", "judiciary"]
}
