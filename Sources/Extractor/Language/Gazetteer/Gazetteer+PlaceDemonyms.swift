/// "Siberian", "Quebecers", "Californians", "Sri Lankan": a people or an adjective made from a place the gazetteer
/// knows, by the usual English endings, names no entity, whether or not the demonym table lists it.
extension Gazetteer {
    /// Whether the words (as the tokenizer lowers them) are a demonym of a gazetteer place: all but the last word are
    /// the place's, and the last is the place's last word with a demonym ending ("Lanka" → "Lankan").
    func isPlaceDemonym(_ words: [String]) -> Bool {
        guard let last = words.last, let first = words.first, (1...3).contains(words.count), last.count >= 5 else { return false }
        if words.count == 1 { return isPlaceDemonymWord(last) }
        guard let forms = formsByFirstToken[first] else { return false }
        return Self.placeStems(of: last).contains { stem in
            forms.contains { form in
                form.lowerTokens.count == words.count && form.lowerTokens.dropLast().elementsEqual(words.dropLast())
                    && form.lowerTokens.last == stem && entries[form.entry].type == .location
            }
        }
    }

    private func isPlaceDemonymWord(_ word: String) -> Bool {
        Self.placeStems(of: word).contains { stem in
            formsByFirstToken[stem]?.contains { $0.lowerTokens == [stem] && entries[$0.entry].type == .location } ?? false
        }
    }

    /// The place names a word may be the demonym of: "siberian" → "siberia", "texans" → "texas", "ontarians" → "ontario".
    static func placeStems(of word: String) -> [String] {
        var stems: [String] = []
        for suffix in demonymEndings where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            let stem = String(word.dropLast(suffix.count))
            stems.append(contentsOf: placeEndings.map { stem + $0 })
        }
        return stems
    }

    /// Endings of demonyms, longest first ("-ians", "-ers", "-ese", "-ites").
    static let demonymEndings = ["ians", "ites", "ans", "ers", "ese", "ian", "ite", "ish", "ns", "an", "er", "is", "n", "i"]
    /// Endings a place's name drops before a demonym's ending ("Siberia", "Texas", "Ontario", "Sicily").
    static let placeEndings = ["", "a", "ia", "as", "o", "io", "y", "e", "s"]
}
