/// The type of an unknown name: an institution by its head word, an asset by its ticker or the word for a token,
/// a person by the context of a name, a place by its evidence, otherwise what an appositive says or an organization.
extension EntityRecognizer {
    /// The type of an unknown name from its words and its context.
    func unknownType(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> EntityType {
        if let type = institutionType(tokens, range) { return type }
        // "House passes the bill", "sent it to the House": a legislature's chamber by its own name.
        if range.count == 1, tokens[range.lowerBound].text == "House" { return .authority }
        let start = range.lowerBound
        let end = range.upperBound
        let last = tokens[end - 1]
        if end + 1 < tokens.count, tokens[end].text == "-", !tokens[end].spaceBefore, tokens[end + 1].lower == "based" { return .location }
        if last.lower.hasSuffix("coin") && last.lower.count > 4 || last.lower == "token" { return .asset }
        // "the KiwiDollar (NZDK) token", "the Zephyr stablecoin": a name before a word for a token.
        // "its native token ZTX", "the stablecoin USDX": a ticker after a word for a token.
        if start > 0, Self.tokenNouns.contains(tokens[start - 1]), tokens[start].isAllCaps, end - start == 1 { return .asset }
        // "its native token, KRV,", "a token called HKDL": a ticker set after a word for a token by a comma or a naming verb.
        if start > 1, tokens[start].isAllCaps, end - start == 1, tokens[start - 1].text == "," || Self.namingVerbs.contains(tokens[start - 1]) {
            let noun = start > 2 && tokens[start - 2].text == "," && Self.namingVerbs.contains(tokens[start - 1]) ? start - 3 : start - 2
            if Self.tokenNouns.contains(tokens[noun]) { return .asset }
        }
        // "MYX (+15%) and JST (+4%) led gains", "PENGU rose 19%": a ticker in capitals and its price move, unless the
        // sentence speaks of shares ("stocks such as GOOG (+6%)").
        if end - start == 1, tokens[start].isAllCaps, tokens[start].text.unicodeScalars.allSatisfy({ Tokenizer.isLetter($0) }), Self.isPriceMove(after: end, tokens: tokens), !Self.speaksOfShares(before: start, tokens: tokens) {
            return .asset
        }
        let afterTicker = Self.tickerAfter(end, tokens: tokens) != nil ? end + 3 : end
        if afterTicker < tokens.count, Self.tokenNouns.contains(tokens[afterTicker]) { return .asset }
        // "Digital Dirham", "e-Naira": a central bank digital currency.
        if ["digital", "e"].contains(tokens[start].lower), PolicyCues.currencyNames.contains(last.lower) { return .asset }
        let wordCount = tokens[range].filter { $0.kind == .word }.count
        // "Ms Thorsdottir", "Dr. Oyelaran": a family name after an honorific.
        // "President Okonjo", "Gov. Tallis", "Fed chair Marwick", "the exchange's founder Zhou": after a title of office.
        let title = start > 1 && tokens[start - 1].text == "." ? start - 2 : start - 1
        // ("the Premier League", "Queen Street": not after a word the text writes in lower case or a name's head word.)
        if wordCount == 1, title >= 0, Self.honorifics.contains(tokens[title]) && tokens[title].isCapitalized
            || Self.officeTitles.contains(tokens[title]) && (tokens[title].isCapitalized || !Self.capitalizedOnlyTitles.contains(tokens[title]))
                && !isHeadWordOfAName(tokens[start].lower, layout: layout) {
            return .person
        }
        // "María José de la Fuente Iglesias", "Mohammed bin Rashid Al Maktoum": particles do not count as names.
        let nameWordCount = tokens[range].filter { $0.kind == .word && !Self.surnameParticles.contains($0) && !Lexicon.nameConnectors.contains($0) }.count
        // "Halloran Pike LLP said", "Meghna Equities said": a legal form or a company's head word names a company.
        let legalForm = tokens[range].contains { Lexicon.legalForms.contains($0) && $0.isCapitalized }
        // ("Redwood Trade", "Tejo Ledger", "Bank Mazurski": a word of trade or of the press ends a firm's name, or a bank's
        // begins it.)
        let companyHead = (Lexicon.organizationHeads.contains(last.lower) || Self.businessHeads.contains(last.lower) || tokens[start].lower == "bank")
            && !Lexicon.givenNames.contains(tokens[start])
        if (2...4).contains(wordCount) || (2...4).contains(nameWordCount) && wordCount <= 7, !legalForm, !companyHead,
           range.allSatisfy({ tokens[$0].text == "-" || layout.isMiddleInitialPeriod($0)
               || tokens[$0].kind == .word && (tokens[$0].isCapitalized || Lexicon.nameConnectors.contains(tokens[$0])
                   || Self.surnameParticles.contains(tokens[$0]) || !tokens[$0].spaceBefore) }),
           isPersonContext(range, tokens: tokens, layout: layout), !isNamedAsACompany(range, tokens: tokens, layout: layout) {
            return .person
        }
        if let type = placeType(range, tokens: tokens, layout: layout) { return type }
        if !Lexicon.givenNames.contains(tokens[start]), let type = appositiveType(after: end, tokens: tokens) { return type }
        return .organization
    }

    /// "Securities and Exchange Commission" → authority, "Cambridge Centre for Alternative Finance" → organization.
    func institutionType(_ tokens: [Token], _ range: Range<Int>) -> EntityType? {
        var words = tokens[range].filter { $0.kind == .word }
        guard words.count >= 2, let first = words.first else { return nil }
        if isLegislativeChamber(words, range: range, tokens: tokens) { return .authority }
        // In "Reserve Bank of Ruritania" the head is the word before "of".
        // ("Agency for Specialized Inspection", "Centre for Alternative Finance", "Committee on Taxation": the head before
        // "for" or "on".)
        if let of = words.firstIndex(where: { ["of", "for", "on", "de", "du", "des", "der", "da", "do", "di", "del"].contains($0.lower) }), of >= 1 {
            words = Array(words[..<of])
        }
        guard let last = words.last else { return nil }
        // "Blockchain Council of Ruritania", "Crypto Industry Board": an industry's body, not the state's.
        if Self.industryBodyHeads.contains(last.lower), words.contains(where: { Self.industryWords.contains($0.lower) }) { return .organization }
        if Lexicon.authorityHeads.contains(last.lower) { return .authority }
        // "Illinois Attorney General": the office of a state's attorney general.
        if last.lower == "general", words.count >= 2, TextLayout.generalOffices.contains(words[words.count - 2].lower) { return .authority }
        // "Fiji Police Force", "Ruritania Police Service": a police force.
        if ["force", "service", "services"].contains(last.lower), words.dropLast().contains(where: { $0.lower == "police" }) { return .authority }
        // "Financial Intelligence Unit", "Cyber Crime Unit".
        if last.lower == "unit", words.count >= 2, ["intelligence", "crimes", "crime", "investigation", "enforcement", "fraud", "police",
            "monitoring", "analysis", "analytics", "surveillance", "supervision", "supervisory", "inspection", "compliance", "investigations",
            "prosecution", "cybercrime", "cyber", "tax", "revenue", "laundering"].contains(words[words.count - 2].lower) {
            return .authority
        }
        if ["ministry", "department", "directorate", "secretariat", "inspectorate"].contains(first.lower) || Lexicon.foreignAuthorityHeads.contains(first.lower) {
            return .authority
        }
        if last.lower == "bank", words.contains(where: { ["central", "reserve", "national", "people's", "state"].contains($0.lower) }) { return .authority }
        if first.lower == "central" && words.count > 1 && words[1].lower == "bank" { return .authority }
        if Lexicon.organizationHeads.contains(last.lower) { return .organization }
        return nil
    }

    /// "Chamber of Deputies", "House of Delegates": a chamber named after its members. "Florida House": the lower chamber
    /// of the place that names it. ("State House" is a president's office in some countries.)
    func isLegislativeChamber(_ words: [Token], range: Range<Int>, tokens: [Token]) -> Bool {
        if Self.chamberHeads.contains(words[0].lower), words.count == 3, words[1].lower == "of" {
            return Self.chamberMembers.contains(words[2].lower)
        }
        guard let last = words.last, last.lower == "house", tokens[range.upperBound - 1].lower == "house",
              let place = gazetteer.longestMatch(in: tokens, at: range.lowerBound),
              gazetteer.entries[place.form.entry].type == .location else { return false }
        return place.end == range.upperBound - 1
    }

    /// Words that name a legislative chamber by itself ("the House", "the Chamber").
    static let chamberHeads: WordSet = ["chamber", "house"]
    /// The members a legislative chamber is named after ("Chamber of Deputies", "House of Commons").
    static let chamberMembers: WordSet = [
        "deputies", "representatives", "commons", "lords", "delegates", "councillors", "councilors", "peers", "senators", "keys",
    ]

    /// The country of the first place the gazetteer finds inside a name ("Central Bank of Ruritania").
    func countryInside(_ tokens: [Token], _ range: Range<Int>) -> String? {
        for index in range {
            if let match = gazetteer.longestMatch(in: tokens, at: index), match.end <= range.upperBound,
               let country = gazetteer.entries[match.form.entry].country, gazetteer.entries[match.form.entry].type == .location {
                return country
            }
        }
        return nil
    }

    /// "(NZDK)" right after a name: the ticker in capitals.
    static func tickerAfter(_ end: Int, tokens: [Token]) -> String? {
        guard end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 2].text == ")", tokens[end + 1].isAllCaps,
              (2...6).contains(tokens[end + 1].text.unicodeScalars.count) else { return nil }
        return tokens[end + 1].text
    }
    /// "the Fair Lending Project said", "data provider Quillmark Data said", "Orchid Quay said" after "Orchid Quay Pte Ltd":
    /// an article, a company's noun before the name, or the company's full name elsewhere in the text make a name without a
    /// given name no person's, whatever verb of speech follows it.
    func isNamedAsACompany(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        let start = range.lowerBound
        guard !Lexicon.givenNames.contains(tokens[start]) else { return false }
        if layout.opensCompanyName(tokens[start].text) { return true }
        return start > 0 && (tokens[start - 1].lower == "the" || Self.isDescribedAsCompany(start, tokens: tokens))
    }

