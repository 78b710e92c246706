import Foundation
import Testing
@testable import Extractor

/// The frame model: fitting, which frames it keeps, the examples it learns from, its weights file, and what it does to
/// articles of our own.
@Suite struct FrameModelTests {
    // MARK: Fitting

    /// Frames of two kinds: the lead's measure, which the gold keeps, and a later measure beside it, which it drops.
    private static let examples: [FrameExample] = (0..<100).flatMap { round in
        let shared = ["b", round.isMultiple(of: 2) ? "genre=report" : "genre=launch"]
        return [
            FrameExample(features: shared + ["leading", "first=headline"], isGoldFrame: true),
            FrameExample(features: shared + ["follower", "first=late"], isGoldFrame: false),
        ]
    }

    @Test func fittingSeparatesTheFramesTheGoldKeepsFromThoseItDrops() {
        let model = FrameModel.fitted(to: Self.examples)
        #expect(model.probability(of: ["b", "leading", "first=headline"]) > 0.9)
        #expect(model.probability(of: ["b", "follower", "first=late"]) < 0.1)
        // Features the model never saw change nothing.
        #expect(model.probability(of: ["b", "leading", "first=headline", "cue=zebra"]) == model.probability(of: ["b", "leading", "first=headline"]))
    }

    @Test func fittingIsDeterministicAndLeavesOutRareFeatures() {
        let rare = Self.examples + [FrameExample(features: ["b", "cue=once"], isGoldFrame: true)]
        let first = FrameModel.fitted(to: rare)
        #expect(first.weights == FrameModel.fitted(to: rare).weights)
        #expect(first.weights["cue=once"] == nil && first.weights["leading"] != nil)
        #expect(FrameModel.fitted(to: rare, minimumCount: 1).weights["cue=once"] != nil)
    }

    // MARK: Keeping frames

    /// The weight of a feature that puts a frame at the keeping threshold, give or take `offset`.
    private static func weight(_ offset: Double) -> Double {
        log(FrameModel.keepThreshold / (1 - FrameModel.keepThreshold)) + offset
    }

    @Test(arguments: [
        // The weights of "x" and "y" as offsets from the threshold's, the frames' features, and the positions kept.
        (0.5, 0.5, [["x"], ["y"]], [0, 1]),
        (0.5, -0.5, [["x"], ["y"], ["y"]], [0]),
        (-0.5, 0.5, [["x"], ["y"], ["x"]], [1]),
        (-0.5, -2.0, [["y"], ["x"], ["y"]], [1]),
        (-2.0, -2.0, [["x"], ["y"]], [0]),
        (-0.1, 0.1, [["x"], ["y"], ["y"]], [1, 2]),
        (1.0, 1.0, [], []),
    ])
    func theLikeliestFrameAndThoseAboveTheThresholdAreKept(x: Double, y: Double, frames: [[String]], kept: [Int]) {
        let model = FrameModel(weights: ["x": Self.weight(x), "y": Self.weight(y)])
        #expect(model.likelyFrames(among: frames) == kept)
    }

    // MARK: Examples

    @Test func examplesAreMarkedAsTheScorerMatchesFrames() throws {
        let gold = try JSONDecoder().decode(GoldCase.self, from: Data("""
        {"id": "own", "source": {"published": "2026-03-02"}, "is_announcement": true,
         "text": "Ruritania bans crypto mining\\n\\nThe Ruritanian Energy Authority (REA) banned crypto mining on Monday. The REA will also require miners to register their machines by June 1.\\n\\nPrices barely moved.",
         "entities": [{"name": "Ruritanian Energy Authority", "type": "authority", "aliases": ["REA"]}],
         "announcements": [{"actor": "REA", "action": "prohibit", "status": "announced", "subjects": ["mining"],
                            "jurisdiction": null, "effective": "2026-03-02", "enforcement": null}]}
        """.utf8))
        let examples = ModelTraining.frameExamples(from: gold, analyzer: TextAnalyzer()).frames
        let ban = try #require(examples.first { $0.features.contains("act=prohibit") })
        let duty = try #require(examples.first { $0.features.contains("act=require") })
        // The gold names the actor by its short form; the scorer, and so the labels, match it by its aliases.
        #expect(ban.isGoldFrame && !duty.isGoldFrame)
        #expect(examples.filter(\.isGoldFrame).count == 1)
    }

    // MARK: Weights file

    @Test func theWeightsSourceListsEveryWeightInOrderAndEscapesNames() throws {
        let model = FrameModel(weights: ["cue=\"x\"": 1.25, "b": -0.5, "cue=a\\b": 0.125])
        let subjects = SubjectModel(weights: ["s=nft": 0.75])
        let source = FrameModel.swiftSource(model, subjects, origin: "Gold/", caseCount: 3)
        #expect(source.contains("train-model Gold/` from the frames of 3 annotated articles"))
        let lines = source.split(separator: "\n").filter { $0.hasSuffix(",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines == ["\"b\": -0.5000,", "\"cue=\\\"x\\\"\": 1.2500,", "\"cue=a\\\\b\": 0.1250,", "\"s=nft\": 0.7500,"])
        #expect(source.contains("extension SubjectModel"))
    }

