import Foundation

/// Lower-case words joined by hyphens, accents dropped: `Alibaba.com` → `alibaba-com`,
/// `Comissão de Valores` → `comissao-de-valores`.
///
/// Letters of other scripts are kept, so names written in them still give a slug.
public func slug(_ text: String) -> String {
    text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiSlug(text) : foldedSlug(text)
}

/// `slug` of a text in any script: accents and case folded, then split into letters and digits.
func foldedSlug(_ text: String) -> String {
    var words: [String] = []
    var current = ""
    for character in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
        if character.isLetter || character.isNumber {
            current.append(character)
        } else if character == "'" || character == "’" {
            continue
        } else if !current.isEmpty {
            words.append(current)
            current = ""
        }
    }
    if !current.isEmpty { words.append(current) }
    return words.joined(separator: "-")
}

/// `slug` of a text in ASCII, byte by byte: nothing to fold, and many times faster than folding.
private func asciiSlug(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var wordEnded = false
    for byte in text.utf8 {
        let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
            if wordEnded && !bytes.isEmpty { bytes.append(UInt8(ascii: "-")) }
            wordEnded = false
            bytes.append(lower)
        } else if byte != UInt8(ascii: "'") {
            wordEnded = true
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// A slug for identifiers and file names: ASCII letters, digits and hyphens only (`[a-z0-9-]`), linking words
/// ("of", "and", "de") dropped, at most `maximumWords` words; letters of other scripts are dropped.
public func identifierSlug(_ text: String, maximumWords: Int = 4) -> String {
    slug(text)
        .split(separator: "-")
        .map { word in String(word.unicodeScalars.filter { $0.isASCII }.map(Character.init)) }
        .filter { !$0.isEmpty && !linkingWords.contains($0) }
        .prefix(maximumWords)
        .joined(separator: "-")
}

/// Words that join the parts of a name and say nothing in an identifier.
private let linkingWords: Set<String> = [
    "and", "of", "the", "for", "on", "de", "del", "la", "le", "ng", "du", "des", "der", "und", "et", "y",
]
