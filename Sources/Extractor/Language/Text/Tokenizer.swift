import Foundation

/// Splits text into tokens in one pass over its Unicode scalars.
///
/// Words keep inner periods between letters or digits ("U.S.", "De.Fi", "21.co", "3.5"), numbers keep
/// their separators ("4,323.6", "4:30"), apostrophes split off clitics ("China" + "’s"), hyphens and
/// every other mark are tokens of their own.
struct Tokenizer {
    func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var spaceBefore = true
        var newlineBefore = true
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if Self.isSpace(scalar) {
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" { newlineBefore = true }
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            var kind = Token.Kind.punctuation
            if Self.isAlphanumeric(scalar) {
                index = wordEnd(scalars, from: index)
                kind = .number
            } else if Self.isApostrophe(scalar), let last = tokens.last, last.end == start, last.kind == .word,
                      index + 1 < count, Self.isLetter(scalars[index + 1]) {
                var end = index + 1
                while end < count, Self.isLetter(scalars[end]) { end += 1 }
                let run = ScalarString.make(scalars[(index + 1)..<end]).lowercased()
                if Self.clitics.contains(run) {
                    index = end
                    kind = .clitic
                } else {
                    // "O'Leary", "D'Souza": the apostrophe is part of the name.
                    let word = wordEnd(scalars, from: index + 1)
                    tokens[tokens.count - 1] = Self.token(scalars, last.start, word, .word, last.spaceBefore, last.newlineBefore)
                    index = word
                    continue
                }
            } else if Self.isApostrophe(scalar), let last = tokens.last, last.end == start, last.kind == .word,
                      last.text.last == "s" || last.text.last == "S",
                      index + 1 >= count || !Self.isAlphanumeric(scalars[index + 1]) {
                index += 1
                kind = .clitic
            } else {
                index += 1
            }
            tokens.append(Self.token(scalars, start, index, kind, spaceBefore, newlineBefore))
            spaceBefore = false
            newlineBefore = false
        }
        return tokens
    }

    /// Builds a token, reading its letter case in one pass (ASCII without table look-ups).
    private static func token(
        _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ proposed: Token.Kind, _ spaceBefore: Bool, _ newlineBefore: Bool
    ) -> Token {
        var letters = 0
        var hasLower = false
        var hasUpper = false
        for scalar in scalars[start..<end] {
            let value = scalar.value
            if value < 128 {
                if value >= 97 && value <= 122 {
                    letters += 1
                    hasLower = true
                } else if value >= 65 && value <= 90 {
                    letters += 1
                    hasUpper = true
                }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isLowercase { hasLower = true }
                if scalar.properties.isUppercase { hasUpper = true }
            }
        }
        let kind: Token.Kind = proposed == .number && letters > 0 ? .word : proposed
        let string = ScalarString.make(scalars[start..<end])
        var lower = hasUpper ? string.lowercased() : string
        if kind == .clitic { lower = lower.replacingOccurrences(of: "\u{2019}", with: "'") }
        let first = scalars[start]
        let isCapitalized = first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase
        return Token(
            start: start, end: end, text: string, lower: lower, lowerHash: WordIndex.asciiHash(lower), kind: kind,
            spaceBefore: spaceBefore, newlineBefore: newlineBefore,
            isCapitalized: isCapitalized, isAllCaps: letters >= 2 && !hasLower
        )
    }

    static let clitics: Set<String> = ["s", "t", "re", "ve", "ll", "d", "m"]

    /// The end of a word or number starting at `start`.
    private func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        let count = scalars.count
        var index = start
        while index < count {
            let scalar = scalars[index]
            if Self.isAlphanumeric(scalar) {
                index += 1
                continue
            }
            let next = index + 1 < count ? scalars[index + 1] : " "
            let previous = scalars[index - 1]
            if scalar == "." && Self.isAlphanumeric(next) {
                index += 1
                continue
            }
            if (scalar == "," || scalar == ":") && Self.isDigit(previous) && Self.isDigit(next) {
                index += 1
                continue
            }
            break
        }
        // "U.S" + "." and "p.m" + ".": single letters joined by periods keep their final period.
        if index < count, scalars[index] == ".", index - start >= 3, scalars[start + 1] == ".",
           Self.isLetter(scalars[index - 1]), scalars[index - 2] == "." {
            index += 1
        }
        return index
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 11 || scalar.value == 12 }
        return scalar.properties.isWhitespace
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
        }
        return scalar.properties.isAlphabetic
    }

    /// Whether the scalar is an upper-case letter, as `Unicode.Scalar.Properties.isUppercase` says (ASCII without
    /// its table look-up).
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 65 && scalar.value <= 90 }
        return scalar.properties.isUppercase
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isDigit(scalar) || isLetter(scalar)
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }
}
