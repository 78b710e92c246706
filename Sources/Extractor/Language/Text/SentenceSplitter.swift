/// A sentence as a range of tokens, with its place in the text.
struct Sentence: Sendable {
    /// Index of its first token (after any bullet mark).
    var first: Int
    /// Index one past its last token.
    var end: Int
    var start: Int
    var stop: Int
    /// The sentence is a line of its own without closing punctuation (headline, subheading, caption).
    var isHeadingLike: Bool
}

/// Splits tokens into sentences: at every line break, and after `.`, `!` or `?` unless the
/// period closes an abbreviation ("Oct.", "Inc.", "No.", an initial) or a number.
struct SentenceSplitter {
    func sentences(of tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var index = 0
        func close(_ end: Int) {
            var start = first
            while start < end, Self.bullets.contains(tokens[start].text) { start += 1 }
            if start < end {
                let last = tokens[end - 1]
                let closed = [".", "!", "?", ":", "\u{201D}", "\"", ")", "\u{2026}"].contains(last.text)
                let startsLine = first == 0 || tokens[first].newlineBefore
                let endsLine = end == tokens.count || tokens[end].newlineBefore
                sentences.append(Sentence(
                    first: start, end: end, start: tokens[start].start, stop: last.end,
                    isHeadingLike: startsLine && endsLine && !closed
                ))
            }
            first = end
        }
        while index < tokens.count {
            if index > first && tokens[index].newlineBefore {
                close(index)
            }
            // (The kind and the text are read in place: a copy of the token would retain both its strings at every token.)
            let kind = tokens[index].kind
            let text = tokens[index].text
            // (Sentence-ending marks are punctuation tokens; no word is compared with them.)
            if kind == .punctuation, text == "." || text == "!" || text == "?" || text == "\u{2026}" {
                var end = index + 1
                while end < tokens.count, !tokens[end].spaceBefore, Self.closers.contains(tokens[end].text) { end += 1 }
                if end < tokens.count, tokens[end].spaceBefore, !tokens[end].newlineBefore,
                   startsSentence(tokens[end]), !(text == "." && isAbbreviation(before: index, in: tokens)) {
                    close(end)
                    index = end
                    continue
                }
                index = end
                continue
            }
            if kind == .word, text.hasSuffix("."), index + 1 < tokens.count,
               tokens[index + 1].spaceBefore, !tokens[index + 1].newlineBefore,
               Self.sentenceStarters.contains(tokens[index + 1]), tokens[index + 1].isCapitalized {
                close(index + 1)
            }
            index += 1
        }
        close(tokens.count)
        return sentences
    }

    private func startsSentence(_ token: Token) -> Bool {
        token.isCapitalized || token.kind == .number || Self.openers.contains(token.text)
    }

    private func isAbbreviation(before period: Int, in tokens: [Token]) -> Bool {
        guard period > 0 else { return false }
        let previous = tokens[period - 1]
        guard previous.end == tokens[period].start, previous.kind == .word else { return false }
        // An initial follows a given name or another initial ("Jane F. Roe", "J. R. Tolkien"); "posted on X." ends a sentence.
        if previous.text.unicodeScalars.count == 1 && previous.isCapitalized {
            guard period >= 2 else { return true }
            let before = tokens[period - 2]
            return before.text == "." || before.kind == .word && before.isCapitalized || before.newlineBefore
        }
        return Self.abbreviations.contains(previous)
    }

    static let bullets: WordSet = ["\u{2022}", "-", "*", "\u{2013}", "\u{2014}", "\u{00B7}", "\u{25AA}", "\u{25CF}", ">"]
    static let closers: WordSet = ["\u{201D}", "\"", "'", "\u{2019}", ")", "]"]
    static let openers: WordSet = ["\u{201C}", "\"", "'", "\u{2018}", "(", "["]
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "corp", "co", "ltd", "llc", "plc", "no", "nos",
        "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "gov", "sen", "rep", "gen", "col", "lt", "capt", "fig", "approx", "est", "dept", "univ", "ave", "mt",
        "vol", "op", "art", "sec", "para", "pp", "ed", "rev", "hon",
    ]
    /// Words that begin a new sentence after an abbreviation that ends in a period ("... in the U.S. The SEC ...").
    static let sentenceStarters: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "in", "on",
        "but", "however", "meanwhile", "according", "if", "as", "at", "for", "while", "there", "his", "her",
        "their", "our", "after", "before", "since", "last", "earlier", "later", "also", "still", "yet",
    ]
}
