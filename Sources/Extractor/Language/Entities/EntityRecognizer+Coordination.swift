/// Two names in one capitalized run: "Tallis Capital Partners and Northmark Investments Inc.", "Nasdaq and Cboe BZX
/// Exchange" are two when they are examples ("such as", "including") or members named after a plural noun for firms
/// ("investors Ostra Seed and Lindmark Capital"), or when the first is complete on its own, a known name or one that ends in a legal form or a company's
/// head word, and the second opens with a word of its own; an institution's name with "and" inside it ("Securities and
/// Exchange Commission", "Capital Markets and Securities Authority") stays whole. "Esther Njoroge-Haas of Kilima Tax
/// Partners" is a person and the firm she speaks for.
extension EntityRecognizer {
    /// The index of the "and" that joins two complete names in a run, if there is one.
    func coordination(in run: Range<Int>, tokens: [Token], layout: TextLayout) -> Int? {
        guard run.count >= 3, let and = run.dropFirst().first(where: { tokens[$0].lower == "and" && !tokens[$0].isCapitalized }),
              and + 1 < run.upperBound else { return nil }
        // "the International Court of Justice and the Security Council": "and the" joins two names, never one name's words
        // (unless a known name holds them: "Saint Vincent and the Grenadines").
        // ("the Diet and the Financial Services Agency", "the NBS and the Securities Commission": so it does after one name's word,
        // unless that word is a place's: "Manitoba and the U.S. Upper Midwest".)
        if tokens[and + 1].lower == "the", and + 2 < run.upperBound, tokens[and + 2].isCapitalized,
           and - run.lowerBound >= 2 || tokens[run.lowerBound].kind == .word && tokens[run.lowerBound].isCapitalized
               && layout.gazetteerMatch(at: run.lowerBound).map({ gazetteer.entries[$0.form.entry].type != .location }) ?? true,
           !isInsideAKnownName(and, from: run.lowerBound, layout: layout) {
            return and
        }
        guard institutionType(tokens, run) != .authority else { return nil }
        let left = run.lowerBound..<and, right = (and + 1)..<run.upperBound
        guard opensOwnName(right, tokens: tokens) else { return nil }
        // "exchanges such as Bitinka Pro and Ayni Exchange", "firms including Zentora Labs and Quorvex": examples are listed.
        let start = run.lowerBound
        if start >= 2, tokens[start - 1].lower == "as" && tokens[start - 2].lower == "such" || ["including", "like", "namely"].contains(tokens[start - 1].lower),
           tokens[start].isCapitalized, tokens[start].kind == .word, !Lexicon.nameConnectors.contains(tokens[start]) {
            return and
        }
        // "existing investors Ostra Seed and Lindmark Capital", "two exchanges, Kora Bit and Sable Exchange": a plural noun
        // before the run counts the names it lists.
        if isAfterAPluralOfFirms(start, tokens: tokens), [left, right].allSatisfy({ hasOwnNameWord($0, tokens: tokens, layout: layout) }),
           tokens[start].isCapitalized, tokens[start].kind == .word {
            return and
        }
        // "named Seabright Markets, Kinross Yield, NovaPonte Trade and Orla Capital": the last "and" of a list of names joins
        // its last two members.
        // ("the Ministry of Economy, Trade and Industry": portfolios are common words, not names; "Ruritania Bankers and
        // Traders Association": a body named after its members is one name; "In Tessaly, Velmor and Istra Holdings": one word
        // after an opening phrase's comma may be the first word of a name.)
        if isLastMembersOfAList(run, tokens: tokens), tokens[left].filter({ $0.kind == .word }).count >= 2, tokens[start].isCapitalized, tokens[start].kind == .word,
           !Lexicon.nameConnectors.contains(tokens[start]), !TextLayout.possessiveBodyHeads.contains(tokens[run.upperBound - 1]),
           [left, right].allSatisfy({ hasOwnNameWord($0, tokens: tokens, layout: layout) }) {
            return and
        }
        if let known = layout.gazetteerMatch(at: left.lowerBound), known.end == and,
           [.organization, .authority].contains(gazetteer.entries[known.form.entry].type) {
            return and
        }
        let words = tokens[left].filter { $0.kind == .word }
        guard words.count >= 2, let last = words.last, !Lexicon.nameConnectors.contains(words[0].lower) else { return nil }
        let endsComplete = Lexicon.legalForms.contains(last.lower) || Lexicon.organizationHeads.contains(last.lower)
            || last.text == "." && and >= 2 && Lexicon.legalForms.contains(tokens[and - 2])
        return endsComplete && institutionType(tokens, left) != .authority ? and : nil
    }

