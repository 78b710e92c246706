/// Tells a quoted opinion from a quoted measure: a cue inside quotation marks makes no statement
/// when the quote states no measure ("will", "must", a date) and a person, or nobody, says it
/// ("These fines show ...," said a lawyer). Quotes of a document or an institution
/// ("..., the circular read") keep their statements.
struct QuotationReader {
    let tokens: [Token]
    let sentences: [Sentence]
    let entities: EntityReading

    func isOpinion(sentence number: Int, cueAt cue: Int) -> Bool {
        let sentence = sentences[number]
        // "may not describe a product as "risk-free"": a quote after the cue (the words a measure forbids) leaves the
        // cue outside it; a person's report is still a view ("Counsel for the firm said the agency taxes "a label"").
        if quoteOpens(after: cue, in: sentence) { return personSpeaks(before: cue, in: sentence) }
        guard let quote = quotation(around: cue, in: sentence) else { return false }
        // "Exchanges must earn back trust," said an analyst: an obligation in a quote binds only when its speaker can
        // impose it, so a quote whose only measure words are "must", "will have to" or "need to" is a view when an
        // analyst, a lawyer, a founder or someone "at" a company says it.
        let measureWords = tokens[quote].filter { Self.measureWords.contains($0.lower) }.map(\.lower)
        let obligesOnly = Self.isObligationModal(at: cue, tokens) && measureWords.allSatisfy { ["must", "will", "'ll"].contains($0) }
        if !measureWords.isEmpty, !obligesOnly { return false }
        // The speaker: the words after the closing mark, in this sentence or the one that ends the quote.
        var closing = quote.upperBound
        var closingSentence = number
        while closing >= sentences[closingSentence].end, closingSentence + 1 < sentences.count, closingSentence - number < 2 {
            closingSentence += 1
            guard let mark = (sentences[closingSentence].first..<sentences[closingSentence].end).first(where: { Self.isClosing($0, tokens) }) else { continue }
            closing = mark
        }
        // 'the minister was firm: "We will not ...': an introduction naming an office holder before the quote.
        let opening = quote.lowerBound > sentence.first ? quote.lowerBound - 1 : openingMark(before: sentence.first) ?? sentence.first
        let introduction = max(0, opening - 16)..<opening
        if officeHolderSpeaks(in: introduction) { return false }
        let attributionEnd = sentences[closingSentence].end
        guard closing < attributionEnd else { return measureWords.isEmpty }
        let attribution = (closing + 1)..<attributionEnd
        if attribution.isEmpty { return measureWords.isEmpty }
        if !measureWords.isEmpty {
            return tokens[attribution].contains { Self.commentatorRoles.contains($0) }
                || entities.mentions(in: attribution).contains { $0.type == .organization && speakerIsPersonOf($0) }
        }
        // '..., the governor said': a holder of public office speaks for the institution.
        if officeHolderSpeaks(in: attribution) { return false }
        // "..., he said": a pronoun speaks for a person, not for an institution.
        let speakerIsPerson = entities.mentions(in: attribution).contains { $0.type == .person }
            || tokens[attribution].contains { Lexicon.personTitles.contains($0) || Self.personPronouns.contains($0) }
        let speakerIsInstitution = entities.mentions(in: attribution).contains { $0.type == .authority || $0.type == .organization && !speakerIsPersonOf($0) }
            || tokens[attribution].contains { Self.documentWords.contains($0) }
        return speakerIsPerson || !speakerIsInstitution && !tokens[attribution].contains { Self.speechWords.contains($0) }
    }

