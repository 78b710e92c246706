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
                kind = scalars[start..<index].contains(where: Self.isLetter) ? .word : .number
            } else if Self.isApostrophe(scalar), let last = tokens.last, last.end == start, last.kind == .word,
                      index + 1 < count, Self.isLetter(scalars[index + 1]) {
                index += 1
                while index < count, Self.isLetter(scalars[index]), index - start < 4 { index += 1 }
                kind = .clitic
            } else if Self.isApostrophe(scalar), let last = tokens.last, last.end == start, last.kind == .word,
                      last.text.last == "s" || last.text.last == "S",
                      index + 1 >= count || !Self.isAlphanumeric(scalars[index + 1]) {
                index += 1
                kind = .clitic
            } else {
                index += 1
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<index])
            let string = String(text)
            var hasLetter = false
            var hasLower = false
            var letters = 0
            for scalar in scalars[start..<index] where Self.isLetter(scalar) {
                hasLetter = true
                letters += 1
                if scalar.properties.isLowercase { hasLower = true }
            }
            tokens.append(Token(
                start: start, end: index, text: string,
                lower: kind == .clitic ? string.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") : string.lowercased(),
                kind: kind,
                spaceBefore: spaceBefore, newlineBefore: newlineBefore,
                isCapitalized: scalars[start].properties.isUppercase,
                isAllCaps: hasLetter && !hasLower && letters >= 2
            ))
            spaceBefore = false
            newlineBefore = false
        }
        return tokens
    }

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
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.properties.isWhitespace
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
        }
        return scalar.properties.isAlphabetic
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
