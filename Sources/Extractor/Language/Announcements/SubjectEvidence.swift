/// Where an article names each activity, read once per article, and the candidate activities of each of its frames
/// with their features for `SubjectModel`: whether the rules chose the activity, whether the frame's own clauses,
/// the headline or the lead name it, in how many sentences the article names it, and the frame's action and the
/// kind of its actor.
struct SubjectEvidence {
    /// The activities the headline names.
    let headline: Set<PolicySubject>
    /// The activities the lead (the headline and the opening sentences) names.
    let lead: Set<PolicySubject>
    /// In how many sentences the article names each activity.
    let sentenceCounts: [PolicySubject: Int]

    init(document: AnalyzedText, leadEnd: Int) {
        let named = document.sentences.map { sentence in
            SubjectLexicon.subjects(in: document.tokens[sentence.first..<sentence.end].map(\.lower))
        }
        headline = named.first ?? []
        lead = named.prefix(max(1, leadEnd)).reduce(into: []) { $0.formUnion($1) }
        sentenceCounts = named.reduce(into: [:]) { counts, subjects in
            for subject in subjects { counts[subject, default: 0] += 1 }
        }
    }

    /// The candidate activities of a frame: those the rules chose (`chosen`), those its own windows of words name, and
    /// those the headline and the lead name.
    func candidates(chosen: [PolicySubject], windows: [[String]], action: PolicyAction, actorType: EntityType?) -> [SubjectCandidate] {
        let own = windows.reduce(into: Set<PolicySubject>()) { $0.formUnion(SubjectLexicon.subjects(in: $1)) }
        let ruled = Set(chosen)
        let all = ruled.union(own).union(headline).union(lead)
        let actor = actorType?.rawValue ?? "none"
        return PolicySubject.allCases.filter(all.contains).map { subject in
            let name = subject.rawValue
            let count = sentenceCounts[subject, default: 0]
            var features = [StatementModel.bias, "s=\(name)", "act=\(action.rawValue)|\(name)", "actor=\(actor)|\(name)",
                            "sentences=\(min(count, 4))", "sentences=\(min(count, 4))|\(name)"]
            for (flag, holds) in [("rule", ruled.contains(subject)), ("own", own.contains(subject)),
                                  ("head", headline.contains(subject)), ("lead", lead.contains(subject))] where holds {
                features += [flag, "\(flag)|\(name)"]
            }
            if ruled.contains(subject) { features.append("rules=\(min(ruled.count, 4))") }
            if ruled == [subject] { features.append("alone|\(name)") }
            let isProvision = ruled.contains(subject) && own.contains(subject) && !lead.contains(subject)
            return SubjectCandidate(subject: subject, isProvision: isProvision, features: features)
        }
    }
}
