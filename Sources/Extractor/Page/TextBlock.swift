/// One block of page text: a paragraph, heading, list item, quote, preformatted run or table row.
struct TextBlock: Equatable, Sendable {
    /// The text, white space collapsed, line breaks only where the page had `<br>`.
    var text: String
    /// The index (in the ``ElementTree``) of the innermost block element holding the text.
    var owner: Int
    /// The owner's tag name (`p`, `h2`, `li`, `div`, …).
    var tag: String
    /// How many non-space characters the text has.
    var characters: Int
    /// How many of them are inside links.
    var linkCharacters: Int
    /// How many commas the text has (a sign of sentences, as Readability counts them).
    var commas: Int = 0

    /// The share of the text inside links, from 0 to 1.
    var linkDensity: Double {
        characters == 0 ? 0 : Double(linkCharacters) / Double(characters)
    }

    /// Whether the block is a heading.
    var isHeading: Bool { tag.count == 2 && tag.first == "h" && tag.last.map { "123456".contains($0) } == true }
}

/// Counting the characters that carry text.
enum TextMeasure {
    /// The number of Unicode scalars in the text that are not ASCII white space or no-break spaces.
    static func visibleCharacters<S: StringProtocol>(_ text: S) -> Int {
        var text = String(text)
        return text.withUTF8 { bytes in
            var count = 0
            var previous: UInt8 = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                defer { previous = byte }
                if byte & 0xC0 == 0x80 {
                    // A continuation byte; U+00A0 (C2 A0) was counted at its lead byte and is taken back.
                    if previous == 0xC2 && byte == 0xA0 { count -= 1 }
                    continue
                }
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C { continue }
                count += 1
            }
            return count
        }
    }
}

extension String {
    /// Whether the text contains `needle`, compared byte for byte (no Unicode equivalence): the
    /// fast test the per-element heuristics need, free of Foundation's locale-aware search.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard let first = pattern.first, pattern.count <= text.count else { return pattern.isEmpty }
                var index = 0
                while index <= text.count - pattern.count {
                    if text[index] == first {
                        var matched = 1
                        while matched < pattern.count, text[index + matched] == pattern[matched] { matched += 1 }
                        if matched == pattern.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
