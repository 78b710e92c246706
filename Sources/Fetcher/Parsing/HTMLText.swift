/// Turns an HTML fragment into plain text without building a tree.
///
/// Tags, comments, doctypes, processing instructions and attribute values are dropped; the text
/// of `script`, `style`, `template` and `noscript` is dropped; block-level tags become a space;
/// character references are decoded by HTML5 rules; whitespace is collapsed.
public enum HTMLText {
    /// The plain text of an HTML fragment, empty when it has none.
    public static func plainText(fromHTML html: String) -> String {
        var tokenizer = Tokenizer(bytes: Array(html.utf8))
        let raw = tokenizer.run()
        return TextNormalization.collapseWhitespace(String(decoding: raw, as: UTF8.self))
    }

    /// Decodes the character references of a text run (`&amp;`, `&#8217;`, `&eacute`).
    public static func decodeCharacterReferences(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&") {
                index = CharacterReference.decode(bytes, at: index, into: &output)
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    static let hiddenElements: Set<String> = ["script", "style", "template", "noscript"]

    /// A single pass over the bytes of a fragment.
    struct Tokenizer {
        let bytes: [UInt8]
        var index = 0
        var output: [UInt8] = []
        var hiddenDepth = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            output.reserveCapacity(bytes.count)
        }

        mutating func run() -> [UInt8] {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<") {
                    readMarkup()
                } else if byte == UInt8(ascii: "&") {
                    if hiddenDepth > 0 {
                        index += 1
                    } else {
                        index = CharacterReference.decode(bytes, at: index, into: &output)
                    }
                } else {
                    if hiddenDepth == 0 { output.append(byte) }
                    index += 1
                }
            }
            return output
        }

        private mutating func readMarkup() {
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if isASCIILetter(next) {
                readTag(isEnd: false, nameStart: index + 1)
            } else if next == UInt8(ascii: "/") {
                let afterSlash = index + 2 < bytes.count ? bytes[index + 2] : 0
                if isASCIILetter(afterSlash) {
                    readTag(isEnd: true, nameStart: index + 2)
                } else {
                    // `</>` is dropped, `</ x>` is a bogus comment.
                    index = position(of: UInt8(ascii: ">"), from: index + 2) + 1
                }
            } else if next == UInt8(ascii: "!") {
                if starts(with: "<!--", at: index) {
                    index = endOfComment(from: index + 4)
                } else {
                    index = position(of: UInt8(ascii: ">"), from: index + 2) + 1
                }
            } else if next == UInt8(ascii: "?") {
                index = position(of: UInt8(ascii: ">"), from: index + 2) + 1
            } else {
                if hiddenDepth == 0 { output.append(UInt8(ascii: "<")) }
                index += 1
            }
        }

        private mutating func readTag(isEnd: Bool, nameStart: Int) {
            var cursor = nameStart
            while cursor < bytes.count, !isTagNameEnd(bytes[cursor]) { cursor += 1 }
            let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
            cursor = endOfTag(from: cursor)
            index = cursor
            if HTMLText.hiddenElements.contains(name) {
                if isEnd {
                    hiddenDepth = max(0, hiddenDepth - 1)
                } else if name == "script" || name == "style" {
                    // Raw text: skip to the matching end tag whatever it contains.
                    index = endOfRawText(named: name, from: cursor)
                } else {
                    hiddenDepth += 1
                }
                return
            }
            if hiddenDepth == 0, HTMLText.blockElements.contains(name) {
                output.append(UInt8(ascii: " "))
            }
        }

        /// The index just past the `>` closing a tag, skipping quoted attribute values.
        private func endOfTag(from start: Int) -> Int {
            var cursor = start
            var quote: UInt8? = nil
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: ">") {
                    return cursor + 1
                } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && isAfterEquals(cursor) {
                    quote = byte
                }
                cursor += 1
            }
            return bytes.count
        }

        private func isAfterEquals(_ position: Int) -> Bool {
            var cursor = position - 1
            while cursor >= 0, isSpace(bytes[cursor]) { cursor -= 1 }
            return cursor >= 0 && bytes[cursor] == UInt8(ascii: "=")
        }

        private func endOfRawText(named name: String, from start: Int) -> Int {
            let closing = Array("</\(name)".utf8)
            var cursor = start
            while cursor + closing.count <= bytes.count {
                if bytes[cursor] == UInt8(ascii: "<"), matchesIgnoringCase(closing, at: cursor) {
                    return endOfTag(from: cursor + closing.count)
                }
                cursor += 1
            }
            return bytes.count
        }

        private func endOfComment(from start: Int) -> Int {
            var cursor = start
            while cursor + 2 < bytes.count {
                if bytes[cursor] == UInt8(ascii: "-"), bytes[cursor + 1] == UInt8(ascii: "-"),
                   bytes[cursor + 2] == UInt8(ascii: ">") {
                    return cursor + 3
                }
                cursor += 1
            }
            return bytes.count
        }

        private func position(of byte: UInt8, from start: Int) -> Int {
            var cursor = start
            while cursor < bytes.count, bytes[cursor] != byte { cursor += 1 }
            return min(cursor, bytes.count)
        }

        private func starts(with prefix: String, at position: Int) -> Bool {
            matchesIgnoringCase(Array(prefix.utf8), at: position)
        }

        private func matchesIgnoringCase(_ pattern: [UInt8], at position: Int) -> Bool {
            guard position + pattern.count <= bytes.count else { return false }
            for offset in 0..<pattern.count where lowercase(bytes[position + offset]) != lowercase(pattern[offset]) {
                return false
            }
            return true
        }
    }
}

