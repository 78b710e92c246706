import Foundation

/// Binary logistic regression over named features, as the statement model, the frame model and the subject model are
/// fitted: the weights that minimize the logistic loss plus an L2 penalty, found by L-BFGS. The loss is convex, so
/// the weights are its one minimum whatever the order of the examples, and a small change of the examples moves them
/// a little, not along another path. Deterministic: the same examples give the same weights.
enum LogisticRegression {
    /// The probability a score stands for (clamped, so that no score overflows).
    static func logistic(_ score: Double) -> Double {
        1 / (1 + exp(-min(30, max(-30, score))))
    }

    /// The probability that `weights` give an example with these features (a feature with no weight adds nothing).
    static func probability(of features: [String], weights: [String: Double]) -> Double {
        logistic(features.reduce(0) { $0 + weights[$1, default: 0] })
    }

    /// The weights fitted on the examples (`weights(_:_:penalty:)`), leaving out the features seen in fewer than
    /// `minimumCount` of them, but never the bias `StatementModel.bias`.
    static func fittedWeights(_ features: [[String]], _ outcomes: [Bool], minimumCount: Int, penalty: Double) -> [String: Double] {
        weights(withoutRareFeatures(features, minimumCount: minimumCount, kept: StatementModel.bias), outcomes, penalty: penalty)
    }

    /// Each example's features without those seen in fewer than `minimumCount` examples, except `kept` (the bias, which
    /// every example has and every decision needs).
    static func withoutRareFeatures(_ features: [[String]], minimumCount: Int, kept: String) -> [[String]] {
        var counts: [String: Int] = [:]
        for example in features { for feature in example { counts[feature, default: 0] += 1 } }
        return features.map { example in example.filter { counts[$0, default: 0] >= minimumCount || $0 == kept } }
    }

    /// One binary logistic regression: each feature's weight at the minimum of the loss plus `penalty`/2 times the
    /// weights' sum of squares. The larger the penalty, the smaller the weights and the less a few examples sway them.
    static func weights(_ features: [[String]], _ outcomes: [Bool], penalty: Double) -> [String: Double] {
        let names = Array(Set(features.joined())).sorted()
        let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let problem = Problem(examples: features.map { $0.map { position[$0]! } }, outcomes: outcomes, penalty: penalty)
        let minimum = Minimizer.minimum(of: problem.lossAndGradient, from: [Double](repeating: 0, count: names.count))
        return Dictionary(uniqueKeysWithValues: zip(names, minimum))
    }

    /// The penalized logistic loss of examples whose features are positions in the weight vector, kept in one flat
    /// array (the fit reads it hundreds of times, in debug builds too, where nested arrays are slow).
    struct Problem {
        /// Every example's feature positions, one after another.
        let features: [Int]
        /// Where each example's positions end in `features`.
        let ends: [Int]
        let outcomes: [Bool]
        let penalty: Double

        init(examples: [[Int]], outcomes: [Bool], penalty: Double) {
            features = Array(examples.joined())
            var end = 0
            ends = examples.map { end += $0.count; return end }
            self.outcomes = outcomes
            self.penalty = penalty
        }

        /// The loss at `weights` and its gradient. The sums run in the examples' order, so that they round the same way
        /// every time.
        func lossAndGradient(_ weights: [Double]) -> (loss: Double, gradient: [Double]) {
            var loss = penalty / 2 * Minimizer.dot(weights, weights)
            var gradient = weights.map { penalty * $0 }
            weights.withUnsafeBufferPointer { weights in
                features.withUnsafeBufferPointer { features in
                    gradient.withUnsafeMutableBufferPointer { gradient in
                        var start = 0
                        for (end, outcome) in zip(ends, outcomes) {
                            var score = 0.0
                            for index in start..<end { score += weights[features[index]] }
                            // log(1 + e^s) without overflow, minus s for a positive example.
                            loss += (score > 0 ? score + log1p(exp(-score)) : log1p(exp(score))) - (outcome ? score : 0)
                            let error = logistic(score) - (outcome ? 1 : 0)
                            for index in start..<end { gradient[features[index]] += error }
                            start = end
                        }
                    }
                }
            }
            return (loss, gradient)
        }
    }
}

/// Limited-memory BFGS with a backtracking line search: the minimum of a smooth convex function of many variables.
enum Minimizer {
    /// The point where `function`'s gradient vanishes (its largest component below `tolerance`), starting at `start`,
    /// after at most `iterations` steps.
    static func minimum(of function: ([Double]) -> (loss: Double, gradient: [Double]), from start: [Double],
                        memory: Int = 10, tolerance: Double = 1e-6, iterations: Int = 1_000) -> [Double] {
        var point = start
        var (value, gradient) = function(point)
        var steps: [[Double]] = []
        var changes: [[Double]] = []
        for _ in 0..<iterations {
            guard gradient.contains(where: { abs($0) > tolerance }) else { break }
            let direction = descentDirection(gradient, steps: steps, changes: changes)
            let slope = dot(direction, gradient)
            guard slope < 0 else { break }
            // Armijo backtracking from the full quasi-Newton step.
            var length = 1.0
            var next = point
            var nextValue = value
            var nextGradient = gradient
            repeat {
                next = point
                add(length, times: direction, to: &next)
                (nextValue, nextGradient) = function(next)
                if nextValue <= value + 1e-4 * length * slope { break }
                length /= 2
            } while length > 1e-10
            guard nextValue < value else { break }
            var step = next
            add(-1, times: point, to: &step)
            var change = nextGradient
            add(-1, times: gradient, to: &change)
            if dot(step, change) > 1e-12 {
                steps.append(step)
                changes.append(change)
                if steps.count > memory {
                    steps.removeFirst()
                    changes.removeFirst()
                }
            }
            (point, value, gradient) = (next, nextValue, nextGradient)
        }
        return point
    }

    /// The two-loop recursion: minus the inverse Hessian estimate, from the last steps and gradient changes, times
    /// `gradient`.
    static func descentDirection(_ gradient: [Double], steps: [[Double]], changes: [[Double]]) -> [Double] {
        var direction = gradient
        var alphas: [Double] = []
        for (step, change) in zip(steps, changes).reversed() {
            let alpha = dot(step, direction) / dot(change, step)
            alphas.append(alpha)
            add(-alpha, times: change, to: &direction)
        }
        if let step = steps.last, let change = changes.last {
            let scale = dot(step, change) / dot(change, change)
            direction = direction.map { $0 * scale }
        }
        for ((step, change), alpha) in zip(zip(steps, changes), alphas.reversed()) {
            let beta = dot(change, direction) / dot(change, step)
            add(alpha - beta, times: step, to: &direction)
        }
        return direction.map { -$0 }
    }

    /// The sum of the products of two vectors' components.
    static func dot(_ first: [Double], _ second: [Double]) -> Double {
        first.withUnsafeBufferPointer { first in
            second.withUnsafeBufferPointer { second in
                var sum = 0.0
                for index in first.indices { sum += first[index] * second[index] }
                return sum
            }
        }
    }

    /// `vector` plus `scale` times `other`, in place.
    static func add(_ scale: Double, times other: [Double], to vector: inout [Double]) {
        other.withUnsafeBufferPointer { other in
            vector.withUnsafeMutableBufferPointer { vector in
                for index in vector.indices { vector[index] += scale * other[index] }
            }
        }
    }
}
