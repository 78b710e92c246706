/// Unknown capitalized names: split at "and", cut from the common word opening a sentence, the role before a person
/// and the words of a title, then typed.
extension EntityRecognizer {
    /// Unknown capitalized names between gazetteer forms, split at "and" unless an institution's head ends them.
    func unknownNames(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> [EntityMention] {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, Lexicon.nameConnectors.contains(tokens[start]), !opensSurname(start, before: end, tokens: tokens) { start += 1 }
        // ("Lee Soo-bin": a syllable glued to a name by a hyphen is no connector.)
        while end > start, Lexicon.nameConnectors.contains(tokens[end - 1]), !isInsideHyphenatedWord(end - 1, tokens: tokens) { end -= 1 }
        guard start < end else { return [] }
        // "Commissioner for Financial Services Vesna Roe-Lind": the portfolio after a title runs into its holder's name.
        if let holder = holderAfterPortfolio(start..<end, tokens: tokens, layout: layout) {
            return [EntityMention(first: holder, end: end, key: "n:" + Self.key(tokens, holder..<end), type: .person, code: nil, country: nil)]
        }
        // "Head of Markets and Policy": part of a role, not a name.
        if start > 1, tokens[start - 1].lower == "of", Lexicon.personTitles.contains(tokens[start - 2]) { return [] }
        if isInsideATitle(start..<end, tokens: tokens, layout: layout) { return [] }
        // "the Financial Instruments and Exchange Act": a law's title, "and" and all, names no entity.
        if isLawTitleWithAnd(start..<end, tokens: tokens) { return [] }
        let joined = institutionType(tokens, start..<end) == nil ? (start..<end).first(where: { tokens[$0].lower == "and" || tokens[$0].text == "&" }) : nil
        if let split = coordination(in: start..<end, tokens: tokens, layout: layout) ?? joined, tokens[split].lower == "and" {
            return unknownNames(start..<split, tokens: tokens, layout: layout) + unknownNames((split + 1)..<end, tokens: tokens, layout: layout)
        }
        // "Treasury said ...", "the Cabinet approved it": an institution's head word names the institution.
        if end - start == 1, Self.institutionWords.contains(tokens[start]),
           acceptsUnknown(start..<end, tokens: tokens, layout: layout) || layout.isInitial(start) {
            return [EntityMention(first: start, end: end, key: "n:" + tokens[start].lower, type: .authority, code: nil, country: nil)]
        }
        // "Miner Ridgeline Digital dropped ...": a common noun the text also writes in lower case opens the sentence.
        if layout.isInitial(start), end - start >= 2, !layout.isCapitalizedInside(tokens[start].text),
           layout.lowercaseWords.contains(tokens[start].lower) || Self.descriptorNouns.contains(tokens[start]),
           !Lexicon.givenNames.contains(tokens[start]), !opensSurname(start, before: end, tokens: tokens) {
            return unknownNames((start + 1)..<end, tokens: tokens, layout: layout)
        }
        // A sentence's first word is a name only if it is also written capitalized inside a sentence
        // (or begins a person's name).
        // A lone first word that the text also writes in lower case ("Traders who ...", "Crypto is ...") is a common word.
        let lowerCaseOpener = end - start == 1 && layout.lowercaseWords.contains(tokens[start].lower) && !Lexicon.givenNames.contains(tokens[start])
        // "Kestora said ..." after "Kestora Digital AG": the short form of a company named in the text.
        let companyShortForm = end - start == 1 && layout.opensCompanyName(tokens[start].text) && !lowerCaseOpener
        if layout.isInitial(start), !companyShortForm,
           Lexicon.commonCapitalized.contains(tokens[start]) || !layout.isCapitalizedInside(tokens[start].text) || lowerCaseOpener {
            let beforeBased = end + 1 < tokens.count && tokens[end].text == "-" && !tokens[end].spaceBefore && tokens[end + 1].lower == "based"
            // ("Op-ed: ...": a hyphenated word is one word, unless an appositive follows it: "Coin-Hub, a Lagos exchange".)
            let oneWord = end - start == 1 || (start + 1..<end).allSatisfy { isInsideHyphenatedWord($0, tokens: tokens) }
                && !(end + 1 < tokens.count && tokens[end].text == "," && ["a", "an", "the"].contains(tokens[end + 1].lower))
            if oneWord && !Self.looksLikeName(start, tokens) && !isTownBeforeItsRegion(end, tokens: tokens, layout: layout)
                && !Self.isDateline(start..<end, tokens: tokens) && !beforeBased {
                return []
            }
            // "Users of X", "Several European banks": a common word, not the start of the name. (The text may end
            // right after it: the `date` fuzz target found that.) ("Save the Children said": a verb before "the" opens a
            // name; an adverb's "Only the" does not.)
            let next = start + 1 < tokens.count ? tokens[start + 1] : nil
            let opensWithVerbAndThe = next?.lower == "the" && !tokens[start].lower.hasSuffix("ly")
                && !Self.leadingFunctionWords.contains(tokens[start])
            if Lexicon.commonCapitalized.contains(tokens[start])
                || !Lexicon.givenNames.contains(tokens[start]) && !isPersonContext(start..<end, tokens: tokens, layout: layout)
                && !opensWithVerbAndThe && next.map({ Lexicon.nameConnectors.contains($0) || gazetteer.demonyms[$0.text] != nil }) == true {
                return unknownNames((start + 1)..<end, tokens: tokens, layout: layout)
            }
        }
        // "Administrator Jane Roe", "Republican Dale Quimby": a role or party word glued to a person's name.
        // ("Comptroller Jonathan Meade-Palmer": a hyphenated surname is one word.)
        let nameWords = (start..<end).filter { !isInsideHyphenatedWord($0, tokens: tokens) }.count
        if (3...4).contains(nameWords), (start + 1..<end - 1).contains(where: { Lexicon.givenNames.contains(tokens[$0]) }),
           let given = (start + 1..<end - 1).first(where: { Lexicon.givenNames.contains(tokens[$0]) }),
           given - start <= 2, (start..<given).allSatisfy({ tokens[$0].kind == .word && !Lexicon.givenNames.contains(tokens[$0])
               && (Self.rolePrefixes.contains(tokens[$0]) || layout.lowercaseWords.contains(tokens[$0].lower)) }),
           (given..<end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps || layout.isMiddleInitialPeriod($0)
               || isInsideHyphenatedWord($0, tokens: tokens) }),
           institutionType(tokens, start..<end) == nil {
            return unknownNames(given..<end, tokens: tokens, layout: layout)
        }
        guard acceptsUnknown(start..<end, tokens: tokens, layout: layout) else { return [] }
        let type = unknownType(start..<end, tokens: tokens, layout: layout)
        let ticker = type != .asset ? nil : end - start == 1 && tokens[start].isAllCaps ? tokens[start].text : Self.tickerAfter(end, tokens: tokens)
        return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end), type: type,
                              code: ticker, country: type == .authority ? countryInside(tokens, start..<end) : nil)]
    }

    /// "the Financial Instruments and Exchange Act": a run that ends in a law's head with an "and" inside (not a body named
    /// for its portfolios: "Office of Management and Budget", "Department of Financial and Professional Regulation").
    func isLawTitleWithAnd(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard let last = tokens[range].last(where: { $0.kind == .word }), last.isCapitalized, Self.lawHeads.contains(last.lower) else { return false }
        let namesABody = range.dropLast().contains { index in
            ["of", "for"].contains(tokens[index + 1].lower)
                && (Lexicon.authorityHeads.contains(tokens[index]) || Self.portfolioHeads.contains(tokens[index]))
        }
        return !namesABody && tokens[range].contains { $0.lower == "and" }
    }

    /// Where the name of a portfolio's holder begins in a run after a title and "for" or "of" ("Secretary for Financial
    /// Services and the Treasury Jane Roe", "Minister of Finance Jorien Bakker-Lind"): the last two or three capitalized
    /// words that are no common, portfolio or institution words, after the portfolio's words.
    func holderAfterPortfolio(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Int? {
        // ("Secretary for Financial Services and the Treasury Jane Roe": the portfolio may name several, joined by "and".)
        var opener = range.lowerBound - 1
        while opener >= range.lowerBound - 8, opener >= 1, !["for", "of"].contains(tokens[opener].lower),
              ["the", "and", ","].contains(tokens[opener].lower) || tokens[opener].kind == .word && tokens[opener].isCapitalized {
            opener -= 1
        }
        guard opener >= 1, ["for", "of"].contains(tokens[opener].lower), Lexicon.personTitles.contains(tokens[opener - 1]) else { return nil }
        var holder = range.upperBound
        var nameWords = 0
        while holder > range.lowerBound, nameWords < 3 {
            let index = holder - 1
            if isInsideHyphenatedWord(index, tokens: tokens) {
                holder -= 1
                continue
            }
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized, !token.isAllCaps, !isPortfolioOrInstitutionWord(token.lower, layout: layout) else { break }
            holder -= 1
            nameWords += 1
        }
        guard nameWords >= 2, holder > range.lowerBound, isPortfolioOrInstitutionWord(tokens[holder - 1].lower, layout: layout) else { return nil }
        // ("Officer for the Licensing and Supervision Sector at the Authority": a part of the body the title belongs to, not a
        // person, unless a given name opens it or a hyphenated surname ends it.)
        let person = holder..<range.upperBound
        let bodyFollows = range.upperBound < tokens.count && ["at", "of", "in", "within"].contains(tokens[range.upperBound].lower)
        return !bodyFollows || Lexicon.givenNames.contains(tokens[holder]) || hasHyphenatedSurname(person, tokens: tokens, layout: layout) ? holder : nil
    }

    /// A word of a portfolio or an institution's name: one the text writes in lower case, a portfolio, or an institution's head.
    func isPortfolioOrInstitutionWord(_ lower: String, layout: TextLayout) -> Bool {
        layout.lowercaseWords.contains(lower) || Self.portfolioWords.contains(lower) || Lexicon.authorityHeads.contains(lower)
            || Lexicon.organizationHeads.contains(lower) || Self.institutionWords.contains(lower) || Lexicon.nameConnectors.contains(lower)
    }

    /// "Chief Operating Officer", "Finance Minister X", "Head of Digital Assets at Y": words of a role, not a name.
    func isInsideATitle(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        let start = range.lowerBound
        let end = range.upperBound
        let titleBefore = start > 0 && Lexicon.personTitles.contains(tokens[start - 1])
        let titleAfter = end < tokens.count && Lexicon.personTitles.contains(tokens[end]) && tokens[end].isCapitalized
        if titleBefore && titleAfter { return true }
        // "Head of Digital Finance at Bruegel": a department before "at".
        if start > 1, tokens[start - 1].lower == "of", Lexicon.personTitles.contains(tokens[start - 2]),
           end < tokens.count, tokens[end].lower == "at" {
            return true
        }
        // "District Judge", "Magistrate Judge": a court's level before a judge's title.
        if titleAfter, end - start == 1, ["judge", "justice"].contains(tokens[end].lower), Self.courtLevels.contains(tokens[start]) {
            return true
        }
        // "Finance Minister", "Deputy Governor": a portfolio before a title.
        if titleAfter, end - start == 1, Self.portfolioWords.contains(tokens[start]) || layout.lowercaseWords.contains(tokens[start].lower) {
            return true
        }
        return false
    }

    /// A lone first word that still reads as a name: inner capitals ("PayQuay") or an appositive
    /// after it ("Trusto, a Lisbon marketplace, ...").
    static func looksLikeName(_ index: Int, _ tokens: [Token]) -> Bool {
        let scalars = Array(tokens[index].text.unicodeScalars)
        if scalars.count > 2, scalars.dropFirst().contains(where: { $0.properties.isUppercase }), scalars.contains(where: { $0.properties.isLowercase }) {
            return true
        }
        // "Buda.com, one of ...": a web address names its company.
        if let dot = tokens[index].lower.lastIndex(of: "."), Self.domainEndings.contains(String(tokens[index].lower[dot...])),
           tokens[index].lower.first != "." {
            return true
        }
        // "Separately, a second platform ...": an adverb opening the sentence is no name.
        if tokens[index].lower.hasSuffix("ly") { return false }
        return index + 2 < tokens.count && tokens[index + 1].text == "," && ["a", "an", "the"].contains(tokens[index + 2].lower)
    }

    /// Party and role words written before a person's name ("Republican Dale Quimby", "Administrator Jane Roe").
    static let rolePrefixes: WordSet = [
        "republican", "democrat", "democratic", "conservative", "labour", "liberal", "independent", "socialist", "green",
        "administrator", "ombudsman", "employee", "staffer", "aide", "veteran", "billionaire", "entrepreneur", "activist",
        "whistleblower", "defendant", "plaintiff", "suspect", "victim", "witness", "candidate", "nominee", "incumbent",
        "comptroller", "registrar", "auditor", "mayor", "premier", "chancellor", "attorney", "solicitor", "superintendent", "inspector",
    ]
    /// Portfolios named before a minister's or secretary's title ("Finance Minister", "Foreign Secretary").
    static let portfolioWords: WordSet = [
        "finance", "foreign", "justice", "economy", "economic", "interior", "home", "defence", "defense", "trade", "energy",
        "health", "education", "digital", "treasury", "labour", "labor", "industry", "commerce", "transport", "culture",
        "environment", "agriculture", "communications", "technology", "tourism", "information", "security", "budget",
        "innovation", "employment", "science", "planning", "development", "investment", "enterprise", "business", "welfare",
        "youth", "sport", "sports", "media", "housing", "communities", "resources", "mines", "water", "infrastructure", "works",
        "affairs", "research", "skills", "work", "pensions", "growth", "competitiveness", "consumer", "protection",
        "climate", "mine", "mining", "promotion", "banking", "insurance", "funds", "cooperation", "integration", "fisheries",
        "forestry", "food", "rural", "statistics", "telecommunications", "transportation", "logistics", "aviation", "maritime",
    ]
    /// Levels of courts named before a judge's title ("District Judge Jane Roe", "Circuit Judge").
    static let courtLevels: WordSet = ["district", "circuit", "magistrate", "bankruptcy", "county", "appellate", "trial", "family"]
    /// Endings of web addresses that companies take as names ("Buda.com", "Crypto.com").
    static let domainEndings: WordSet = [".com", ".io", ".co", ".net", ".org", ".xyz", ".exchange", ".finance", ".app", ".ai", ".pro", ".us"]
}
