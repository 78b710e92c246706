import Foundation

/// A logistic model of policy sentences, fitted on annotated articles (`herald train-model`): how likely a sentence
/// is to state a policy, given its words and what the rules read in it, and the action and status of a sentence the
/// rules missed. The rules find a measure's parts (its actor, its dates); the model weighs the whole sentence, which
/// is where the rules' blind spots are (a headline in capitals, a verb no cue list holds, a cue used in another sense).
struct StatementModel: Sendable {
    /// One feature's weights: towards a statement, and towards each action and each status (one-against-the-rest).
    struct Weights: Sendable, Equatable {
        var statement: Double = 0
        var actions = [Double](repeating: 0, count: PolicyAction.allCases.count)
        var statuses = [Double](repeating: 0, count: PolicyStatus.allCases.count)
    }

    /// What the model makes of one sentence.
    struct Judgement: Sendable, Equatable {
        /// The probability that the sentence states a policy.
        var probability: Double
        var action: PolicyAction
        var status: PolicyStatus
    }

    /// The feature that every sentence has: the bias of each decision.
    static let bias = "b"
    /// A statement the rules read in a sentence the model rates below this is dropped, unless the sentence names the
    /// authority that acts. Low: the rules' reading of a sentence is more often right than the model's doubt of it
    /// (at 0.1 the model gains a little on annotated articles but drops clear statements of our own tests).
    static let keepThreshold = 0.05
    /// A sentence the rules passed over that the model rates at least this is read as a statement: it has only the
    /// model's action and status, and its actor and dates from the rules' readings of the sentences around it.
    static let admitThreshold = 0.5

    /// Each feature's weights as a row of `table`: the statement's, then each action's, then each status's.
    private let features: [String]
    private let rows: WordIndex
    private let table: [Double]
    private static let actionCount = PolicyAction.allCases.count
    private static let width = 1 + actionCount + PolicyStatus.allCases.count

    init(weights: [String: Weights]) {
        features = weights.keys.sorted()
        rows = WordIndex(features)
        table = features.flatMap { feature in
            let entry = weights[feature]!
            return [entry.statement] + entry.actions + entry.statuses
        }
    }

    /// Every feature's weights.
    var weights: [String: Weights] {
        Dictionary(uniqueKeysWithValues: features.enumerated().map { row, feature in
            let start = row * Self.width
            return (feature, Weights(
                statement: table[start],
                actions: Array(table[(start + 1)...(start + Self.actionCount)]),
                statuses: Array(table[(start + 1 + Self.actionCount)..<(start + Self.width)])
            ))
        })
    }

    /// The model Herald ships, fitted on the project's own annotated sets.
    static let shipped: StatementModel = {
        guard let model = StatementModel(serialized: shippedWeights) else {
            preconditionFailure("the shipped statement model does not parse: regenerate it with `herald train-model`")
        }
        return model
    }()

    /// The probability that a sentence with these features states a policy.
    func probability(of features: [String]) -> Double {
        var score = 0.0
        for feature in features {
            if let row = rows.position(of: feature) { score += table[row * Self.width] }
        }
        return Self.logistic(score)
    }

    func judge(_ features: [String]) -> Judgement {
        var scores = [Double](repeating: 0, count: Self.width)
        for feature in features {
            guard let row = rows.position(of: feature) else { continue }
            for column in 0..<Self.width { scores[column] += table[row * Self.width + column] }
        }
        return Judgement(
            probability: Self.logistic(scores[0]),
            action: PolicyAction.allCases[Self.largest(scores[1...Self.actionCount])],
            status: PolicyStatus.allCases[Self.largest(scores[(1 + Self.actionCount)...])]
        )
    }

    static func logistic(_ score: Double) -> Double {
        1 / (1 + exp(-min(30, max(-30, score))))
    }

    /// The place of the largest score among them, the first of equal ones.
    private static func largest(_ scores: ArraySlice<Double>) -> Int {
        (scores.indices.max { scores[$0] < scores[$1] || scores[$0] == scores[$1] && $0 > $1 } ?? scores.startIndex) - scores.startIndex
    }
}

// MARK: - Serialization

extension StatementModel {
    /// One line per feature, sorted: the feature, then its statement, action and status weights, tab-separated.
    var serialized: String {
        features.enumerated().map { row, feature in
            ([feature] + table[(row * Self.width)..<((row + 1) * Self.width)].map { String(format: "%.4f", $0) }).joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// Reads `serialized`; nil when a line does not have a feature and its eleven weights.
    init?(serialized text: String) {
        let actionCount = PolicyAction.allCases.count
        let statusCount = PolicyStatus.allCases.count
        var weights: [String: Weights] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 + actionCount + statusCount else { return nil }
            let values = fields.dropFirst().compactMap { Double($0) }
            guard values.count == fields.count - 1 else { return nil }
            weights[String(fields[0])] = Weights(
                statement: values[0],
                actions: Array(values[1...actionCount]),
                statuses: Array(values[(1 + actionCount)...])
            )
        }
        self.init(weights: weights)
    }
}

// MARK: - Features

/// The features the statement model reads in a sentence: its word stems and stem pairs, its place and shape in
/// the article, the rules' cue and what the rules read in it.
enum StatementFeatures {
    /// Where a sentence stands in the article.
    enum Place: String {
        /// The first line, without closing punctuation.
        case headline
        /// The sentence after the headline.
        case dek
        /// Another line without closing punctuation: a subheading, a caption, a label.
        case heading
        case body
    }

    /// The features in the order the sentence gives them; a word that comes back counts again.
    static func features(of tokens: ArraySlice<Token>, place: Place, cue: PolicyCues.Cue?, read: [ReadStatement]) -> [String] {
        var features = [StatementModel.bias, "place:" + place.rawValue, cue.map { "C:" + ($0.action?.rawValue ?? "measure") } ?? "noC"]
        features.reserveCapacity(2 * tokens.count + 8)
        var previous: String?
        var words = 0
        var capitals = 0
        for token in tokens where token.kind == .word || token.kind == .number {
            let stem = stem(token.lower)
            features.append("u:" + stem)
            if let previous { features.append("bi:" + previous + "_" + stem) }
            previous = stem
            words += 1
            if token.text.count > 1, token.text != token.lower, token.text.uppercased() == token.text { capitals += 1 }
        }
        if read.isEmpty {
            features.append("noH")
        } else {
            features.append("H")
            for statement in read {
                features.append("Ha:" + statement.statement.action.rawValue)
                features.append("Hs:" + statement.statement.status.rawValue)
            }
        }
        if words > 0, capitals * 5 > words * 3 { features.append("caps") }
        features.append("len:" + (words < 8 ? "s" : words < 25 ? "m" : words < 45 ? "l" : "xl"))
        if tokens.contains(where: { $0.text == "\"" || $0.text == "\u{201C}" || $0.text == "\u{201D}" }) { features.append("quote") }
        return features
    }

    /// A word without its commonest inflection ("licences" and "licence", "banned" and "ban").
    static func stem(_ word: String) -> String {
        for suffix in suffixes where word.count > suffix.count + 3 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    private static let suffixes = ["ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s"]
}
