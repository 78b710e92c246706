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

    /// Whether the set holds a word canonically equivalent to the token's lower-case word, looked up with the hash the
    /// token keeps (`Token.lowerHash`) instead of hashing the word again: the same answer as `contains(token.lower)`.
    /// (Inlined, so that a call reads the token's two fields in place instead of copying the token.)
    @inline(__always)
    func contains(_ token: Token) -> Bool {
        index.position(of: token.lower, hash: token.lowerHash) != nil
    }

    /// Whether the set holds a word canonically equivalent to the word at `position` of `sentence`, looked up with the
    /// hash the sentence keeps for it: the same answer as `contains(sentence.words[position])`.
    @inline(__always)
    func contains(wordAt position: Int, of sentence: HashedWords) -> Bool {
        index.position(of: sentence.words[position], hash: sentence.hashes[position]) != nil
    }

    /// Whether the set holds one of the words at `positions` of `sentence` (looked up with their stored hashes).
    func containsAny(of sentence: HashedWords, in positions: Range<Int>) -> Bool {
        positions.contains { self.contains(wordAt: $0, of: sentence) }
    }

    /// What `Sequence.contains(_:)` asks first, so that generic code over any sequence of words (a function that takes a
    /// `WordSet` or a list written at its call) looks a word up in the index instead of iterating the set.
    func _customContainsEquatableElement(_ word: String) -> Bool? {
        contains(word)
    }

    var count: Int { words.count }
    func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}

/// The positions of a fixed list of distinct words, found as `Dictionary<String, Int>` finds them (canonical
/// equivalence) but with the cheap hash `WordSet` needs.
///
/// An ASCII word is canonically equivalent only to strings whose normal form (NFC) is that same word, so ASCII
/// look-ups go to a table of the words' ASCII normal forms; any other word goes to an ordinary dictionary, when the list
/// holds a word beyond ASCII or the word's normal form may be ASCII.
///
/// Most look-ups are of words a list does not hold. A bitmap of the words' hashes, eight bits per word, answers most
/// of them from one machine word, without a probe of the table and its string comparison.
struct WordIndex: Sendable {
    /// Open addressing, linear probing; a power of two at most half full. Each slot keeps its word's hash, so that
    /// a probe compares strings only when the hashes agree.
    private let slots: [(hash: Int, word: String, position: Int)?]
    private let mask: Int
    /// One bit per hash value modulo the bitmap's size (eight bits per word, at least 64), set for each word's hash.
    private let hashBits: [UInt64]
    private let hashBitMask: Int
    /// Every word's position, for look-ups of words that are not ASCII.
    private let positions: [String: Int]
    /// Whether some word's normal form is not ASCII ("naïve", "’s"): only then may a word beyond ASCII be one of them.
    private let hasWordsBeyondASCII: Bool

    init(_ words: [String]) {
        var positions: [String: Int] = [:]
        for (position, word) in words.enumerated() where positions[word] == nil { positions[word] = position }
        self.positions = positions
        let asciiForms = positions.compactMap { word, position -> (String, Int)? in
            let normal = word.unicodeScalars.allSatisfy(\.isASCII) ? word : word.precomposedStringWithCanonicalMapping
            return normal.unicodeScalars.allSatisfy(\.isASCII) ? (normal, position) : nil
        }
        hasWordsBeyondASCII = asciiForms.count < positions.count
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
        var bitCount = 64
        while bitCount < asciiForms.count * 8 { bitCount *= 2 }
        var hashBits = [UInt64](repeating: 0, count: bitCount / 64)
        for (form, _) in asciiForms {
            let bit = Self.bitmapPosition(of: Self.asciiHash(form) ?? 0, mask: bitCount - 1)
            hashBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.hashBits = hashBits
        hashBitMask = bitCount - 1
    }

    /// The position of a word canonically equivalent to `word`, if the list holds one.
    func position(of word: String) -> Int? {
        position(of: word, hash: Self.asciiHash(word))
    }

    /// The position of a word canonically equivalent to `word`, given the word's `asciiHash(_:)` (computed once by the
    /// caller: a token keeps its word's), if the list holds one.
    @inline(__always)
    func position(of word: String, hash: Int?) -> Int? {
        guard let hash else {
            // A curly quote, a dash or "’s" is no word of a list of ASCII words: answered without hashing its normal form.
            guard hasWordsBeyondASCII || Self.mayBeEquivalentToASCII(word) else { return nil }
            return positions[word]
        }
        let bit = Self.bitmapPosition(of: hash, mask: hashBitMask)
        guard hashBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var slot = hash & mask
        while let candidate = slots[slot] {
            if candidate.hash == hash && candidate.word == word { return candidate.position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether a word's normal form (NFC) may be ASCII: each of its scalars is ASCII or one of the three whose canonical
    /// decomposition is (GREEK QUESTION MARK ";", GREEK VARIA "`", KELVIN SIGN "K"). Composition never makes an ASCII
    /// scalar, so any other scalar keeps the normal form beyond ASCII.
    private static func mayBeEquivalentToASCII(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { $0.isASCII || $0 == "\u{037E}" || $0 == "\u{1FEF}" || $0 == "\u{212A}" }
    }

    /// A hash's bit in a bitmap of `mask + 1` bits, from the hash's high bits (the table's slot is from its low bits).
    @inline(__always)
    private static func bitmapPosition(of hash: Int, mask: Int) -> Int {
        Int(truncatingIfNeeded: UInt64(bitPattern: Int64(hash)) >> 40) & mask
    }

    /// A hash of an ASCII word's bytes, or `nil` when the word is not ASCII. The bytes are mixed eight at a time (a
    /// word is one or two such steps, not one multiplication per letter), then finished with MurmurHash3's mixer, so
    /// that every byte moves the low bits (the table's slot) and the high bits (the bitmap's).
    @inline(__always)
    static func asciiHash(_ word: String) -> Int? {
        // The bytes in one buffer (a short word's are copied to the stack), not read one index at a time, and without a
        // copy of the string. (Every native or short string has them; any other answers through the dictionary.)
        word.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            let raw = UnsafeRawBufferPointer(bytes)
            var hash = UInt64(bytes.count) &* 0x9e37_79b9_7f4a_7c15
            var offset = 0
            while offset + 8 <= raw.count {
                let chunk = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                guard chunk & 0x8080_8080_8080_8080 == 0 else { return nil }
                hash = ((hash ^ chunk) &* 0x9e37_79b9_7f4a_7c15).rotated(by: 31)
                offset += 8
            }
            // The last one to seven bytes in at most three loads (four, two and one bytes), not one step per byte.
            let rest = raw.count - offset
            if rest > 0 {
                var tail: UInt64 = 0
                var filled: UInt64 = 0
                if rest & 4 != 0 {
                    tail = UInt64(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                    offset += 4
                    filled = 32
                }
                if rest & 2 != 0 {
                    tail |= UInt64(raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) << filled
                    offset += 2
                    filled += 16
                }
                if rest & 1 != 0 { tail |= UInt64(raw[offset]) << filled }
                guard tail & 0x8080_8080_8080_8080 == 0 else { return nil }
                hash = ((hash ^ tail) &* 0x9e37_79b9_7f4a_7c15).rotated(by: 31)
            }
            hash ^= hash >> 33
            hash &*= 0xff51_afd7_ed55_8ccd
            hash ^= hash >> 33
            hash &*= 0xc4ce_b9fe_1a85_ec53
            hash ^= hash >> 33
            return Int(truncatingIfNeeded: hash)
        } ?? nil
    }
}

private extension UInt64 {
    /// The bits rotated left by `count`.
    @inline(__always)
    func rotated(by count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
