import Foundation
import Testing
@testable import Extractor

/// The fast primitives the analysis uses in its inner loops answer exactly as the standard ones they replace.
@Suite struct TextPrimitivesTests {
    @Test func aWordSetAnswersAsASetOfStrings() {
        let listed = ["ban", "the", "comisión", "’s", "\u{212B}ngstr\u{00F6}m", ";", "a\u{0301}", "x", "securities-and-exchange", ""]
        let words = WordSet(listed)
        let reference = Set(listed)
        let queries = listed + [
            "Ban", "bans", "th", "comisio\u{0301}n", "'s", "\u{00C5}ngstr\u{00F6}m", "\u{037E}", "\u{00E1}", "y", "securities-and-exchanges",
            " ", "banned", "ministry", "\u{2019}", "\u{201C}",
        ]
        for query in queries {
            #expect(words.contains(query) == reference.contains(query), "\(query)")
        }
    }

    /// The runs of letters (and digits) are cut out of the text and lower-cased alone: they must be, scalar for scalar,
    /// the runs of the text lower-cased whole, also where lower-casing changes a scalar beyond ASCII or adds one.
    @Test(arguments: [
        "The Regulator’s “final” rule — in force from May 3, 2027.",
        "Ministers in Zürich met the CAFÉ owners; naïve RÉSUMÉS were filed.",
        "İSTANBUL’S exchanges, ΣΟΦΟΣ and Straße: ẞ, K, Ω, ǅ.",
        "ﬁnes of 12m… for 3rd-party x1y2 tokens",
        "",
        "  —  ",
    ])
    func lowercaseWordsAreTheRunsOfTheWholeTextLowerCased(_ text: String) {
        for keepingNumbers in [false, true] {
            let reference = text.lowercased().unicodeScalars.split { scalar in
                !(Tokenizer.isLetter(scalar) || keepingNumbers && Tokenizer.isDigit(scalar))
            }.map { Array($0) }
            let words = StatementDating.lowercaseWords(of: text, keepingNumbers: keepingNumbers).map { Array($0.unicodeScalars) }
            #expect(words == reference, "\(text) \(keepingNumbers)")
        }
    }

    @Test func aWordSetFindsEveryWordOfALargeList() {
        let listed = (0..<500).map { "word\($0)" }
        let words = WordSet(listed)
        #expect(listed.allSatisfy(words.contains))
        #expect(!(500..<1000).contains { words.contains("word\($0)") })
        #expect(words.count == 500)
    }

