import Testing
@testable import Extractor

/// The fit behind the statement, frame and subject models: the minimum of the penalized logistic loss, found by
/// L-BFGS, the same whatever the examples' order and moved only a little by one example more.
@Suite struct LogisticRegressionTests {
    /// Examples drawn from a hidden linear rule over twenty features, with one label in eight flipped.
    static func examples(count: Int, seed: UInt64) -> (features: [[String]], outcomes: [Bool]) {
        var generator = SplitMix64(seed: seed)
        let truth = (0..<20).map { Double($0 % 7) - 3 }
        var features: [[String]] = []
        var outcomes: [Bool] = []
        for _ in 0..<count {
            let present = (0..<20).filter { _ in generator.next() % 4 == 0 }
            let score = present.reduce(-0.5) { $0 + truth[$1] }
            let flipped = generator.next() % 8 == 0
            features.append(["b"] + present.map { "f\($0)" })
            outcomes.append((score > 0) != flipped)
        }
        return (features, outcomes)
    }

    @Test(arguments: [(1.0, 1.0), (1.0, 100.0), (0.01, 50.0), (3.0, 3_000.0)])
    func theMinimizerFindsTheMinimumOfAQuadratic(smallest: Double, largest: Double) {
        let scales = (0..<12).map { smallest + (largest - smallest) * Double($0) / 11 }
        let centre = (0..<12).map { Double($0) - 5.5 }
        let minimum = Minimizer.minimum(of: { point in
            let offsets = zip(point, centre).map { $0 - $1 }
            let loss = zip(scales, offsets).reduce(0) { $0 + $1.0 * $1.1 * $1.1 }
            return (loss, zip(scales, offsets).map { 2 * $0 * $1 })
        }, from: [Double](repeating: 0, count: 12))
        for (found, expected) in zip(minimum, centre) { #expect(abs(found - expected) < 1e-5) }
    }

    @Test(arguments: [0.1, 1.0, 3.0])
    func theGradientVanishesAtTheFittedWeights(penalty: Double) {
        let (features, outcomes) = Self.examples(count: 400, seed: 7)
        let weights = LogisticRegression.weights(features, outcomes, penalty: penalty)
        let names = weights.keys.sorted()
        let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let problem = LogisticRegression.Problem(examples: features.map { $0.map { position[$0]! } }, outcomes: outcomes, penalty: penalty)
        let gradient = problem.lossAndGradient(names.map { weights[$0]! }).gradient
        #expect(gradient.allSatisfy { abs($0) < 1e-5 })
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func theWeightsDoNotDependOnTheExamplesOrder(seed: UInt64) {
        let (features, outcomes) = Self.examples(count: 300, seed: seed)
        var generator = SplitMix64(seed: seed &+ 100)
        var order = Array(features.indices)
        for index in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(index, Int(generator.next() % UInt64(index + 1))) }
        let given = LogisticRegression.weights(features, outcomes, penalty: 1)
        let shuffled = LogisticRegression.weights(order.map { features[$0] }, order.map { outcomes[$0] }, penalty: 1)
        #expect(order != Array(features.indices))
        #expect(given.keys.sorted() == shuffled.keys.sorted())
        #expect(given.allSatisfy { abs($0.value - shuffled[$0.key]!) < 1e-4 })
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func oneExampleMoreMovesTheWeightsALittle(seed: UInt64) {
        let (features, outcomes) = Self.examples(count: 600, seed: seed)
        let all = LogisticRegression.weights(features, outcomes, penalty: 1)
        let allButOne = LogisticRegression.weights(Array(features.dropLast()), Array(outcomes.dropLast()), penalty: 1)
        #expect(all.allSatisfy { abs($0.value - allButOne[$0.key, default: 0]) < 0.05 })
    }

    @Test(arguments: [(0.1, 1.0), (1.0, 10.0)])
    func aHeavierPenaltyGivesSmallerWeights(lighter: Double, heavier: Double) {
        let (features, outcomes) = Self.examples(count: 300, seed: 5)
        let size = { (weights: [String: Double]) in weights.values.reduce(0) { $0 + $1 * $1 } }
        #expect(size(LogisticRegression.weights(features, outcomes, penalty: heavier))
                < size(LogisticRegression.weights(features, outcomes, penalty: lighter)))
    }

    @Test func examplesOneFeatureSeparatesGetLargeButFiniteWeights() {
        let features = Array(repeating: ["b", "ban"], count: 50) + Array(repeating: ["b", "report"], count: 50)
        let outcomes = Array(repeating: true, count: 50) + Array(repeating: false, count: 50)
        let weights = LogisticRegression.weights(features, outcomes, penalty: 1)
        #expect(weights["ban"]! > 1 && weights["report"]! < -1)
        #expect(weights.values.allSatisfy { $0.isFinite && abs($0) < 20 })
        #expect(LogisticRegression.probability(of: ["b", "ban"], weights: weights) > 0.9)
    }
}
