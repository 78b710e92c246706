import Foundation

/// A logistic model of a frame's subjects, fitted on annotated articles (`herald train-model`): how likely an activity
/// the article names is one the frame's measure covers. The rules (`FrameSubjects`) read the activities of the
/// measure's own clauses and tell the activity a rule governs from the providers it is addressed to; annotators weigh
/// the headline and the lead as well, and the kind of measure and of actor ("a regulator fines an exchange" is about
/// its exchange services, "an exchange delists a token" about listing). The model weighs each candidate activity by
/// where the article names it (`SubjectEvidence`).
struct SubjectModel: Sendable {
    /// Each feature's weight towards an activity of the gold frame.
    let weights: [String: Double]

    /// An activity the rules did not choose becomes a subject when the model rates it at least this: the model adds
    /// what it is sure of and leaves the rules' choices as they are. Chosen on sets held out of a fit in turn: at 0.5
    /// the model lost subjects on two of three, and letting it drop the rules' choices it doubts gained on one set only
    /// while it dropped the provisions of laws (`Tests/Benchmarks/README.md`).
    static let addThreshold = 0.7

    /// The L2 penalty of the fit, the frame model's.
    static let penalty = FrameModel.penalty

    /// The model Herald ships, fitted on the project's own annotated sets.
    static let shipped = SubjectModel(weights: shippedSubjectWeights)

    /// The probability that an activity with these features is one the frame covers.
    func probability(of features: [String]) -> Double {
        LogisticRegression.probability(of: features, weights: weights)
    }

    /// The frame's subjects among the candidates, in the vocabulary's order: the rules' choices and the others the model
    /// is sure of.
    func subjects(among candidates: [SubjectCandidate]) -> [PolicySubject] {
        let kept = Set(candidates.filter { $0.isRulesChoice || probability(of: $0.features) >= Self.addThreshold }.map(\.subject))
        return PolicySubject.allCases.filter(kept.contains)
    }

    /// Fits the model on candidate activities labelled by the gold. Features seen in fewer than `minimumCount`
    /// candidates are left out. Deterministic: the same examples give the same weights.
    static func fitted(to examples: [SubjectExample], minimumCount: Int = 3) -> SubjectModel {
        SubjectModel(weights: LogisticRegression.fittedWeights(examples.map(\.features), examples.map(\.isGoldSubject), minimumCount: minimumCount, penalty: penalty))
    }
}

/// An activity a frame may cover, with what the model reads of it in the article.
struct SubjectCandidate: Sendable, Equatable {
    var subject: PolicySubject
    /// The rules (`FrameSubjects`) chose the activity.
    var isRulesChoice: Bool
    var features: [String]
}

/// One candidate activity of a frame that matches a gold frame, as the subject model learns from it.
struct SubjectExample: Sendable {
    var features: [String]
    /// The gold frame lists the activity.
    var isGoldSubject: Bool
}
