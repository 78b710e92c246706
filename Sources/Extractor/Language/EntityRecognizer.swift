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
}

/// Finds the names in a text: gazetteer forms first, then capitalized sequences typed by their
/// head word and context ("X, the CEO of Y", bylines, "Chair X"), then acronyms defined in parentheses.
struct EntityRecognizer {
    let gazetteer = Gazetteer.shared

    func read(_ tokens: [Token], sentences: [Sentence]) -> EntityReading {
        let layout = TextLayout(tokens: tokens, sentences: sentences)
        var candidates: [EntityMention] = []
        var demonyms: [(index: Int, code: String)] = []
        for (index, token) in tokens.enumerated() where token.isCapitalized {
            if let code = gazetteer.demonyms[token.text] { demonyms.append((index, code)) }
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard layout.isNameToken(index) || layout.gazetteerMatch(at: index) != nil else {
                index += 1
                continue
            }
            let spanEnd = layout.nameSpanEnd(from: index)
            let found = readSpan(index..<max(spanEnd, index + 1), tokens: tokens, layout: layout)
            candidates.append(contentsOf: found)
            index = max(spanEnd, index + 1)
        }
        candidates.append(contentsOf: digitalCurrencies(tokens, taken: candidates))
        localizeSharedNames(&candidates, tokens: tokens)
        let defined = linkAcronyms(candidates, tokens: tokens)
        let mentions = finalize(defined, tokens: tokens, layout: layout)
        return EntityReading(mentions: mentions, demonyms: demonyms)
    }