    /// "data provider Quillmark Data", "Dakar start-up Baobab Sats": a company's noun right before a name (a hyphenated
    /// noun is one word; "analyst" and the other nouns that describe people too do not count).
    static func isDescribedAsCompany(_ start: Int, tokens: [Token]) -> Bool {
        guard start > 0 else { return false }
        let hyphenated = start >= 3 && tokens[start - 2].text == "-" && !tokens[start - 2].spaceBefore && !tokens[start - 1].spaceBefore
        let previous = hyphenated ? tokens[start - 3].lower + "-" + tokens[start - 1].lower : tokens[start - 1].lower
        return companyNouns.contains(previous) || descriptorNouns.contains(previous) && !personDescriptors.contains(previous)
    }

    /// Nouns before a name that describe a person as well as a company ("analyst Jane Roe").
    static let personDescriptors: WordSet = ["analyst", "investor", "developer", "manager"]

    /// A word that names a kind of thing, not a person: one the text writes in lower case, or the head word of
    /// institutions, events, laws and places ("League", "Street", "Bank").
    func isHeadWordOfAName(_ word: String, layout: TextLayout) -> Bool {
        layout.lowercaseWords.contains(word) || Lexicon.organizationHeads.contains(word) || Lexicon.authorityHeads.contains(word)
            || Self.eventHeads.contains(word) || Self.lawHeads.contains(word) || Self.placeHeads.contains(word) || Self.islandWords.contains(word)
    }

