import Foundation

/// One sentence of an annotated article, as the statement model learns from it.
struct StatementExample: Sendable {
    var features: [String]
    /// The action and status of the statement the sentence holds; nil for a sentence that states no policy.
    var label: (action: PolicyAction, status: PolicyStatus)?
}

extension StatementModel {
    /// The L2 penalty of the statement's and each action's fit. Light, because each decision has thousands of sentences
    /// to learn from: fitted without `blind46`-`49` or without `blind50`-`53` and measured on them, 0.3 scored
    /// statements better than 1 or 3, and as well as 0.1, which admitted market reports on the dev set
    /// (`Tests/Benchmarks/README.md`).
    static let penalty = 0.3

    /// The L2 penalty of each status's fit: heavier, so that the model overrules the rules' status (`statusMargin`) only
    /// where many sentences agree, not on the strength of a few words. At 0.3 the held-out sets' status was higher
    /// (p50 0.914 against 0.893), but the model overruled clear sentences the rules read right and three dev statuses.
    static let statusPenalty = 3.0

    /// Fits the model on the penalized logistic loss (`LogisticRegression`), one decision at a time (the statement,
    /// then each action and each status against the rest, on the sentences that hold a statement). Features seen in
    /// fewer than `minimumCount` sentences are left out. Deterministic: the same examples give the same weights.
    static func fitted(to examples: [StatementExample], minimumCount: Int = 3) -> StatementModel {
        let common = LogisticRegression.withoutRareFeatures(examples.map(\.features), minimumCount: minimumCount, kept: bias)
        let kept = zip(examples, common).map { example, features in StatementExample(features: features, label: example.label) }
        let statements = kept.filter { $0.label != nil }
        var weights: [String: Weights] = [:]
        for (feature, weight) in LogisticRegression.weights(kept.map(\.features), kept.map { $0.label != nil }, penalty: penalty) {
            weights[feature, default: Weights()].statement = weight
        }
        for (index, action) in PolicyAction.allCases.enumerated() {
            for (feature, weight) in LogisticRegression.weights(statements.map(\.features), statements.map { $0.label?.action == action }, penalty: penalty) {
                weights[feature, default: Weights()].actions[index] = weight
            }
        }
        for (index, status) in PolicyStatus.allCases.enumerated() {
            for (feature, weight) in LogisticRegression.weights(statements.map(\.features), statements.map { $0.label?.status == status }, penalty: statusPenalty) {
                weights[feature, default: Weights()].statuses[index] = weight
            }
        }
        return StatementModel(weights: weights)
    }
}
