import Foundation
import Testing
@testable import Extractor

/// The statement model: fitting, its weights file, the features it reads, and how it weighs the rules' statements.
@Suite struct StatementModelTests {
    // MARK: Fitting

    /// Sentences of three kinds, each with words of its own and words shared by all.
    private static let examples: [StatementExample] = (0..<30).flatMap { round in
        let shared = ["u:the", "u:said", round.isMultiple(of: 2) ? "u:on" : "u:in"]
        return [
            StatementExample(features: ["b", "u:ban", "u:exchang"] + shared, label: (.prohibit, .announced)),
            StatementExample(features: ["b", "u:licenc", "u:grant"] + shared, label: (.permit, .inEffect)),
            StatementExample(features: ["b", "u:weather", "u:rain"] + shared, label: nil),
            StatementExample(features: ["b", "u:price", "u:rose"] + shared, label: nil),
        ]
    }

    @Test func fittingSeparatesWhatTheExamplesSeparate() {
        let model = StatementModel.fitted(to: Self.examples)
        let ban = model.judge(model.featureRows(of: ["b", "u:ban", "u:exchang", "u:the"]))
        let licence = model.judge(model.featureRows(of: ["b", "u:licenc", "u:grant"]))
        let weather = model.judge(model.featureRows(of: ["b", "u:weather", "u:rain", "u:said"]))
        #expect(ban.probability > 0.9 && ban.action == .prohibit && ban.status == .announced, "\(ban)")
        #expect(licence.probability > 0.9 && licence.action == .permit && licence.status == .inEffect, "\(licence)")
        #expect(weather.probability < 0.1, "\(weather)")
        // Words the model never saw change nothing.
        #expect(model.judge(model.featureRows(of: ["b", "u:ban", "u:exchang", "u:the", "u:zebra"])) == ban)
    }

    @Test func fittingIsDeterministicAndLeavesOutRareFeatures() {
        let rare = Self.examples + [StatementExample(features: ["b", "u:once", "u:ban"], label: (.prohibit, .announced))]
        let first = StatementModel.fitted(to: rare)
        #expect(first.serialized == StatementModel.fitted(to: rare).serialized)
        #expect(first.weights["u:once"] == nil)
        #expect(first.weights["b"] != nil && first.weights["u:ban"] != nil)
        #expect(StatementModel.fitted(to: rare, minimumCount: 1).weights["u:once"] != nil)
    }

    // MARK: Weights file

    @Test func serializedWeightsReadBack() throws {
        let model = StatementModel.fitted(to: Self.examples)
        let read = try #require(StatementModel(serialized: model.serialized))
        #expect(read.weights.keys.sorted() == model.weights.keys.sorted())
        for (feature, weights) in model.weights {
            let back = try #require(read.weights[feature])
            let pairs = zip([weights.statement] + weights.actions + weights.statuses, [back.statement] + back.actions + back.statuses)
            #expect(pairs.allSatisfy { abs($0 - $1) < 0.0001 }, "\(feature)")
        }
        #expect(read.serialized == model.serialized)
    }

    @Test(arguments: [
        "u:ban\t0.5\t0.1",
        "u:ban\t0.5\t0.1\t0.2\t0.3\t0.4\t0.5\t0.6\t0.7\t0.8\t0.9\tmany",
        "u:ban\t0.5\t0.1\t0.2\t0.3\t0.4\t0.5\t0.6\t0.7\t0.8\t0.9\t1.0\t1.1",
        "u:ban\t0.5\t0.1\t0.2\t0.3\t0.4\t0.5\t0.6\t0.7\t0.8\t0.9\t1.0\t",
        "u:ban\t0.5\t0.1\t0.2\t0.3\t0.4\t0.5\t0.6\t0.7\t0.8\t0.9\t-",
        "u:ban\t0.5\t0.1\t0.2\t0.3\t0.4\t0.5\t0.6\t0.7\t0.8\t0.9\t1.0.1",
        "u:ban\t0.5\t0.1\t0.2\t0.3\t0.4\t0.5\t0.6\t0.7\t0.8\t\t1.0",
    ])
    func aMalformedWeightsLineIsRejected(line: String) {
        #expect(StatementModel(serialized: "b\t-1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n" + line) == nil)
    }

