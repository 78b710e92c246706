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

    /// A sentence's features as the rows of the model's weights they name, in the features' order (a feature the model
    /// does not know names none): looked up once per sentence, for its probability, its status and its judgement.
    struct FeatureRows: Sendable {
        fileprivate let rows: [Int]
    }

    /// The rows a sentence's features name.
    func featureRows(of features: [String]) -> FeatureRows {
        FeatureRows(rows: features.compactMap { rows.position(of: $0) })
    }

    /// The status the model gives a sentence the rules read with `ruled`, when it scores that status above the rules'
    /// by more than `statusMargin`; nil when it does not.
    func overrulingStatus(of features: FeatureRows, ruled: PolicyStatus) -> PolicyStatus? {
        let statuses = scores(of: features)[(1 + Self.actionCount)...]
        let best = Self.largest(statuses)
        guard let own = PolicyStatus.allCases.firstIndex(of: ruled),
              statuses[statuses.startIndex + best] - statuses[statuses.startIndex + own] > Self.statusMargin else { return nil }
        return PolicyStatus.allCases[best]
    }

    /// How far the model's best status must score above the rules' to overrule it, so that the rules, which read the
    /// article's tense and dates in ways the model weighs only as words, keep the close calls. Chosen with the fit by
    /// L-BFGS (`statusPenalty` 3) on two sets held out of a fit in turn (`blind46`-`49`, `blind50`-`53`): a margin of 2
    /// scored status 0.835 and 0.902 there, 4 scored 0.822 and 0.893, but only 4 leaves the rules' reading of clear
    /// sentences ("voted down a bill that would ban", "signed a bill into law") and the dev set's 44 statuses as they are
    /// (`Tests/Benchmarks/README.md`).
    static let statusMargin = 4.0

    /// The probability that a sentence with these features states a policy.
    func probability(of features: FeatureRows) -> Double {
        var score = 0.0
        for row in features.rows { score += table[row * Self.width] }
        return LogisticRegression.logistic(score)
    }

    func judge(_ features: FeatureRows) -> Judgement {
        let scores = scores(of: features)
        return Judgement(
            probability: LogisticRegression.logistic(scores[0]),
            action: PolicyAction.allCases[Self.largest(scores[1...Self.actionCount])],
            status: PolicyStatus.allCases[Self.largest(scores[(1 + Self.actionCount)...])]
        )
    }

    /// The sums of the features' rows: the statement's score, then each action's, then each status's.
    private func scores(of features: FeatureRows) -> [Double] {
        var scores = [Double](repeating: 0, count: Self.width)
        for row in features.rows {
            for column in 0..<Self.width { scores[column] += table[row * Self.width + column] }
        }
        return scores
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
    ///
    /// Every process that analyses text reads the shipped weights once (some 26,000 lines), so the lines are read as
    /// bytes: splitting them as characters and parsing each weight with `Double.init` took a third of a second.
    init?(serialized text: String) {
        var text = text
        guard let (features, table) = text.withUTF8({ Self.featureLines(in: $0) }) else { return nil }
        if zip(features, features.dropFirst()).allSatisfy({ $0 < $1 }) {
            self.init(sortedFeatures: features, table: table)
        } else {
            // Lines out of order or repeated (a hand-edited file): the last line of a feature counts.
            var weights: [String: Weights] = [:]
            for (row, feature) in features.enumerated() {
                let start = row * Self.width
                weights[feature] = Weights(
                    statement: table[start],
                    actions: Array(table[(start + 1)...(start + Self.actionCount)]),
                    statuses: Array(table[(start + 1 + Self.actionCount)..<(start + Self.width)])
                )
            }
            self.init(weights: weights)
        }
    }

    private init(sortedFeatures features: [String], table: [Double]) {
        self.features = features
        rows = WordIndex(features)
        self.table = table
    }

    /// The features of the non-empty lines of `bytes`, in order, and their weights row after row; nil when a line
    /// does not have a feature and `width` weights.
    private static func featureLines(in bytes: UnsafeBufferPointer<UInt8>) -> (features: [String], table: [Double])? {
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")
        var features: [String] = []
        var table: [Double] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart else { continue }
            var fieldStart = lineStart
            var fields = 0
            while fieldStart <= lineEnd {
                let fieldEnd = bytes[fieldStart..<lineEnd].firstIndex(of: tab) ?? lineEnd
                let field = UnsafeBufferPointer(rebasing: bytes[fieldStart..<fieldEnd])
                if fields == 0 {
                    features.append(String(decoding: field, as: UTF8.self))
                } else {
                    guard fields <= width, let weight = number(in: field) else { return nil }
                    table.append(weight)
                }
                fields += 1
                fieldStart = fieldEnd + 1
            }
            guard fields == width + 1 else { return nil }
        }
        return (features, table)
    }

    /// The number a field writes: a plain decimal ("-0.2316") is read exactly as `Double.init` reads it (the quotient
    /// of two integers a double holds exactly is rounded once, as parsing rounds), anything else by `Double.init`.
    private static func number(in field: UnsafeBufferPointer<UInt8>) -> Double? {
        var digits = field[...]
        let isNegative = digits.first == UInt8(ascii: "-")
        if isNegative { digits = digits.dropFirst() }
        var mantissa: Int64 = 0
        var decimals = 0
        var seenPoint = false
        var seenDigit = false
        for byte in digits {
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), mantissa < 1 << 49, decimals < 15 {
                mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                if seenPoint { decimals += 1 }
                seenDigit = true
            } else {
                return Double(String(decoding: field, as: UTF8.self))
            }
        }
        guard seenDigit else { return Double(String(decoding: field, as: UTF8.self)) }
        var powerOfTen = 1.0
        for _ in 0..<decimals { powerOfTen *= 10 }
        let value = Double(mantissa) / powerOfTen
        return isNegative ? -value : value
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
        // (Each token's fields are read in place: a copy of the token would retain both its strings.)
        for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .number {
            let lower = tokens[index].lower
            let text = tokens[index].text
            let stem = stem(lower)
            features.append("u:" + stem)
            if let previous { features.append("bi:" + previous + "_" + stem) }
            previous = stem
            words += 1
            if !text.dropFirst().isEmpty, text != lower, text.uppercased() == text { capitals += 1 }
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
        if tokens.contains(where: { $0.kind == .punctuation && ($0.text == "\"" || $0.text == "\u{201C}" || $0.text == "\u{201D}") }) {
            features.append("quote")
        }
        return features
    }

    /// What places the rules' statements of a sentence in the article's time: the stretch of the article the sentence
    /// stands in, the tense the rules read, what their date marks, and whether that date is ahead of publication,
    /// recent or long past, each alone and beside the status the rules read. A measure in force and the article's news
    /// often share their words ("exchanges must register"); where and when the article states them tells them apart.
    static func timeFeatures(of read: [ReadStatement], stretch: String, timing: MeasureTiming) -> [String] {
        read.flatMap { statement -> [String] in
            let status = "Hs:" + statement.statement.status.rawValue
            let time = timing.place(of: statement.statement.effective)
            return [
                "Hp:" + stretch, "Ht:" + statement.tense.rawValue, "Hd:" + statement.ownDateKind.rawValue, "He:" + time,
                status + "&Hp:" + stretch, status + "&Ht:" + statement.tense.rawValue, status + "&He:" + time,
            ]
        }
    }

    /// A word without its commonest inflection ("licences" and "licence", "banned" and "ban").
    static func stem(_ word: String) -> String {
        if let cut = word.utf8.withContiguousStorageIfAvailable(asciiSuffixLength) ?? nil {
            return cut == 0 ? word : String(word.dropLast(cut))
        }
        let length = word.count
        for suffix in suffixes where length > suffix.utf8.count + 3 && word.hasSuffix(suffix) {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// (ASCII: a suffix's length is its count of bytes.)
    private static let suffixes = ["ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s"]
    private static let suffixBytes = suffixes.map { Array($0.utf8) }

    /// The length of the suffix `stem` drops from an ASCII word (nearly every word), 0 for none, read from the word's
    /// bytes: its length is their count (a word token holds no line break, the one pair of ASCII bytes that is a single
    /// character), and it ends with a suffix when its last bytes are the suffix's. `nil` when the word is not ASCII.
    private static func asciiSuffixLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let suffix = suffixBytes.first { bytes.count > $0.count + 3 && bytes.suffix($0.count).elementsEqual($0) }
        return suffix?.count ?? 0
    }
}