/// HTML5 character reference decoding on UTF-8 bytes.
enum CharacterReference {
    /// Decodes the reference starting at the `&` at `start`, appends its UTF-8 (or the `&` itself
    /// when it is not a reference) and returns the index after what was consumed.
    static func decode(_ bytes: [UInt8], at start: Int, into output: inout [UInt8]) -> Int {
        let next = start + 1
        guard next < bytes.count else {
            output.append(UInt8(ascii: "&"))
            return next
        }
        if bytes[next] == UInt8(ascii: "#") {
            return decodeNumeric(bytes, at: start, into: &output)
        }
        return decodeNamed(bytes, at: start, into: &output)
    }

    private static func decodeNumeric(_ bytes: [UInt8], at start: Int, into output: inout [UInt8]) -> Int {
        var cursor = start + 2
        var isHex = false
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "x") || bytes[cursor] == UInt8(ascii: "X") {
            isHex = true
            cursor += 1
        }
        let digitsStart = cursor
        var value: UInt32 = 0
        while cursor < bytes.count, let digit = digitValue(bytes[cursor], hex: isHex) {
            value = min(value &* (isHex ? 16 : 10) &+ digit, 0x110000)
            cursor += 1
        }
        guard cursor > digitsStart else {
            output.append(UInt8(ascii: "&"))
            return start + 1
        }
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
        appendUTF8(of: scalar(forNumericReference: value), to: &output)
        return cursor
    }

    private static func decodeNamed(_ bytes: [UInt8], at start: Int, into output: inout [UInt8]) -> Int {
        var cursor = start + 1
        while cursor < bytes.count, cursor - start <= 32, isASCIIAlphanumeric(bytes[cursor]) { cursor += 1 }
        let name = String(decoding: bytes[(start + 1)..<cursor], as: UTF8.self)
        guard !name.isEmpty else {
            output.append(UInt8(ascii: "&"))
            return start + 1
        }
        let table = HTMLEntities.table
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";"), let scalars = table[name + ";"] {
            for scalar in scalars { appendUTF8(of: scalar, to: &output) }
            return cursor + 1
        }
        // Legacy references without a semicolon: the longest prefix that is one.
        var length = name.utf8.count
        while length >= 2 {
            let prefix = String(name.utf8.prefix(length)) ?? ""
            if let scalars = table[prefix] {
                for scalar in scalars { appendUTF8(of: scalar, to: &output) }
                return start + 1 + length
            }
            length -= 1
        }
        output.append(UInt8(ascii: "&"))
        return start + 1
    }

    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func scalar(forNumericReference value: UInt32) -> Unicode.Scalar {
        if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return "\u{FFFD}" }
        if (0x80...0x9F).contains(value) {
            return Unicode.Scalar(windows1252[Int(value - 0x80)]) ?? "\u{FFFD}"
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}

/// The named character references, parsed from ``HTMLEntityTable`` once.
enum HTMLEntities {
    static let table: [String: [Unicode.Scalar]] = {
        var table: [String: [Unicode.Scalar]] = [:]
        table.reserveCapacity(2300)
        for line in HTMLEntityTable.source.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            let scalars = parts[1].split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            table[String(parts[0])] = scalars
        }
        return table
    }()
}

func appendUTF8(of scalar: Unicode.Scalar, to output: inout [UInt8]) {
    UTF8.encode(scalar) { output.append($0) }
}

func isASCIILetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
}

func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    isASCIILetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
}

func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
}

func isTagNameEnd(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
}

func lowercase(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
}
