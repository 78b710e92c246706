import Foundation
import Testing
@testable import Extractor

/// The analysis is deterministic and stays bounded on hostile text (kept small enough for debug builds;
/// the 5 MB run is in Tests/Benchmarks/language).
@Suite struct AnalysisBoundsTests {
    private let article = """
    Trusto to Stop Selling Mining Machines in Portugal
    By Wenna Castell
    The marketplace Trusto will halt the sales of crypto mining machines in Portugal from June 1, the company said on Monday.
    The Bank of Portugal (BdP) warned investors last week. Kraken, Binance and Coinbase declined to comment.
    Bitcoin fell 2% to $29,500 while ETH held near US$1,900.
    """

    private func json(_ analysis: TextAnalysis) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(analysis)
    }

    @Test func theSameInputGivesByteIdenticalOutput() throws {
        let day = CalendarDay(iso: "2022-05-04")
        let first = try json(TextAnalyzer().analyze(article, published: day))
        for _ in 0..<5 {
            #expect(try json(TextAnalyzer().analyze(article, published: day)) == first)
        }
        #expect(!TextAnalyzer().analyze(article, published: day).entities.isEmpty)
    }

    @Test func emptyAndBlankTextsGiveNothing() {
        for text in ["", " ", "\n\n\n", "\u{2022}", "...", "()"] {
            let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2022-05-04"))
            #expect(analysis == TextAnalysis())
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func aLongTextWithoutPunctuationIsBounded() {
        let words = ["the", "Regulator", "will", "ban", "Trading", "and", "Mining", "by", "Friday", "in", "Portugal", "SEC", "of"]
        var text = ""
        for index in 0..<30_000 { text += words[index % words.count] + " " }
        let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2022-05-04"))
        #expect(analysis.statements.count <= 1)
        #expect(analysis.entities.allSatisfy { $0.name.unicodeScalars.count < 200 })
    }

    @Test(arguments: [10, 300])
    func aRunTooLongForASentenceStatesNothing(fillerWords: Int) {
        let measure = "The central bank will ban crypto payments from June 1"
        let filler = Array(repeating: "and the exchanges said so", count: fillerWords / 5).joined(separator: " ")
        let analysis = TextAnalyzer().analyze("\(measure) \(filler).", published: CalendarDay(iso: "2022-05-04"))
        // Under the limit the sentence is read as prose; past it, as a page without punctuation.
        #expect(analysis.statements.count == (fillerWords + 12 <= PolicyReader.longestSentence ? 1 : 0))
    }

    @Test(.timeLimit(.minutes(1)))
    func numbersOnlyAreBounded() {
        var text = ""
        for index in 0..<25_000 { text += "\(index % 3000) \(index % 7 == 0 ? "2021 " : "")\(index % 11 == 0 ? "\n" : "")" }
        let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2022-05-04"))
        #expect(analysis.entities.isEmpty)
        #expect(analysis.statements.isEmpty)
    }

    @Test(.timeLimit(.minutes(1)))
    func titleCaseAndRepeatedArticlesAreBounded() {
        let titleCase = String(repeating: "Central Bank Of The Republic And Ministry Of Finance Said ", count: 4_000)
        let repeated = String(repeating: article + "\n\n", count: 80)
        for text in [titleCase, repeated] {
            let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2022-05-04"))
            #expect(analysis.entities.count < 10_000)
        }
    }

    /// Statements lend each other dates across the whole text; thousands of them (articles run together) must not
    /// make each look at all the others (with that, this text took minutes in a debug build). 7,500 statements: a debug
    /// build reads them in under ten seconds alone; beside the rest of the suite on two cores twice as many took 50-98 s.
    @Test(.timeLimit(.minutes(2)))
    func manyStatementsAreDatedInBoundedTime() {
        let regulators = ["The Bank of Portugal", "The SEC", "The Financial Conduct Authority", "BaFin", "The Monetary Authority of Singapore"]
        let measures = ["will require exchanges to register", "will ban crypto payments", "will allow banks to hold bitcoin", "will cap retail purchases"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        var sentences: [String] = []
        for index in 0..<2_500 {
            let regulator = regulators[index % regulators.count]
            let measure = measures[index / regulators.count % measures.count]
            let month = months[index % months.count]
            sentences.append("\(regulator) \(measure) from \(month). \(regulator) \(measure) from \(month) \(1 + index % 28).")
            sentences.append("\(regulator) said exchanges will have to report every trade.")
        }
        let analysis = TextAnalyzer().analyze(sentences.joined(separator: " "), published: CalendarDay(iso: "2026-01-01"))
        #expect(analysis.statements.count == 7_500)
        #expect(analysis.statements.allSatisfy { $0.effective != nil })
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "\u{1F680} Ceny rosn\u{0105}: Binance i Kraken \u{2014} e\u{0301}t\u{00E9} in Portugal."
        let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2022-05-04"))
        let scalars = Array(text.unicodeScalars)
        #expect(!analysis.entities.isEmpty)
        for entity in analysis.entities {
            for mention in entity.mentions {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[mention.start..<mention.end])
                #expect(([entity.name] + entity.aliases).contains(String(view)))
            }
        }
    }
}
