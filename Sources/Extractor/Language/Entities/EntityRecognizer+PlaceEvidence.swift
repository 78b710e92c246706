/// Evidence that an unknown name is a place: its words, a place noun or a preposition of place around it, a dateline,
/// or the region after it.
extension EntityRecognizer {
    /// Evidence that an unknown name is a place: its first or last word ("Santa Cruz", "Quezon City"),
    /// a person or a company "in" it, "west of" after it, or the region after it ("Spokane, Washington").
    func placeType(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> EntityType? {
        let start = range.lowerBound
        let end = range.upperBound
        let words = tokens[range].filter { $0.kind == .word }
        if words.count >= 2, let first = words.first, let last = words.last,
           Self.placeOpeners.contains(first.lower) || Self.placeHeads.contains(last.lower) || ["island", "islands"].contains(last.lower) {
            return .location
        }
        if start >= 2, tokens[start - 1].lower == "in",
           Self.placeCues.contains(tokens[start - 2]) || Lexicon.personTitles.contains(tokens[start - 2]) {
            return .location
        }
        // "OSTRAVA, Czech Republic —": a dateline's place.
        if Self.isDateline(range, tokens: tokens) { return .location }
        // "the Kaluga region", "Finnmark county": a place noun after the name.
        if end < tokens.count, !tokens[end].isCapitalized, Self.placeNouns.contains(tokens[end]) { return .location }
        // "the Czech city of Olomouc", "the province of Kaluga".
        if start >= 2, tokens[start - 1].lower == "of", !tokens[start - 2].isCapitalized, Self.placeNouns.contains(tokens[start - 2])
            || ["city", "town", "village", "capital", "port", "island", "state"].contains(tokens[start - 2].lower) && !tokens[start - 2].isCapitalized {
            return .location
        }
        // "seized two properties in Amstelveen", "plans in Finnmark": one word after "in", unless the text puts money,
        // work or a part in a company ("a stake in Acme", "a flaw in Zentora").
        // ("By Jane Roe in Suva": the line may end after the place.)
        if words.count == 1, start >= 2, tokens[start - 1].lower == "in", !tokens[start].isAllCaps, !tokens[start - 1].isCapitalized,
           !Self.companyInWords.contains(tokens[start - 2]), end == tokens.count || tokens[end].newlineBefore
               || !tokens[end].isPossessive && tokens[end].kind != .word
               || tokens[end].kind == .word && !tokens[end].isCapitalized && !Lexicon.organizationHeads.contains(tokens[end]),
           !Self.isCompanyWord(tokens[start].text) {
            return .location
        }
        // "released near Bucha", "families in Lautoka and Nadi": a place's preposition or a place listed after one.
        if words.count == 1, start >= 1, !tokens[start].isAllCaps, !Self.isCompanyWord(tokens[start].text) {
            let previous = tokens[start - 1].lower
            if previous == "near" { return .location }
            if ["and", "or"].contains(previous), start >= 3, tokens[start - 2].isCapitalized,
               ["in", "near"].contains(tokens[start - 3].lower) && start >= 4 && !Self.companyInWords.contains(tokens[start - 4])
                || layout.gazetteerMatch(at: start - 2).map({ gazetteer.entries[$0.form.entry].type == .location && $0.end == start - 1 }) == true {
                return .location
            }
        }
        // "a farmer from Brovary", "a Republican from Ashby Falls": a person of a place.
        if words.count <= 3, start >= 2, tokens[start - 1].lower == "from", Self.inhabitantNouns.contains(tokens[start - 2]),
           !tokens[range].contains(where: { $0.isAllCaps || Self.isCompanyWord($0.text) }) {
            return .location
        }
        // "the Colonie retiree", "a Dunmore resident": a person named by the place where they live.
        if words.count <= 2, end < tokens.count, !tokens[end].isCapitalized, Self.residentNouns.contains(tokens[end]),
           !tokens[range].contains(where: { $0.isAllCaps || Self.isCompanyWord($0.text) }) {
            return .location
        }
        if isInAListOfPlaces(range, tokens: tokens) { return .location }
        if end + 2 < tokens.count, tokens[end].text == ",", Self.directions.contains(tokens[end + 1]), tokens[end + 2].lower == "of" {
            return .location
        }
        if isTownBeforeItsRegion(end, tokens: tokens, layout: layout) { return .location }
        return nil
    }

    /// "will open in Ardmore Falls, Kettle Point and Brisco", "sites near Oakvale or Dunmore": every name of a list that
    /// "in" or "near" opens is a place, whatever its number of words, unless the text puts money, work or a part in them
    /// ("stakes in Acme, Beta and Gamma"). A list has two names or more and one "and" or "or" among its separators.
    func isInAListOfPlaces(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard !tokens[range].contains(where: { $0.isAllCaps || Self.isCompanyWord($0.text) }) else { return false }
        var separators: [String] = []
        var cursor = range.lowerBound - 1
        while cursor >= 1, Self.listSeparators.contains(tokens[cursor]) {
            separators.append(tokens[cursor].lower)
            guard let opening = Self.listItemStart(endingAt: cursor, tokens: tokens) else { return false }
            cursor = opening - 1
        }
        guard cursor >= 1, ["in", "near"].contains(tokens[cursor].text), !Self.companyInWords.contains(tokens[cursor - 1]) else { return false }
        var after = range.upperBound
        while after + 1 < tokens.count, Self.listSeparators.contains(tokens[after]), let closing = Self.listItemEnd(startingAt: after + 1, tokens: tokens) {
            separators.append(tokens[after].lower)
            after = closing
        }
        return separators.contains("and") || separators.contains("or")
    }

    /// Where a list's item of one to three capitalized words that ends before `separator` begins.
    static func listItemStart(endingAt separator: Int, tokens: [Token]) -> Int? {
        var first = separator
        while first > 0, separator - first < 3, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized, !tokens[first - 1].isAllCaps {
            first -= 1
        }
        return first < separator ? first : nil
    }

    /// Where a list's item of one to three capitalized words that begins at `first` ends.
    static func listItemEnd(startingAt first: Int, tokens: [Token]) -> Int? {
        var end = first
        while end < tokens.count, end - first < 3, tokens[end].kind == .word, tokens[end].isCapitalized, !tokens[end].isAllCaps, !tokens[end].newlineBefore {
            end += 1
        }
        return end > first ? end : nil
    }

    /// "Spokane, Washington, ...": a name, a comma, and a place the gazetteer knows, closed by punctuation.
    func isTownBeforeItsRegion(_ end: Int, tokens: [Token], layout: TextLayout) -> Bool {
        guard end + 1 < tokens.count, tokens[end].text == ",", let match = layout.gazetteerMatch(at: end + 1),
              gazetteer.entries[match.form.entry].type == .location else { return false }
        return match.end == tokens.count || [",", ".", ";", ")"].contains(tokens[match.end].text)
    }

    /// "TROMSØ, Norway —", "GDAŃSK —": one to four words in capitals that open a line before a comma or a dash, or
    /// that a date follows (`isDatedDateline`).
    static func isDateline(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard range.upperBound < tokens.count, (1...4).contains(range.count) else { return false }
        guard tokens[range].allSatisfy({ $0.kind == .word && $0.isAllCaps && $0.text.unicodeScalars.count >= 2 || $0.text == "-" }) else { return false }
        let next = tokens[range.upperBound]
        if range.lowerBound == 0 || tokens[range.lowerBound].newlineBefore,
           next.text == "," || ["\u{2014}", "\u{2013}"].contains(next.text) || next.text == "-" && next.spaceBefore {
            return true
        }
        return isDatedDateline(range, tokens: tokens)
    }

    /// "NEW ORLEANS, Dec. 12, 2025 /PRNewswire/ --", "... ALAMEDA, Calif., Dec. 12": words in capitals, a comma, an
    /// optional region ("Calif.", "Czech Republic") and its comma, then a month and a day. A press release's dateline
    /// may follow its summary on the same line.
    static func isDatedDateline(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard range.upperBound < tokens.count, (1...4).contains(range.count), tokens[range.upperBound].text == ",",
              tokens[range].allSatisfy({ $0.kind == .word && $0.isAllCaps && $0.text.unicodeScalars.count >= 2 || $0.text == "-" }),
              tokens[range].contains(where: { $0.text.unicodeScalars.count >= 3 }) else { return false }
        var cursor = range.upperBound + 1
        // ("PORT OF SPAIN, Trinidad and Tobago, Nov. 3": a region's name may hold "and" or "of".)
        let regionEnd = min(tokens.count, cursor + 6)
        while cursor < regionEnd, tokens[cursor].isCapitalized && TemporalRecognizer.months[tokens[cursor].lower] == nil || tokens[cursor].text == "."
                || cursor > range.upperBound + 1 && ["and", "of"].contains(tokens[cursor].text) && cursor + 1 < tokens.count && tokens[cursor + 1].isCapitalized {
            cursor += 1
        }
        if cursor > range.upperBound + 1 {
            guard cursor < tokens.count, tokens[cursor].text == "," else { return false }
            cursor += 1
        }
        guard cursor + 1 < tokens.count, TemporalRecognizer.months[tokens[cursor].lower] != nil else { return false }
        let day = tokens[cursor + 1].text == "." && cursor + 2 < tokens.count ? cursor + 2 : cursor + 1
        return tokens[day].kind == .number
    }
    /// First words of place names ("Santa Cruz", "Puerto Rico", "Place de la Bourse").
    static let placeOpeners: WordSet = [
        "santa", "san", "são", "sao", "santo", "saint", "sankt", "puerto", "porto", "fort", "ciudad", "place", "plaza", "piazza",
        "praça", "rue", "avenida",
    ]
    /// Last words of place names ("Quezon City", "Sichuan Province").
    static let placeHeads: WordSet = ["city", "province", "prefecture", "county", "district", "oblast", "governorate", "emirate", "canton"]
    static let islandWords: WordSet = ["island", "islands", "bay", "beach", "valley", "heights", "hills", "park", "square", "street", "avenue", "road"]
    /// Words before "in" that make what follows a place ("an analyst in X", "based in X").
    static let placeCues: WordSet = [
        "based", "headquartered", "located", "registered", "incorporated", "resident", "residents", "living", "born", "lives",
        "offices", "office", "branches", "protests", "rally", "farms", "warehouse", "warehouses", "factory", "province", "city",
        "town", "village", "families", "households", "people",
    ]
    /// People named by where they live or come from ("a businessman from X").
    static let inhabitantNouns: WordSet = [
        "man", "woman", "men", "women", "businessman", "businesswoman", "businessmen", "resident", "residents", "citizen", "citizens",
        "native", "natives", "farmer", "farmers", "pensioner", "pensioners", "retiree", "retirees", "family", "families", "couple",
        "student", "students", "villager", "villagers", "teenager", "teenagers", "boy", "girl", "mother", "father",
        // "a Republican from Midland", "a lawmaker from Joliet": a member of a legislature from the place they stand for.
        "republican", "republicans", "democrat", "democrats", "lawmaker", "lawmakers", "legislator", "legislators",
    ]
    /// People named by the place they live in, after its name ("a Colonie retiree", "Dunmore residents").
    static let residentNouns: WordSet = [
        "resident", "residents", "retiree", "retirees", "pensioner", "pensioners", "native", "natives", "villager", "villagers",
        "homeowner", "homeowners", "commuters",
    ]
    /// What separates the names of a list ("in Ardmore, Kettle Point and Brisco").
    static let listSeparators: WordSet = [",", "and", "or"]
    /// Lower-case nouns for a place after or before its name ("the Kaluga region", "the province of Kaluga").
    static let placeNouns: WordSet = [
        "region", "province", "county", "district", "oblast", "krai", "prefecture", "municipality", "governorate", "canton",
        "voivodeship", "emirate", "borough", "suburb", "suburbs", "township", "regency",
    ]
    static let directions: WordSet = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west", "outside", "near",
    ]
    /// Words before "in" that put money, work or a part in a company rather than something in a place.
    static let companyInWords: WordSet = [
        "stake", "stakes", "share", "shares", "shareholding", "investment", "investments", "invested", "invest", "invests", "investing",
        "interest", "interests", "position", "positions", "role", "job", "jobs", "work", "worked", "works", "working", "career",
        "listed", "listing", "deposits", "deposited", "funds", "money", "holdings", "held", "trust", "confidence", "accounts",
        "account", "partner", "partners", "partnership", "involved", "participate", "participated", "participation", "member",
        "members", "membership", "hack", "breach", "exploit", "vulnerability", "bug", "flaw", "flaws", "outage", "glitch",
        "feature", "features", "changes", "update", "updates", "integrated", "available", "launched", "live", "balance",
        "balances", "assets", "tokens", "coins", "bitcoin", "ether", "crypto", "stablecoins", "wallet", "wallets", "reserves",
        "rally", "surge", "jump", "rise", "drop", "fall", "decline", "gains", "losses", "trading", "traded", "volume", "volumes",
        "price", "prices", "inflows", "outflows", "payments", "paid", "pay", "priced", "denominated", "settled", "quoted",
    ]
    /// Names with inner capitals or digits are companies' and products' ("TulpFinance", "21Shares").
    static func isCompanyWord(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.dropFirst().contains { $0.properties.isUppercase } || scalars.contains { Tokenizer.isDigit($0) } || text.contains(".")
    }
}
