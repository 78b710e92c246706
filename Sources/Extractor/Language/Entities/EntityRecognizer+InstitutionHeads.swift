/// "the Authority", "the Commission": a lone head word after "the" stands for the last institution with that head.
extension EntityRecognizer {
    /// "the Authority", "the Commission": a lone head word after "the" stands for the last institution named
    /// with that head; with none, it names nothing.
    func resolveInstitutionHeads(_ mentions: inout [EntityMention], tokens: [Token]) {
        var lastByHead: [String: EntityMention] = [:]
        var dropped: Set<Int> = []
        let onlyByHead = onlyInstitutionByHead(mentions, tokens: tokens)
        for index in mentions.indices {
            let mention = mentions[index]
            let own = tokens[mention.first..<mention.end].filter { $0.kind == .word }
            if own.count >= 2, mention.type == .authority || mention.type == .organization {
                if let head = Self.headWord(own) { lastByHead[head.lower] = mention }
                continue
            }
            // "the House" with "the House of Representatives", "the Courier" with "the Lakeside Economic Courier": a lone word
            // after "the" that is the head of the one institution the text names with it stands for that institution.
            if own.count == 1, mention.key.hasPrefix("n:"), mention.first == 0 || tokens[mention.first - 1].lower == "the",
               !Lexicon.authorityHeads.contains(own[0].lower), let named = onlyByHead[own[0].lower], named.key != mention.key {
                mentions[index].key = named.key
                mentions[index].type = named.type
                mentions[index].country = named.country
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

    /// The head of an institution's name: the word before "of" or "for", or the last word ("House" in "House of
    /// Representatives", "Authority" in "Authority for the Financial Markets").
    static func headWord(_ words: [Token]) -> Token? {
        words.firstIndex { ["of", "for"].contains($0.lower) }.map { words[..<$0] }?.last ?? words.last
    }

    /// The institutions and companies of two words or more, by head word, where the text names only one with that head.
    func onlyInstitutionByHead(_ mentions: [EntityMention], tokens: [Token]) -> [String: EntityMention] {
        var byHead: [String: EntityMention] = [:]
        var shared: Set<String> = []
        for mention in mentions where mention.type == .authority || mention.type == .organization {
            let own = tokens[mention.first..<mention.end].filter { $0.kind == .word }
            guard own.count >= 2, let head = Self.headWord(own)?.lower else { continue }
            if let known = byHead[head], known.key != mention.key { shared.insert(head) }
            byHead[head] = byHead[head] ?? mention
        }
        return byHead.filter { !shared.contains($0.key) }
    }

    static let institutionWords: WordSet = ["treasury", "parliament", "congress", "senate", "cabinet", "judiciary"]
}
