import Testing
@testable import Extractor

/// The analysis on many texts assembled at random from news-like pieces: names in lists, acronym definitions,
/// people and their surnames, dates, policy verbs. Whatever the combination, it must not crash, and every span it
/// reports must lie inside the text and quote it exactly.
@Suite struct GeneratedTextTests {
    static let pieces = [
        "Bitcoin", "Ether", "Solana", "Tether", "Dogecoin", "Zorvex", "Quillcoin", "Harborline", "Veltra Exchange",
        "the Monetary Authority of Singapore (MAS)", "MAS", "the European Parliament", "Parliament", "the EU",
        "Maria Okafor", "Okafor", "Daniel Brandt", "Brandt", "Brandt Capital", "Capital", "Bank", "the Bank of Ghana",
        "Ghana", "Ghanaian", "U.S.", "the U.S. Securities and Exchange Commission (SEC)", "SEC", "Inc.", "Corp.",
        ",", ",", ",", "and", "and", "or", "(", ")", "\"", "said", "will ban", "banned", "requires", "approved",
        "on Monday", "October 8", "last week", "by the end of the year", "in the second quarter of 2023", "2022",
        "from March 1", "$42,000", "3.5%", "BTC", "ETH", "No.", "Oct.", ".", ".", "\n\n", "- ", "•",
    ]

    @Test func spansOfRandomNewsLikeTextsStayInsideTheText() {
        var generator = SplitMix64(seed: 0x4845_5241_4c44)
        let analyzer = TextAnalyzer()
        for _ in 0..<400 {
            let count = Int(generator.next() % 60) + 1
            let words = (0..<count).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
            let text = words.joined(separator: " ")
            let scalars = Array(text.unicodeScalars)
            let analysis = analyzer.analyze(text, published: CalendarDay(year: 2022, month: 6, day: 15))
            for entity in analysis.entities {
                #expect(!entity.name.isEmpty)
                for mention in entity.mentions {
                    #expect(0 <= mention.start && mention.start < mention.end && mention.end <= scalars.count, "\(text)")
                }
            }
            for date in analysis.dates {
                #expect(0 <= date.start && date.start < date.end && date.end <= scalars.count)
                if 0 <= date.start, date.start < date.end, date.end <= scalars.count {
                    #expect(String(String.UnicodeScalarView(scalars[date.start..<date.end])) == date.text)
                }
            }
            for statement in analysis.statements {
                #expect(0 <= statement.start && statement.start < statement.end && statement.end <= scalars.count)
            }
        }
    }
}

/// A small seeded generator (SplitMix64), so that the generated texts are the same on every machine and Swift version
/// and a failure can be replayed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
