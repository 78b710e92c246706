/// Publications that carry a name-like title but name no entity: the official journal that publishes a
/// state's laws ("the Official Gazette", "the Journal officiel") and a central bank's periodic report named for its
/// subject ("its Financial Stability Report").
extension EntityRecognizer {
    /// "the Official Gazette", "the Federal Law Gazette", "the Journal officiel", "Boletín Oficial del Estado", "the Belgian
    /// Official Gazette": the journal that publishes a state's laws. (A newspaper's "Gazette" has no official word before it:
    /// "the Kolvar Gazette".)
    func namesAnOfficialJournal(_ range: Range<Int>, tokens: [Token]) -> Bool {
        var words = tokens[range].filter { $0.kind == .word }.map(\.lower)
        if let first = tokens[range].first, gazetteer.demonyms[first.text] != nil { words.removeFirst() }
        // ("the Journal officiel": the official word in lower case after the run is the title's.)
        if range.upperBound < tokens.count, !tokens[range.upperBound].isCapitalized, tokens[range.upperBound].spaceBefore,
           Self.officialWords.contains(tokens[range.upperBound]) {
            words.append(tokens[range.upperBound].lower)
        }
        guard words.count >= 2 else { return false }
        if Self.officialJournalOpenings.contains(words[0] + " " + words[1]) { return true }
        return words.last == "gazette" && words.dropLast().allSatisfy { Self.gazetteModifiers.contains($0) }
    }

    /// "its Financial Stability Report", "the Annual Economic Report", "the Financial System Review": a report named only for
    /// its subject, one of a central bank's or a standard setter's periodic reports. (A newspaper's "Economic Review" has no
    /// such subject: "the Kolvar Economic Review".)
    static func namesAPeriodicReport(_ words: [Token]) -> Bool {
        guard words.count >= 2, let last = words.last, ["report", "review"].contains(last.lower) else { return false }
        let subject = words.dropLast()
        return subject.allSatisfy { reportSubjectWords.contains($0) } && subject.contains { periodicSubjects.contains($0) }
    }

    /// The words that say a journal is the state's own ("Journal officiel", "Diario Oficial").
    static let officialWords: WordSet = ["official", "officiel", "oficial", "ufficiale"]
    /// The first two words of an official journal's title, in lower case.
    static let officialJournalOpenings: Set<String> = [
        "official journal", "official gazette", "journal officiel", "boletín oficial", "boletin oficial", "diario oficial",
        "diário oficial", "gazzetta ufficiale",
    ]
    /// Words before "Gazette" that make it the state's gazette ("Government Gazette", "Federal Law Gazette", "Royal Gazette").
    static let gazetteModifiers: WordSet = ["official", "government", "state", "federal", "law", "royal", "tax", "national"]
    /// The words of a periodic report's subject ("Financial Stability", "Monetary Policy", "Annual Economic").
    static let reportSubjectWords: WordSet = ["financial", "stability", "system", "monetary", "policy", "annual", "economic", "inflation", "payments"]
    /// The subject words only a periodic report's title has, beside which "Financial" or "Economic" names no newspaper.
    static let periodicSubjects: WordSet = ["stability", "system", "monetary", "annual", "inflation"]
}
