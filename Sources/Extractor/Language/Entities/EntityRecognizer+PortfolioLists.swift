/// "Ministry of Business, Innovation and Employment", "Department for Science, Innovation and Technology": a ministry,
/// a department or a legislature's committee ("Committee on Budget, Taxation and Customs") named for several portfolios,
/// listed with commas and a last "and", is one authority.
extension EntityRecognizer {
    /// Where a run that names a ministry's first portfolio goes on with the others; nil when no list of portfolios
    /// follows. Every listed part ends in a portfolio's noun ("Innovation", "Economic Development"), or the acronym in
    /// brackets after the list spells the whole name ("(MBIE)").
    func portfolioListEnd(_ span: Range<Int>, tokens: [Token], layout: TextLayout) -> Int? {
        guard let head = span.prefix(4).first(where: { Self.portfolioHeads.contains(tokens[$0]) && tokens[$0].isCapitalized }),
              head + 2 < span.upperBound, ["of", "for", "on"].contains(tokens[head + 1].lower),
              span.upperBound < tokens.count, tokens[span.upperBound].text == "," else { return nil }
        var cursor = span.upperBound
        var parts: [Range<Int>] = []
        var closed = false
        // ", Innovation", ", Trade", ", and Employment" / " and Employment".
        while cursor < tokens.count, parts.count < Self.mostListedPortfolios, !closed {
            var first = cursor
            if tokens[first].text == "," { first += 1 }
            if first < tokens.count, tokens[first].lower == "and", tokens[first].spaceBefore {
                first += 1
                closed = true
            }
            guard first > cursor else { break }
            var end = first
            while end < tokens.count, end - first < 3, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAllCaps,
                  layout.gazetteerMatch(at: end) == nil, !Lexicon.authorityHeads.contains(tokens[end]),
                  !Self.institutionWords.contains(tokens[end]), !Lexicon.givenNames.contains(tokens[end]) {
                end += 1
            }
            guard end > first else { return nil }
            parts.append(first..<end)
            cursor = end
        }
        guard closed, parts.count >= 2, let last = parts.last else { return nil }
        // The list ends the name: no capitalized word goes on after it.
        if last.upperBound < tokens.count, tokens[last.upperBound].isCapitalized, tokens[last.upperBound].kind == .word { return nil }
        let namesPortfolios = parts.allSatisfy {
            Self.portfolioWords.contains(tokens[$0.upperBound - 1]) || Self.committeeSubjects.contains(tokens[$0.upperBound - 1])
        }
        let spelled = Self.tickerAfter(last.upperBound, tokens: tokens)
            .map { $0 == Self.initials(Array(tokens[head..<last.upperBound])) } ?? false
        return namesPortfolios || spelled ? last.upperBound : nil
    }

    /// The heads of a body named for its portfolios.
    static let portfolioHeads: WordSet = ["ministry", "department", "secretariat", "ministries", "office", "superintendency", "committee"]
    /// Subjects a legislature's committee is named for besides a ministry's portfolios ("Taxation", "Customs Policy",
    /// "Financial Services").
    static let committeeSubjects: WordSet = ["taxation", "customs", "policy", "investments", "services", "markets", "monetary", "fiscal"]
    /// No ministry lists more portfolios after its first than this.
    static let mostListedPortfolios = 5
}
