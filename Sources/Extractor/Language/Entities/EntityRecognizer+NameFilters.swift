/// Capitalized words that name no entity: common and capitalized words, demonyms, months, amounts, currencies,
/// time zones, events, laws, programmes and documents' parts, headline words.
extension EntityRecognizer {
    /// Whether an unknown run names an entity at all.
    func acceptsUnknown(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        let start = range.lowerBound
        let words = tokens[range].filter { $0.kind == .word || $0.kind == .number }
        guard let first = words.first else { return false }
        if isInsideHandle(range, tokens: tokens) { return false }
        if words.count == 1 {
            let lower = first.lower
            if Lexicon.commonCapitalized.contains(lower) || Lexicon.commonAcronyms.contains(lower) || Lexicon.personTitles.contains(lower) { return false }
            // "ETFs", "NFTS": a common acronym's plural ("RUBX", "EURB" are tickers, not plurals of currency codes).
            if lower.hasSuffix("s"), Lexicon.commonAcronyms.contains(String(lower.dropLast())) { return false }
            if gazetteer.demonyms[first.text] != nil { return false }
            // "with 52 Democrats joining most Republicans": members of a party, like a people, name no entity.
            if Self.partyMembers.contains(lower) || Self.partyMember.contains(lower) { return false }
            // "published in Arabic", "Swahili-speaking users": a language names no entity.
            if Self.languageNames.contains(lower) { return false }
            // "its Gulf business", "three Gulf asset managers": a region's name before a common noun is its adjective ("the
            // Gulf" is the place).
            if Self.regionAdjectives.contains(lower), start == 0 || tokens[start - 1].lower != "the", range.upperBound < tokens.count,
               tokens[range.upperBound].kind == .word, !tokens[range.upperBound].isCapitalized, tokens[range.upperBound].spaceBefore {
                return false
            }
            // "in the State", "the president of the Republic": a word for the country describes it, like "the central bank".
            if Self.polityWords.contains(lower), start > 0, tokens[start - 1].lower == "the" { return false }
            if first.text.unicodeScalars.count == 1 { return false }
            if TemporalRecognizer.months[lower] != nil || TemporalRecognizer.weekdays[lower] != nil { return false }
            if layout.blockedAcronyms.contains(first.text) { return false }
            // "R340", "Rp1.2", "KSh500", "N2 billion": an amount in a currency written before the number.
            if Self.isAmount(first.text) || Self.isAmountBeforeMagnitude(start, tokens: tokens) { return false }
            // "near $1 Billion": a magnitude after a number.
            if start > 0, tokens[start - 1].kind == .number, Self.magnitudes.contains(lower) { return false }
            if isHeadlineWordOfCommonTalk(start, tokens: tokens, layout: layout) { return false }
            if opensCommonCompound(range.upperBound, tokens: tokens) { return false }
            // "BD 1,000", "10 MW", "5,000 UF": a unit or a currency's letters beside an amount.
            if isUnitBesideAmount(range, tokens: tokens) { return false }
            // "FRIDAY FIVE:": a number word shouted in a heading.
            if first.isAllCaps, Self.numberWords.contains(lower) { return false }
            // "NT dollar deposits", "HK dollars": a currency's country letters.
            if first.isAllCaps, range.upperBound < tokens.count, ["dollar", "dollars"].contains(tokens[range.upperBound].lower) { return false }
            // "Treasury bills", "Treasury yields": government debt, not the Treasury.
            if ["treasury", "treasuries"].contains(lower), range.upperBound < tokens.count, !tokens[range.upperBound].isCapitalized,
               Self.debtNouns.contains(tokens[range.upperBound]) {
                return false
            }
        }
        // "Czech MPs", "EU CEOs": common words, demonyms and common acronyms (or their plurals) name nothing together.
        if words.allSatisfy({ word in
            Lexicon.commonCapitalized.contains(word.lower) || gazetteer.demonyms[word.text] != nil
                || word.text.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2
                    && (Lexicon.commonAcronyms.contains(word.lower) || Self.legislatorAcronyms.contains(word.lower)
                        || word.lower.hasSuffix("s") && Lexicon.commonAcronyms.contains(String(word.lower.dropLast())))
        }) {
            return false
        }
        // "Siberian miners", "Quebecers", "Sri Lankan savers": a people or an adjective of a known place.
        if !Lexicon.givenNames.contains(first.lower), gazetteer.isPlaceDemonym(words.map(\.lower)) { return false }
        // "North Korean groups", "South African banks": a direction before a demonym is a demonym.
        if words.count == 2, Lexicon.placeModifiers.contains(words[0].lower), gazetteer.demonyms[words[1].text] != nil { return false }
        // "GET OUT AND VOTE": common words shouted in capitals, which the text also writes in lower case.
        if words.allSatisfy({ $0.isAllCaps && ($0.text.unicodeScalars.count >= 3 && layout.lowercaseWords.contains($0.lower)
            || TextLayout.minorWords.contains($0)) }) {
            return false
        }
        // "WHERE ARE MY COINS KEPT?", "IN THIS ISSUE": a heading in capitals with a word no name has (a name's "OF" or "THE"
        // is its own).
        if words.count >= 2, words.allSatisfy(\.isAllCaps),
           words.contains(where: { Lexicon.commonCapitalized.contains($0) && !Lexicon.nameConnectors.contains($0) }) {
            return false
        }
        // "ON THE CALENDAR", "WHAT CAN A SAVER HOLD?": the words of a heading in capitals.
        if isInCapitalHeading(range, tokens: tokens) { return false }
        // "1 Safar 1448", "Tahsas 22", "Eid al-Adha", "the Lunar New Year": months of other calendars and holidays name no
        // entity.
        if words.contains(where: { Self.calendarWords.contains($0) }),
           words.allSatisfy({ Self.calendarWords.contains($0) || Lexicon.commonCapitalized.contains($0)
               || Lexicon.nameConnectors.contains($0) || gazetteer.demonyms[$0.text] != nil }) {
            return false
        }
        // "the Davis Cup Finals", "Paris Blockchain Week": events name no entity.
        if words.count >= 2, let last = words.last, Self.eventHeads.contains(last.lower) { return false }
        // "its Series B was led by ...": a funding round names no entity.
        if words.count == 2, first.lower == "series", words[1].isCapitalized, words[1].text.unicodeScalars.count == 1 { return false }
        let end = range.upperBound
        // "Form 721", "Article 5", "Common Equity Tier 1", "Circular No. 1108": a document's part, number or a grade, not
        // an entity.
        if let last = words.last, Self.documentParts.contains(last.lower), Self.isNumbered(after: end, tokens: tokens) {
            return false
        }
        // "the Transfer of Funds Regulation", "the Digital Economy (DE) programme": laws and programmes are no entities.
        if let last = words.last, Self.lawHeads.contains(last.lower) { return false }
        // "the Law on Digital Assets", "Law of Virtual Asset Service Providers": a law's title after its head and "on" or "of"
        // (not a body named after a law: "Code of Conduct Committee").
        if words.count >= 2, Self.lawTitleHeads.contains(first.lower), first.isCapitalized, start + 1 < tokens.count,
           ["on", "of"].contains(tokens[start + 1].lower), !Lexicon.authorityHeads.contains(words[words.count - 1].lower),
           !Lexicon.organizationHeads.contains(words[words.count - 1].lower) {
            return false
        }
        if start >= 2, tokens[start - 1].lower == "on", tokens[start - 2].isCapitalized, Self.lawTitleHeads.contains(tokens[start - 2]) {
            return false
        }
        if lawTitleGoesOn(after: end, tokens: tokens) { return false }
        // "the law “On Virtual Assets”", "a decree 'On Digital Currencies'": a quoted title after the word for a law.
        var opening = start - 1
        while opening > 0, Self.leadingFunctionWords.contains(tokens[opening]) { opening -= 1 }
        if opening > 0, Self.openingQuotes.contains(tokens[opening].text), Self.lawHeads.contains(tokens[opening - 1]) { return false }
        // "Markets in Crypto-Assets Regulation": the first words of a law whose title goes on after a small word.
        if isInsideLawTitle(after: end, tokens: tokens) { return false }
        // "Jane Roe, Business Reporter": a word of a role after a name.
        if words.count == 1, start > 0, tokens[start - 1].text == ",", end < tokens.count, Lexicon.personTitles.contains(tokens[end]) {
            return false
        }
        if layout.inTitleLine(start) && !layout.isCapitalizedOutsideTitles(Self.key(tokens, range)) && !isBylineName(range, tokens: tokens, layout: layout) {
            return false
        }
        // "a Podgorica-based startup": the place before "-based" is named all the same.
        let beforeBased = end + 1 < tokens.count && tokens[end].text == "-" && !tokens[end].spaceBefore && tokens[end + 1].lower == "based"
        if start > 0, ["a", "an"].contains(tokens[start - 1].lower), !beforeBased { return false }
        // "HK$300", "GH₵15,000": a currency.
        if range.upperBound < tokens.count, !tokens[range.upperBound].spaceBefore,
           tokens[range.upperBound].text.unicodeScalars.first?.properties.generalCategory == .currencySymbol {
            return false
        }
        // "15:40 CEST", "9 a.m. GMT": a time zone after a time.
        if words.count == 1, first.isAllCaps, start > 0, tokens[start - 1].kind == .number && tokens[start - 1].text.contains(":")
            || ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].contains(tokens[start - 1].lower) {
            return false
        }
        return true
    }

    /// "Jane Roe, Financial Services Correspondent", "Jane Roe, Personal Finance Reporter": two or three capitalized words
    /// between a comma and the title that ends the line are a writer's beat, no name ("Jane Roe, Business Reporter", one
    /// word, is left to `acceptsUnknown`).
    func isWritersBeat(_ range: Range<Int>, tokens: [Token]) -> Bool {
        let end = range.upperBound
        guard (2...3).contains(tokens[range].filter { $0.kind == .word }.count), range.lowerBound > 0, tokens[range.lowerBound - 1].text == ",",
              end < tokens.count, tokens[end].isCapitalized, Lexicon.personTitles.contains(tokens[end]) else { return false }
        return end + 1 == tokens.count || tokens[end + 1].newlineBefore
    }

    /// A number follows the run that ends at `end`: "Form 721", or "No. 14-2026" after an abbreviation's point.
    static func isNumbered(after end: Int, tokens: [Token]) -> Bool {
        guard end < tokens.count else { return false }
        if tokens[end].kind == .number { return tokens[end].spaceBefore }
        return tokens[end].text == "." && !tokens[end].spaceBefore && end + 1 < tokens.count && tokens[end + 1].kind == .number
    }

    /// "Jane Roe, Court Reporter", "Authors: Jane Roe, Partner; ...": a name of two to four capitalized words in a byline,
    /// where a comma and the role that ends in a person's title follow it up to the end of the line or a semicolon. (A
    /// headline's words, "Regulator Warns Banks, Names New Director", are words the text also writes in lower case.)
    func isBylineName(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        let words = tokens[range].filter { $0.kind == .word }
        guard (2...4).contains(words.count), range.upperBound + 1 < tokens.count,
              words.allSatisfy({ $0.isCapitalized && !$0.isAllCaps && !layout.lowercaseWords.contains($0.lower)
                  && !Lexicon.commonCapitalized.contains($0) && !Lexicon.personTitles.contains($0) }),
              tokens[range.upperBound].text == "," else { return false }
        var cursor = range.upperBound + 1
        while cursor < tokens.count, cursor < range.upperBound + 6, tokens[cursor].kind == .word, tokens[cursor].isCapitalized,
              !tokens[cursor].newlineBefore {
            cursor += 1
        }
        guard cursor > range.upperBound + 1, Lexicon.personTitles.contains(tokens[cursor - 1]) else { return false }
        return cursor == tokens.count || tokens[cursor].newlineBefore || [";", ","].contains(tokens[cursor].text)
    }

    /// "Markets in Crypto-Assets Regulation": capitalized words and small words run on to a law's head.
    func isInsideLawTitle(after end: Int, tokens: [Token]) -> Bool {
        guard end < tokens.count, ["in", "on", "for", "of", "to"].contains(tokens[end].lower) else { return false }
        var cursor = end + 1
        while cursor < tokens.count, cursor < end + 8 {
            let token = tokens[cursor]
            // ("the Markets in Crypto-Assets regulation": a law's head may follow its capitalized title in lower case.)
            if token.kind == .word, Self.lawHeads.contains(token), token.isCapitalized || tokens[cursor - 1].isCapitalized { return true }
            guard token.text == "-" && !token.spaceBefore || token.kind == .word && (token.isCapitalized || TextLayout.minorWords.contains(token)) else {
                return false
            }
            cursor += 1
        }
        return false
    }

    /// "Crypto is GREEN!", "Presale Oversubscribed!", "Kestrune UP 9%": a word of the headline that the text writes in lower
    /// case, or a word of market talk (a price's move or the state of a market or a sale), and that the text never writes
    /// capitalized after its headline, is shouted or capitalized for the headline's sake, not a name.
    func isHeadlineWordOfCommonTalk(_ index: Int, tokens: [Token], layout: TextLayout) -> Bool {
        let word = tokens[index]
        guard layout.inHeadline(index), word.kind == .word, !layout.isCapitalizedAfterHeadline(word.lower) else { return false }
        return layout.isWrittenInLowerCase(word.lower) || Self.priceMoveVerbs.contains(word.lower)
            || ArticleFraming.priceMoveWords.contains(word.lower) || Self.marketStates.contains(word.lower)
    }

    /// "BD 1,000", "MOP 120,000", "10 MW", "6.1 EH/s": two to four letters, at least two of them capitals, right before
    /// or after an amount (not a year) are a currency's or a unit's.
    func isUnitBesideAmount(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard range.count == 1 else { return false }
        let word = tokens[range.lowerBound]
        let letters = word.text.unicodeScalars
        guard (2...4).contains(letters.count), letters.allSatisfy(Tokenizer.isLetter),
              letters.filter(\.properties.isUppercase).count >= 2 else { return false }
        func isAmount(_ index: Int) -> Bool {
            tokens.indices.contains(index) && tokens[index].kind == .number && TemporalRecognizer.year(tokens[index]) == nil
        }
        let after = range.upperBound
        return after < tokens.count && tokens[after].spaceBefore && isAmount(after) || word.spaceBefore && isAmount(range.lowerBound - 1)
    }

    /// "@Dana_Did_It", "@kestrune_Labs": words glued to an underscore are parts of a handle or an identifier, no name.
    func isInsideHandle(_ range: Range<Int>, tokens: [Token]) -> Bool {
        let before = range.lowerBound > 0 && tokens[range.lowerBound - 1].text == "_" && !tokens[range.lowerBound].spaceBefore
        let after = range.upperBound < tokens.count && tokens[range.upperBound].text == "_" && !tokens[range.upperBound].spaceBefore
        return before || after
    }

    /// "Long-duration storage", "its Co-CEO": a capitalized word glued by a hyphen to a common word or a person's title
    /// opens a compound, not a name ("Kestrune-backed", "Oslo-listed", "Ruritania-style" keep the name before them).
    func opensCommonCompound(_ end: Int, tokens: [Token]) -> Bool {
        guard end + 1 < tokens.count, tokens[end].text == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore else { return false }
        let next = tokens[end + 1]
        guard next.kind == .word else { return false }
        if Lexicon.personTitles.contains(next) { return true }
        return !next.isCapitalized && !next.isAllCaps && !next.lower.hasSuffix("ed") && !Self.nameCompoundHeads.contains(next)
    }

    /// Words after a hyphen that make an adjective of the name before them ("Kestrune-based", "Ruritania-style").
    static let nameCompoundHeads: WordSet = ["based", "style", "like", "linked", "focused", "owned", "led", "born", "made", "run", "specific", "wide", "native", "friendly", "compatible", "only"]

    /// "R340", "Rp1.2", "KSh500": up to three letters, then digits with at least two figures or a decimal point.
    static func isAmount(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let firstDigit = scalars.firstIndex(where: { Tokenizer.isDigit($0) }), (1...3).contains(firstDigit) else { return false }
        guard scalars[..<firstDigit].allSatisfy({ Tokenizer.isLetter($0) }) else { return false }
        let amount = scalars[firstDigit...]
        guard amount.allSatisfy({ Tokenizer.isDigit($0) || $0 == "." || $0 == "," }) else { return false }
        return amount.count >= 2
    }

    /// "R1 million", "N2 billion": a currency's letters and a one-figure number before a magnitude are an amount too.
    static func isAmountBeforeMagnitude(_ index: Int, tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, magnitudes.contains(tokens[index + 1]) else { return false }
        let scalars = Array(tokens[index].text.unicodeScalars)
        let isOneFigure = (2...4).contains(scalars.count) && scalars.last.map(Tokenizer.isDigit) == true
            && scalars.dropLast().allSatisfy(Tokenizer.isLetter)
        return isOneFigure || isAmount(tokens[index].text)
    }

    /// Whether a law's title goes on after a run of capitalized words to its head word: "the Income-tax Act", "Financial
    /// Markets Conduct (Offshore Custodians) Exemption Notice", "the Digital Economy (DE) programme", "the Virtual Asset
    /// Service Providers (Advertising) Rules". The title may go on through a bracketed part, quotes, words glued by
    /// hyphens and more capitalized words; "Rules" heads a title only after a bracketed part.
    func lawTitleGoesOn(after end: Int, tokens: [Token]) -> Bool {
        var next = end
        // "(DE)": a one-word bracketed part, such as the title's acronym.
        let skipsABracketedWord = next + 2 < tokens.count && tokens[next].text == "(" && tokens[next + 2].text == ")"
        if skipsABracketedWord { next += 3 }
        while next < tokens.count, ["\"", "'", "\u{2019}", "\u{201D}"].contains(tokens[next].text) { next += 1 }
        // "the Income-tax Act", "the Anti-money Laundering Act": a title's lower-case part glued by a hyphen.
        let glued = next
        while next + 1 < tokens.count, tokens[next].text == "-", !tokens[next].spaceBefore, !tokens[next + 1].spaceBefore,
              tokens[next + 1].kind == .word {
            next += 2
        }
        var brackets = 0
        while next < min(tokens.count, glued + 12) {
            if ["(", ")"].contains(tokens[next].text), brackets < 2 {
                brackets += 1
            } else if next + 1 < tokens.count, next > glued || brackets > 0, tokens[next].text == "-", !tokens[next].spaceBefore,
                      !tokens[next + 1].spaceBefore, tokens[next + 1].kind == .word {
                next += 1
            } else if next > glued || brackets > 0, tokens[next].kind == .word, tokens[next].isCapitalized, !Self.lawHeads.contains(tokens[next]) {
            } else {
                break
            }
            next += 1
        }
        guard next < tokens.count else { return false }
        return Self.lawHeads.contains(tokens[next]) || tokens[next].lower == "product" && next > end
            || (skipsABracketedWord || brackets > 0) && tokens[next].lower == "rules"
    }

    /// The words of the months of the Islamic, Hebrew, Ethiopian and Persian calendars, of the calendars themselves and of
    /// holidays ("Dhu al-Hijjah", "Heshvan", "Meskerem", "Rosh Hashanah", "New Year's Day"); the Gregorian months are
    /// `TemporalRecognizer.months`.
    static let calendarWords: WordSet = [
        "muharram", "safar", "rabi", "awwal", "thani", "akhir", "jumada", "ula", "akhirah", "rajab", "sha'ban", "sha\u{2019}ban",
        "shaban", "shawwal", "dhu", "qadah", "qa'dah", "qidah", "hijjah", "hijja", "hijri", "gregorian", "adha", "fitr", "mawlid",
        "ashura", "nowruz", "tishrei", "tishri", "heshvan", "cheshvan", "marcheshvan", "kislev", "tevet", "shevat", "nisan", "iyar",
        "tammuz", "elul", "rosh", "hashanah", "hashana", "yom", "kippur", "sukkot", "shavuot", "passover", "pesach", "hanukkah",
        "chanukah", "purim", "meskerem", "tekemt", "tikimt", "hidar", "hedar", "tahsas", "yekatit", "megabit", "miyazia", "genbot",
        "ginbot", "hamle", "nehase", "nehasse", "pagume", "enkutatash", "timkat", "farvardin", "ordibehesht", "khordad", "mordad",
        "shahrivar", "esfand", "lunar", "year", "day", "songkran", "vesak",
    ]
    /// Numbers written as words ("FRIDAY FIVE", "Three Japan exchanges").
    static let numberWords: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty"]
    /// Magnitudes written after a number ("$2 Billion").
    static let magnitudes: WordSet = ["thousand", "million", "billion", "trillion"]
    /// Words for the state of a market or a sale in market talk ("Crypto is GREEN", "the presale is oversubscribed").
    static let marketStates: WordSet = [
        "green", "red", "bullish", "bearish", "oversubscribed", "overbought", "oversold", "parabolic", "flat", "higher",
        "lower", "volatile",
    ]
    /// "ON THE CALENDAR", "USDC SUPPLY AT A RECORD", "WHAT CAN A SAVER HOLD?": a heading written all in capitals (a line, or
    /// the part of one before its first stop) that holds a small word of prose; the unknown words in it name nothing (the
    /// gazetteer's names in it still count).
    func isInCapitalHeading(_ range: Range<Int>, tokens: [Token]) -> Bool {
        func isShouted(_ token: Token) -> Bool { token.isAllCaps || token.isCapitalized && token.text.unicodeScalars.count == 1 }
        guard tokens[range].allSatisfy({ $0.kind != .word || isShouted($0) }) else { return false }
        var start = range.lowerBound
        while start > 0, !tokens[start].newlineBefore, !Self.headingStops.contains(tokens[start - 1].text) { start -= 1 }
        var end = range.upperBound
        while end < tokens.count, !tokens[end].newlineBefore, !Self.headingStops.contains(tokens[end].text) { end += 1 }
        let words = tokens[start..<end].filter { $0.kind == .word }
        return words.count >= 2 && words.allSatisfy(isShouted) && words.contains { Self.headingWords.contains($0) }
    }

    /// Marks that end a heading in capitals run into its line's text ("WHAT CAN A SAVER HOLD? Retail savers ...").
    static let headingStops: WordSet = [".", "?", "!", ":"]
    /// Small words of prose that a heading in capitals holds and a name does not ("AT A GLANCE", "COMING UP").
    static let headingWords: WordSet = [
        "a", "an", "at", "to", "in", "on", "is", "are", "i", "can", "what", "how", "why", "our", "this", "coming", "up", "about",
    ]
    /// Members of political parties in the plural ("Democrats", "Tories"); a party's own name ("the Labour Party") is a name.
    static let partyMembers: WordSet = [
        "democrats", "republicans", "conservatives", "tories", "socialists", "liberals", "greens", "communists", "nationalists",
        "centrists", "populists", "independents",
    ]
    /// A party's member in the singular ("a Montana Republican"), who is a person, not the party.
    static let partyMember: WordSet = ["republican", "democrat", "tory"]
    /// Words for a country as a polity, which describe it after "the" ("the State", "the Republic", "the Crown").
    static let polityWords: WordSet = ["state", "republic", "kingdom", "crown", "emirate", "principality", "commonwealth", "confederation"]
    /// Languages whose names are no demonym of the gazetteer ("Arabic", "Mandarin").
    static let languageNames: WordSet = [
        "arabic", "mandarin", "cantonese", "hindi", "urdu", "swahili", "kiswahili", "bahasa", "tagalog", "farsi", "persian", "hebrew",
        "latin", "bengali", "punjabi", "tamil", "telugu", "marathi", "gujarati", "amharic", "hausa", "yoruba", "igbo", "afrikaans",
        "english", "spanish", "french", "german", "portuguese", "russian", "japanese", "korean", "chinese", "italian", "dutch",
    ]
    /// Regions whose name is also their adjective ("Gulf customers", "Baltic countries").
    static let regionAdjectives: WordSet = ["gulf", "baltic", "balkan"]
    /// Members of a legislature ("MPs", "MEPs"), which name no one by themselves.
    static let legislatorAcronyms: WordSet = ["mp", "mps", "mep", "meps", "mla", "mlas", "mpp", "mpps", "msp", "msps"]
    /// Quotation marks that open a title.
    static let openingQuotes: WordSet = ["\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}"]
    /// Last words of laws, programmes and products, which are no entities.
    static let lawHeads: WordSet = [
        "regulation", "regulations", "act", "directive", "law", "bill", "decree", "ordinance", "programme", "program",
        "initiative", "strategy", "framework", "scheme", "amendment", "amendments", "budget", "budgets",
        // Instruments, codes and the documents of standard setters ("Exemption Notice", "Tax Code", "the draft Guidelines").
        "notice", "code", "guidelines", "guideline", "recommendation", "recommendations", "circular",
        // Orders, decisions and the registers, bulletins and manuals that publish rules ("Cabinet Office Order", "Federal
        // Register", "Official Bulletin", "Cryptoassets Manual").
        "order", "decision", "resolution", "consultation", "regime", "register", "bulletin", "manual", "rulebook",
        // A regulator's list of names ("the Investor Alert List").
        "list",
    ]
    /// Heads that open a law's title before "on" or "of" ("Law on Digital Assets", "Decree on Mining").
    static let lawTitleHeads: WordSet = ["law", "act", "decree", "regulation", "ordinance", "directive", "bill", "resolution", "code"]
    static let documentParts: WordSet = [
        "form", "article", "section", "rule", "recommendation", "schedule", "annex", "chapter", "part", "phase", "clause", "paragraph",
        "title", "tier", "level", "stage", "round", "no", "number", "item", "exhibit", "appendix", "table", "figure",
        // A tax return's box, a rulebook's volume, a newsletter's issue ("Box 3", "Volume 6", "Issue 211").
        "box", "volume", "issue",
        // A numbered letter or memorandum of a regulator ("Interpretive Letter 1191", "Supervisory Memorandum 1037").
        "letter", "memorandum",
    ]
    /// Last words of event names ("Paris Blockchain Week", "Davis Cup Finals").
    static let eventHeads: WordSet = [
        "summit", "conference", "week", "expo", "festival", "show", "awards", "cup", "finals", "championship", "championships",
        "games", "day", "fair", "hackathon", "convention", "olympics", "marathon", "gala", "tour", "season",
    ]
    /// Government debt after "Treasury" ("Treasury bills", "Treasury yields").
    static let debtNouns: WordSet = ["bill", "bills", "bond", "bonds", "note", "notes", "yield", "yields", "securities", "market", "markets", "rates", "auction", "auctions", "holdings", "futures"]
}
