import Foundation

/// A fixed set of words for look-ups in the analysis's inner loops. It answers exactly as `Set<String>` does
/// (canonical equivalence), but hashes an ASCII word with a few multiplications instead of SipHash, which
/// made string hashing a quarter of the analysis time.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let index: WordIndex
    /// Every word, for iteration.
    private let words: Set<String>

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        self.words = Set(words)
        index = WordIndex(Array(self.words))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether the set holds a word canonically equivalent to `word`.
    func contains(_ word: String) -> Bool {
        index.position(of: word) != nil
    }

    var count: Int { words.count }
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

/// The positions of a fixed list of distinct words, found as `Dictionary<String, Int>` finds them (canonical
/// equivalence) but with the cheap hash `WordSet` needs.
///
/// An ASCII word is canonically equivalent only to strings whose normal form (NFC) is that same word, so ASCII
/// look-ups go to a table of the words' ASCII normal forms; any other word goes to an ordinary dictionary.
struct WordIndex: Sendable {
    /// Open addressing, linear probing; a power of two at most half full. Each slot keeps its word's hash, so that
    /// a probe compares strings only when the hashes agree.
    private let slots: [(hash: Int, word: String, position: Int)?]
    private let mask: Int
    /// Every word's position, for look-ups of words that are not ASCII.
    private let positions: [String: Int]

    init(_ words: [String]) {
        var positions: [String: Int] = [:]
        for (position, word) in words.enumerated() where positions[word] == nil { positions[word] = position }
        self.positions = positions
        let asciiForms = positions.compactMap { word, position -> (String, Int)? in
            let normal = word.unicodeScalars.allSatisfy(\.isASCII) ? word : word.precomposedStringWithCanonicalMapping
            return normal.unicodeScalars.allSatisfy(\.isASCII) ? (normal, position) : nil
        }
        var capacity = 8
        while capacity < asciiForms.count * 2 { capacity *= 2 }
        var slots = [(hash: Int, word: String, position: Int)?](repeating: nil, count: capacity)
        for (form, position) in asciiForms {
            let hash = Self.asciiHash(form) ?? 0
            var slot = hash & (capacity - 1)
            while let taken = slots[slot] {
                if taken.word == form { break }
                slot = (slot + 1) & (capacity - 1)
            }
            if slots[slot] == nil { slots[slot] = (hash, form, position) }
        }
        self.slots = slots
        mask = capacity - 1
    }

    /// The position of a word canonically equivalent to `word`, if the list holds one.
    func position(of word: String) -> Int? {
        guard let hash = Self.asciiHash(word) else { return positions[word] }
        var slot = hash & mask
        while let candidate = slots[slot] {
            if candidate.hash == hash && candidate.word == word { return candidate.position }
            slot = (slot + 1) & mask
        }
        return nil
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
}
