import Foundation

/// One sentence of an annotated article, as the statement model learns from it.
struct StatementExample: Sendable {
    var features: [String]
    /// The action and status of the statement the sentence holds; nil for a sentence that states no policy.
    var label: (action: PolicyAction, status: PolicyStatus)?
}

extension StatementModel {
    /// Fits the model by stochastic gradient descent on the logistic loss, one decision at a time (the statement,
    /// then each action and each status against the rest, on the sentences that hold a statement). Features seen in
    /// fewer than `minimumCount` sentences are left out. Deterministic: the same examples give the same weights.
    static func fitted(to examples: [StatementExample], minimumCount: Int = 3) -> StatementModel {
        var counts: [String: Int] = [:]
        for example in examples { for feature in example.features { counts[feature, default: 0] += 1 } }
        let kept = examples.map { example in
            StatementExample(features: example.features.filter { counts[$0, default: 0] >= minimumCount || $0 == bias }, label: example.label)
        }
        let statements = kept.filter { $0.label != nil }
        var weights: [String: Weights] = [:]
        for (feature, weight) in logisticWeights(kept.map(\.features), kept.map { $0.label != nil }) {
            weights[feature, default: Weights()].statement = weight
        }
        for (index, action) in PolicyAction.allCases.enumerated() {
            for (feature, weight) in logisticWeights(statements.map(\.features), statements.map { $0.label?.action == action }) {
                weights[feature, default: Weights()].actions[index] = weight
            }
        }
        for (index, status) in PolicyStatus.allCases.enumerated() {
            for (feature, weight) in logisticWeights(statements.map(\.features), statements.map { $0.label?.status == status }) {
                weights[feature, default: Weights()].statuses[index] = weight
            }
        }
        return StatementModel(weights: weights)
    }

    /// One binary logistic regression: fifteen passes over the examples in a seeded random order, a learning rate
    /// that shrinks by a fifth each pass, and an L2 decay of the weights an example touches.
    private static func logisticWeights(_ features: [[String]], _ outcomes: [Bool]) -> [String: Double] {
        var weights: [String: Double] = [:]
        var generator = SplitMix64(seed: 1)
        var order = Array(features.indices)
        var rate = 0.2
        let decay = 0.03
        for _ in 0..<15 {
            generator.shuffle(&order)
            for index in order {
                let score = features[index].reduce(0) { $0 + weights[$1, default: 0] }
                let gradient = (outcomes[index] ? 1 : 0) - logistic(score)
                for feature in features[index] {
                    weights[feature] = weights[feature, default: 0] * (1 - rate * decay) + rate * gradient
                }
            }
            rate *= 0.8
        }
        return weights
    }
}

/// A small seeded generator (SplitMix64) and its own Fisher-Yates shuffle, so that fitting shuffles the same way on
/// every machine and Swift version (and a test that draws from it can be replayed).
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

    mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for index in stride(from: elements.count - 1, to: 0, by: -1) {
            elements.swapAt(index, Int(next() % UInt64(index + 1)))
        }
    }
}
