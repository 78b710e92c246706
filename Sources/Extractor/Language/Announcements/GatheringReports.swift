/// An article whose headline reports a gathering ("At Lisbon fintech forum, regulators trade views on stablecoins",
/// "Harbour panel: supervisors say the rules work", "five takeaways from the Ledger Summit"): what officials say on a
/// stage restates, weighs or predicts rules; it decides nothing unless the headline itself states a measure of an actor
/// it names ("Regulator to let funds hold bitcoin ETFs from March, official tells summit").
enum GatheringReports {
    /// The headline names a gathering, and no statement of the headline reports news of an actor the headline names (a
    /// body or a firm, or the statement's own actor).
    static func reportsAGathering(_ statements: [ReadStatement], news: [Bool], _ document: AnalyzedText, _ entities: EntityReading) -> Bool {
        guard let headline = document.sentences.first else { return false }
        let words = document.tokens[headline.first..<headline.end].map(\.lower)
        guard namesAGathering(words) else { return false }
        let named = entities.mentions(in: headline.first..<headline.end)
        return !statements.indices.contains { index in
            let read = statements[index]
            return news[index] && read.sentence == 0 && !tellsTheGathering(read, document)
                && (read.namesItsActor || named.contains { $0.type == .authority || $0.type == .organization || $0.key == read.actorKey })
        }
    }

    /// "Official tells conference the licensing wave is over", "regulators told the summit that ...": a statement that
    /// follows a telling of the gathering itself reports what was said on its stage, no measure ("tells banks to close
    /// accounts" orders; "Regulator to let funds buy ETFs, official tells conference" states the measure first).
    static func tellsTheGathering(_ read: ReadStatement, _ document: AnalyzedText) -> Bool {
        let tokens = document.tokens
        let sentence = document.sentences[read.sentence]
        return (sentence.first..<min(read.cueIndex, sentence.end)).contains { index in
            tellingVerbs.contains(tokens[index])
                && tokens[(index + 1)..<min(sentence.end, index + 4)].contains { gatheringNouns.contains($0) }
        }
    }

    /// "forum", "summit", "conference", "symposium", "roundtable"; a panel that is an event ("At Accra panel, ...",
    /// "Bucharest panel: ...", "panel splits over ..."), not a committee that acts ("Senate panel advances a bill").
    static func namesAGathering(_ words: [String]) -> Bool {
        words.indices.contains { index in
            if gatheringNouns.contains(words[index]) { return true }
            guard words[index] == "panel" else { return false }
            let next = index + 1 < words.count ? words[index + 1] : ""
            return words[max(0, index - 3)..<index].contains("at") || next == ":" || debatingVerbs.contains(next)
        }
    }

    /// The nouns of a gathering that a headline may report on.
    static let gatheringNouns: WordSet = ["forum", "summit", "conference", "symposium", "roundtable", "expo"]
    /// The verbs that report words said to an audience.
    static let tellingVerbs: WordSet = ["tells", "tell", "told"]
    /// The verbs of a panel that talks rather than acts: "panel splits over", "panel airs a debate".
    static let debatingVerbs: WordSet = ["splits", "split", "spar", "spars", "airs", "debates", "discusses", "weighs", "trades"]
}
