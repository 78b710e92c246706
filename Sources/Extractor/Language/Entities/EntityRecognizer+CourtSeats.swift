/// "the Regional Court in Katowice", "the Administrative Court in Linköping": a court named only by its level is one of
/// many such courts, and its seat is part of its name.
extension EntityRecognizer {
    /// A court's mention named only by level words ("Municipal Court", "Voivodeship Administrative Court") runs on
    /// through "in" and the place that seats it, which is no entity of its own there. A court with a name of its own
    /// ("the High Court in Lagos", "the Regional Trial Court in Manila", "the U.S. District Court in Manhattan") ends
    /// before its place.
    func extendCourtsToTheirSeats(_ mentions: inout [EntityMention], tokens: [Token]) {
        var dropped: Set<Int> = []
        for position in mentions.indices where isCourtNamedByLevel(mentions[position], tokens: tokens) {
            let court = mentions[position]
            guard court.end + 1 < tokens.count, tokens[court.end].lower == "in" else { continue }
            let seatStart = court.end + 1
            let seatEnd: Int
            if let place = mentions.indices.first(where: { mentions[$0].first == seatStart }) {
                guard mentions[place].type == .location else { continue }
                seatEnd = mentions[place].end
                dropped.insert(place)
            } else {
                guard isUnknownSeat(seatStart, tokens: tokens) else { continue }
                seatEnd = seatStart + 1
            }
            mentions[position].end = seatEnd
            mentions[position].key = "n:" + Self.key(tokens, court.first..<seatEnd)
        }
        if !dropped.isEmpty { mentions = mentions.indices.filter { !dropped.contains($0) }.map { mentions[$0] } }
    }

    /// An authority's mention after "the" or another lower-case word (no qualifier such as "U.S.") whose words are only a court's levels before "Court".
    private func isCourtNamedByLevel(_ mention: EntityMention, tokens: [Token]) -> Bool {
        guard mention.type == .authority, mention.end - mention.first >= 2, tokens[mention.end - 1].lower == "court",
              mention.first >= 1, tokens[mention.first - 1].lower == "the" || tokens[mention.first - 1].kind == .word && !tokens[mention.first - 1].isCapitalized
        else { return false }
        return (mention.first..<(mention.end - 1)).allSatisfy { tokens[$0].isCapitalized && Self.courtsSeatedLevels.contains(tokens[$0]) }
    }

    /// One capitalized word, alone before the end of its name run, that is no month or weekday: a town the gazetteer
    /// does not know ("in Katowice").
    private func isUnknownSeat(_ index: Int, tokens: [Token]) -> Bool {
        let word = tokens[index]
        guard word.kind == .word, word.isCapitalized, !word.isAllCaps, TemporalRecognizer.months[word.lower] == nil,
              TemporalRecognizer.weekdays[word.lower] == nil, gazetteer.longestMatch(in: tokens, at: index) == nil else { return false }
        return index + 1 == tokens.count || !(tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized)
    }

    /// The words that name a court's level or kind and no court of its own.
    static let courtsSeatedLevels: WordSet = ["regional", "municipal", "administrative", "provincial", "voivodeship", "district", "city"]
}