    /// "e-dirham", "e-CNY": a central bank digital currency written in lower case.
    private func digitalCurrencies(_ tokens: [Token], taken: [EntityMention]) -> [EntityMention] {
        var found: [EntityMention] = []
        var index = 0
        var nextTaken = 0
        let starts = taken.map(\.first).sorted()
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard tokens[index].text == "e", tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore,
                  tokens[index + 2].kind == .word,
                  PolicyCues.currencyNames.contains(tokens[index + 2].lower) || Self.currencyCodes.contains(tokens[index + 2].lower) else { continue }
            while nextTaken < starts.count, starts[nextTaken] < index { nextTaken += 1 }
            if nextTaken < starts.count, starts[nextTaken] <= index + 2 { continue }
            found.append(EntityMention(first: index, end: index + 3, key: "n:e-" + tokens[index + 2].lower, type: .asset, code: nil, country: nil))
        }
        return found
    }

    // MARK: - Spans

    /// Reads one run of capitalized tokens: a whole gazetteer form, a named institution, or
    /// gazetteer forms with unknown names between them.
    private func readSpan(_ span: Range<Int>, tokens: [Token], layout: TextLayout) -> [EntityMention] {
        var start = span.lowerBound
        while start < span.upperBound, tokens[start].lower == "the" || Lexicon.nameConnectors.contains(tokens[start].lower) && !tokens[start].isCapitalized
                || start + 1 < span.upperBound && Self.leadingFunctionWords.contains(tokens[start].lower) && layout.gazetteerMatch(at: start) == nil
                // "On Monday the Casa de Moneda said": a day or a month before a small word opens no name.
                || start + 1 < span.upperBound && !tokens[start + 1].isCapitalized && layout.gazetteerMatch(at: start) == nil
                    && (TemporalRecognizer.weekdays[tokens[start].lower] != nil || TemporalRecognizer.months[tokens[start].lower] != nil) {
            start += 1
        }
        guard start < span.upperBound else { return [] }
        let end = span.upperBound
        if layout.gazetteerMatch(at: start)?.end != end, isInsideATitle(start..<end, tokens: tokens, layout: layout) { return [] }
        // "Miner Ridgeline Digital dropped ...": a common noun opens the sentence, not the name.
        if layout.isInitial(start), end - start >= 2, layout.gazetteerMatch(at: start) == nil, !layout.isCapitalizedInside(tokens[start].text),
           Self.descriptorNouns.contains(tokens[start].lower) || layout.lowercaseWords.contains(tokens[start].lower),
           !Lexicon.givenNames.contains(tokens[start].lower), tokens[start + 1].isCapitalized, !opensSurname(start, before: end, tokens: tokens) {
            start += 1
        }
        // "Blockchain for Europe", "Alliance for Ruritania": an unknown name for or of a place is one name.
        if end - start >= 3, let place = (start + 2..<end).first(where: { layout.gazetteerMatch(at: $0)?.end == end }),
           let match = layout.gazetteerMatch(at: place), gazetteer.entries[match.form.entry].type == .location,
           ["for", "of"].contains(tokens[place - 1].lower),
           (start..<(place - 1)).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && layout.gazetteerMatch(at: $0) == nil
               && !Lexicon.commonCapitalized.contains(tokens[$0].lower) && gazetteer.demonyms[tokens[$0].text] == nil }),
           !layout.inTitleLine(start), !(layout.isInitial(start) && !layout.isCapitalizedInside(tokens[start].text)),
           // "Sen. Jane Roe of Ruritania": a person from a place, not one name.
           !Lexicon.givenNames.contains(tokens[start].lower), !isPersonContext(start..<(place - 1), tokens: tokens, layout: layout) {
            return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end),
                                  type: institutionType(tokens, start..<end) ?? .organization, code: nil,
                                  country: gazetteer.entries[match.form.entry].country)]
        }
        // "Jordan Pike", "Georgia Lane": a given name and a surname, though a country shares the name.
        let personWords = (start..<end).filter { !layout.isMiddleInitialPeriod($0) }
        if (2...3).contains(personWords.count), Lexicon.givenNames.contains(tokens[start].lower),
           !Self.placeHeads.contains(tokens[end - 1].lower), !Self.islandWords.contains(tokens[end - 1].lower),
           personWords.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps }),
           institutionType(tokens, start..<end) == nil, (layout.gazetteerMatch(at: start)?.end ?? start + 1) == start + 1,
           // A surname may also be a place ("Carla Mendoza"), not an institution or an asset.
           !(start + 1..<end).contains(where: { index in
               guard let match = layout.gazetteerMatch(at: index) else { return false }
               return gazetteer.entries[match.form.entry].type != .location || gazetteer.entries[match.form.entry].code != nil
           }) {
            return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end), type: .person, code: nil, country: nil)]
        }
        if let match = layout.gazetteerMatch(at: start), match.end == end {
            return gazetteerMention(match.form, start, end, tokens: tokens, layout: layout).map { [$0] } ?? []
        }
        // "Lagos Fintech Guild": a place that opens an unknown name is part of it.
        if let opening = layout.gazetteerMatch(at: start), gazetteer.entries[opening.form.entry].type == .location, opening.end < end,
           (opening.end..<end).allSatisfy({ layout.gazetteerMatch(at: $0) == nil && !Lexicon.commonCapitalized.contains(tokens[$0].lower)
               && TemporalRecognizer.months[tokens[$0].lower] == nil }),
           tokens[opening.end..<end].contains(where: { $0.kind == .word && $0.isCapitalized }),
           !layout.inTitleLine(start) {
            // "the Lisbon Crypto Week": an event named after a place names nothing.
            if Self.eventHeads.contains(tokens[end - 1].lower) { return [] }
            // "Victoria Island", "Lagos Island": a place named after a place.
            let isPlace = Self.islandWords.contains(tokens[end - 1].lower) || Self.placeHeads.contains(tokens[end - 1].lower)
            return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end),
                                  type: institutionType(tokens, start..<end) ?? (isPlace ? .location : .organization), code: nil,
                                  country: gazetteer.entries[opening.form.entry].country)]
        }
        let knownHead = (start + 1..<end).contains { index in
            guard let match = layout.gazetteerMatch(at: index), match.end == end else { return false }
            return gazetteer.entries[match.form.entry].type != .location
        }
        if end - start >= 2, !knownHead, let type = institutionType(tokens, start..<end),
           !layout.isInitial(start) || !Lexicon.commonCapitalized.contains(tokens[start].lower),
           !layout.inTitleLine(start) || layout.isCapitalizedOutsideTitles(Self.key(tokens, start..<end)) {
            return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end), type: type,
                                  code: nil, country: countryInside(tokens, start..<end))]
        }
        var found: [EntityMention] = []
        var unknownStart: Int?
        var cursor = start
        func flushUnknown(upTo limit: Int) {
            guard let from = unknownStart else { return }
            unknownStart = nil
            // "Coinbase Global Inc": a legal form after a known company is part of its name.
            if let company = found.last, company.end == from, company.type == .organization, limit - from == 1,
               TextLayout.legalFormAcronyms.contains(tokens[from].lower) {
                found[found.count - 1].end = limit
                return
            }
            // "Google Ads": a product named after its company.
            if let company = found.last, company.end == from, company.type == .organization, limit - from == 1,
               tokens[from].isCapitalized, !layout.inTitleLine(from) {
                found.append(EntityMention(first: company.first, end: limit, key: "n:" + Self.key(tokens, company.first..<limit),
                                           type: .organization, code: nil, country: nil))
                found.remove(at: found.count - 2)
                return
            }
            // "Bitcoin Depot", "Ether Capital": a company named after an asset.
            if let asset = found.last, asset.end == from, asset.type == .asset, asset.end - asset.first == 1, limit - from == 1,
               tokens[asset.first].isCapitalized, !tokens[asset.first].isAllCaps, tokens[from].isCapitalized, tokens[from].kind == .word,
               !layout.inTitleLine(from), !layout.lowercaseWords.contains(tokens[from].lower),
               !Lexicon.commonCapitalized.contains(tokens[from].lower), gazetteer.demonyms[tokens[from].text] == nil,
               TemporalRecognizer.weekdays[tokens[from].lower] == nil {
                found[found.count - 1] = EntityMention(first: asset.first, end: limit, key: "n:" + Self.key(tokens, asset.first..<limit),
                                                       type: institutionType(tokens, asset.first..<limit) ?? .organization, code: nil, country: nil)
                return
            }
            found.append(contentsOf: unknownNames(from..<limit, tokens: tokens, layout: layout))
        }
        while cursor < end {
            if let match = layout.gazetteerMatch(at: cursor), match.end <= end {
                let entry = gazetteer.entries[match.form.entry]
                // "National Congress", "Federal Senate": a qualifier before a legislature or court names another one.
                if let modifier = unknownStart, (1...2).contains(cursor - modifier), entry.type == .authority, match.end - cursor == 1,
                   Self.legislatureWords.contains(tokens[cursor].lower),
                   (modifier..<cursor).allSatisfy({ Self.institutionQualifiers.contains(tokens[$0].lower) && tokens[$0].isCapitalized }) {
                    unknownStart = nil
                    found.append(EntityMention(first: modifier, end: match.end, key: "n:" + Self.key(tokens, modifier..<match.end),
                                               type: .authority, code: nil, country: nil))
                    cursor = match.end
                    continue
                }
                // "Dutch Authority for the Financial Markets": a demonym before a name that opens with its head noun and names no
                // country is part of the name.
                if let modifier = unknownStart, cursor - modifier == 1, entry.type == .authority, gazetteer.demonyms[tokens[modifier].text] != nil,
                   match.form.tokens.count >= 3, Lexicon.authorityHeads.contains(match.form.lowerTokens[0]),
                   let mention = gazetteerMention(match.form, cursor, match.end, tokens: tokens, layout: layout) {
                    unknownStart = nil
                    found.append(EntityMention(first: modifier, end: match.end, key: mention.key, type: mention.type, code: mention.code,
                                               country: mention.country))
                    cursor = match.end
                    continue
                }
                // "Bank Ostrava" after "Bank Ostrava AG": a company's generic word before a city names the company.
                let legalFormAfter = match.end + 1 == end && Lexicon.legalForms.contains(tokens[match.end].lower)
                if unknownStart != nil, entry.type == .location, entry.code == nil, match.end == end || legalFormAfter,
                   Self.genericCompanyWords.contains(tokens[cursor - 1].lower), tokens[cursor - 1].isCapitalized, !layout.isInitial(cursor - 1) {
                    flushUnknown(upTo: cursor - 1)
                    found.append(EntityMention(first: cursor - 1, end: end, key: "n:" + Self.key(tokens, (cursor - 1)..<end),
                                               type: .organization, code: nil, country: nil))
                    cursor = end
                    continue
                }
                if let modifier = unknownStart, cursor - modifier == 1, entry.type == .location,
                   Lexicon.placeModifiers.contains(tokens[modifier].lower) {
                    unknownStart = nil
                    found.append(EntityMention(first: modifier, end: match.end, key: "n:" + Self.key(tokens, modifier..<match.end),
                                               type: .location, code: nil, country: entry.country))
                    cursor = match.end
                    continue
                }
                flushUnknown(upTo: cursor)
                if let mention = gazetteerMention(match.form, cursor, match.end, tokens: tokens, layout: layout) {
                    found.append(mention)
                }
                cursor = match.end
                continue
            }
            let innerHyphen = tokens[cursor].text == "-" && !tokens[cursor].spaceBefore && cursor + 1 < end && unknownStart != nil
            let afterHyphen = cursor > start && tokens[cursor - 1].text == "-" && !tokens[cursor].spaceBefore && unknownStart != nil
                && !Lexicon.nameConnectors.contains(tokens[cursor].lower) && !TextLayout.minorWords.contains(tokens[cursor].lower)
            let initialPeriod = unknownStart != nil && layout.isMiddleInitialPeriod(cursor)
            let innerPossessive = unknownStart != nil && layout.isInnerPossessive(cursor)
            let surnameParticle = unknownStart != nil && !tokens[cursor].isCapitalized && Self.surnameParticles.contains(tokens[cursor].lower)
            if layout.isNameToken(cursor) || Lexicon.nameConnectors.contains(tokens[cursor].lower) || innerHyphen || afterHyphen || initialPeriod
                || surnameParticle || innerPossessive {
                if unknownStart == nil { unknownStart = cursor }
            } else {
                flushUnknown(upTo: cursor)
            }
            cursor += 1
        }
        flushUnknown(upTo: end)
        return found
    }

    private func gazetteerMention(_ form: GazetteerForm, _ start: Int, _ end: Int, tokens: [Token], layout: TextLayout) -> EntityMention? {
        let entry = gazetteer.entries[form.entry]
        if form.isAmbiguous && (layout.isInitial(start) || layout.inTitleLine(start)) && !layout.isCapitalizedInside(tokens[start].text) {
            return nil
        }
        // "US$26,214": a currency, not a place.
        if end < tokens.count, tokens[end].text == "$", !tokens[end].spaceBefore { return nil }
        if entry.type == .location, entry.code != nil, end - start == 1, tokens[start].isAllCaps || tokens[start].text.contains("."),
           !isPlaceUse(tokens, start, end) {
            return nil
        }
        return EntityMention(first: start, end: end, key: "g\(form.entry)", type: entry.type, code: entry.code, country: entry.country)
    }

    /// Whether "US", "U.S.", "UK" or "EU" names the place ("in the US") rather than qualifies a noun ("U.S. regulators").
    private func isPlaceUse(_ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        if end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized, Self.qualifiedNouns.contains(tokens[end].lower) {
            return false
        }
        if end < tokens.count, tokens[end].isCapitalized, tokens[end].kind == .word, tokens[end].spaceBefore,
           !Lexicon.commonCapitalized.contains(tokens[end].lower) {
            return false
        }
        guard start > 0 else { return false }
        return ["the", "in", "to", "from", "across", "outside", "within", "into", "of", "and", "for"].contains(tokens[start - 1].lower)
            || tokens[end < tokens.count ? end : start].isPossessive
    }

    /// Unknown capitalized names between gazetteer forms, split at "and" unless an institution's head ends them.
    private func unknownNames(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> [EntityMention] {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, Lexicon.nameConnectors.contains(tokens[start].lower), !opensSurname(start, before: end, tokens: tokens) { start += 1 }
        while end > start, Lexicon.nameConnectors.contains(tokens[end - 1].lower) { end -= 1 }
        guard start < end else { return [] }
        // "Head of Markets and Policy": part of a role, not a name.
        if start > 1, tokens[start - 1].lower == "of", Lexicon.personTitles.contains(tokens[start - 2].lower) { return [] }
        if isInsideATitle(start..<end, tokens: tokens, layout: layout) { return [] }
        if institutionType(tokens, start..<end) == nil, let split = (start..<end).first(where: { tokens[$0].lower == "and" || tokens[$0].text == "&" }),
           tokens[split].lower == "and" {
            return unknownNames(start..<split, tokens: tokens, layout: layout) + unknownNames((split + 1)..<end, tokens: tokens, layout: layout)
        }
        // "Treasury said ...", "the Cabinet approved it": an institution's head word names the institution.
        if end - start == 1, Self.institutionWords.contains(tokens[start].lower),
           acceptsUnknown(start..<end, tokens: tokens, layout: layout) || layout.isInitial(start) {
            return [EntityMention(first: start, end: end, key: "n:" + tokens[start].lower, type: .authority, code: nil, country: nil)]
        }
        // "Miner Ridgeline Digital dropped ...": a common noun the text also writes in lower case opens the sentence.
        if layout.isInitial(start), end - start >= 2, !layout.isCapitalizedInside(tokens[start].text),
           layout.lowercaseWords.contains(tokens[start].lower) || Self.descriptorNouns.contains(tokens[start].lower),
           !Lexicon.givenNames.contains(tokens[start].lower), !opensSurname(start, before: end, tokens: tokens) {
            return unknownNames((start + 1)..<end, tokens: tokens, layout: layout)
        }
        // A sentence's first word is a name only if it is also written capitalized inside a sentence
        // (or begins a person's name).
        // A lone first word that the text also writes in lower case ("Traders who ...", "Crypto is ...") is a common word.
        let lowerCaseOpener = end - start == 1 && layout.lowercaseWords.contains(tokens[start].lower) && !Lexicon.givenNames.contains(tokens[start].lower)
        // "Kestora said ..." after "Kestora Digital AG": the short form of a company named in the text.
        let companyShortForm = end - start == 1 && layout.opensCompanyName(tokens[start].text) && !lowerCaseOpener
        if layout.isInitial(start), !companyShortForm,
           Lexicon.commonCapitalized.contains(tokens[start].lower) || !layout.isCapitalizedInside(tokens[start].text) || lowerCaseOpener {
            let beforeBased = end + 1 < tokens.count && tokens[end].text == "-" && !tokens[end].spaceBefore && tokens[end + 1].lower == "based"
            if end - start == 1 && !Self.looksLikeName(start, tokens) && !isTownBeforeItsRegion(end, tokens: tokens, layout: layout)
                && !Self.isDateline(start..<end, tokens: tokens) && !beforeBased {
                return []
            }
            // "Users of X", "Several European banks": a common word, not the start of the name. (The text may end
            // right after it: the `date` fuzz target found that.)
            let next = start + 1 < tokens.count ? tokens[start + 1] : nil
            if Lexicon.commonCapitalized.contains(tokens[start].lower)
                || !Lexicon.givenNames.contains(tokens[start].lower) && !isPersonContext(start..<end, tokens: tokens, layout: layout)
                && next.map({ Lexicon.nameConnectors.contains($0.lower) || gazetteer.demonyms[$0.text] != nil }) == true {
                return unknownNames((start + 1)..<end, tokens: tokens, layout: layout)
            }
        }
        // "Administrator Jane Roe", "Republican Dale Quimby": a role or party word glued to a person's name.
        if (3...4).contains(end - start), (start + 1..<end - 1).contains(where: { Lexicon.givenNames.contains(tokens[$0].lower) }),
           let given = (start + 1..<end - 1).first(where: { Lexicon.givenNames.contains(tokens[$0].lower) }),
           given - start <= 2, (start..<given).allSatisfy({ tokens[$0].kind == .word && !Lexicon.givenNames.contains(tokens[$0].lower)
               && (Self.rolePrefixes.contains(tokens[$0].lower) || layout.lowercaseWords.contains(tokens[$0].lower)) }),
           (given..<end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps || layout.isMiddleInitialPeriod($0) }),
           institutionType(tokens, start..<end) == nil {
            return unknownNames(given..<end, tokens: tokens, layout: layout)
        }
        guard acceptsUnknown(start..<end, tokens: tokens, layout: layout) else { return [] }
        let type = unknownType(start..<end, tokens: tokens, layout: layout)
        let ticker = type != .asset ? nil : end - start == 1 && tokens[start].isAllCaps ? tokens[start].text : Self.tickerAfter(end, tokens: tokens)
        return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end), type: type,
                              code: ticker, country: type == .authority ? countryInside(tokens, start..<end) : nil)]
    }

    /// "Chief Operating Officer", "Finance Minister X", "Head of Digital Assets at Y": words of a role, not a name.
    private func isInsideATitle(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        let start = range.lowerBound
        let end = range.upperBound
        let titleBefore = start > 0 && Lexicon.personTitles.contains(tokens[start - 1].lower)
        let titleAfter = end < tokens.count && Lexicon.personTitles.contains(tokens[end].lower) && tokens[end].isCapitalized
        if titleBefore && titleAfter { return true }
        // "Head of Digital Finance at Bruegel": a department before "at".
        if start > 1, tokens[start - 1].lower == "of", Lexicon.personTitles.contains(tokens[start - 2].lower),
           end < tokens.count, tokens[end].lower == "at" {
            return true
        }
        // "Finance Minister", "Deputy Governor": a portfolio before a title.
        if titleAfter, end - start == 1, Self.portfolioWords.contains(tokens[start].lower) || layout.lowercaseWords.contains(tokens[start].lower) {
            return true
        }
        return false
    }

    private func acceptsUnknown(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        let start = range.lowerBound
        let words = tokens[range].filter { $0.kind == .word || $0.kind == .number }
        guard let first = words.first else { return false }
        if words.count == 1 {
            let lower = first.lower
            if Lexicon.commonCapitalized.contains(lower) || Lexicon.commonAcronyms.contains(lower) || Lexicon.personTitles.contains(lower) { return false }
            if first.isAllCaps || first.text.hasSuffix("s"), Lexicon.commonAcronyms.contains(String(lower.dropLast())) { return false }
            if gazetteer.demonyms[first.text] != nil { return false }
            if first.text.unicodeScalars.count == 1 { return false }
            if TemporalRecognizer.months[lower] != nil || TemporalRecognizer.weekdays[lower] != nil { return false }
            if layout.blockedAcronyms.contains(first.text) { return false }
            // "R340", "Rp1.2", "KSh500": an amount in a currency written before the number.
            if Self.isAmount(first.text) { return false }
            // "NT dollar deposits", "HK dollars": a currency's country letters.
            if first.isAllCaps, range.upperBound < tokens.count, ["dollar", "dollars"].contains(tokens[range.upperBound].lower) { return false }
            // "Treasury bills", "Treasury yields": government debt, not the Treasury.
            if ["treasury", "treasuries"].contains(lower), range.upperBound < tokens.count, !tokens[range.upperBound].isCapitalized,
               Self.debtNouns.contains(tokens[range.upperBound].lower) {
                return false
            }
        }
        if words.allSatisfy({ Lexicon.commonCapitalized.contains($0.lower) || gazetteer.demonyms[$0.text] != nil }) { return false }
        // "North Korean groups", "South African banks": a direction before a demonym is a demonym.
        if words.count == 2, Lexicon.placeModifiers.contains(words[0].lower), gazetteer.demonyms[words[1].text] != nil { return false }
        // "GET OUT AND VOTE": common words shouted in capitals, which the text also writes in lower case.
        if words.allSatisfy({ $0.isAllCaps && ($0.text.unicodeScalars.count >= 3 && layout.lowercaseWords.contains($0.lower)
            || TextLayout.minorWords.contains($0.lower)) }) {
            return false
        }
        // "the Davis Cup Finals", "Paris Blockchain Week": events name no entity.
        if words.count >= 2, let last = words.last, Self.eventHeads.contains(last.lower) { return false }
        let end = range.upperBound
        // "Form 721", "Article 5": a document's part, not an entity.
        if words.count == 1, end < tokens.count, tokens[end].kind == .number, Self.documentParts.contains(first.lower) { return false }
        // "the Transfer of Funds Regulation", "the Digital Economy (DE) programme": laws and programmes are no entities.
        if let last = words.last, Self.lawHeads.contains(last.lower) { return false }
        var next = end
        if next + 2 < tokens.count, tokens[next].text == "(", tokens[next + 2].text == ")" { next += 3 }
        while next < tokens.count, ["\"", "'", "\u{2019}", "\u{201D}"].contains(tokens[next].text) { next += 1 }
        if next < tokens.count, Self.lawHeads.contains(tokens[next].lower) || tokens[next].lower == "product" && next > end { return false }
        // "Markets in Crypto-Assets Regulation": the first words of a law whose title goes on after a small word.
        if isInsideLawTitle(after: end, tokens: tokens) { return false }
        // "Jane Roe, Business Reporter": a word of a role after a name.
        if words.count == 1, start > 0, tokens[start - 1].text == ",", end < tokens.count, Lexicon.personTitles.contains(tokens[end].lower) {
            return false
        }
        if layout.inTitleLine(start) && !layout.isCapitalizedOutsideTitles(Self.key(tokens, range)) { return false }
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

    private func unknownType(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> EntityType {
        if let type = institutionType(tokens, range) { return type }
        let start = range.lowerBound
        let end = range.upperBound
        let last = tokens[end - 1]
        if end + 1 < tokens.count, tokens[end].text == "-", !tokens[end].spaceBefore, tokens[end + 1].lower == "based" { return .location }
        if last.lower.hasSuffix("coin") && last.lower.count > 4 || last.lower == "token" { return .asset }
        // "the KiwiDollar (NZDK) token", "the Zephyr stablecoin": a name before a word for a token.
        // "its native token ZTX", "the stablecoin USDX": a ticker after a word for a token.
        if start > 0, Self.tokenNouns.contains(tokens[start - 1].lower), tokens[start].isAllCaps, end - start == 1 { return .asset }
        let afterTicker = Self.tickerAfter(end, tokens: tokens) != nil ? end + 3 : end
        if afterTicker < tokens.count, Self.tokenNouns.contains(tokens[afterTicker].lower) { return .asset }
        // "Digital Dirham", "e-Naira": a central bank digital currency.
        if ["digital", "e"].contains(tokens[start].lower), PolicyCues.currencyNames.contains(last.lower) { return .asset }
        let wordCount = tokens[range].filter { $0.kind == .word }.count
        // "Ms Thorsdottir", "Dr. Oyelaran": a family name after an honorific.
        let title = start > 1 && tokens[start - 1].text == "." ? start - 2 : start - 1
        if wordCount == 1, title >= 0, Self.honorifics.contains(tokens[title].lower), tokens[title].isCapitalized { return .person }
        // "María José de la Fuente Iglesias", "Mohammed bin Rashid Al Maktoum": particles do not count as names.
        let nameWordCount = tokens[range].filter { $0.kind == .word && !Self.surnameParticles.contains($0.lower) && !Lexicon.nameConnectors.contains($0.lower) }.count
        let legalForm = tokens[range].contains { Lexicon.legalForms.contains($0.lower) && $0.isCapitalized }
        if (2...4).contains(wordCount) || (2...4).contains(nameWordCount) && wordCount <= 7 && !legalForm,
           range.allSatisfy({ tokens[$0].text == "-" || layout.isMiddleInitialPeriod($0)
               || tokens[$0].kind == .word && (tokens[$0].isCapitalized || Lexicon.nameConnectors.contains(tokens[$0].lower)
                   || Self.surnameParticles.contains(tokens[$0].lower) || !tokens[$0].spaceBefore) }),
           isPersonContext(range, tokens: tokens, layout: layout) {
            return .person
        }
        if let type = placeType(range, tokens: tokens, layout: layout) { return type }
        if !Lexicon.givenNames.contains(tokens[start].lower), let type = appositiveType(after: end, tokens: tokens) { return type }
        return .organization
    }

    /// Evidence that an unknown name is a place: its first or last word ("Santa Cruz", "Quezon City"),
    /// a person or a company "in" it, "west of" after it, or the region after it ("Spokane, Washington").
    private func placeType(_ range: Range<Int>, tokens: [Token], layout: TextLayout) -> EntityType? {
        let start = range.lowerBound
        let end = range.upperBound
        let words = tokens[range].filter { $0.kind == .word }
        if words.count >= 2, let first = words.first, let last = words.last,
           Self.placeOpeners.contains(first.lower) || Self.placeHeads.contains(last.lower) || ["island", "islands"].contains(last.lower) {
            return .location
        }
        if start >= 2, tokens[start - 1].lower == "in",
           Self.placeCues.contains(tokens[start - 2].lower) || Lexicon.personTitles.contains(tokens[start - 2].lower) {
            return .location
        }
        // "OSTRAVA, Czech Republic —": a dateline's place.
        if Self.isDateline(range, tokens: tokens) { return .location }
        // "the Kaluga region", "Finnmark county": a place noun after the name.
        if end < tokens.count, !tokens[end].isCapitalized, Self.placeNouns.contains(tokens[end].lower) { return .location }
        // "the Czech city of Olomouc", "the province of Kaluga".
        if start >= 2, tokens[start - 1].lower == "of", !tokens[start - 2].isCapitalized, Self.placeNouns.contains(tokens[start - 2].lower)
            || ["city", "town", "village", "capital", "port", "island", "state"].contains(tokens[start - 2].lower) && !tokens[start - 2].isCapitalized {
            return .location
        }
        // "seized two properties in Amstelveen", "plans in Finnmark": one word after "in", unless the text puts money,
        // work or a part in a company ("a stake in Acme", "a flaw in Zentora").
        if words.count == 1, start >= 2, tokens[start - 1].lower == "in", !tokens[start].isAllCaps, !tokens[start - 1].isCapitalized,
           !Self.companyInWords.contains(tokens[start - 2].lower), end == tokens.count || !tokens[end].isPossessive && tokens[end].kind != .word
               || tokens[end].kind == .word && !tokens[end].isCapitalized && !Lexicon.organizationHeads.contains(tokens[end].lower),
           !Self.isCompanyWord(tokens[start].text) {
            return .location
        }
        if end + 2 < tokens.count, tokens[end].text == ",", Self.directions.contains(tokens[end + 1].lower), tokens[end + 2].lower == "of" {
            return .location
        }
        if isTownBeforeItsRegion(end, tokens: tokens, layout: layout) { return .location }
        return nil
    }

    /// "Spokane, Washington, ...": a name, a comma, and a place the gazetteer knows, closed by punctuation.
    private func isTownBeforeItsRegion(_ end: Int, tokens: [Token], layout: TextLayout) -> Bool {
        guard end + 1 < tokens.count, tokens[end].text == ",", let match = layout.gazetteerMatch(at: end + 1),
              gazetteer.entries[match.form.entry].type == .location else { return false }
        return match.end == tokens.count || [",", ".", ";", ")"].contains(tokens[match.end].text)
    }

    /// "FARAJA, the national police force": the noun of an appositive types an unknown name.
    private func appositiveType(after end: Int, tokens: [Token]) -> EntityType? {
        guard end + 2 < tokens.count, tokens[end].text == ",", ["the", "a", "an", "its", "their"].contains(tokens[end + 1].lower) else { return nil }
        var words: [String] = []
        var cursor = end + 2
        while cursor < tokens.count, cursor < end + 10 {
            let token = tokens[cursor]
            cursor += 1
            if token.kind == .clitic || token.text == "-" { continue }
            guard token.kind == .word, !Self.appositiveStops.contains(token.lower) else { break }
            words.append(token.lower)
        }
        guard let head = words.last else { return nil }
        let modifiers = Set(words.dropLast())
        if modifiers.contains("news") || modifiers.contains("media") { return .organization }
        if Self.placeHeads.contains(head) || ["town", "village", "capital", "region", "state", "island", "municipality", "suburb"].contains(head) {
            return .location
        }
        if Self.authorityNouns.contains(head) || head == "force" && modifiers.contains("police") || head == "bank" && modifiers.contains("central") {
            return modifiers.isDisjoint(with: Self.industryWords) ? .authority : .organization
        }
        if Self.descriptorNouns.contains(head) || Self.companyNouns.contains(head) { return .organization }
        return nil
    }

    /// "Markets in Crypto-Assets Regulation": capitalized words and small words run on to a law's head.
    private func isInsideLawTitle(after end: Int, tokens: [Token]) -> Bool {
        guard end < tokens.count, ["in", "on", "for", "of", "to"].contains(tokens[end].lower) else { return false }
        var cursor = end + 1
        while cursor < tokens.count, cursor < end + 8 {
            let token = tokens[cursor]
            if token.kind == .word, token.isCapitalized, Self.lawHeads.contains(token.lower) { return true }
            guard token.text == "-" && !token.spaceBefore || token.kind == .word && (token.isCapitalized || TextLayout.minorWords.contains(token.lower)) else {
                return false
            }
            cursor += 1
        }
        return false
    }

    /// "R340", "Rp1.2", "KSh500": up to three letters, then digits with at least two figures or a decimal point.
    static func isAmount(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let firstDigit = scalars.firstIndex(where: { Tokenizer.isDigit($0) }), (1...3).contains(firstDigit) else { return false }
        guard scalars[..<firstDigit].allSatisfy({ Tokenizer.isLetter($0) }) else { return false }
        let amount = scalars[firstDigit...]
        guard amount.allSatisfy({ Tokenizer.isDigit($0) || $0 == "." || $0 == "," }) else { return false }
        return amount.count >= 2
    }

    /// "Securities and Exchange Commission" → authority, "Cambridge Centre for Alternative Finance" → organization.
    private func institutionType(_ tokens: [Token], _ range: Range<Int>) -> EntityType? {
        var words = tokens[range].filter { $0.kind == .word }
        guard words.count >= 2, let first = words.first else { return nil }
        // In "Reserve Bank of Ruritania" the head is the word before "of".
        if let of = words.firstIndex(where: { ["of", "de", "du", "des", "der", "da", "do", "di", "del"].contains($0.lower) }), of >= 1 {
            words = Array(words[..<of])
        }
        guard let last = words.last else { return nil }
        // "Blockchain Council of Ruritania", "Crypto Industry Board": an industry's body, not the state's.
        if Self.industryBodyHeads.contains(last.lower), words.contains(where: { Self.industryWords.contains($0.lower) }) { return .organization }
        if Lexicon.authorityHeads.contains(last.lower) { return .authority }
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

    func countryInside(_ tokens: [Token], _ range: Range<Int>) -> String? {
        for index in range {
            if let match = gazetteer.longestMatch(in: tokens, at: index), match.end <= range.upperBound,
               let country = gazetteer.entries[match.form.entry].country, gazetteer.entries[match.form.entry].type == .location {
                return country
            }
        }
        return nil
    }

    // MARK: - Acronyms, aliases and context types

    /// "Reserve Bank of Ruritania (RBR)": the acronym joins the long form; an acronym of a lower-case
    /// phrase ("registered investment advisors (RIA)") names nothing.
    private func linkAcronyms(_ mentions: [EntityMention], tokens: [Token]) -> [EntityMention] {
        var result = mentions
        var aliasKeys: [String: String] = [:]
        var localNames: Set<String> = []
        let sortedMentions = mentions.sorted { $0.first < $1.first }
        // "Ministry of Finance (Kementerian Keuangan)", "the Consultative Assembly, known as the Majlis": a name in
        // another language or a short form given right after an institution's name is its alias.
        func wordCount(_ mention: EntityMention) -> Int { tokens[mention.first..<mention.end].filter { $0.kind == .word }.count }
        for (position, mention) in sortedMentions.enumerated() where [.authority, .organization].contains(mention.type) {
            guard let next = sortedMentions.dropFirst(position + 1).first, next.key != mention.key,
                  [.authority, .organization].contains(next.type) else { continue }
            // "Finanstilsynet, the Financial Supervisory Authority of Norway, ...": a one-word name before its long form.
            guard wordCount(mention) >= 2 || wordCount(next) >= 2 && next.first > mention.end && tokens[mention.end].text == "," else { continue }
            let between = tokens[mention.end..<next.first].map(\.lower)
            let inParentheses = between == ["("] && next.end < tokens.count && tokens[next.end].text == ")"
            let knownAs = Self.isNamingPhrase(between)
                && (next.end == tokens.count || [",", ".", ")", ";"].contains(tokens[next.end].text))
            // "Y, the X (ACR), said ...": the text's other name for the same institution.
            let appositive = Self.isAppositiveName(first: mention, second: next, tokens: tokens)
            // "(Local Name, ACR)": a local name and its acronym in one parenthesis.
            let glossed = between == ["("] && Self.glossAcronym(after: mention.end, tokens: tokens) != nil && next.end < tokens.count
                && tokens[next.end].text == ","
            if (inParentheses || knownAs || glossed) && wordCount(mention) >= 2 {
                aliasKeys[next.key] = mention.key
                localNames.insert(next.key)
            } else if appositive {
                // The gazetteer's entry names the pair; between two unknown names, the first does.
                // (Between two entries, the long form, which says whose institution it is.)
                let (kept, joined) = next.key.hasPrefix("g") && (!mention.key.hasPrefix("g") || wordCount(next) > wordCount(mention))
                    ? (next, mention) : (mention, next)
                aliasKeys[joined.key] = kept.key
                localNames.insert(joined.key)
            }
        }
        // "Regional Court of Lazio (TAR Lazio)": the parenthesized name is one alias, not the place inside it.
        var abbreviated: [Range<Int>: String] = [:]
        for mention in sortedMentions where [.authority, .organization].contains(mention.type) && mention.end - mention.first >= 2 {
            if let range = Self.abbreviatedName(after: mention.end, tokens: tokens) { abbreviated[range] = mention.key }
            // "(Openbaar Ministerie, OM)": the acronym closing the gloss.
            if let acronym = Self.glossAcronym(after: mention.end, tokens: tokens) { aliasKeys["n:" + tokens[acronym].lower] = mention.key }
        }
        if !abbreviated.isEmpty {
            let covered = Set(abbreviated.keys.flatMap { $0 })
            result.removeAll { covered.contains($0.first) }
            for (range, key) in abbreviated {
                guard let model = mentions.first(where: { $0.key == key }) else { continue }
                var alias = EntityMention(first: range.lowerBound, end: range.upperBound, key: key, type: model.type, code: nil, country: model.country)
                alias.mayName = false
                result.append(alias)
            }
        }
        for (position, mention) in mentions.enumerated() {
            let open = mention.end
            guard open + 2 < tokens.count, tokens[open].text == "(", tokens[open + 2].text == ")" else { continue }
            let acronym = tokens[open + 1]
            guard acronym.kind == .word, acronym.isCapitalized, acronym.text.unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2 else { continue }
            if let next = mentions.dropFirst(position + 1).first, next.first == open + 1, next.key != mention.key {
                aliasKeys["n:" + acronym.lower] = mention.key
                // A gazetteer body's acronym given to another body ("... of Nigeria (SEC)") leaves the gazetteer body alone.
                if !next.key.hasPrefix("g") || next.country == mention.country {
                    aliasKeys[next.key] = mention.key
                }
            } else {
                aliasKeys["n:" + acronym.lower] = mention.key
            }
        }
        guard !aliasKeys.isEmpty else { return result.sorted { $0.first < $1.first } }
        var modelByKey: [String: EntityMention] = [:]
        for mention in result where modelByKey[mention.key] == nil { modelByKey[mention.key] = mention }
        // Tokens already inside a mention get no second, overlapping one.
        var seenAcronymMentions: Set<Int> = []
        for mention in result { for index in mention.first..<mention.end { seenAcronymMentions.insert(index) } }
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalized {
            guard let target = aliasKeys["n:" + tokens[index].lower], !seenAcronymMentions.contains(index),
                  let model = modelByKey[target] else { continue }
            result.append(EntityMention(first: index, end: index + 1, key: target, type: model.type, code: model.code, country: model.country))
            seenAcronymMentions.insert(index)
        }
        for position in result.indices {
            if let target = aliasKeys[result[position].key], let model = modelByKey[target] {
                // A name in another language stays an alias: the text's own name for the institution names it.
                if localNames.contains(result[position].key) { result[position].mayName = false }
                result[position].key = target
                result[position].type = model.type
                result[position].country = model.country
            }
        }
        return result.sorted { $0.first < $1.first }
    }

    /// Context decisions over all mentions: a project's name before its token ("Solana’s SOL token")
    /// is an organization; a surname alone joins the full name; the type of unknown names follows
    /// their strongest evidence and the assets they are listed with.
    private func finalize(_ mentions: [EntityMention], tokens: [Token], layout: TextLayout) -> [EntityMention] {
        var result = mentions
        let assetStarts = Set(mentions.lazy.filter { $0.type == .asset }.map(\.first))
        // An asset also named on its own elsewhere ("SOL rallied ... Solana's SOL token") stays an asset.
        let plainAssets = Set(mentions.lazy.filter { $0.type == .asset && !($0.end < tokens.count && tokens[$0.end].isPossessive) }
            .map { Self.key(tokens, $0.first..<$0.end) })
        for position in result.indices where result[position].type == .asset
            && !plainAssets.contains(Self.key(tokens, result[position].first..<result[position].end)) {
            let mention = result[position]
            guard mention.end + 1 < tokens.count, tokens[mention.end].isPossessive else { continue }
            let next = mention.end + 1
            // "Solana's SOL": the project's name before its own ticker is another form of the asset, named by the ticker.
            if let ticker = mentions.first(where: { $0.first == next }), ticker.key == mention.key {
                result[position].mayName = false
                continue
            }
            let followedByAsset = assetStarts.contains(next)
                || ["native", "token", "coin"].contains(tokens[next].lower)
            if followedByAsset {
                result[position].key = "p:" + Self.key(tokens, mention.first..<mention.end)
                result[position].type = .organization
                result[position].code = nil
            }
        }
        // A project named before its network ("the Polygon network") is an organization; the two
        // largest assets keep their type ("the Ethereum network" is still Ether's).
        for position in result.indices where result[position].type == .asset {
            let mention = result[position]
            guard mention.end < tokens.count, Self.projectNouns.contains(tokens[mention.end].lower),
                  mention.code != "BTC", mention.code != "ETH" else { continue }
            result[position].key = "p:" + Self.key(tokens, mention.first..<mention.end)
            result[position].type = .organization
            result[position].code = nil
        }
        // Short forms: "Quorvex" after "Quorvex Exchange", "Quorvex.com" beside "Quorvex".
        var keyByFirstWord: [String: String] = [:]
        var keyBySingleWord: [String: String] = [:]
        for mention in result {
            let first = tokens[mention.first].text
            if mention.end - mention.first >= 2, mention.type == .organization, keyByFirstWord[first] == nil,
               Lexicon.organizationHeads.contains(tokens[mention.end - 1].lower) {
                keyByFirstWord[first] = mention.key
            }
            if mention.end - mention.first == 1, !first.contains("."), keyBySingleWord[first] == nil { keyBySingleWord[first] = mention.key }
        }
        var typeOfKey: [String: EntityType] = [:]
        for mention in result where typeOfKey[mention.key] == nil { typeOfKey[mention.key] = mention.type }
        for position in result.indices where result[position].end - result[position].first == 1 && result[position].key.hasPrefix("n:") {
            let text = tokens[result[position].first].text
            let stem = text.split(separator: ".").first.map(String.init) ?? text
            if let target = keyByFirstWord[text] ?? (text.contains(".") ? keyByFirstWord[stem] ?? keyBySingleWord[stem] : nil),
               target != result[position].key,
               let type = typeOfKey[target] {
                result[position].key = target
                result[position].type = type
            }
        }
        // Surnames: "Tollivar" after "Bram Tollivar".
        var personBySurname: [String: String] = [:]
        for mention in result where mention.type == .person && mention.end - mention.first >= 2 {
            personBySurname[tokens[mention.end - 1].text] = personBySurname[tokens[mention.end - 1].text] ?? mention.key
        }
        // "Van Aalst" after "Joost van Aalst", "Al-Sayegh" after "Maryam Al-Sayegh": a surname with its particle.
        var personByLongSurname: [String: String] = [:]
        for mention in result where mention.type == .person && mention.end - mention.first >= 3 {
            guard let surname = surnameStart(of: mention.first..<mention.end, tokens: tokens) else { continue }
            let key = Self.key(tokens, surname..<mention.end)
            personByLongSurname[key] = personByLongSurname[key] ?? mention.key
        }
        for position in result.indices where result[position].key.hasPrefix("n:") {
            let length = result[position].end - result[position].first
            if length == 1, let person = personBySurname[tokens[result[position].first].text] {
                result[position].key = person
                result[position].type = .person
            } else if (2...4).contains(length), let person = personByLongSurname[Self.key(tokens, result[position].first..<result[position].end)],
                      person != result[position].key {
                result[position].key = person
                result[position].type = .person
            }
        }
        mergeOrganizationForms(&result, tokens: tokens)
        mergeShortForms(&result, tokens: tokens)
        resolveInstitutionHeads(&result, tokens: tokens)
        dropProducts(&result, tokens: tokens)
        // Unknown names in a list with at least two assets ("Bitcoin, Dogecoin, Zapherion and Ether") are assets.
        var listStart = 0
        for position in result.indices {
            let continues = position + 1 < result.count && result[position].end <= result[position + 1].first && {
                let gap = result[position].end..<result[position + 1].first
                return gap.count >= 1 && gap.count <= 2
                    && gap.allSatisfy { tokens[$0].text == "," || tokens[$0].lower == "and" || tokens[$0].lower == "or" }
            }()
            if continues { continue }
            let list = listStart...position
            if list.count >= 3, list.filter({ result[$0].type == .asset }).count >= 2 {
                for member in list where result[member].key.hasPrefix("n:") && result[member].type == .organization {
                    result[member].type = .asset
                }
            }
            // "in Prague, Brno and Ostrava": an unknown name listed with places is a place.
            let places = list.filter { result[$0].type == .location }.count
            let afterPlacePreposition = result[listStart].first > 0 && ["in", "across", "from", "between"].contains(tokens[result[listStart].first - 1].lower)
            if list.count >= 3, places >= 2 || places >= 1 && afterPlacePreposition {
                for member in list where result[member].key.hasPrefix("n:") && result[member].type == .organization
                    && institutionType(tokens, result[member].first..<result[member].end) == nil
                    && result[member].end - result[member].first <= 2 {
                    result[member].type = .location
                }
            }
            listStart = position + 1
        }
        // One type per key: the person, authority or asset evidence wins over the organization default,
        // unless a company noun describes the name ("exchange Koza Kripto", "Istanbul-based Koza Kripto").
        var typeByKey: [String: EntityType] = [:]
        var describedAsCompany: Set<String> = []
        for mention in result where mention.key.hasPrefix("n:") && mention.first > 0 {
            let previous = tokens[mention.first - 1].lower
            if Self.descriptorNouns.contains(previous) && !["analyst", "investor", "developer", "manager"].contains(previous)
                || previous == "based" && mention.first > 1 && tokens[mention.first - 2].text == "-" {
                describedAsCompany.insert(mention.key)
            }
        }
        for mention in result {
            let current = typeByKey[mention.key]
            if current == nil || current == .organization && mention.type != .organization { typeByKey[mention.key] = mention.type }
        }
        for mention in result where describedAsCompany.contains(mention.key) && typeByKey[mention.key] == .person {
            if !Lexicon.givenNames.contains(tokens[mention.first].lower) { typeByKey[mention.key] = .organization }
        }
        for position in result.indices { result[position].type = typeByKey[result[position].key] ?? result[position].type }
        // "Robert Roe Jr.": a generational suffix keeps its period.
        for position in result.indices where result[position].type == .person {
            let end = result[position].end
            if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore, ["jr", "sr"].contains(tokens[end - 1].lower) {
                result[position].end = end + 1
            }
        }
        // "Zentora Capital Ltd.": an abbreviated legal form keeps its period.
        for position in result.indices where result[position].type == .organization {
            let end = result[position].end
            if end < tokens.count, tokens[end].text == ".", !tokens[end].spaceBefore, Self.abbreviatedLegalForms.contains(tokens[end - 1].lower) {
                result[position].end = end + 1
            }
            // "Siam Digital Co., Ltd.": a second legal form after a comma belongs to the name.
            let after = result[position].end
            if Lexicon.legalForms.contains(tokens[after - 1].lower) || tokens[after - 1].text == "." && Lexicon.legalForms.contains(tokens[after - 2].lower),
               after + 1 < tokens.count, tokens[after].text == ",", tokens[after + 1].isCapitalized, !tokens[after + 1].newlineBefore,
               ["ltd", "limited", "inc", "llc", "pte", "bhd", "plc"].contains(tokens[after + 1].lower) {
                let period = after + 2 < tokens.count && tokens[after + 2].text == "." && !tokens[after + 2].spaceBefore
                result[position].end = after + (period ? 3 : 2)
            }
        }
        return result
    }

    /// Joins the short forms of a name to it: "Federal Court" to "Federal Court of Ruritania", a lone
    /// "Parliament" to the one parliament the text names, an acronym to the name of its initials
    /// ("FIU", "FIU-IND" to "Financial Intelligence Unit"), and "Koh" to "Koh Wen Jie".
    private func mergeShortForms(_ mentions: inout [EntityMention], tokens: [Token]) {
        func words(_ mention: EntityMention) -> [Token] { tokens[mention.first..<mention.end].filter { $0.kind == .word } }
        // Look-ups built once over the longer names (linear in the mentions, also on a 5 MB text).
        var keyByPrefixBeforeOf: [String: String] = [:]
        var authorityKeysByHead: [String: Set<String>] = [:]
        var institutionKeysByInitials: [String: Set<String>] = [:]
        var personKeyByFirstWord: [String: String] = [:]
        for mention in mentions where mention.end - mention.first >= 2 && mention.type != .location {
            let theirs = words(mention)
            guard theirs.count >= 2, let head = theirs.last else { continue }
            if let of = theirs.firstIndex(where: { $0.lower == "of" }), of >= 2 {
                let prefix = theirs[..<of].map(\.text).joined(separator: " ")
                if keyByPrefixBeforeOf[prefix] == nil { keyByPrefixBeforeOf[prefix] = mention.key }
            }
            if mention.type == .authority, (authorityKeysByHead[head.lower]?.count ?? 0) < 2 {
                authorityKeysByHead[head.lower, default: []].insert(mention.key)
            }
            if mention.type == .authority || mention.type == .organization {
                let initials = Self.initials(theirs)
                if (institutionKeysByInitials[initials]?.count ?? 0) < 2 { institutionKeysByInitials[initials, default: []].insert(mention.key) }
            }
            if mention.type == .person, personKeyByFirstWord[theirs[0].text] == nil { personKeyByFirstWord[theirs[0].text] = mention.key }
        }
        var target: [String: String] = [:]
        for mention in mentions where target[mention.key] == nil {
            let own = words(mention)
            guard let first = own.first else { continue }
            // "Federal Court" before "Federal Court of Ruritania".
            if own.count >= 2, mention.type == .authority || mention.type == .organization,
               let longer = keyByPrefixBeforeOf[own.map(\.text).joined(separator: " ")], longer != mention.key {
                target[mention.key] = longer
                continue
            }
            let hyphenatedAcronym = own.count == 2 && own.allSatisfy(\.isAllCaps) && mention.end - mention.first == 3 && tokens[mention.first + 1].text == "-"
            guard own.count == 1 || hyphenatedAcronym else { continue }
            // "Parliament" after "European Parliament", when the text names only one.
            if mention.type == .authority, own.count == 1, let heads = authorityKeysByHead[first.lower], heads.count == 1,
               let head = heads.first, head != mention.key {
                target[mention.key] = head
                continue
            }
            // "FIU" and "FIU-IND" after "Financial Intelligence Unit"; a known acronym gives its
            // entity to the unknown long form.
            if first.isAllCaps {
                let letters = String(first.text.unicodeScalars.filter { $0.properties.isUppercase }.map(Character.init))
                if let named = institutionKeysByInitials[letters], named.count == 1, let key = named.first, key != mention.key {
                    if mention.key.hasPrefix("n:") {
                        target[mention.key] = key
                    } else if key.hasPrefix("n:"), target[key] == nil {
                        target[key] = mention.key
                    }
                    continue
                }
            }
            // "Koh" after "Koh Wen Jie": a family name written first.
            if own.count == 1, mention.key.hasPrefix("n:"), mention.type != .authority,
               let person = personKeyByFirstWord[first.text], person != mention.key {
                target[mention.key] = person
            }
        }
        guard !target.isEmpty else { return }
        var typeOfKey: [String: EntityType] = [:]
        for mention in mentions where typeOfKey[mention.key] == nil { typeOfKey[mention.key] = mention.type }
        for index in mentions.indices {
            guard var key = target[mentions[index].key] else { continue }
            // "FIU" → "Financial Intelligence Unit" → "FIU-IND": follow the chain (no cycles: each step is taken once).
            var steps = 0
            while let next = target[key], next != mentions[index].key, steps < target.count { key = next; steps += 1 }
            mentions[index].key = key
            mentions[index].type = typeOfKey[key] ?? mentions[index].type
        }
    }

    /// "Bank Lindenhof AG", "Bank Lindenhof" and "Lindenhof" are one company: names that differ only by a legal
    /// form or a generic head word ("Bank", "Exchange", "Group") join, and so does a lone word that is a name's
    /// distinctive part, or its first word when the name ends in a legal form ("Quetzal" and "Quetzal Digital S.A.").
    private func mergeOrganizationForms(_ mentions: inout [EntityMention], tokens: [Token]) {
        func words(_ mention: EntityMention) -> [String] {
            tokens[mention.first..<mention.end].filter { $0.kind == .word || $0.kind == .number }.map(\.lower)
        }
        func core(_ all: [String]) -> [String] {
            var core = all
            while core.count > 1, let last = core.last,
                  Lexicon.legalForms.contains(last) || Self.genericCompanyWords.contains(last) || Lexicon.nameConnectors.contains(last) {
                core.removeLast()
            }
            while core.count > 1, let first = core.first, Self.genericCompanyWords.contains(first) || first == "the" { core.removeFirst() }
            return core
        }
        var keysByCore: [String: [String]] = [:]
        var keysByLegalFirstWord: [String: [String]] = [:]
        var lengthOfKey: [String: Int] = [:]
        for mention in mentions where mention.type == .organization {
            let own = words(mention)
            guard own.count >= 2 else { continue }
            let joined = core(own).joined(separator: " ")
            if !(keysByCore[joined]?.contains(mention.key) ?? false) { keysByCore[joined, default: []].append(mention.key) }
            if let last = own.last, Lexicon.legalForms.contains(last), !Lexicon.givenNames.contains(own[0]),
               !Self.genericCompanyWords.contains(own[0]), !(keysByLegalFirstWord[own[0]]?.contains(mention.key) ?? false) {
                keysByLegalFirstWord[own[0], default: []].append(mention.key)
            }
            lengthOfKey[mention.key] = max(lengthOfKey[mention.key] ?? 0, mention.end - mention.first)
        }
        guard !keysByCore.isEmpty else { return }
        // A gazetteer entry wins, then the longest name.
        func preferred(_ keys: [String]) -> String? {
            keys.max { lhs, rhs in
                let left = (lhs.hasPrefix("g") ? 1 : 0, lengthOfKey[lhs] ?? 0), right = (rhs.hasPrefix("g") ? 1 : 0, lengthOfKey[rhs] ?? 0)
                return left < right
            }
        }
        var target: [String: String] = [:]
        for keys in keysByCore.values where keys.count >= 2 && keys.filter({ $0.hasPrefix("g") }).count <= 1 {
            guard let kept = preferred(keys) else { continue }
            for key in keys where key != kept && key.hasPrefix("n:") { target[key] = kept }
        }
        for mention in mentions where mention.end - mention.first == 1 && mention.key.hasPrefix("n:") && target[mention.key] == nil
            && mention.type == .organization {
            let word = tokens[mention.first].lower
            let named = keysByCore[word] ?? keysByLegalFirstWord[word] ?? []
            let others = Set(named.map { target[$0] ?? $0 }).subtracting([mention.key])
            if others.count == 1, let kept = others.first { target[mention.key] = kept }
        }
        // "Circle Internet Group Inc." beside "Circle": a company's registered name opened by a known company's one-word name.
        var knownByWord: [String: String] = [:]
        for mention in mentions where mention.type == .organization && mention.key.hasPrefix("g") && mention.end - mention.first == 1 {
            knownByWord[tokens[mention.first].lower] = mention.key
        }
        for (word, keys) in keysByLegalFirstWord {
            guard let known = knownByWord[word] else { continue }
            for key in keys where key.hasPrefix("n:") && target[key] == nil { target[key] = known }
        }
        guard !target.isEmpty else { return }
        for index in mentions.indices {
            if let kept = target[mentions[index].key] { mentions[index].key = target[kept] ?? kept }
        }
    }

    /// "the Authority", "the Commission": a lone head word after "the" stands for the last institution named
    /// with that head; with none, it names nothing.
    private func resolveInstitutionHeads(_ mentions: inout [EntityMention], tokens: [Token]) {
        var lastByHead: [String: EntityMention] = [:]
        var dropped: Set<Int> = []
        for index in mentions.indices {
            let mention = mentions[index]
            let own = tokens[mention.first..<mention.end].filter { $0.kind == .word }
            if own.count >= 2, mention.type == .authority || mention.type == .organization {
                let head = own.firstIndex { $0.lower == "of" }.map { own[..<$0] }?.last ?? own.last
                if let head { lastByHead[head.lower] = mention }
                continue
            }
            guard own.count == 1, mention.key.hasPrefix("n:"), mention.first > 0, tokens[mention.first - 1].lower == "the",
                  Lexicon.authorityHeads.contains(own[0].lower), !Self.institutionWords.contains(own[0].lower) else { continue }
            if let named = lastByHead[own[0].lower] {
                mentions[index].key = named.key
                mentions[index].type = named.type
                mentions[index].country = named.country
            } else {
                dropped.insert(index)
            }
        }
        if !dropped.isEmpty { mentions = mentions.indices.filter { !dropped.contains($0) }.map { mentions[$0] } }
    }

    /// "its 'Earn' product", "Kestrel's Vault feature", a plan "dubbed 'Project Ember'": a product, programme or
    /// code name is no entity, wherever else the text names it.
    private func dropProducts(_ mentions: inout [EntityMention], tokens: [Token]) {
        var products: Set<String> = []
        for index in tokens.indices where index >= 2 {
            let product = Self.productNouns.contains(tokens[index].lower)
            let quotedAfterDubbing = Self.quoteMarks.contains(tokens[index - 1].text) && index >= 3
                && ["dubbed", "called", "named", "branded", "titled", "codenamed", "code-named"].contains(tokens[index - 2].lower)
            guard product || quotedAfterDubbing else { continue }
            var end = index
            var quoted = false
            var first: Int
            if quotedAfterDubbing {
                first = index
                end = index
                while end < tokens.count, end < index + 6, tokens[end].kind == .word, tokens[end].isCapitalized || Lexicon.nameConnectors.contains(tokens[end].lower) {
                    end += 1
                }
                guard end > first, end < tokens.count, Self.quoteMarks.contains(tokens[end].text) else { continue }
                quoted = true
            } else {
                if Self.quoteMarks.contains(tokens[end - 1].text) {
                    end -= 1
                    quoted = true
                }
                first = end
                while first > 0, first > end - 5, tokens[first - 1].kind == .word, tokens[first - 1].isCapitalized { first -= 1 }
                guard first < end else { continue }
                if quoted {
                    guard first > 0, Self.quoteMarks.contains(tokens[first - 1].text) else { continue }
                } else {
                    let before = first > 0 ? tokens[first - 1] : nil
                    guard let before, before.isPossessive || ["its", "their", "our", "his", "her", "new"].contains(before.lower) else { continue }
                }
            }
            products.insert("n:" + Self.key(tokens, first..<end))
        }
        // 'a report titled "Reserve Quality in E-Money Tokens"': the names inside a quoted title name nothing.
        // Where each quoted title closes, by token (one pass; titles are at most 14 tokens long).
        var titleEnd: [Int: Int] = [:]
        for index in tokens.indices where index >= 1 && Self.quoteMarks.contains(tokens[index].text)
            && ["titled", "entitled", "headlined", "called", "dubbed", "named"].contains(tokens[index - 1].lower) {
            var close = index + 1
            while close < tokens.count, close <= index + 14, !Self.quoteMarks.contains(tokens[close].text), !tokens[close].newlineBefore { close += 1 }
            guard close < tokens.count, Self.quoteMarks.contains(tokens[close].text) else { continue }
            for inside in (index + 1)..<close { titleEnd[inside] = close }
        }
        guard !products.isEmpty || !titleEnd.isEmpty else { return }
        mentions.removeAll { mention in
            mention.key.hasPrefix("n:") && mention.type == .organization
                && (products.contains(mention.key) || titleEnd[mention.first].map { mention.end <= $0 } == true)
        }
    }

    /// The capitals of a name's capitalized words: "People's Bank of China" → "PBC".
    static func initials(_ words: [Token]) -> String {
        String(words.filter { $0.isCapitalized && !Lexicon.nameConnectors.contains($0.lower) }.compactMap { $0.text.first })
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

    static func key(_ tokens: [Token], _ range: Range<Int>) -> String {
        var key = ""
        for index in range {
            if index > range.lowerBound && tokens[index].spaceBefore { key += " " }
            key += tokens[index].lower
        }
        return key.hasPrefix("the ") ? String(key.dropFirst(4)) : key
    }

    /// Capitalized function words that open a run without belonging to the name ("By Jane Roe", "In Kenya").
    static let leadingFunctionWords: Set<String> = [
        "by", "in", "on", "at", "for", "from", "with", "to", "as", "if", "when", "after", "before", "and", "but", "or", "per", "via",
        "under", "within", "across", "against", "among", "despite", "about", "over", "into", "through", "without", "amid",
        "including", "unlike", "like", "following", "during", "until", "since", "while", "although", "because", "once",
        // A question's first words ("Is the Reserve Bank ...?", "What does the Authority ...?").
        "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "can", "could", "should", "would", "what", "why",
        "how", "who", "where", "which", "whose",
    ]
    /// Endings of web addresses that companies take as names ("Buda.com", "Crypto.com").
    static let domainEndings: Set<String> = [".com", ".io", ".co", ".net", ".org", ".xyz", ".exchange", ".finance", ".app", ".ai", ".pro", ".us"]
    static let institutionWords: Set<String> = ["treasury", "parliament", "congress", "senate", "cabinet", "judiciary"]
    /// Common nouns that describe a company or a person before their name ("miner", "exchange", "lender").
    static let descriptorNouns: Set<String> = [
        "miner", "exchange", "lender", "broker", "startup", "start-up", "fintech", "platform", "bank", "insurer",
        "issuer", "rival", "competitor", "custodian", "marketplace", "developer", "investor", "analyst", "regulator",
        "operator", "firm", "company", "asset", "manager", "retailer", "wallet", "protocol",
    ]
    static let documentParts: Set<String> = [
        "form", "article", "section", "rule", "schedule", "annex", "chapter", "part", "phase", "clause", "paragraph",
        "title", "tier", "level", "stage", "round", "no", "number", "item", "exhibit", "appendix", "table", "figure",
    ]
    /// Last words of laws, programmes and products, which are no entities.
    static let lawHeads: Set<String> = [
        "regulation", "regulations", "act", "directive", "law", "bill", "decree", "ordinance", "programme", "program",
        "initiative", "strategy", "framework", "scheme", "amendment", "amendments",
    ]
    /// Words a company's name may add or drop without naming another company ("Bank Lindenhof AG", "Kudu Exchange").
    static let genericCompanyWords: Set<String> = ["bank", "exchange", "group", "holdings", "holding", "company"]
    /// Appositive nouns for a state body ("FARAJA, the national police force").
    static let authorityNouns: Set<String> = [
        "regulator", "watchdog", "ministry", "agency", "authority", "commission", "supervisor", "court", "parliament",
        "legislature", "police", "government", "tribunal", "prosecutor", "prosecutors", "bureau", "inspectorate", "directorate",
        "department", "council", "senate", "congress", "assembly", "judiciary", "gendarmerie", "customs", "treasury",
    ]
    /// Appositive nouns for a company or an association.
    static let companyNouns: Set<String> = [
        "company", "firm", "startup", "group", "association", "consortium", "outlet", "newspaper", "broadcaster", "publication",
        "provider", "operator", "fund", "consultancy", "bank", "brokerage", "processor", "network", "organization",
        "organisation", "nonprofit", "non-profit", "charity", "body", "lobby", "subsidiary", "affiliate", "unit", "venture",
    ]
    /// Words of an industry, which make a council or board a private body.
    static let industryWords: Set<String> = [
        "blockchain", "crypto", "cryptocurrency", "bitcoin", "fintech", "industry", "business", "traders", "bankers",
        "merchants", "investors", "payments", "web3", "defi", "trade", "lobby", "private", "chamber", "association",
    ]
    static let industryBodyHeads: Set<String> = ["council", "board", "committee", "commission", "forum", "chamber", "alliance", "federation"]
    /// Words that end an appositive's noun phrase.
    static let appositiveStops: Set<String> = [
        "of", "that", "which", "who", "whose", "with", "in", "at", "for", "from", "and", "or", "to", "on", "by", "since",
        "where", "when", "said", "says", "has", "had", "have", "is", "was", "will", "would", "but",
    ]
    /// First words of place names ("Santa Cruz", "Puerto Rico", "Place de la Bourse").
    static let placeOpeners: Set<String> = [
        "santa", "san", "são", "sao", "santo", "saint", "sankt", "puerto", "porto", "fort", "ciudad", "place", "plaza", "piazza",
        "praça", "rue", "avenida",
    ]
    /// Last words of place names ("Quezon City", "Sichuan Province").
    /// Portfolios named before a minister's or secretary's title ("Finance Minister", "Foreign Secretary").
    static let portfolioWords: Set<String> = [
        "finance", "foreign", "justice", "economy", "economic", "interior", "home", "defence", "defense", "trade", "energy",
        "health", "education", "digital", "treasury", "labour", "labor", "industry", "commerce", "transport", "culture",
        "environment", "agriculture", "communications", "technology", "tourism", "information", "security", "budget",
    ]
    static let islandWords: Set<String> = ["island", "islands", "bay", "beach", "valley", "heights", "hills", "park", "square", "street", "avenue", "road"]
    static let placeHeads: Set<String> = ["city", "province", "prefecture", "county", "district", "oblast", "governorate", "emirate", "canton"]
    /// Words before "in" that make what follows a place ("an analyst in X", "based in X").
    static let placeCues: Set<String> = [
        "based", "headquartered", "located", "registered", "incorporated", "resident", "residents", "living", "born", "lives",
        "offices", "office", "branches", "protests", "rally", "farms", "warehouse", "warehouses", "factory", "province", "city",
        "town", "village", "families", "households", "people",
    ]
    /// Government debt after "Treasury" ("Treasury bills", "Treasury yields").
    static let debtNouns: Set<String> = ["bill", "bills", "bond", "bonds", "note", "notes", "yield", "yields", "securities", "market", "markets", "rates", "auction", "auctions", "holdings", "futures"]

    /// Words for a token after its name ("the KiwiDollar token").
    static let tokenNouns: Set<String> = ["token", "tokens", "stablecoin", "stablecoins", "coin", "coins", "cryptocurrency", "memecoin", "altcoin"]

    /// "(NZDK)" right after a name: the ticker in capitals.
    static func tickerAfter(_ end: Int, tokens: [Token]) -> String? {
        guard end + 2 < tokens.count, tokens[end].text == "(", tokens[end + 2].text == ")", tokens[end + 1].isAllCaps,
              (2...6).contains(tokens[end + 1].text.unicodeScalars.count) else { return nil }
        return tokens[end + 1].text
    }

    /// Lower-case nouns for a place after or before its name ("the Kaluga region", "the province of Kaluga").
    static let placeNouns: Set<String> = [
        "region", "province", "county", "district", "oblast", "krai", "prefecture", "municipality", "governorate", "canton",
        "voivodeship", "emirate", "borough", "suburb", "suburbs", "township", "regency",
    ]

    /// "TROMSØ, Norway —", "GDAŃSK —": one to four words in capitals that open a line before a comma or a dash.
    static func isDateline(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard range.lowerBound == 0 || tokens[range.lowerBound].newlineBefore, range.upperBound < tokens.count,
              (1...4).contains(range.count) else { return false }
        guard tokens[range].allSatisfy({ $0.kind == .word && $0.isAllCaps && $0.text.unicodeScalars.count >= 2 || $0.text == "-" }) else { return false }
        let next = tokens[range.upperBound]
        return next.text == "," || ["\u{2014}", "\u{2013}"].contains(next.text) || next.text == "-" && next.spaceBefore
    }

    /// Words before "in" that put money, work or a part in a company rather than something in a place.
    static let companyInWords: Set<String> = [
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
    static let directions: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
        "south-east", "south-west", "outside", "near",
    ]
    /// Qualifiers that name another legislature or court than the gazetteer's ("National Congress", "Federal Senate").
    static let institutionQualifiers: Set<String> = [
        "national", "federal", "supreme", "state", "provincial", "regional", "constitutional", "high", "royal", "grand",
        "islamic", "people's", "legislative", "general", "municipal", "consultative", "popular",
    ]
    static let legislatureWords: Set<String> = ["congress", "senate", "parliament", "assembly", "court", "council", "cabinet", "duma"]
    static let currencyCodes: Set<String> = ["cny", "hkd", "inr", "krw", "brl", "ngn", "ghs", "kes", "zar", "aed", "sar", "try", "rub", "thb", "php", "idr", "myr", "vnd"]
    /// Party and role words written before a person's name ("Republican Dale Quimby", "Administrator Jane Roe").
    static let rolePrefixes: Set<String> = [
        "republican", "democrat", "democratic", "conservative", "labour", "liberal", "independent", "socialist", "green",
        "administrator", "ombudsman", "employee", "staffer", "aide", "veteran", "billionaire", "entrepreneur", "activist",
        "whistleblower", "defendant", "plaintiff", "suspect", "victim", "witness", "candidate", "nominee", "incumbent",
    ]
    static let abbreviatedLegalForms: Set<String> = ["ltd", "inc", "corp", "co", "bhd", "pte", "pty", "tbk"]
    static let quoteMarks: Set<String> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
    /// Nouns after a product's or programme's name ("its Earn product", "the Vault feature").
    static let productNouns: Set<String> = [
        "product", "products", "feature", "features", "service", "programme", "program", "app", "card", "plan", "account",
        "scheme", "campaign", "initiative", "tool", "option", "tier", "mode", "vault", "offering", "device", "model",
        "brand", "update", "upgrade", "release", "edition", "version", "subscription", "package",
    ]
    /// Last words of event names ("Paris Blockchain Week", "Davis Cup Finals").
    static let eventHeads: Set<String> = [
        "summit", "conference", "week", "expo", "festival", "show", "awards", "cup", "finals", "championship", "championships",
        "games", "day", "fair", "hackathon", "convention", "olympics", "marathon", "gala", "tour", "season",
    ]
    static let projectNouns: Set<String> = ["network", "blockchain", "chain", "mainnet", "ecosystem", "foundation", "labs", "team", "developers", "protocol"]
    static let qualifiedNouns: Set<String> = [
        "regulators", "regulator", "government", "market", "markets", "dollar", "dollars", "economy", "officials",
        "lawmakers", "authorities", "senator", "president", "treasury", "department", "agency", "investors",
        "users", "customers", "citizens", "banks", "firms", "companies", "stocks", "crypto", "federal", "court",
        "courts", "judge", "prosecutors", "military", "administration", "law", "laws", "rules", "regulation",
        "regulations", "policy", "policymakers", "residents", "stock", "inflation", "election", "dollar-pegged",
        "based", "-based", "version", "arm", "unit", "branch", "subsidiary", "entity", "exchange", "exchanges",
        "licence", "license", "approval", "ban", "watchdog", "central", "securities", "financial",
    ]
}