    /// Whether a gazetteer form that opens between a run's start and a word runs past that word.
    private func isInsideAKnownName(_ index: Int, from start: Int, layout: TextLayout) -> Bool {
        (start..<index).contains { layout.gazetteerMatch(at: $0).map { $0.end > index } ?? false }
    }

    /// A run right after a comma that closes another capitalized name, in the same sentence: the end of a list of names.
    private func isLastMembersOfAList(_ run: Range<Int>, tokens: [Token]) -> Bool {
        let start = run.lowerBound
        guard start >= 2, tokens[start - 1].text == ",", !tokens[start].newlineBefore else { return false }
        let previous = tokens[start - 2]
        return previous.kind == .word && (previous.isCapitalized || previous.isAllCaps)
    }

    /// Whether a lower-case plural noun for firms comes right before a run, or before the comma that opens it ("backers
    /// Ostra Seed and ...", "two exchanges, Kora Bit and ...").
    private func isAfterAPluralOfFirms(_ start: Int, tokens: [Token]) -> Bool {
        let noun = start >= 2 && tokens[start - 1].text == "," ? start - 2 : start - 1
        return noun >= 0 && !tokens[noun].isCapitalized && Self.pluralsOfFirms.contains(tokens[noun])
    }

    /// Plural nouns for the firms a list names.
    static let pluralsOfFirms: WordSet = [
        "investors", "backers", "exchanges", "firms", "companies", "platforms", "apps", "wallets", "banks", "lenders", "brokers",
        "brokerages", "custodians", "providers", "startups", "start-ups", "rivals", "competitors", "issuers", "operators", "miners",
    ]

    /// Whether a part holds a word that is no common word of the text and no portfolio ("NovaPonte", not "Trade").
    private func hasOwnNameWord(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        tokens[range].contains { token in
            token.kind == .word && token.isCapitalized && !layout.lowercaseWords.contains(token.lower)
                && !Self.portfolioWords.contains(token) && !Lexicon.nameConnectors.contains(token)
        }
    }

    /// The part after "and" opens with a capitalized word and has one that is no legal form or generic head ("and Co.").
    private func opensOwnName(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard let first = range.first.map({ tokens[$0] }), first.kind == .word, first.isCapitalized else { return false }
        let words = tokens[range].filter { $0.kind == .word }
        return words.contains { word in
            !Lexicon.legalForms.contains(word.lower) && !Lexicon.organizationHeads.contains(word.lower)
                && !Self.genericCompanyWords.contains(word.lower)
        }
    }

    /// The index of the "of" between a person's name and the institution or place they belong to ("said Jane Roe of Acme").
    func personOfInstitution(in run: Range<Int>, tokens: [Token], layout: TextLayout) -> Int? {
        guard let of = run.dropFirst(2).first(where: { tokens[$0].lower == "of" }) else { return nil }
        // ("Jane Roe of the Ontario Securities Commission")
        let named = of + 1 < run.upperBound && tokens[of + 1].lower == "the" ? of + 2 : of + 1
        guard named < run.upperBound, tokens[named].isCapitalized, tokens[named].kind == .word else { return nil }
        let person = run.lowerBound..<of
        let words = person.filter { !isInsideHyphenatedWord($0, tokens: tokens) }
        guard (2...3).contains(words.count), words.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps }),
              !tokens[person].contains(where: { Lexicon.organizationHeads.contains($0) || Lexicon.authorityHeads.contains($0)
                  || Lexicon.legalForms.contains($0) || Lexicon.personTitles.contains($0) || Lexicon.commonCapitalized.contains($0) }),
              layout.gazetteerMatch(at: person.lowerBound) == nil || Lexicon.givenNames.contains(tokens[person.lowerBound]),
              institutionType(tokens, person) == nil else { return nil }
        let isPerson = Lexicon.givenNames.contains(tokens[person.lowerBound]) || hasHyphenatedSurname(person, tokens: tokens, layout: layout)
            || person.lowerBound > 0 && (Self.speechVerbs.contains(tokens[person.lowerBound - 1]) || tokens[person.lowerBound - 1].lower == "by")
        return isPerson ? of : nil
    }
}
