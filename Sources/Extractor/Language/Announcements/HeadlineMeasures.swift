/// The second measure a headline coordinates with its first: "Regulator registers three exchanges, strikes off a
/// fourth", "Norway bans new mining farms and ends miners' tax discount". A sentence carries one statement, so the
/// second clause is read here, as a measure of the headline's actor with the headline's status.
struct HeadlineMeasures {
    let document: AnalyzedText
    let reader: FrameSubjects

    /// Frames for the headline's further clauses whose action none of its actor's frames has yet.
    func frames(adding frames: [Announcement], statements: [ReadStatement]) -> [Announcement] {
        guard let index = statements.firstIndex(where: { $0.sentence == 0 }), let headline = document.sentences.first,
              let main = frames.first(where: { $0.statementIndices.contains(index) }) else { return [] }
        let tokens = document.tokens
        var added: [Announcement] = []
        let boundaries = (headline.first..<headline.end).filter { FrameSubjects.opensMeasureClause($0, tokens, headline.end) }
        guard !boundaries.isEmpty else { return [] }
        // The first clause opens the headline; each further one opens at its coordinator. When the body already gives
        // the actor as many frames as the headline has clauses, they are its measures, whatever verbs name them.
        let openings = [headline.first - 1] + boundaries
        guard frames.filter({ $0.actor == main.actor }).count < openings.count else { return [] }
        for (number, boundary) in openings.enumerated() {
            guard let verb = ((boundary + 1)..<headline.end).first(where: { MeasureVerbs.action(of: tokens, at: $0, end: headline.end) != nil }),
                  var action = MeasureVerbs.action(of: tokens, at: verb, end: headline.end),
                  // "; Uzbekistan caps licences": a further clause with a subject of its own is another actor's measure.
                  number == 0 || !tokens[(boundary + 1)..<verb].contains(where: { $0.isWord && $0.isCapitalized }) else { continue }
            let clauseEnd = number + 1 < openings.count ? openings[number + 1] : headline.end
            guard verb < clauseEnd else { continue }
            let words = tokens[verb..<clauseEnd].map(\.lower)
            // "ends its ban", "lifts the freeze": lifting a ban permits.
            if Self.liftVerbs.contains(words[0]), words.dropFirst().prefix(4).contains(where: PolicyCues.banNouns.contains) { action = .permit }
            guard !(frames + added).contains(where: { $0.actor == main.actor && $0.action == action }) else { continue }
            added.append(Announcement(
                actor: main.actor, action: action, status: main.status, subjects: reader.subjects(in: [words]),
                jurisdiction: main.jurisdiction, effective: nil, enforcement: nil, statementIndices: main.statementIndices
            ))
        }
        return added
    }

    static let liftVerbs: WordSet = ["ends", "ended", "lifts", "lifted", "scraps", "scrapped", "eases", "eased"]
}