    /// The weights file is read as bytes; every weight must read back as `Double.init` reads its text.
    @Test(arguments: ["0.2316", "-0.3400", "-0.0000", "0.0000", "12", "7.", "-1234.5678", "0.1", "3.141592653589793",
                      "99999999999.9999", ".5", "-.5", "00.5", "1e-3", "-2.5E+2", "+0.5", "inf", "0x1p-2"])
    func aWeightReadsAsDoubleReadsIt(text: String) throws {
        let line = "u:ban\t" + ([text] + Array(repeating: "0", count: 10)).joined(separator: "\t")
        let read = try #require(StatementModel(serialized: line)?.weights["u:ban"]?.statement)
        let expected = try #require(Double(text))
        #expect(read.bitPattern == expected.bitPattern)
    }

    @Test func repeatedOrUnsortedLinesReadAsTheLastOfEachFeature() throws {
        let zeros = Array(repeating: "0", count: 10).joined(separator: "\t")
        let model = try #require(StatementModel(serialized: "u:tax\t1\t\(zeros)\nu:ban\t2\t\(zeros)\nu:tax\t3\t\(zeros)\n"))
        #expect(model.weights.mapValues(\.statement) == ["u:ban": 2, "u:tax": 3])
        #expect(model.serialized.hasPrefix("u:ban\t2.0000"))
    }

    @Test func theShippedModelReadsItsWeights() {
        let shipped = StatementModel.shipped
        #expect(shipped.weights.count > 1_000)
        #expect(shipped.weights[StatementModel.bias] != nil)
    }

