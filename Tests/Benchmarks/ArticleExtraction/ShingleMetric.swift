/// The Zyte article-extraction benchmark's metric, as `METRIC.md` defines it: word-character
/// tokens, multisets of 4-token shingles, macro-averaged precision and recall, F1 from the averages.
struct ShingleMetric {
    /// Counts for one page.
    struct Counts {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var predictedIsEmpty = false
        var exactMatch = false
    }

    /// Aggregate scores over pages.
    struct Scores {
        var precision: Double
        var recall: Double
        var f1: Double
        var accuracy: Double
    }

    /// Maximal runs of letters, numbers (by Unicode general category) and `_`.
    static func tokens(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start: String.UnicodeScalarView.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWordScalar(scalars[index]) {
                if start == nil { start = index }
            } else if let begin = start {
                result.append(Substring(scalars[begin..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begin = start { result.append(Substring(scalars[begin..<scalars.endIndex])) }
        return result
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func shingles(_ tokens: [Substring]) -> [String: Int] {
        var result: [String: Int] = [:]
        if tokens.isEmpty { return result }
        if tokens.count < 4 {
            result[tokens.joined(separator: "\u{1}")] = 1
            return result
        }
        for start in 0...(tokens.count - 4) {
            result[tokens[start..<start + 4].joined(separator: "\u{1}"), default: 0] += 1
        }
        return result
    }

    static func counts(truth: String, predicted: String) -> Counts {
        let truthTokens = tokens(truth)
        let predictedTokens = tokens(predicted)
        let expected = shingles(truthTokens)
        let actual = shingles(predictedTokens)
        var counts = Counts()
        for (shingle, count) in expected {
            let other = actual[shingle] ?? 0
            counts.truePositives += min(count, other)
            counts.falseNegatives += max(0, count - other)
        }
        for (shingle, count) in actual {
            counts.falsePositives += max(0, count - (expected[shingle] ?? 0))
        }
        counts.predictedIsEmpty = actual.isEmpty
        counts.exactMatch = truthTokens == predictedTokens
        return counts
    }

    static func scores(_ pages: [Counts]) -> Scores {
        let precisions = pages.filter { !$0.predictedIsEmpty }.map { page in
            Double(page.truePositives) / Double(max(page.truePositives + page.falsePositives, 1))
        }
        let recalls = pages.map { page in
            Double(page.truePositives) / Double(max(page.truePositives + page.falseNegatives, 1))
        }
        let precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        let accuracy = pages.isEmpty ? 0 : Double(pages.filter(\.exactMatch).count) / Double(pages.count)
        return Scores(precision: precision, recall: recall, f1: f1, accuracy: accuracy)
    }

    static func precision(_ counts: Counts) -> Double {
        Double(counts.truePositives) / Double(max(counts.truePositives + counts.falsePositives, 1))
    }

    static func recall(_ counts: Counts) -> Double {
        Double(counts.truePositives) / Double(max(counts.truePositives + counts.falseNegatives, 1))
    }
}
