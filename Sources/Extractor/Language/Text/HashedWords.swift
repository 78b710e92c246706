/// A sentence's lower-case words, each with its `WordIndex.asciiHash(_:)`, computed once for the sentence (or taken from its
/// tokens' `Token.lowerHash`), so that a rule that asks word lists about the same words at many places probes each
/// `WordSet` without hashing a word again (`WordSet.contains(wordAt:of:)`). Indexed as `words` is, from 0.
struct HashedWords {
    /// The words, as `tokens.map(\.lower)` gives them.
    let words: [String]
    /// Each word's `WordIndex.asciiHash(_:)` (nil for a word that is not ASCII).
    let hashes: [Int?]

    /// The words of a run of tokens, with the hashes the tokens keep.
    init(_ tokens: ArraySlice<Token>) {
        words = tokens.map(\.lower)
        hashes = tokens.map(\.lowerHash)
    }

    /// Lower-case words, each hashed once here.
    init(_ words: [String]) {
        self.words = words
        hashes = words.map(WordIndex.asciiHash)
    }

    /// Words with the hashes already computed for them (a prefix's).
    private init(words: [String], hashes: [Int?]) {
        self.words = words
        self.hashes = hashes
    }

    /// The words before `end`, with their hashes (not computed again).
    func prefix(_ end: Int) -> HashedWords {
        HashedWords(words: Array(words[..<end]), hashes: Array(hashes[..<end]))
    }
}