    /// Words are hashed eight bytes at a time: a word of any length, and one that differs from it in any single byte
    /// (a letter, or a byte that is not ASCII), must be told apart, on either side of an eight-byte boundary.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 23, 24, 25, 40])
    func aWordSetTellsApartWordsThatDifferInOneByte(length: Int) {
        let word = String((0..<length).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })
        let variants = (0..<length).flatMap { position -> [String] in
            ["0", "\u{00E9}", "Q"].map { replacement in
                var characters = Array(word)
                characters[position] = Character(replacement)
                return String(characters)
            }
        }
        let shorter = String(word.dropLast()), longer = word + "s"
        let words = WordSet([word])
        #expect(words.contains(word))
        #expect(!variants.contains(where: words.contains))
        #expect(!words.contains(shorter) && !words.contains(longer))
        let others = WordSet(variants + [shorter, longer])
        #expect(!others.contains(word))
        #expect(variants.allSatisfy(others.contains) && others.contains(shorter) && others.contains(longer))
    }

    @Test func anASCIIWordFindsTheListedFormThatNormalizesToIt() {
        // U+037E GREEK QUESTION MARK is canonically equivalent to ";".
        #expect(WordSet(["\u{037E}"]).contains(";"))
        #expect(WordSet([";"]).contains("\u{037E}"))
    }

    /// A list of ASCII words answers a word beyond ASCII without its normal form, except for the three scalars whose
    /// normal form is ASCII (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA): as a set of strings would.
    @Test(arguments: [
        ["ok", "OK", "the", "s", ";", "`", "K", "cafe"],
        ["ok", "OK", "the", "s", ";", "`", "K", "cafe", "caf\u{00E9}", "\u{2019}s"],
    ])
    func aListOfASCIIWordsAnswersWordsBeyondASCIIAsASetDoes(_ listed: [String]) {
        let words = WordSet(listed)
        let reference = Set(listed)
        let queries = [
            "\u{2019}s", "\u{2019}", "\u{201C}", "\u{2014}", "caf\u{00E9}", "cafe\u{0301}", "O\u{212A}", "\u{212A}", "\u{037E}",
            "\u{1FEF}", "o\u{212A}", "the\u{0301}", "\u{212A}\u{0301}", "\u{00E9}", "ok",
        ]
        for query in queries {
            #expect(words.contains(query) == reference.contains(query), "\(query)")
        }
    }

    /// The three scalars beyond ASCII whose normal form (NFC) is ASCII are the ones `WordIndex` still looks up: no other
    /// scalar of the runtime's Unicode tables normalizes to ASCII.
    @Test func onlyThreeScalarsBeyondASCIINormalizeToASCII() {
        let normalizingToASCII = (0x80...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter { scalar in
            String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars.allSatisfy(\.isASCII)
        }
        #expect(normalizingToASCII == ["\u{037E}", "\u{1FEF}", "\u{212A}"])
    }

    /// Generic code that asks a sequence of words whether it holds one (`Sequence.contains`) answers as the set does.
    @Test func aWordSetAnswersGenericContainsAsItsOwn() {
        func holds<Words: Sequence<String>>(_ words: Words, _ word: String) -> Bool { words.contains(word) }
        let words: WordSet = ["ban", "curb", "\u{2019}s", "caf\u{00E9}"]
        for query in ["ban", "curb", "bans", "\u{2019}s", "'s", "cafe\u{0301}", "cafe", ""] {
            #expect(holds(words, query) == words.contains(query), "\(query)")
        }
    }

    /// A word list asked about a token (with the hash the token keeps) answers as when asked about the token's lower-case
    /// word: for words in and out of the list, capitalized ones, clitics, punctuation and words beyond ASCII.
    @Test(arguments: [
        "The Regulator BANS staking; its café’s token sales resume in 2026.",
        "Exchanges can’t list the naïve e-CNY or \u{201C}stablecoins\u{201D} — O'Neill's fund said.",
        "Nach dem Verbot: Kunden müssen ihre Wallets bis 31. März 2026 leeren.",
        "",
    ])
    func aWordListAnswersATokenAsItsLowerCaseWord(_ text: String) {
        let words: WordSet = ["ban", "bans", "staking", "token", "caf\u{00E9}", "naive", "na\u{00EF}ve", "'s", "\u{2019}s", "can", "e-cny",
                              "\u{201C}", "\u{2014}", "2026", "m\u{00FC}ssen", "wallets", ";"]
        for token in Tokenizer().tokens(of: Array(text.unicodeScalars)) {
            #expect(words.contains(token) == words.contains(token.lower), "\(token.text)")
            #expect(token.lowerHash == WordIndex.asciiHash(token.lower), "\(token.text)")
        }
    }

    /// A word list asked about a word of a sentence's `HashedWords` (with the hash kept for it, from the tokens or computed
    /// from the words) answers as when asked about the word itself, word by word, over any span, and in a prefix.
    @Test(arguments: [
        "The Regulator BANS staking; its café’s token sales resume in 2026.",
        "Exchanges can’t list the naïve e-CNY or \u{201C}stablecoins\u{201D} — O'Neill's fund said.",
        "Nach dem Verbot: Kunden müssen ihre Wallets bis 31. März 2026 leeren.",
        "",
    ])
    func aWordListAnswersAHashedWordAsTheWord(_ text: String) {
        let words: WordSet = ["ban", "bans", "staking", "token", "caf\u{00E9}", "naive", "na\u{00EF}ve", "'s", "\u{2019}s", "can", "e-cny",
                              "\u{201C}", "\u{2014}", "2026", "m\u{00FC}ssen", "wallets", ";"]
        let tokens = Tokenizer().tokens(of: Array(text.unicodeScalars))
        let fromTokens = HashedWords(tokens[...])
        let fromWords = HashedWords(tokens.map(\.lower))
        #expect(fromTokens.words == fromWords.words)
        #expect(fromTokens.hashes == fromWords.hashes)
        for sentence in [fromTokens, fromWords, fromTokens.prefix(tokens.count / 2)] {
            for position in sentence.words.indices {
                #expect(words.contains(wordAt: position, of: sentence) == words.contains(sentence.words[position]), "\(sentence.words[position])")
            }
            for start in sentence.words.indices {
                for end in start...sentence.words.count {
                    #expect(words.containsAny(of: sentence, in: start..<end) == sentence.words[start..<end].contains { words.contains($0) })
                }
            }
        }
    }

    /// Scans ask word lists only of word tokens, and quote marks only of punctuation and clitics: a token whose text
    /// opens with a letter is a word, and `isQuoteMark` answers as the list of quote marks does for every token.
    @Test(arguments: [
        "The exchange’s “Earn” product was dubbed 'Vault' by its owners' lawyers.",
        "A report titled \"Rules for Tokens\" covers 3 stablecoins, O'Neill's firm and the e-CNY.",
        "Investors' ‘Prime’ accounts: 12 wallets — hacked in 2026; ’twas said.",
        "",
    ])
    func onlyWordTokensOpenWithALetterAndQuoteMarksAreFoundAsTheListFindsThem(_ text: String) {
        for token in Tokenizer().tokens(of: Array(text.unicodeScalars)) {
            if token.lower.first?.isLetter == true { #expect(token.kind == .word, "\(token.text)") }
            #expect(EntityRecognizer.isQuoteMark(token) == EntityRecognizer.quoteMarks.contains(token.text), "\(token.text)")
        }
    }

    /// An ordinal day's length is counted in bytes: it answers as counting characters did, also for words beyond ASCII.
    @Test(arguments: [
        "1st", "2nd", "3rd", "4th", "15th", "22nd", "31st", "32nd", "0th", "+5th", "-1st", "01st", "100th", "1th", "st", "first",
        "1\u{0301}st", "é1st", "1ést", "\u{0661}st", "1\u{0661}st", "15ths", "1s", "", "2\u{00BD}th",
    ])
    func anOrdinalDayIsReadAsByCountingCharacters(_ word: String) {
        let byCharacters = word.count >= 3 && word.count <= 4 && ["st", "nd", "rd", "th"].contains(where: { word.hasSuffix($0) })
            && Int(word.dropLast(2)).map { (1...31).contains($0) } == true
        #expect(TemporalRecognizer.isOrdinalDay(word) == byCharacters)
    }

    @Test(arguments: [0, 1, 9, 10, 99, 100, 999, 2026, 9999, 10000, 123_456, -1, -12, -123, -2026])
    func zeroPaddingMatchesPrintf(number: Int) {
        for width in [2, 4] {
            #expect(CalendarDay.zeroPadded(number, width) == String(format: "%0\(width)d", number))
        }
    }

    @Test func daysAndWeeksAreWrittenAsBefore() {
        var day = CalendarDay(year: 1999, month: 12, day: 25)!
        for _ in 0..<60 {
            #expect(day.description == String(format: "%04d-%02d-%02d", day.year, day.month, day.day))
            day = day.adding(days: 9)
        }
        #expect(CalendarDay(year: 2021, month: 1, day: 3)!.isoWeek == "2020-W53")
        #expect(CalendarDay(year: 2026, month: 3, day: 9)!.isoWeek == "2026-W11")
    }
}