    /// A percentage right after a name, in brackets or not, or after a verb of price movement: "(+15%)", "(-3.2%)",
    /// "19%", "up 6% to $92,900", "gained another 24%".
    static func isPriceMove(after end: Int, tokens: [Token]) -> Bool {
        var cursor = end
        if cursor < tokens.count, tokens[cursor].text == "(" {
            cursor += 1
        } else if cursor < tokens.count, priceMoveVerbs.contains(tokens[cursor]) {
            cursor += 1
            if cursor < tokens.count, ["another", "nearly", "almost", "about", "around", "over", "by", "more", "than"].contains(tokens[cursor].lower) {
                cursor += 1
            }
        }
        if cursor < tokens.count, ["+", "-", "\u{2212}", "\u{2013}"].contains(tokens[cursor].text) { cursor += 1 }
        guard cursor + 1 < tokens.count, tokens[cursor].kind == .number, tokens[cursor].text.first?.isNumber == true else { return false }
        return tokens[cursor + 1].text == "%"
    }

    /// "stocks such as", "shares of": a word for shares among the sixteen tokens before a ticker, in its sentence (a list of
    /// tickers with their moves in brackets runs long).
    static func speaksOfShares(before start: Int, tokens: [Token]) -> Bool {
        var cursor = start - 1
        while cursor >= 0, cursor >= start - 16, ![".", "!", "?", ";"].contains(tokens[cursor].text) {
            if shareWords.contains(tokens[cursor]) { return true }
            cursor -= 1
        }
        return false
    }