    /// "must", "have to", "has to", "need to", "needs to": an obligation the speaker states.
    static func isObligationModal(at index: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].lower
        if word == "must" { return true }
        return ["have", "has", "need", "needs"].contains(word) && index + 1 < tokens.count && tokens[index + 1].lower == "to"
    }

    /// Whether the sentence's first quotation mark opens a quote after `cue`, so that the cue stands outside any.
    private func quoteOpens(after cue: Int, in sentence: Sentence) -> Bool {
        guard let first = (sentence.first..<sentence.end).first(where: { Self.isOpening($0, tokens) || Self.isClosing($0, tokens) }) else { return false }
        return first > cue && Self.isOpening(first, tokens)
    }

    /// "Counsel for the firm said ...", "she said ...": a person, and no holder of public office, reports what
    /// comes before `cue`.
    private func personSpeaks(before cue: Int, in sentence: Sentence) -> Bool {
        let lead = sentence.first..<cue
        guard tokens[lead].contains(where: { Self.speechWords.contains($0) }), !officeHolderSpeaks(in: lead) else { return false }
        return entities.mentions(in: lead).contains { $0.type == .person }
            || tokens[lead].contains { Lexicon.personTitles.contains($0) || Self.personPronouns.contains($0) }
    }

    /// A governor, minister or commissioner named, and no company beside them.
    private func officeHolderSpeaks(in range: Range<Int>) -> Bool {
        guard !range.isEmpty, tokens[range].contains(where: { Self.publicOffices.contains($0) }) else { return false }
        return !entities.mentions(in: range).contains { $0.type == .organization }
    }

    /// "a partner at Aydin & Kaya": the organization names where the person works.
    private func speakerIsPersonOf(_ mention: EntityMention) -> Bool {
        mention.first > 0 && ["at", "of"].contains(tokens[mention.first - 1].lower)
    }

    /// The token range between the quotation marks around `cue`, if it stands inside a quote
    /// (also a quote opened in an earlier sentence or closed in a later one).
    private func quotation(around cue: Int, in sentence: Sentence) -> Range<Int>? {
        var open: Int?
        var firstMark: (index: Int, closes: Bool)?
        for index in sentence.first..<sentence.end {
            let opening = Self.isOpening(index, tokens)
            let closing = !opening && Self.isClosing(index, tokens)
            guard opening || closing else { continue }
            if firstMark == nil { firstMark = (index, closing) }
            if opening, index < cue { open = index }
            if closing, index > cue {
                return (open.map { $0 + 1 } ?? sentence.first)..<index
            }
            if closing, index < cue { open = nil }
        }
        if let open { return (open + 1)..<sentence.end }
        // A quote that closes later ("... risk," the circular read): the sentence opened inside it.
        if firstMark == nil, sentence.first > 0, quoteContinues(before: sentence.first) { return sentence.first..<sentence.end }
        return nil
    }

    /// The opening mark of a quotation still open at `index`, searched within the paragraph.
    private func openingMark(before index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, cursor > index - 200 {
            if Self.isOpening(cursor, tokens) { return cursor }
            if Self.isClosing(cursor, tokens) || tokens[cursor + 1].newlineBefore && cursor + 1 < index { return nil }
            cursor -= 1
        }
        return nil
    }

    /// Whether an earlier quotation mark in the same paragraph is still open at `index`.
    private func quoteContinues(before index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, cursor > index - 200 {
            if Self.isOpening(cursor, tokens) { return true }
            if Self.isClosing(cursor, tokens) || tokens[cursor + 1].newlineBefore && cursor + 1 < index { return false }
            cursor -= 1
        }
        return false
    }

    /// (A quotation mark is a punctuation token of one scalar: other tokens are told apart by their kind, without comparing
    /// their text with a mark that is not ASCII, which is slow.)
    static func isOpening(_ index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        let text = tokens[index].text
        if text == "\u{201C}" { return true }
        guard text == "\"" else { return false }
        return index + 1 < tokens.count && !tokens[index + 1].spaceBefore && (index == 0 || tokens[index].spaceBefore || tokens[index].newlineBefore)
    }

    static func isClosing(_ index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].kind == .punctuation else { return false }
        let text = tokens[index].text
        if text == "\u{201D}" { return true }
        return text == "\"" && !isOpening(index, tokens)
    }

    /// Words that make a quote state a measure.
    static let measureWords: Set<String> = ["will", "must", "shall", "required", "requires", "mandatory", "effective", "from", "starting", "'ll"]
    static let documentWords: WordSet = ["circular", "notice", "statement", "order", "ruling", "judgment", "release", "letter", "filing", "document", "decree", "guidance", "rules", "regulator", "ministry", "bank", "agency", "commission", "authority", "government"]
    /// Titles of public office whose holders speak for their institution or government.
    static let publicOffices: WordSet = ["governor", "minister", "commissioner", "secretary", "premier", "superintendent", "ombudsman", "regulator"]
    static let personPronouns: WordSet = ["he", "she"]
    /// Speakers who comment on measures or are bound by them, and impose none.
    static let commentatorRoles: WordSet = [
        "analyst", "analysts", "economist", "strategist", "lawyer", "attorney", "partner", "researcher", "founder", "co-founder",
        "trader", "investor", "miner", "professor", "consultant", "adviser", "advisor", "critic", "lobbyist", "owner",
    ]
    static let speechWords: WordSet = ["said", "says", "told", "wrote", "added", "read", "reads", "stated", "noted", "argued"]
}
