/// How news headlines word a permission by a figure of speech: a regulator's nod, green light or go-ahead ("gets the
/// watchdog's nod", "gave the green light to three issuers", "wins the go-ahead to offer derivatives"), and a decision
/// that opens the door or paves the way for firms, products or activities ("opens the door to banks offering custody",
/// "paves the way for spot ETFs"). A door opened to tighter rules, a way paved for a crackdown, and a nod from
/// shareholders or a token community state no permission.
enum PermissionFigures {
    /// The permission the figure at `index` states, if the word opens one.
    static func reading(at index: Int, in words: [String], from start: Int) -> CueReading? {
        let word = words[index]
        guard cueWords.contains(word), !isNegated(index, words, from: start) else { return nil }
        let sentence = words[start..<words.count]
        // ("got the nod from a popular analyst": a commentator's nod is an opinion.)
        if sentence.contains(where: { privateDeciders.contains($0) || PolicyReader.commentatorNouns.contains($0) || PolicyReader.commentatorRoles.contains($0) }) {
            return nil
        }
        // "the door to banks", "the way for spot ETFs": firms, people or a crypto activity get in ("the door to the
        // meeting room" is a door; "the door to tighter rules", "the way for a crackdown" open onto a measure that limits).
        func opensTo(after position: Int) -> Bool {
            guard position < words.count, ["to", "for"].contains(words[position]) else { return false }
            let object = words[(position + 1)..<min(words.count, position + 7)]
            return !object.prefix(4).contains(where: limitingNouns.contains)
                && object.contains { ClauseSense.firmNouns.contains($0) || ClauseSense.regulatedPeople.contains($0) || cryptoObjects.contains($0) }
        }
        if openVerbs.contains(word), let door = words[(index + 1)..<min(words.count, index + 4)].firstIndex(where: { ["door", "doors"].contains($0) }),
           opensTo(after: door + 1) {
            return CueReading(action: .permit, priority: 52)
        }
        if paveVerbs.contains(word), index + 3 < words.count, words[index + 1] == "the", words[index + 2] == "way", opensTo(after: index + 3) {
            return CueReading(action: .permit, priority: 52)
        }
        // "nod", "green light", "go-ahead" (hyphens are tokens of their own).
        let isFigureNoun = word == "nod" || word == "light" && index > start && words[index - 1] == "green"
            || word == "ahead" && index >= start + 2 && words[index - 1] == "-" && words[index - 2] == "go"
        if isFigureNoun, words[max(start, index - 6)..<index].contains(where: { LicensingCues.grantVerbs.contains($0) || LicensingCues.receiptVerbs.contains($0) }) {
            return CueReading(action: .permit, priority: 55)
        }
        return nil
    }

    private static func isNegated(_ index: Int, _ words: [String], from start: Int) -> Bool {
        words[max(start, index - 4)..<index].contains { ["not", "n't", "'t", "never", "no", "without", "yet"].contains($0) }
    }

    /// Every word a figure of permission starts from.
    static let cueWords = WordSet(Set(openVerbs).union(paveVerbs).union(["nod", "light", "ahead"]))
    /// Finite forms only: ", paving the way for an expansion" after a company's news credits the news, not a decision.
    static let openVerbs: WordSet = ["open", "opens", "opened"]
    static let paveVerbs: WordSet = ["pave", "paves", "paved", "clear", "clears", "cleared"]
    /// Those whose nod is a private decision: owners, members, voters and the other side of a deal.
    static let privateDeciders: WordSet = [
        "shareholders", "shareholder", "stockholders", "community", "holders", "voters", "members", "merger", "acquisition",
        "takeover", "deal", "funding", "dao", "governance", "delegates",
    ]
    /// What a door opens onto when it is a market's: crypto products and activities.
    static let cryptoObjects: WordSet = [
        "crypto", "cryptocurrency", "cryptocurrencies", "bitcoin", "ether", "stablecoin", "stablecoins", "token", "tokens",
        "tokenized", "tokenised", "etf", "etfs", "trading", "custody", "payments", "mining", "lending", "staking", "derivatives",
        "futures", "digital", "assets", "crypto-assets", "nfts", "defi",
    ]
    /// Measures that limit: a door opened to them is no permission.
    static let limitingNouns: WordSet = [
        "rules", "regulation", "regulations", "scrutiny", "oversight", "crackdown", "crackdowns", "ban", "bans", "tax", "taxes",
        "curbs", "restrictions", "limits", "enforcement", "lawsuits", "sanctions", "fines", "penalties", "tighter", "stricter",
        "more", "further", "abuse", "fraud", "risks", "losses",
    ]
}