    /// Verbs of a price's movement after a ticker ("SOL rose 5%").
    static let priceMoveVerbs: WordSet = [
        "up", "down", "rose", "rises", "fell", "falls", "gained", "gains", "lost", "loses", "jumped", "jumps", "dropped", "drops",
        "climbed", "climbs", "slid", "slides", "surged", "surges", "rallied", "rallies", "tumbled", "tumbles", "plunged", "plunges",
        "soared", "soars", "slipped", "slips", "sank", "sinks", "declined", "declines", "rebounded", "rebounds", "added", "adds",
        "edged", "spiked", "spikes", "dipped", "dips", "crashed", "crashes", "advanced", "advances", "retreated", "retreats",
    ]
    /// Words for company shares, which make a ticker in capitals a stock's, not a token's.
    static let shareWords: WordSet = ["stock", "stocks", "share", "shares", "equities", "equity", "nasdaq", "nyse", "listed"]

    /// Words for a token after its name ("the KiwiDollar token").
    /// Verbs that give a thing its name ("a token called HKDL").
    static let namingVerbs: WordSet = ["called", "named", "dubbed", "branded", "ticker", "symbol"]

    /// Titles of office a family name follows alone ("President Okonjo", "Commissioner Vey", "founder Zhou").
    static let officeTitles: WordSet = [
        "president", "governor", "gov", "chair", "chairman", "chairwoman", "chairperson", "commissioner", "senator", "sen",
        "representative", "rep", "congressman", "congresswoman", "minister", "secretary", "treasurer", "chancellor", "mayor",
        "judge", "justice", "ambassador", "prosecutor", "sheriff", "speaker", "ceo", "cfo", "cto", "coo", "founder", "co-founder",
        "cofounder", "executive", "spokesman", "spokeswoman", "spokesperson", "director", "superintendent",
        "inspector", "detective", "lieutenant", "lt", "captain", "capt", "commander", "king", "queen", "prince", "princess",
    ]
    /// Titles that precede a name only when written capitalized ("Secretary Lune", but "the secretary Lune" is rare and
    /// "company secretary" or "a director" before a firm's name are common).
    static let capitalizedOnlyTitles: WordSet = [
        "secretary", "treasurer", "director", "speaker", "inspector", "captain", "capt", "commander", "king", "queen", "prince",
        "princess", "justice", "representative", "rep", "lt", "lieutenant", "detective", "superintendent", "sheriff", "prosecutor",
        "ambassador",
    ]

    /// Last words of firms' and outlets' names that no family name takes ("Payments", "Ledger", "Custody", "Digest"), beside
    /// `Lexicon.organizationHeads`.
    static let businessHeads: WordSet = [
        "payments", "trade", "ledger", "custody", "remit", "send", "crypto", "kripto", "bit", "bytes", "tokens", "coin", "data",
        "hub", "telecom", "devices", "distribution", "digest", "report", "quotes", "legal", "security", "sparkasse",
    ]

    static let tokenNouns: WordSet = ["token", "tokens", "stablecoin", "stablecoins", "coin", "coins", "cryptocurrency", "memecoin", "altcoin"]
}
