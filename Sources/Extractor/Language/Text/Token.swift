/// A word, number or punctuation mark of the analysed text, with its place in Unicode scalars.
struct Token: Sendable {
    /// What a token is made of.
    enum Kind: Sendable { case word, number, punctuation, clitic }

    var start: Int
    var end: Int
    var text: String
    /// `text` in lower case, for lexicon look-ups.
    let lower: String
    /// `WordIndex.asciiHash(_:)` of `lower` (nil when it is not ASCII), computed once when the token is read, so that
    /// each word list asked about the token (`WordSet.contains(_:)` of a token) probes without hashing the word again.
    let lowerHash: Int?
    var kind: Kind
    /// Whether white space separates this token from the previous one.
    var spaceBefore: Bool
    /// Whether a line break separates this token from the previous one.
    var newlineBefore: Bool
    /// The first scalar is an upper-case letter.
    var isCapitalized: Bool
    /// At least two letters, none of them lower case ("SEC", "U.S.").
    var isAllCaps: Bool

    var isWord: Bool { kind == .word }
    var isPossessive: Bool { kind == .clitic && (lower == "'s" || lower == "\u{2019}s" || lower == "'" || lower == "\u{2019}") }
}
