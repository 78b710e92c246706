import Foundation

/// Detection counts of one layer: true positives, false positives and false negatives.
public struct DetectionCounts: Equatable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Precision; 1 when nothing was predicted.
    public var precision: Double {
        let predicted = truePositives + falsePositives
        return predicted == 0 ? 1 : Double(truePositives) / Double(predicted)
    }

    /// Recall; 1 when there was nothing to find.
    public var recall: Double {
        let expected = truePositives + falseNegatives
        return expected == 0 ? 1 : Double(truePositives) / Double(expected)
    }

    /// Harmonic mean of precision and recall.
    public var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }

    public static func + (lhs: DetectionCounts, rhs: DetectionCounts) -> DetectionCounts {
        DetectionCounts(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives
        )
    }
}

/// An accuracy over matched items: a sum of per-item scores (0 or 1, or a fraction such as a Jaccard index).
public struct AccuracyCounts: Equatable, Sendable {
    public var score: Double = 0
    public var total = 0

    public init(score: Double = 0, total: Int = 0) {
        self.score = score
        self.total = total
    }

    /// The mean score; 1 when nothing was matched.
    public var accuracy: Double { total == 0 ? 1 : score / Double(total) }

    /// Counts one matched item that scored `value`.
    public mutating func record(_ value: Double) {
        score += value
        total += 1
    }

    /// Counts one matched item, right or wrong.
    public mutating func record(_ correct: Bool) {
        record(correct ? 1.0 : 0.0)
    }

    public static func + (lhs: AccuracyCounts, rhs: AccuracyCounts) -> AccuracyCounts {
        AccuracyCounts(score: lhs.score + rhs.score, total: lhs.total + rhs.total)
    }
}

/// The scores of one article, or of a whole set when summed.
public struct EvaluationScores: Equatable, Sendable {
    public var entities = DetectionCounts()
    public var entityType = AccuracyCounts()
    public var dates = DetectionCounts()
    public var statements = DetectionCounts()
    public var statementAction = AccuracyCounts()
    public var statementStatus = AccuracyCounts()
    public var statementActor = AccuracyCounts()
    public var statementEffective = AccuracyCounts()
    public var announcementDetection = DetectionCounts()
    /// Gold announcement frames found by actor and action (true positives) or missed, and frames made beyond them.
    public var announcementFrames = DetectionCounts()
    public var announcementJurisdiction = AccuracyCounts()
    public var announcementEffective = AccuracyCounts()
    public var announcementStatus = AccuracyCounts()
    public var announcementSubjects = AccuracyCounts()

    public init() {}

    /// The mean of the four announcement field accuracies.
    public var announcementFieldAccuracy: Double {
        let fields = [announcementJurisdiction, announcementEffective, announcementStatus, announcementSubjects]
        let total = fields.reduce(0) { $0 + $1.total }
        return total == 0 ? 1 : fields.reduce(0) { $0 + $1.score } / Double(total)
    }

    public static func + (lhs: EvaluationScores, rhs: EvaluationScores) -> EvaluationScores {
        var sum = EvaluationScores()
        sum.entities = lhs.entities + rhs.entities
        sum.entityType = lhs.entityType + rhs.entityType
        sum.dates = lhs.dates + rhs.dates
        sum.statements = lhs.statements + rhs.statements
        sum.statementAction = lhs.statementAction + rhs.statementAction
        sum.statementStatus = lhs.statementStatus + rhs.statementStatus
        sum.statementActor = lhs.statementActor + rhs.statementActor
        sum.statementEffective = lhs.statementEffective + rhs.statementEffective
        sum.announcementDetection = lhs.announcementDetection + rhs.announcementDetection
        sum.announcementFrames = lhs.announcementFrames + rhs.announcementFrames
        sum.announcementJurisdiction = lhs.announcementJurisdiction + rhs.announcementJurisdiction
        sum.announcementEffective = lhs.announcementEffective + rhs.announcementEffective
        sum.announcementStatus = lhs.announcementStatus + rhs.announcementStatus
        sum.announcementSubjects = lhs.announcementSubjects + rhs.announcementSubjects
        return sum
    }
}

/// The scores of one article with a readable list of what went wrong.
public struct CaseEvaluation: Sendable {
    public var id: String
    public var scores: EvaluationScores
    public var errors: [String]
}

extension EvaluationScores {
    /// The per-layer summary printed by `herald eval`.
    public var report: String {
        func number(_ value: Double) -> String { String(format: "%.3f", value) }
        func detection(_ counts: DetectionCounts) -> String {
            "P \(number(counts.precision))  R \(number(counts.recall))  F1 \(number(counts.f1))"
                + "  (tp \(counts.truePositives), fp \(counts.falsePositives), fn \(counts.falseNegatives))"
        }
        func accuracy(_ name: String, _ counts: AccuracyCounts) -> String {
            "\(name) \(number(counts.accuracy)) (n=\(counts.total))"
        }
        return """
        Entities       \(detection(entities))
                       \(accuracy("type", entityType))
        Dates          \(detection(dates))
        Statements     \(detection(statements))
                       \(accuracy("action", statementAction))  \(accuracy("status", statementStatus))
                       \(accuracy("actor", statementActor))  \(accuracy("effective", statementEffective))
        Announcements  \(detection(announcementDetection))
                       frames found \(announcementFrames.truePositives)/\(announcementFrames.truePositives + announcementFrames.falseNegatives) (\(announcementFrames.falsePositives) more made)  field accuracy \(number(announcementFieldAccuracy))
                       \(accuracy("jurisdiction", announcementJurisdiction))  \(accuracy("effective", announcementEffective))
                       \(accuracy("status", announcementStatus))  \(accuracy("subjects", announcementSubjects))
        """
    }
}
