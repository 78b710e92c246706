/// Scores an analysis against a gold case exactly as SCHEMA.md section 1 defines.
/// Optional gold items count neither way. Pure.
public struct GoldScorer: Sendable {
    public init() {}

    /// Scores one article.
    public func score(_ analysis: TextAnalysis, against gold: GoldCase) -> CaseEvaluation {
        var scores = EvaluationScores()
        var errors: [String] = []
        let names = EntityForms(gold.entities)
        scoreEntities(analysis.entities, gold.entities, into: &scores, errors: &errors)
        scoreDates(analysis.dates, gold.dates, into: &scores, errors: &errors)
        scoreStatements(analysis.statements, gold.statements, names: names, into: &scores, errors: &errors)
        scoreAnnouncements(analysis.announcements, gold, names: names, into: &scores, errors: &errors)
        return CaseEvaluation(id: gold.id, scores: scores, errors: errors)
    }

    private func scoreEntities(
        _ system: [Entity], _ gold: [GoldEntity], into scores: inout EvaluationScores, errors: inout [String]
    ) {
        let goldForms = gold.map { entity in
            Set(([entity.name] + entity.aliases).map(NameMatching.normalizedName))
        }
        var used = Array(repeating: false, count: gold.count)
        for entity in system {
            let name = NameMatching.normalizedName(entity.name)
            let candidates = gold.indices.filter { !used[$0] && goldForms[$0].contains(name) }
            guard let index = candidates.first(where: { !gold[$0].optional }) ?? candidates.first else {
                scores.entities.falsePositives += 1
                errors.append("entity FP: \(entity.name) [\(entity.type.rawValue)]")
                continue
            }
            used[index] = true
            guard !gold[index].optional else { continue }
            scores.entities.truePositives += 1
            let typeMatches = entity.type.rawValue == gold[index].type
            scores.entityType.record(typeMatches)
            if !typeMatches {
                errors.append("entity type: \(entity.name) is \(entity.type.rawValue), gold \(gold[index].type)")
            }
        }
        for index in gold.indices where !used[index] && !gold[index].optional {
            scores.entities.falseNegatives += 1
            errors.append("entity FN: \(gold[index].name) [\(gold[index].type)]")
        }
    }

    private func scoreDates(
        _ system: [TemporalExpression], _ gold: [GoldDate], into scores: inout EvaluationScores, errors: inout [String]
    ) {
        var used = Array(repeating: false, count: gold.count)
        for date in system {
            let text = date.text.lowercased()
            let candidates = gold.indices.filter { index in
                let goldText = gold[index].text.lowercased()
                return !used[index] && gold[index].value == date.value
                    && (goldText.contains(text) || text.contains(goldText))
            }
            guard let index = candidates.first(where: { !gold[$0].optional }) ?? candidates.first else {
                scores.dates.falsePositives += 1
                errors.append("date FP: \"\(date.text)\" = \(date.value)")
                continue
            }
            used[index] = true
            if !gold[index].optional { scores.dates.truePositives += 1 }
        }
        for index in gold.indices where !used[index] && !gold[index].optional {
            scores.dates.falseNegatives += 1
            errors.append("date FN: \"\(gold[index].text)\" = \(gold[index].value)")
        }
    }

    private func scoreStatements(
        _ system: [PolicyStatement], _ gold: [GoldStatement], names: EntityForms,
        into scores: inout EvaluationScores, errors: inout [String]
    ) {
        let quotes = gold.map { NameMatching.normalizedText($0.quote) }
        var used = Array(repeating: false, count: gold.count)
        for statement in system {
            let sentence = NameMatching.normalizedText(statement.text)
            let candidates = gold.indices.filter { !used[$0] && sentence.contains(quotes[$0]) }
            guard let index = candidates.first(where: { !gold[$0].optional }) ?? candidates.first else {
                scores.statements.falsePositives += 1
                errors.append("statement FP: [\(statement.action.rawValue)/\(statement.status.rawValue)] \(excerpt(statement.text))")
                continue
            }
            used[index] = true
            let expected = gold[index]
            guard !expected.optional else { continue }
            scores.statements.truePositives += 1
            let label = excerpt(expected.quote)
            record(statement.action.rawValue, expected.action, "statement action", label, &scores.statementAction, &errors)
            record(statement.status.rawValue, expected.status, "statement status", label, &scores.statementStatus, &errors)
            let actorMatches = names.same(statement.actor, expected.actor)
            scores.statementActor.record(actorMatches)
            if !actorMatches {
                errors.append("statement actor: \(statement.actor ?? "null"), gold \(expected.actor ?? "null") in \(label)")
            }
            record(statement.effective ?? "null", expected.effective ?? "null", "statement effective", label,
                   &scores.statementEffective, &errors)
        }
        for index in gold.indices where !used[index] && !gold[index].optional {
            scores.statements.falseNegatives += 1
            errors.append("statement FN: [\(gold[index].action)/\(gold[index].status)] \(excerpt(gold[index].quote))")
        }
    }

