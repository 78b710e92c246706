/// One place where an entity is named, as a token range.
struct EntityMention: Sendable {
    var first: Int
    var end: Int
    /// Identifies the real-world thing: mentions with the same key are one entity.
    var key: String
    var type: EntityType
    var code: String?
    /// The country whose rules the entity stands for, when known.
    var country: String?
    /// The mention may name the entity; a project's name before its token's ("Solana's SOL") is an alias only.
    var mayName = true
}

/// What the entity recognizer found: mentions, in text order, and demonyms ("Chinese" → CN).
struct EntityReading: Sendable {
    var mentions: [EntityMention]
    /// Token index of each demonym, with its country code.
    var demonyms: [(index: Int, code: String)]
    /// The tokens of the publication's name in the article's head ("Kolvar Business Bulletin | Energy"), if it names one.
    var publication: Range<Int>?

    /// The reading for policy: the organizations whose measures are the world's (the FATF's standards, the UN's
    /// sanctions) issue them as an authority does, so their statements and frames have an actor and the jurisdiction
    /// `GLOBAL`; the entities reported keep their organization type.
    func withWorldBodiesAsIssuers() -> EntityReading {
        var reading = self
        for index in reading.mentions.indices
        where reading.mentions[index].type == .organization && reading.mentions[index].country == Gazetteer.worldJurisdiction {
            reading.mentions[index].type = .authority
        }
        return reading
    }
}

/// Finds the names in a text, stage by stage along the data flow:
/// 1. runs of capitalized tokens are read as gazetteer forms, institutions or unknown names (`+NameRuns`,
///    `+KnownForms`, `+UnknownNames`, `+NameFilters`), each unknown name typed by its words and context (`+NameTypes`,
///    `+PlaceEvidence`, `+Appositives`, `+PersonContext`); lower-case digital currencies join them (`+DigitalCurrencies`);
///    A ministry named for several portfolios is one name across its commas (`+PortfolioLists`); the article's head names
///    its publication and writer (`+Mastheads`).
/// 2. names shared by many countries' institutions take the country the text gives them (`+SharedInstitutionNames`);
/// 3. acronyms and second names defined in the text join their long forms (`+Acronyms`, `+NameGlosses`);
/// 4. context decisions over all mentions: projects before their tokens, courts named by level with their seats
///    (`+CourtSeats`), short forms and surnames, company forms,
///    institutions' head words, products, lists, one type per entity and the periods of name endings (`+Context`).
struct EntityRecognizer {
    let gazetteer = Gazetteer.shared

    /// The mentions and demonyms of a tokenized text.
    func read(_ tokens: [Token], sentences: [Sentence]) -> EntityReading {
        let layout = TextLayout(tokens: tokens, sentences: sentences)
        var candidates: [EntityMention] = []
        var demonyms: [(index: Int, code: String)] = []
        for (index, token) in tokens.enumerated() where token.isCapitalized {
            if let code = gazetteer.demonyms[token.text] { demonyms.append((index, code)) }
        }
        var index = 0
        while index < tokens.count {
            guard layout.isNameToken(index) || layout.gazetteerMatch(at: index) != nil else {
                index += 1
                continue
            }
            let spanEnd = layout.nameSpanEnd(from: index)
            if let listEnd = portfolioListEnd(index..<spanEnd, tokens: tokens, layout: layout) {
                let first = tokens[index].lower == "the" ? index + 1 : index
                candidates.append(EntityMention(first: first, end: listEnd, key: "n:" + Self.key(tokens, first..<listEnd), type: .authority,
                                                code: nil, country: countryInside(tokens, first..<listEnd)))
                index = listEnd
                continue
            }
            let found = readSpan(index..<max(spanEnd, index + 1), tokens: tokens, layout: layout)
            candidates.append(contentsOf: found)
            index = max(spanEnd, index + 1)
        }
        let masthead = mastheadParts(tokens: tokens, layout: layout)
        readMasthead(masthead, into: &candidates, tokens: tokens)
        candidates.append(contentsOf: digitalCurrencies(tokens, taken: candidates))
        localizeSharedNames(&candidates, tokens: tokens)
        let defined = linkAcronyms(candidates, tokens: tokens)
        let mentions = finalize(defined, tokens: tokens, layout: layout)
        let publication = masthead.first { $0.kind == .publication }?.range
        return EntityReading(mentions: mentions, demonyms: demonyms, publication: publication)
    }

    /// The capitals of a name's capitalized words: "People's Bank of China" → "PBC".
    static func initials(_ words: [Token]) -> String {
        String(words.filter { $0.isCapitalized && !Lexicon.nameConnectors.contains($0) }.compactMap { $0.text.first })
    }

    /// The key of a name: its tokens in lower case, without a leading "the".
    static func key(_ tokens: [Token], _ range: Range<Int>) -> String {
        var key = ""
        for index in range {
            if index > range.lowerBound && tokens[index].spaceBefore { key += " " }
            key += tokens[index].lower
        }
        return key.hasPrefix("the ") ? String(key.dropFirst(4)) : key
    }
}
