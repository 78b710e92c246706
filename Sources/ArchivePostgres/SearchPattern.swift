/// A `herald search` query in PostgreSQL's `tsquery` syntax, read as the SQLite store reads it: the FTS5 syntax
/// (words, `"phrases"`, `prefix*`, `AND`, `OR`, `NOT`, parentheses, `title:`, `text:` and `facts:`), or, when the
/// text is not valid FTS5 syntax, all of its words of two letters or more.
///
/// Each word is quoted for `to_tsquery`, which stems it with the search configuration; a column becomes the weight
/// the column's words carry in the stored document (title `A`, facts `B`, text `D`).
struct SearchPattern: Equatable {
    /// The query for `to_tsquery`.
    let tsquery: String

    /// The pattern for a query, or `nil` when it has no words.
    init?(_ text: String) {
        if var parser = try? FTS5Parser(text), let expression = try? parser.query() {
            tsquery = expression
            return
        }
        let words = text.split { !$0.isLetter && !$0.isNumber }.filter { $0.count > 1 }.map(String.init)
        guard !words.isEmpty else { return nil }
        tsquery = words.map { Self.lexeme($0, weight: "", prefix: false) }.joined(separator: " & ")
    }

    /// The weight of each column's words in the stored document.
    static let columnWeights = ["title": "A", "facts": "B", "text": "D"]

    /// A word as a `tsquery` operand: quoted, with its weight and prefix marks.
    static func lexeme(_ word: String, weight: String, prefix: Bool) -> String {
        let marks = (prefix ? "*" : "") + weight
        return "'" + word.replacingOccurrences(of: "'", with: "''") + "'" + (marks.isEmpty ? "" : ":" + marks)
    }
}

/// A recursive-descent reader of FTS5 query syntax that writes `tsquery` text as it reads, with FTS5's precedence:
/// phrases side by side (an implicit AND) bind tightest, then NOT, AND and OR. A column (`title:`) weighs the phrase
/// or parenthesized group after it. `NEAR(a b)` is read as all of its phrases (looser than FTS5, which also wants
/// them close). What it does not read (`+`, `^`, column lists) is a syntax error, as a malformed query is, and the
/// query is then read as plain words.
private struct FTS5Parser {
    struct SyntaxError: Error {}

    private enum Token: Equatable {
        case word(String), phrase(String), and, or, not, open, close, colon, star, comma

        /// Whether a phrase (or its column) starts here.
        var isPhraseStart: Bool {
            switch self {
            case .word, .phrase: true
            default: false
            }
        }
    }

    private var tokens: [Token] = []
    private var position = 0

    init(_ text: String) throws {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first {
            if first.properties.isWhitespace {
                scalars.removeFirst()
            } else if first == "\"" {
                scalars.removeFirst()
                var phrase = ""
                while true {
                    guard let next = scalars.popFirst() else { throw SyntaxError() }
                    if next == "\"" {
                        // A doubled quote is a quote inside the phrase.
                        guard scalars.first == "\"" else { break }
                        scalars.removeFirst()
                    }
                    phrase.unicodeScalars.append(next)
                }
                tokens.append(.phrase(phrase))
            } else if let mark = ["(": Token.open, ")": .close, ":": .colon, "*": .star, ",": .comma][String(first)] {
                scalars.removeFirst()
                tokens.append(mark)
            } else if Self.isBareword(first) {
                var word = ""
                while let next = scalars.first, Self.isBareword(next) {
                    word.unicodeScalars.append(next)
                    scalars.removeFirst()
                }
                tokens.append(["AND": .and, "OR": .or, "NOT": .not][word] ?? .word(word))
            } else {
                throw SyntaxError()
            }
        }
    }

    /// FTS5's bareword characters: letters and digits of ASCII, the underscore, and anything beyond ASCII.
    private static func isBareword(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 127 || scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    /// The whole query as `tsquery` text.
    mutating func query() throws -> String {
        let expression = try orExpression(weight: "")
        guard position == tokens.count else { throw SyntaxError() }
        return expression
    }

    private mutating func orExpression(weight: String) throws -> String {
        var parts = [try andExpression(weight: weight)]
        while peek == .or {
            position += 1
            parts.append(try andExpression(weight: weight))
        }
        return Self.joined(parts, by: "|")
    }

    private mutating func andExpression(weight: String) throws -> String {
        var parts = [try notExpression(weight: weight)]
        while peek == .and {
            position += 1
            parts.append(try notExpression(weight: weight))
        }
        return Self.joined(parts, by: "&")
    }

    private mutating func notExpression(weight: String) throws -> String {
        var expression = try sequence(weight: weight)
        while peek == .not {
            position += 1
            expression = "(\(expression) & !\(try sequence(weight: weight)))"
        }
        return expression
    }

    /// A parenthesized group, a NEAR group, or phrases side by side, each of which must occur.
    private mutating func sequence(weight: String) throws -> String {
        var weight = weight
        if case let .word(column) = peek, token(after: 1) == .colon, token(after: 2) == .open {
            guard let columnWeight = SearchPattern.columnWeights[column] else { throw SyntaxError() }
            weight = columnWeight
            position += 2
        }
        if peek == .open {
            position += 1
            let inner = try orExpression(weight: weight)
            guard next() == .close else { throw SyntaxError() }
            return inner
        }
        if peek == .word("NEAR"), token(after: 1) == .open {
            position += 2
            var parts: [String] = []
            while peek?.isPhraseStart == true { parts.append(try phrase(weight: weight)) }
            if peek == .comma {
                position += 1
                guard case let .word(distance) = next(), Int(distance) != nil else { throw SyntaxError() }
            }
            guard !parts.isEmpty, next() == .close else { throw SyntaxError() }
            return Self.joined(parts, by: "&")
        }
        var parts = [try phrase(weight: weight)]
        while peek?.isPhraseStart == true {
            parts.append(try phrase(weight: weight))
        }
        return Self.joined(parts, by: "&")
    }

    /// A word or a quoted phrase, after its column if it has one and with a `*` after it for a prefix: its words in
    /// order, one after the other.
    private mutating func phrase(weight: String) throws -> String {
        var weight = weight
        if case let .word(column) = peek, token(after: 1) == .colon {
            guard let columnWeight = SearchPattern.columnWeights[column] else { throw SyntaxError() }
            weight = columnWeight
            position += 2
        }
        let text: String
        switch next() {
        case let .word(word): text = word
        case let .phrase(phrase): text = phrase
        default: throw SyntaxError()
        }
        let prefix = peek == .star
        if prefix { position += 1 }
        let words = text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard !words.isEmpty else { throw SyntaxError() }
        let lexemes = words.enumerated().map { index, word in
            SearchPattern.lexeme(word, weight: weight, prefix: prefix && index == words.count - 1)
        }
        return Self.joined(lexemes, by: "<->")
    }

    private static func joined(_ parts: [String], by operator: String) -> String {
        parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " \(`operator`) ") + ")"
    }

    private func token(after offset: Int) -> Token? {
        position + offset < tokens.count ? tokens[position + offset] : nil
    }

    private var peek: Token? {
        position < tokens.count ? tokens[position] : nil
    }

    private mutating func next() -> Token? {
        defer { position += 1 }
        return peek
    }
}