    private func scoreAnnouncements(
        _ system: [Announcement], _ gold: GoldCase, names: EntityForms,
        into scores: inout EvaluationScores, errors: inout [String]
    ) {
        let predicted = !system.isEmpty
        switch (predicted, gold.isAnnouncement) {
        case (true, true): scores.announcementDetection.truePositives += 1
        case (true, false):
            scores.announcementDetection.falsePositives += 1
            errors.append("announcement FP: the article reports no policy change")
        case (false, true):
            scores.announcementDetection.falseNegatives += 1
            errors.append("announcement FN: the article reports a policy change")
        case (false, false): break
        }
        let matches = Self.matchedFrames(system, gold.announcements, names: names)
        for (frame, match) in zip(gold.announcements, matches) {
            guard let index = match else {
                scores.announcementFrames.falseNegatives += 1
                errors.append("announcement frame missed: \(frame.actor ?? "null") \(frame.action)")
                continue
            }
            scores.announcementFrames.truePositives += 1
            let found = system[index]
            let label = "\(frame.actor ?? "null") \(frame.action)"
            record(found.jurisdiction ?? "null", frame.jurisdiction ?? "null", "announcement jurisdiction", label,
                   &scores.announcementJurisdiction, &errors)
            record(found.effective ?? "null", frame.effective ?? "null", "announcement effective", label,
                   &scores.announcementEffective, &errors)
            record(found.status.rawValue, frame.status, "announcement status", label, &scores.announcementStatus, &errors)
            let overlap = jaccard(Set(found.subjects.map(\.rawValue)), Set(frame.subjects))
            scores.announcementSubjects.record(overlap)
            if overlap < 1 {
                errors.append("announcement subjects: \(found.subjects.map(\.rawValue)), gold \(frame.subjects) for \(label)")
            }
        }
        // SCHEMA.md scores frames by the gold's (found or missed); the frames made beyond them are counted too, since each
        // becomes a draft someone reviews.
        let matched = Set(matches.compactMap { $0 })
        for (index, frame) in system.enumerated() where !matched.contains(index) {
            scores.announcementFrames.falsePositives += 1
            errors.append("announcement frame beyond the gold: \(frame.actor ?? "null") \(frame.action.rawValue)")
        }
    }

    /// For each gold frame in order, the first system frame not matched yet with its action and an actor of the same
    /// name (SCHEMA.md: "matched by actor and action"); nil when there is none.
    static func matchedFrames(_ system: [Announcement], _ gold: [GoldAnnouncement], names: EntityForms) -> [Int?] {
        var used = Array(repeating: false, count: system.count)
        return gold.map { frame in
            let index = system.indices.first { index in
                !used[index] && system[index].action.rawValue == frame.action && names.same(system[index].actor, frame.actor)
            }
            if let index { used[index] = true }
            return index
        }
    }

    private func record(
        _ found: String, _ expected: String, _ field: String, _ label: String,
        _ counts: inout AccuracyCounts, _ errors: inout [String]
    ) {
        counts.record(found == expected)
        if found != expected { errors.append("\(field): \(found), gold \(expected) in \(label)") }
    }

    private func jaccard(_ lhs: Set<String>, _ rhs: Set<String>) -> Double {
        let union = lhs.union(rhs)
        return union.isEmpty ? 1 : Double(lhs.intersection(rhs).count) / Double(union.count)
    }

    private func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count <= 90 ? "\"\(flat)\"" : "\"\(flat.prefix(87))...\""
    }
}

/// The surface forms of each gold entity, to decide whether two actor names name the same thing.
struct EntityForms {
    private var formsByName: [String: Set<String>] = [:]

    init(_ entities: [GoldEntity]) {
        for entity in entities {
            let forms = Set(([entity.name] + entity.aliases).map(NameMatching.normalizedName))
            for form in forms { formsByName[form, default: []].formUnion(forms) }
        }
    }

    /// Whether a system actor names the gold actor (both absent also agree).
    func same(_ system: String?, _ gold: String?) -> Bool {
        switch (system, gold) {
        case (nil, nil): return true
        case let (found?, expected?):
            let expectedName = NameMatching.normalizedName(expected)
            let forms = formsByName[expectedName] ?? [expectedName]
            return forms.contains(NameMatching.normalizedName(found))
        default: return false
        }
    }
}
