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

    /// The L2 penalty of the fit, the frame model's.
    static let penalty = FrameModel.penalty

    /// The model Herald ships, fitted on the project's own annotated sets.
    static let shipped = SubjectModel(weights: shippedSubjectWeights)

    /// The probability that an activity with these features is one the frame covers.
    func probability(of features: [String]) -> Double {
        LogisticRegression.probability(of: features, weights: weights)
    }

    /// The frame's subjects among the candidates, in the vocabulary's order: the set likeliest to overlap the gold
    /// frame's best, as `herald eval` scores subjects (Jaccard). A rules' choice that only the frame's own clauses
    /// name, not the headline or the lead, is a provision the article spells out for this measure and stays. The
    /// others are taken from the likeliest down, as long as they raise the expected overlap: with n candidates kept, of
    /// probabilities summing to `inside`, and `outside` the sum of those left out, about `inside / (n + outside)`. So a rules'
    /// choice the model doubts goes when the article's other activities are likelier, and an activity the rules missed
    /// comes in when the frame has no likelier one. Ties keep the vocabulary's order.
    func subjects(among candidates: [SubjectCandidate]) -> [PolicySubject] {
        let rated = candidates.map { (subject: $0.subject, stays: $0.isProvision, probability: probability(of: $0.features)) }
        let staying = rated.filter(\.stays)
        let others = rated.filter { !$0.stays }.enumerated()
            .sorted { $0.element.probability > $1.element.probability || $0.element.probability == $1.element.probability && $0.offset < $1.offset }
            .map(\.element)
        var inside = staying.reduce(0) { $0 + $1.probability }
        var outside = others.reduce(0) { $0 + $1.probability }
        var taken = 0
        var best = staying.isEmpty ? -1 : inside / (Double(staying.count) + outside)
        for (index, candidate) in others.enumerated() {
            inside += candidate.probability
            outside -= candidate.probability
            let expected = inside / (Double(staying.count + index + 1) + outside)
            if expected > best {
                best = expected
                taken = index + 1
            }
        }
        let chosen = Set(staying.map(\.subject) + others.prefix(taken).map(\.subject))
        return PolicySubject.allCases.filter(chosen.contains)
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
    /// The rules (`FrameSubjects`) chose the activity, and only the frame's own clauses name it, not the headline or the lead.
    var isProvision: Bool
    var features: [String]
}

/// One candidate activity of a frame that matches a gold frame, as the subject model learns from it.
struct SubjectExample: Sendable {
    var features: [String]
    /// The gold frame lists the activity.
    var isGoldSubject: Bool
}