    @Test func theShippedModelWeighsTheFeaturesItReads() {
        let shipped = FrameModel.shipped.weights
        #expect(shipped.count > 100)
        for feature in ["b", "leading", "follower", "first=headline", "act=prohibit", "genre=report"] {
            #expect(shipped[feature] != nil, "\(feature)")
        }
    }

    /// The shipped weights are what `herald train-model` fits on the gold sets in the repository, reading statements with
    /// the shipped statement model (which `StatementModelTests` checks is what they fit). A change to the rules changes
    /// the frames and their features, and the weights must be fitted again. The fitting runs on a thread of its own.
    @Test func theShippedWeightsAreWhatTheGoldSetsFit() async throws {
        let cases = try StatementModelTests.committedGoldCases()
        let (frames, subjects) = await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: ModelTraining.frameModels(fittedOn: cases.shuffled(), readingStatementsWith: .shipped))
            }.start()
        }
        // Both models' weights, the subject model's marked apart.
        let fitted = frames.weights.merging(subjects.weights.map { ("subject " + $0, $1) }) { first, _ in first }
        let shipped = FrameModel.shipped.weights.merging(SubjectModel.shipped.weights.map { ("subject " + $0, $1) }) { first, _ in first }
        let stale = fitted.filter { feature, weight in shipped[feature].map { abs($0 - weight) > 0.001 } ?? true }
        #expect(fitted.count == shipped.count && stale.isEmpty, """
            \(stale.count) of \(fitted.count) features differ from the shipped weights (e.g. \(stale.keys.sorted().prefix(5))): \
            run `swift run herald train-model Tests/Gold/blind* Tests/Gold/sample -o \
            Sources/Extractor/Language/Statements/StatementModel+Weights.swift --frame-output \
            Sources/Extractor/Language/Announcements/FrameModel+Weights.swift`
            """)
    }

    // MARK: Articles of our own

    /// Articles whose headline states the news, with background measures after it (older rules, other countries,
    /// other sides of the measure): the model keeps the headline's measure and never adds a frame.
    @Test(arguments: [
        ("""
        Ruritania bans crypto lending
        The Ruritanian Financial Authority on Tuesday banned crypto lending to retail customers from July 1.
        Firms must return lent assets by June 30, the authority said.
        The authority has required exchanges to register since 2021.
        Neighbouring Osterlich is considering a similar ban, its finance ministry said last month.
        Exchanges must also keep customer assets apart from their own under rules adopted in 2023.
        """, PolicyAction.prohibit),
        ("""
        Regulator licenses first crypto custodian
        The Ruritanian Financial Authority granted Vaultwell a licence to hold crypto for clients on Monday.
        Vaultwell must report its holdings every month and keep reserves in a local bank.
        The authority fined two unlicensed custodians last year.
        Under the 2022 law, firms that hold crypto without a licence face fines of up to $1 million.
        """, .permit),
        ("""
        Norway to tax crypto gains from 2027
        Norway's finance ministry will tax gains from crypto sales at 20% from January 1, 2027, it said on Wednesday.
        Exchanges will have to report each customer's sales to the tax office every year.
        The ministry banned crypto payments in 2019.
        The central bank warned investors last year that tokens may lose all their value.
        """, .require),
        ("""
        Watchdog fines Borealis exchange over checks
        The Ruritanian Financial Authority fined the Borealis exchange $2 million on Friday over gaps in its customer checks.
        Borealis must stop taking new customers until it fixes the gaps, the authority said.
        The authority warned investors about unlicensed exchanges in March.
        Exchanges have had to check customers' identities since 2020.
        """, .enforce),
    ])
    func theHeadlinesMeasureIsKeptAndNoFrameIsAdded(text: String, action: PolicyAction) {
        let analyzer = TextAnalyzer()
        let reading = analyzer.read(AnalyzedText(text), published: CalendarDay(iso: "2026-05-04"))
        func frames(_ model: FrameModel?) -> [Announcement] {
            AnnouncementBuilder(published: reading.day, frameModel: model).announcements(
                from: reading.statements, in: reading.document, entities: reading.entities, context: reading.context, dates: reading.dateMentions
            )
        }
        let all = frames(nil)
        let kept = frames(.shipped)
        #expect(all.contains { $0.action == action }, "the rules make no \(action) frame: \(all)")
        #expect(kept.contains { $0.action == action }, "kept \(kept) of \(all)")
        #expect(kept.allSatisfy { frame in all.contains { $0.actor == frame.actor && $0.action == frame.action } })
    }
}
