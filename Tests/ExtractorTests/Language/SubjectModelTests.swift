import Foundation
import Testing
@testable import Extractor

/// The subject model: which candidate activities it keeps, the candidates it reads in an article, and the examples it
/// learns from.
@Suite struct SubjectModelTests {
    // MARK: Keeping subjects

    /// The weight that puts a candidate at probability `p`.
    private static func weight(_ p: Double) -> Double { log(p / (1 - p)) }

    private static func candidate(_ subject: PolicySubject, provision: Bool, feature: String) -> SubjectCandidate {
        SubjectCandidate(subject: subject, isProvision: provision, features: [feature])
    }

    /// The set likeliest to overlap the gold's: a doubted rules' choice goes when another activity is likelier, an
    /// activity the rules missed comes in when it raises the expected overlap, and a provision only the frame's own
    /// clauses name stays however the model rates it.
    @Test(arguments: [
        // Each of three candidates' probability, whether it is a provision, and the subjects kept.
        ([0.4, 0.2, 0.35], [true, false, false], [PolicySubject.mining, .taxation]),
        ([0.9, 0.9, 0.7], [false, false, false], [.mining, .custody, .taxation]),
        ([0.01, 0.02, 0.69], [false, false, false], [.taxation]),
        ([0.01, 0.02, 0.69], [true, false, false], [.mining, .taxation]),
        ([0.9, 0.1, 0.15], [false, false, false], [.mining]),
        ([0.9, 0.1, 0.15], [false, true, false], [.mining, .custody]),
        ([0.6, 0.55, 0.5], [false, false, false], [.mining, .custody, .taxation]),
    ])
    func keepsTheSetLikeliestToOverlapTheGolds(probabilities: [Double], provisions: [Bool], kept: [PolicySubject]) {
        let model = SubjectModel(weights: ["p0": Self.weight(probabilities[0]), "p1": Self.weight(probabilities[1]), "p2": Self.weight(probabilities[2])])
        let candidates = [
            Self.candidate(.mining, provision: provisions[0], feature: "p0"),
            Self.candidate(.custody, provision: provisions[1], feature: "p1"),
            Self.candidate(.taxation, provision: provisions[2], feature: "p2"),
        ]
        #expect(model.subjects(among: candidates) == kept)
        #expect(model.subjects(among: []) == [])
    }

    /// An activity only the headline or the lead names comes in when it is likely, and a lone candidate always stays.
    @Test func anActivityTheRulesMissedComesInWhenItIsLikely() {
        let candidates = [Self.candidate(.trading, provision: false, feature: "rule"), Self.candidate(.stablecoins, provision: false, feature: "head")]
        #expect(SubjectModel(weights: ["rule": 2, "head": 2]).subjects(among: candidates) == [.trading, .stablecoins])
        #expect(SubjectModel(weights: ["rule": 2, "head": -2]).subjects(among: candidates) == [.trading])
        #expect(SubjectModel(weights: ["rule": -3]).subjects(among: [candidates[0]]) == [.trading])
    }

    @Test func fittingLearnsWhichCandidatesTheGoldLists() {
        let examples = (0..<100).flatMap { _ in
            [SubjectExample(features: ["b", "own", "s=mining"], isGoldSubject: true),
             SubjectExample(features: ["b", "lead", "s=custody"], isGoldSubject: false)]
        }
        let model = SubjectModel.fitted(to: examples)
        #expect(model.probability(of: ["b", "own", "s=mining"]) > 0.9)
        #expect(model.probability(of: ["b", "lead", "s=custody"]) < 0.1)
        #expect(model.weights == SubjectModel.fitted(to: examples).weights)
    }

    @Test func theShippedModelWeighsTheFeaturesItReads() {
        let shipped = SubjectModel.shipped.weights
        for feature in ["b", "rule", "own", "head", "lead", "s=trading", "s=exchange-services"] {
            #expect(shipped[feature] != nil, "\(feature)")
        }
    }

    // MARK: Candidates

    /// Articles of our own: the candidates are the rules' choices, the frame's own activities, and those of the headline
    /// and the lead, each marked by where the article names it; a rules' choice only the frame's own clauses name is a
    /// provision.
    @Test(arguments: [
        ("Regulator bans crypto mining\nThe energy regulator banned crypto mining on Monday.\nMining farms must shut by June.",
         [PolicySubject.mining], [["crypto", "mining"]], PolicySubject.mining, ["rule", "own", "head", "lead"]),
        ("Watchdog acts on exchanges\nThe watchdog ordered exchanges to stop lending.\nStaking stays allowed.",
         [.lending], [["stop", "lending"]], .lending, ["rule", "own", "lead"]),
        ("New rules for stablecoins\nThe central bank set reserve rules for stablecoin issuers.\nIssuers must hold cash.",
         [], [["reserve", "rules"]], .stablecoins, ["head", "lead"]),
        ("Watchdog acts on crypto firms\nThe watchdog set new rules on Monday.\nFirms must stop lending by June.",
         [.lending], [["stop", "lending"]], .lending, ["rule", "own"]),
    ])
    func candidatesAreMarkedByWhereTheArticleNamesThem(
        text: String, chosen: [PolicySubject], windows: [[String]], subject: PolicySubject, flags: [String]
    ) throws {
        let evidence = SubjectEvidence(document: AnalyzedText(text), leadEnd: 2)
        let candidates = evidence.candidates(chosen: chosen, windows: windows, action: .prohibit, actorType: .authority)
        let found = try #require(candidates.first { $0.subject == subject })
        // A provision: the rules chose it, and only the frame's own clauses name it.
        #expect(found.isProvision == (flags == ["rule", "own"]))
        for flag in ["rule", "own", "head", "lead"] {
            #expect(found.features.contains(flag) == flags.contains(flag), "\(flag)")
        }
        #expect(found.features.contains("actor=authority|\(subject.rawValue)"))
        #expect(found.features.contains("act=prohibit|\(subject.rawValue)"))
    }

    // MARK: Examples

    @Test func examplesAreTheCandidatesOfFramesTheGoldHasLabelledByItsSubjects() throws {
        let gold = try JSONDecoder().decode(GoldCase.self, from: Data("""
        {"id": "own", "source": {"published": "2026-03-02"}, "is_announcement": true,
         "text": "Ruritania bans crypto mining and lending\\n\\nThe Ruritanian Energy Authority (REA) banned crypto mining and crypto lending on Monday.\\n\\nPrices barely moved.",
         "entities": [{"name": "Ruritanian Energy Authority", "type": "authority", "aliases": ["REA"]}],
         "announcements": [{"actor": "REA", "action": "prohibit", "status": "announced", "subjects": ["mining"],
                            "jurisdiction": null, "effective": "2026-03-02", "enforcement": null}]}
        """.utf8))
        let examples = ModelTraining.frameExamples(from: gold, analyzer: TextAnalyzer()).subjects
        let mining = try #require(examples.first { $0.features.contains("s=mining") })
        let lending = try #require(examples.first { $0.features.contains("s=lending") })
        #expect(mining.isGoldSubject && !lending.isGoldSubject)
    }
}
