import Foundation

/// A fixed set of words for look-ups in the analysis's inner loops. It answers exactly as `Set<String>` does
/// (canonical equivalence), but hashes an ASCII word with a few multiplications instead of SipHash, which
/// made string hashing a quarter of the analysis time.
///
/// An ASCII word is canonically equivalent only to strings whose normal form (NFC) is that same word, so ASCII
/// look-ups go to a table of the words' ASCII normal forms; any other word goes to an ordinary `Set<String>`.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// Open addressing, linear probing; a power of two at most half full. Each slot keeps its word's hash, so that
    /// a probe compares strings only when the hashes agree.
    private let slots: [(hash: Int, word: String)?]
    private let mask: Int
    /// Every word, for look-ups of words that are not ASCII.
    private let words: Set<String>

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        self.words = Set(words)
        let asciiForms = Set(self.words.compactMap { word in
            let normal = word.unicodeScalars.allSatisfy(\.isASCII) ? word : word.precomposedStringWithCanonicalMapping
            return normal.unicodeScalars.allSatisfy(\.isASCII) ? normal : nil
        })
        var capacity = 8
        while capacity < asciiForms.count * 2 { capacity *= 2 }
        var slots = [(hash: Int, word: String)?](repeating: nil, count: capacity)
        for form in asciiForms {
            let hash = Self.asciiHash(form) ?? 0
            var slot = hash & (capacity - 1)
            while slots[slot] != nil { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = (hash, form)
        }
        self.slots = slots
        mask = capacity - 1
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether the set holds a word canonically equivalent to `word`.
    func contains(_ word: String) -> Bool {
        guard let hash = Self.asciiHash(word) else { return words.contains(word) }
        var slot = hash & mask
        while let candidate = slots[slot] {
            if candidate.hash == hash && candidate.word == word { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// A hash of an ASCII word's bytes (FNV-1a), or `nil` when the word is not ASCII.
    @inline(__always)
    private static func asciiHash(_ word: String) -> Int? {
        var word = word
        // The bytes in one buffer (a short word's are copied to the stack), not read one index at a time.
        return word.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return Int(truncatingIfNeeded: hash ^ (hash >> 29))
        }
    }

    var count: Int { words.count }
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}