    /// The shipped weights are what `herald train-model` fits on the gold sets in the repository: a change to the
    /// rules changes the features, and the weights must be fitted again. The fitting (tens of seconds of CPU) runs on a
    /// thread of its own, not on the two threads the other tests' tasks share, whose timeouts it would hold up.
    @Test func theShippedWeightsAreWhatTheGoldSetsFit() async throws {
        let cases = try Self.committedGoldCases()
        let fitted = await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: ModelTraining.statementModel(fittedOn: cases.shuffled()).weights) }.start()
        }
        let shipped = StatementModel.shipped.weights
        let stale = fitted.filter { feature, weights in
            guard let own = shipped[feature] else { return true }
            let pairs = zip([weights.statement] + weights.actions + weights.statuses, [own.statement] + own.actions + own.statuses)
            return pairs.contains { abs($0 - $1) > 0.001 }
        }
        #expect(fitted.count == shipped.count && stale.isEmpty, """
            \(stale.count) of \(fitted.count) features differ from the shipped weights (e.g. \(stale.keys.sorted().prefix(5))): \
            run `swift run herald train-model Tests/Gold/blind* Tests/Gold/sample -o \
            Sources/Extractor/Language/Statements/StatementModel+Weights.swift`
            """)
    }

    /// Every case of `Tests/Gold`'s `blind*` folders and `sample/`, which the shipped model is fitted on.
    static func committedGoldCases() throws -> [GoldCase] {
        let gold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Gold")
        let folders = try FileManager.default.contentsOfDirectory(at: gold, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("blind") || $0.lastPathComponent == "sample" }
        return try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }
                .map { try JSONDecoder().decode(GoldCase.self, from: Data(contentsOf: $0)) }
        }
    }

    // MARK: Features

    @Test(arguments: [
        ("licences", "licenc"), ("banned", "bann"), ("registration", "registr"), ("requires", "requir"), ("tax", "tax"),
        ("exchanges", "exchang"), ("warnings", "warn"), ("companies", "compan"), ("bans", "bans"), ("is", "is"),
        // A word that is not ASCII is measured in characters, not bytes.
        ("régulations", "régul"), ("cafés", "café"), ("ñués", "ñués"),
    ])
    func stemsDropTheCommonestInflection(word: String, stem: String) {
        #expect(StatementFeatures.stem(word) == stem)
    }

    @Test func featuresNameThePlaceTheShapeAndTheRulesReading() throws {
        let text = """
        RURITANIA BANS CRYPTO ADVERTISING
        The Ruritanian Financial Authority said on Monday that adverts for tokens are banned from June.
        Prices of the largest tokens barely moved.
        "We will enforce this," a spokesperson said.
        """
        let document = AnalyzedText(text)
        let reading = TextAnalyzer(statementModel: nil).read(document, published: CalendarDay(iso: "2026-03-03"))
        let features = PolicyReader(published: reading.day, model: nil).sentenceFeatures(in: document, rules: reading.rules).compactMap { $0 }
        #expect(features.count == 4)
        #expect(features[0].contains("place:headline") && features[0].contains("caps") && features[0].contains("u:advertis"))
        #expect(features[1].contains("place:dek") && features[1].contains("H") && features[1].contains("Ha:prohibit"))
        #expect(features[1].contains("bi:are_bann") && features[1].contains("len:m"))
        #expect(features[2].contains("place:body") && features[2].contains("noH") && features[2].contains("noC"))
        #expect(features[3].contains("quote") && !features[3].contains("caps"))
        // Every sentence has the bias once; a word that comes back counts again.
        #expect(features.allSatisfy { $0.first == StatementModel.bias && $0.filter { $0 == StatementModel.bias }.count == 1 })
        #expect(features[1].filter { $0 == "u:the" }.count == 1 && features[3].filter { $0 == "u:said" }.count == 1)
        #expect(features[2].filter { $0 == "u:the" }.count == 1 && features[2].filter { $0 == "u:token" }.count == 1)
    }

    @Test func aSentenceTooLongForProseHasNoFeatures() {
        let document = AnalyzedText((0..<400).map { "word\($0)" }.joined(separator: " "))
        let reading = TextAnalyzer(statementModel: nil).read(document, published: CalendarDay(iso: "2026-03-03"))
        let features = PolicyReader(published: reading.day, model: nil).sentenceFeatures(in: document, rules: reading.rules)
        #expect(features.count == 1 && features[0] == nil)
    }

    // MARK: Weighing the rules' statements

    /// A model that rates every sentence `bias` and a sentence with `word` far higher, as a restriction announced.
    private static func model(bias: Double, sure word: String? = nil) -> StatementModel {
        var weights = [StatementModel.bias: StatementModel.Weights(statement: bias)]
        if let word {
            var sure = StatementModel.Weights(statement: 40)
            sure.actions[PolicyAction.allCases.firstIndex(of: .restrict)!] = 5
            sure.statuses[PolicyStatus.allCases.firstIndex(of: .announced)!] = 5
            weights["u:" + word] = sure
        }
        return StatementModel(weights: weights)
    }

    private static func analysis(_ text: String, model: StatementModel?) -> TextAnalysis {
        TextAnalyzer(statementModel: model).analyze(text, published: CalendarDay(iso: "2026-03-03"))
    }

    private static let article = """
    Ruritania limits token sales to residents
    The Ruritanian Financial Authority on Monday barred exchanges from selling new tokens to residents.
    Exchanges must register with the authority before serving customers.
    The wombat quota covers every platform in the country from July.
    Prices of the largest tokens barely moved.
    """

    @Test func aSentenceTheModelIsSureOfIsReadAsAStatement() {
        let rules = Self.analysis(Self.article, model: nil)
        #expect(!rules.statements.contains { $0.text.contains("wombat") })
        let weighed = Self.analysis(Self.article, model: Self.model(bias: -1, sure: "wombat"))
        let admitted = weighed.statements.first { $0.text.contains("wombat") }
        #expect(admitted?.action == .restrict)
        #expect(admitted?.status == .announced)
        // Its actor comes from the rules' reading of the sentences around it.
        #expect(admitted?.actor == "Ruritanian Financial Authority")
        #expect(!weighed.statements.contains { $0.text.contains("Prices") })
        // The rules' statements stay as the rules read them, dates included, but for the start the added sentence may
        // give their actor's measure where they had none, and the headline's, which follows its frame's date.
        let undated = { (statements: [PolicyStatement]) in statements.map { var bare = $0; bare.effective = nil; return bare } }
        #expect(undated(weighed.statements.filter { !$0.text.contains("wombat") }) == undated(rules.statements))
        for (weighed, ruled) in zip(weighed.statements.filter { !$0.text.contains("wombat") }, rules.statements)
        where ruled.effective != nil && ruled.start > 0 {
            #expect(weighed.effective == ruled.effective)
        }
    }

    /// A rules' statement that no sentence of its own dates takes the start a sentence only the model reads gives its
    /// actor's measure; one that dates itself, states what lasts, or is another actor's does not.
    @Test(arguments: [
        ("The Ruritanian Financial Authority has adopted new rules for token exchanges.\nExchanges must register with the authority before serving customers.",
         "Exchanges must register", "2026-07-01"),
        ("The Ruritanian Financial Authority has adopted new rules for token exchanges.\nUnder the rules, exchanges will have to keep client tokens in cold storage.",
         "cold storage", "2026-07-01"),
        // Its own date stays.
        ("The Ruritanian Financial Authority has adopted new rules for token exchanges.\nExchanges must register with the authority by April 30.",
         "Exchanges must register", "2026-04-30"),
        // A lasting state starts nothing.
        ("The Ruritanian Financial Authority has adopted new rules for token exchanges.\nToken lending remains banned in Ruritania, the authority said.",
         "remains banned", "null"),
    ])
    func aSentenceTheModelAddsLendsItsStart(_ body: String, _ part: String, _ expected: String) {
        let text = "Ruritania sets rules for token exchanges\n\(body)\nThe wombat quota covers every platform in the country from July 1."
        let weighed = Self.analysis(text, model: Self.model(bias: -1, sure: "wombat"))
        #expect(weighed.statements.contains { $0.text.hasPrefix("The wombat quota") && $0.effective == "2026-07-01" })
        #expect(weighed.statements.first { $0.text.contains(part) }.map { $0.effective ?? "null" } == expected,
                "\(weighed.statements.map { ($0.text, $0.effective) })")
    }

    @Test func aStatementTheModelDoubtsIsDroppedUnlessItNamesTheAuthorityThatActs() {
        let rules = Self.analysis(Self.article, model: nil)
        #expect(rules.statements.contains { $0.text.hasPrefix("Exchanges must register") })
        let doubted = Self.analysis(Self.article, model: Self.model(bias: -40))
        #expect(!doubted.statements.contains { $0.text.hasPrefix("Exchanges must register") })
        #expect(doubted.statements.contains { $0.text.contains("Financial Authority on Monday barred") })
        // A doubted statement still counts as a clue to the article's announcements, whose evidence is renumbered to
        // the statements reported: the same sentences, less the doubted ones.
        let withoutEvidence = { (announcements: [Announcement]) in announcements.map { var bare = $0; bare.statementIndices = []; return bare } }
        #expect(!rules.announcements.isEmpty && withoutEvidence(doubted.announcements) == withoutEvidence(rules.announcements))
        for (weighed, ruled) in zip(doubted.announcements, rules.announcements) {
            let kept = Set(doubted.statements.map(\.text))
            #expect(weighed.statementIndices.allSatisfy(doubted.statements.indices.contains))
            #expect(weighed.statementIndices.map { doubted.statements[$0].text }
                == ruled.statementIndices.map { rules.statements[$0].text }.filter(kept.contains))
        }
        #expect(doubted.announcements.flatMap(\.statementIndices).count < rules.announcements.flatMap(\.statementIndices).count)
    }

    @Test(arguments: [
        "Will wombat farms have to register with the authority?",
        "Analysts said the wombat rules cover every platform in the country.",
        "1 2 3 4 5 6 wombat 7 8 9 10 11 12",
        "Investors filed a class action over the wombat scheme, the plaintiffs' lawyers said.",
    ])
    func whatTheRulesKnowToStateNoMeasureIsNotAdmitted(sentence: String) {
        let text = "Ruritania limits token sales to residents\n\(sentence)\nThe wombat quota covers every platform in the country from July."
        let weighed = Self.analysis(text, model: Self.model(bias: -1, sure: "wombat"))
        #expect(!weighed.statements.contains { $0.text == sentence }, "\(weighed.statements.map(\.text))")
        #expect(weighed.statements.contains { $0.text.hasPrefix("The wombat quota") })
    }
}
