import Foundation

/// Binary logistic regression by stochastic gradient descent over named features, as the statement model, the frame
/// model and the subject model are fitted. Deterministic: the same examples give the same weights.
enum LogisticRegression {
    /// The probability a score stands for (clamped, so that no score overflows).
    static func logistic(_ score: Double) -> Double {
        1 / (1 + exp(-min(30, max(-30, score))))
    }

    /// The probability that `weights` give an example with these features (a feature with no weight adds nothing).
    static func probability(of features: [String], weights: [String: Double]) -> Double {
        logistic(features.reduce(0) { $0 + weights[$1, default: 0] })
    }

    /// The weights fitted on the examples (`weights(_:_:)`), leaving out the features seen in fewer than `minimumCount` of
    /// them, but never the bias `StatementModel.bias`.
    static func fittedWeights(_ features: [[String]], _ outcomes: [Bool], minimumCount: Int) -> [String: Double] {
        weights(withoutRareFeatures(features, minimumCount: minimumCount, kept: StatementModel.bias), outcomes)
    }

    /// Each example's features without those seen in fewer than `minimumCount` examples, except `kept` (the bias, which
    /// every example has and every decision needs).
    static func withoutRareFeatures(_ features: [[String]], minimumCount: Int, kept: String) -> [[String]] {
        var counts: [String: Int] = [:]
        for example in features { for feature in example { counts[feature, default: 0] += 1 } }
        return features.map { example in example.filter { counts[$0, default: 0] >= minimumCount || $0 == kept } }
    }

    /// One binary logistic regression: fifteen passes over the examples in a seeded random order, a learning rate
    /// that shrinks by a fifth each pass, and an L2 decay of the weights an example touches.
    static func weights(_ features: [[String]], _ outcomes: [Bool]) -> [String: Double] {
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
