/// Reads one run of capitalized tokens: it opens after function words, dates and common nouns, and it is a whole
/// gazetteer form, a person, an institution named for a place, or gazetteer forms with unknown names between them.
extension EntityRecognizer {
    /// Reads one run of capitalized tokens: a whole gazetteer form, a named institution, or
    /// gazetteer forms with unknown names between them.
    func readSpan(_ span: Range<Int>, tokens: [Token], layout: TextLayout) -> [EntityMention] {
        var start = span.lowerBound
        while start < span.upperBound, tokens[start].lower == "the" || Lexicon.nameConnectors.contains(tokens[start]) && !tokens[start].isCapitalized
                || start + 1 < span.upperBound && Self.leadingFunctionWords.contains(tokens[start]) && layout.gazetteerMatch(at: start) == nil
                    // ("Do Kwon's victims": a question's first word opens only a sentence.)
                    && (layout.isInitial(start) || !Self.questionOpeners.contains(tokens[start]))
                // "On Monday the Casa de Moneda said": a day or a month before a small word opens no name ("Jun-ho Roe": a
                // given name glued to its syllable is no month).
                || start + 1 < span.upperBound && !tokens[start + 1].isCapitalized && layout.gazetteerMatch(at: start) == nil
                    && !isInsideHyphenatedWord(start + 1, tokens: tokens)
                    && (TemporalRecognizer.weekdays[tokens[start].lower] != nil || TemporalRecognizer.months[tokens[start].lower] != nil)
                // "Last Thursday the Authority said", "Starting Jan. 1": a word that places a day or a month opens no name.
                || start + 1 < span.upperBound && Self.dayPlacingWords.contains(tokens[start]) && layout.gazetteerMatch(at: start) == nil
                    && (TemporalRecognizer.weekdays[tokens[start + 1].lower] != nil || TemporalRecognizer.months[tokens[start + 1].lower] != nil) {
            start += 1
        }
        guard start < span.upperBound else { return [] }
        var end = span.upperBound
        // "published in the Official Gazette", "its Financial Stability Report": publications name no entity.
        if namesAnOfficialJournal(start..<end, tokens: tokens) || Self.namesAPeriodicReport(tokens[start..<end].filter { $0.kind == .word }) {
            return []
        }
        // "Jane Roe, Financial Services Correspondent": a writer's beat names no entity.
        if isWritersBeat(start..<end, tokens: tokens) { return [] }
        // "ASIC miners", "GPU rigs": an acronym before a machine's noun names the kind of machine, not the body it spells
        // elsewhere (an asset's ticker stays: "BTC miners").
        if end - start == 1, tokens[start].isAllCaps, end < tokens.count, !tokens[end].isCapitalized, Self.machineNouns.contains(tokens[end]),
           layout.gazetteerMatch(at: start).map({ gazetteer.entries[$0.form.entry].type != .asset }) ?? true {
            return []
        }
        // "Fri July 3 -", "Posted June 10, 2026": a month before its day closes a date, not a name.
        if end - start >= 2, end < tokens.count, tokens[end].kind == .number, TemporalRecognizer.months[tokens[end - 1].lower] != nil,
           layout.gazetteerMatch(at: end - 1) == nil {
            end -= 1
        }
        // "fines Kloofnek Digital R12 million", "settles with Lakambini Exchange for P25 million": an amount in a currency
        // written before its number ends no name, nor does the small word before it.
        if end - start >= 2, Self.isAmountBeforeMagnitude(end - 1, tokens: tokens) {
            end -= 1
            while end - start >= 2, Lexicon.nameConnectors.contains(tokens[end - 1]), !tokens[end - 1].isCapitalized { end -= 1 }
        }
        // "Happy Friday.", "met Kestrune Capital Friday": a weekday that ends a run is a day, not a name's word.
        if end - start >= 2, TemporalRecognizer.weekdays[tokens[end - 1].lower] != nil, layout.gazetteerMatch(at: end - 1) == nil { end -= 1 }
        // "NEW ORLEANS, Dec. 12 --", "SAN MATEO, Calif., May 4": a dateline's place in capitals, whatever its first word.
        if layout.gazetteerMatch(at: start)?.end != end, Self.isDatedDateline(start..<end, tokens: tokens) {
            return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end), type: .location, code: nil, country: nil)]
        }
        if layout.gazetteerMatch(at: start)?.end != end, isInsideATitle(start..<end, tokens: tokens, layout: layout) { return [] }
        // "BZST GIVES CRYPTO PLATFORMS UNTIL", "KESTRUNE TO DELIST FDUSD": a headline in capitals runs names and common words
        // together; only the words the text writes as names elsewhere may name something.
        if let pieces = namesInARunOfCapitals(start..<end, tokens: tokens, layout: layout) {
            return pieces.flatMap { readSpan($0, tokens: tokens, layout: layout) }
        }
        // "Miner Ridgeline Digital dropped ...": a common noun opens the sentence, not the name. ("Two Singapore firms": a
        // number before a known name counts them.)
        if layout.isInitial(start), end - start >= 2, layout.gazetteerMatch(at: start) == nil, !layout.isCapitalizedInside(tokens[start].text),
           Self.descriptorNouns.contains(tokens[start]) || layout.lowercaseWords.contains(tokens[start].lower)
               || Self.numberWords.contains(tokens[start]) && layout.gazetteerMatch(at: start + 1) != nil,
           !Lexicon.givenNames.contains(tokens[start]), tokens[start + 1].isCapitalized, !opensSurname(start, before: end, tokens: tokens) {
            start += 1
        }
        // "Sri Lankan savers": a people or an adjective of a known place of more than one word.
        if end - start >= 2, layout.gazetteerMatch(at: start)?.end != end,
           gazetteer.isPlaceDemonym(tokens[start..<end].filter { $0.kind == .word }.map(\.lower)) {
            return []
        }
        // "the Capital Markets and Services Act", "the Central Bank and Banking Sector Law": a law's title, "and" and all, is
        // one title and names no entity (a known name before "and" or "and the" is a name of its own: "Binance and the Travel Rule").
        if isLawTitleWithAnd(start..<end, tokens: tokens), !tokens[start..<end].contains(where: { $0.lower == "the" }),
           !(layout.gazetteerMatch(at: start).map { $0.end < end && tokens[$0.end].lower == "and" } ?? false) {
            return []
        }
        if layout.gazetteerMatch(at: start)?.end != end, isBesideABracketedPartOfALawTitle(start..<end, tokens: tokens) { return [] }
        if let joint = coordination(in: start..<end, tokens: tokens, layout: layout) ?? personOfInstitution(in: start..<end, tokens: tokens, layout: layout) {
            return readSpan(start..<joint, tokens: tokens, layout: layout) + readSpan((joint + 1)..<end, tokens: tokens, layout: layout)
        }
        // "Blockchain for Europe", "Alliance for Ruritania", "Universidad Nacional de Asunción": an unknown name for or of a
        // place is one name.
        if end - start >= 3, let place = (start + 2..<end).first(where: { layout.gazetteerMatch(at: $0)?.end == end }),
           let match = layout.gazetteerMatch(at: place), gazetteer.entries[match.form.entry].type == .location,
           ["for", "of", "de", "del", "di", "du", "da", "do"].contains(tokens[place - 1].lower),
           (start..<(place - 1)).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && layout.gazetteerMatch(at: $0) == nil
               && !Lexicon.commonCapitalized.contains(tokens[$0]) && gazetteer.demonyms[tokens[$0].text] == nil }),
           !layout.inTitleLine(start), !(layout.isInitial(start) && !layout.isCapitalizedInside(tokens[start].text)),
           // "Sen. Jane Roe of Ruritania": a person from a place, not one name.
           !Lexicon.givenNames.contains(tokens[start]), !isPersonContext(start..<(place - 1), tokens: tokens, layout: layout) {
            return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end),
                                  type: institutionType(tokens, start..<end) ?? .organization, code: nil,
                                  country: gazetteer.entries[match.form.entry].country)]
        }
        // ("Sofia Lindqvist-Amara": a hyphenated surname is one word.)
        let personWords = (start..<end).filter { !layout.isMiddleInitialPeriod($0) && !isInsideHyphenatedWord($0, tokens: tokens) }
        if isBylineWriter(start..<end, personWords: personWords, tokens: tokens, layout: layout) {
            return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end), type: .person, code: nil, country: nil)]
        }
        // "Jordan Pike", "Georgia Lane": a given name and a surname, though a country shares the name.
        if (2...3).contains(personWords.count), Lexicon.givenNames.contains(tokens[start]),
           !Self.placeHeads.contains(tokens[end - 1]), !Self.islandWords.contains(tokens[end - 1]),
           personWords.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps }),
           institutionType(tokens, start..<end) == nil, (layout.gazetteerMatch(at: start)?.end ?? start + 1) == start + 1,
           // A surname may also be a place ("Carla Mendoza"), not an institution or an asset; a country's name glued by a
           // hyphen to the rest of a surname is no country ("Tomas Jordan-Vale").
           !(start + 1..<end).contains(where: { index in
               guard let match = layout.gazetteerMatch(at: index), !(match.end < tokens.count && isInsideHyphenatedWord(match.end, tokens: tokens)) else {
                   return false
               }
               return gazetteer.entries[match.form.entry].type != .location || gazetteer.entries[match.form.entry].code != nil
           }) {
            return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end), type: .person, code: nil, country: nil)]
        }
        if let match = layout.gazetteerMatch(at: start), match.end == end {
            return gazetteerMention(match.form, start, end, tokens: tokens, layout: layout).map { [$0] } ?? []
        }
        // "Lagos Fintech Guild": a place that opens an unknown name is part of it.
        if let opening = layout.gazetteerMatch(at: start), gazetteer.entries[opening.form.entry].type == .location, opening.end < end,
           (opening.end..<end).allSatisfy({ layout.gazetteerMatch(at: $0) == nil && !Lexicon.commonCapitalized.contains(tokens[$0])
               && TemporalRecognizer.months[tokens[$0].lower] == nil }),
           tokens[opening.end..<end].contains(where: { $0.kind == .word && $0.isCapitalized }),
           !layout.inTitleLine(start) {
            // "the Lisbon Crypto Week": an event named after a place names nothing.
            if Self.eventHeads.contains(tokens[end - 1]) { return [] }
            // "the Texas Finance Code", "a Montana Republican": a law and a party's member are no names, the place is.
            if Self.lawHeads.contains(tokens[end - 1]) || Self.partyMember.contains(tokens[end - 1]) {
                return gazetteerMention(opening.form, start, opening.end, tokens: tokens, layout: layout).map { [$0] } ?? []
            }
            // "Victoria Island", "Lagos Island": a place named after a place.
            let isPlace = Self.islandWords.contains(tokens[end - 1]) || Self.placeHeads.contains(tokens[end - 1])
            return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end),
                                  type: institutionType(tokens, start..<end) ?? (isPlace ? .location : .organization), code: nil,
                                  country: gazetteer.entries[opening.form.entry].country)]
        }
        let knownHead = (start + 1..<end).contains { index in
            guard let match = layout.gazetteerMatch(at: index), match.end == end else { return false }
            return gazetteer.entries[match.form.entry].type != .location
        }
        if end - start >= 2, !knownHead, let type = institutionType(tokens, start..<end),
           !layout.isInitial(start) || !Lexicon.commonCapitalized.contains(tokens[start]),
           !layout.inTitleLine(start) || layout.isCapitalizedOutsideTitles(Self.key(tokens, start..<end)) {
            return [EntityMention(first: start, end: end, key: "n:" + Self.key(tokens, start..<end), type: type,
                                  code: nil, country: countryInside(tokens, start..<end))]
        }
        return splitAtKnownForms(start..<end, tokens: tokens, layout: layout)
    }

    /// "the Payment Services (Amendment) Act", "the Digital Markets (Crypto Asset Services) Amendment Bill", "the Virtual
    /// Asset Service Providers (Advertising) Rules": capitalized words before or inside a bracketed part of a law's title
    /// name no entity when the title goes on to its head (`lawTitleGoesOn`), also when an institution's word ends them.
    func isBesideABracketedPartOfALawTitle(_ run: Range<Int>, tokens: [Token]) -> Bool {
        let opensBrackets = run.upperBound < tokens.count && tokens[run.upperBound].text == "("
        var open = run.lowerBound - 1
        while open >= max(0, run.lowerBound - 4), tokens[open].kind == .word && tokens[open].isCapitalized || tokens[open].text == "-" {
            open -= 1
        }
        let isInsideBrackets = open >= 0 && tokens[open].text == "("
        return (opensBrackets || isInsideBrackets) && lawTitleGoesOn(after: run.upperBound, tokens: tokens)
    }

    /// "By Nathaniel Greenidge" on a line of its own, "Posted by Ines Roe-Amara, Head of Research": a byline names its
    /// writer, a person, whether or not the given name is one Herald knows and though a surname is also a firm's name. The
    /// name is two to four capitalized words that the text never writes in lower case, after a "by" that opens its line
    /// (or follows "Posted" or "Written" there) and before the line's end, a comma, a bar or a dash.
    func isBylineWriter(_ run: Range<Int>, personWords: [Int], tokens: [Token], layout: TextLayout) -> Bool {
        let by = run.lowerBound - 1
        guard by >= 0, tokens[by].lower == "by", (2...4).contains(personWords.count),
              tokens[by].newlineBefore || by >= 1 && tokens[by - 1].newlineBefore && Self.bylineVerbs.contains(tokens[by - 1]),
              !tokens[run].contains(where: \.newlineBefore),
              run.upperBound == tokens.count || tokens[run.upperBound].newlineBefore || [",", "|", "-", "—", "–"].contains(tokens[run.upperBound].text),
              personWords.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps
                  && !layout.lowercaseWords.contains(tokens[$0].lower) && !Lexicon.commonCapitalized.contains(tokens[$0]) }),
              layout.gazetteerMatch(at: run.lowerBound)?.end != run.upperBound else { return false }
        return true
    }

    /// The machines a kind of chip names ("ASIC miners", "GPU rigs").
    static let machineNouns: WordSet = ["miner", "miners", "chip", "chips", "rig", "rigs", "machine", "machines", "hardware", "device", "devices"]

    /// Verbs that open a byline before its "by".
    static let bylineVerbs: WordSet = ["posted", "written", "reported", "edited"]

    /// The parts of a run of words in capitals, outside a title-case line, that the text writes as names in prose, when some
    /// are and some are not ("BZST" in "BZST GIVES CRYPTO PLATFORMS UNTIL"); a gazetteer form stays whole. (A run none of
    /// whose words the text writes as names, such as a byline's "By AMINA ROE", is left as it is.)
    func namesInARunOfCapitals(_ run: Range<Int>, tokens: [Token], layout: TextLayout) -> [Range<Int>]? {
        let words = run.filter { tokens[$0].kind == .word }
        guard words.count >= 2, words.allSatisfy({ tokens[$0].isAllCaps }), !layout.inTitleLine(run.lowerBound),
              words.contains(where: { layout.isWrittenAsName(tokens[$0].lower) || layout.gazetteerMatch(at: $0) != nil }) else { return nil }
        var pieces: [Range<Int>] = []
        var pieceStart = run.lowerBound
        var cursor = run.lowerBound
        var split = false
        while cursor < run.upperBound {
            if let match = layout.gazetteerMatch(at: cursor), match.end <= run.upperBound {
                cursor = match.end
                continue
            }
            let token = tokens[cursor]
            // ("VELDT DOLLAR FOR EEA": a small word between two names joins none; "of" may be inside one.)
            let splits = Lexicon.nameConnectors.contains(token) ? TextLayout.minorWords.contains(token) && token.lower != "of"
                : !layout.isWrittenAsName(token.lower)
            if token.kind == .word, splits {
                if cursor > pieceStart { pieces.append(pieceStart..<cursor) }
                pieceStart = cursor + 1
                split = true
            }
            cursor += 1
        }
        guard split else { return nil }
        if run.upperBound > pieceStart { pieces.append(pieceStart..<run.upperBound) }
        return pieces
    }

    /// The hyphen of "Lindqvist-Amara" or the word after it, written without spaces.
    func isInsideHyphenatedWord(_ index: Int, tokens: [Token]) -> Bool {
        if tokens[index].text == "-" { return !tokens[index].spaceBefore && index + 1 < tokens.count && !tokens[index + 1].spaceBefore }
        return index > 0 && tokens[index - 1].text == "-" && !tokens[index - 1].spaceBefore && !tokens[index].spaceBefore
    }

    /// Gazetteer forms with unknown names between them: a legal form or a product after a known company, a company
    /// named after an asset, a qualifier before a legislature, a demonym before a regulator's long name.
    func splitAtKnownForms(_ run: Range<Int>, tokens: [Token], layout: TextLayout) -> [EntityMention] {
        let start = run.lowerBound
        let end = run.upperBound
        var found: [EntityMention] = []
        var unknownStart: Int?
        // A country's form that qualifies the name after it ("U.S. District Court"), with no mention of its own.
        var qualifier: (first: Int, end: Int)?
        var cursor = start
        func flushUnknown(upTo limit: Int) {
            guard let from = unknownStart else { return }
            unknownStart = nil
            // "Coinbase Global Inc": a legal form after a known company is part of its name.
            if let company = found.last, company.end == from, company.type == .organization, limit - from == 1,
               TextLayout.legalFormAcronyms.contains(tokens[from]) {
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
               !Lexicon.commonCapitalized.contains(tokens[from]), gazetteer.demonyms[tokens[from].text] == nil,
               TemporalRecognizer.weekdays[tokens[from].lower] == nil {
                found[found.count - 1] = EntityMention(first: asset.first, end: limit, key: "n:" + Self.key(tokens, asset.first..<limit),
                                                       type: institutionType(tokens, asset.first..<limit) ?? .organization, code: nil, country: nil)
                return
            }
            // "South Dakota Division of Banking", "Ohio Department of Commerce": a state's or country's body named after it.
            // ("Mumbai Police": the place and the one word make the authority's name.)
            if let place = found.last, place.end == from, place.type == .location, institutionType(tokens, place.first..<limit) == .authority,
               tokens[from].isCapitalized, !Lexicon.nameConnectors.contains(tokens[from]), !layout.inTitleLine(from) {
                found[found.count - 1] = EntityMention(first: place.first, end: limit, key: "n:" + Self.key(tokens, place.first..<limit),
                                                       type: .authority, code: nil, country: place.country)
                return
            }
            found.append(contentsOf: unknownNames(from..<limit, tokens: tokens, layout: layout))
        }
        while cursor < end {
            // "Dela Rosa-Mendoza": a place's name glued by a hyphen to an unknown name is part of it.
            let gluedToUnknown = unknownStart != nil && cursor > start + 1 && tokens[cursor - 1].text == "-" && !tokens[cursor - 1].spaceBefore
                && !tokens[cursor].spaceBefore && tokens[cursor - 2].kind == .word && tokens[cursor - 2].text.unicodeScalars.count >= 3
                && gazetteer.demonyms[tokens[cursor - 2].text] == nil && !tokens[cursor].isAllCaps && !tokens[cursor].text.contains(".")
            if !gluedToUnknown, let match = layout.gazetteerMatch(at: cursor), match.end <= end {
                let entry = gazetteer.entries[match.form.entry]
                // "the U.S. Treasury Department": a country's form of a body ("U.S. Treasury") whose last word opens a longer
                // form of the same body ("Treasury Department") qualifies that longer form.
                if match.end - cursor >= 2, match.end < end, let longer = layout.gazetteerMatch(at: match.end - 1), longer.end > match.end,
                   longer.end <= end, longer.form.entry == match.form.entry {
                    flushUnknown(upTo: cursor)
                    qualifier = (cursor, match.end - 1)
                    cursor = match.end - 1
                    continue
                }
                // "National Congress", "Federal Senate": a qualifier before a legislature or court names another one.
                if let modifier = unknownStart, (1...2).contains(cursor - modifier), entry.type == .authority, match.end - cursor == 1,
                   Self.legislatureWords.contains(tokens[cursor]),
                   (modifier..<cursor).allSatisfy({ Self.institutionQualifiers.contains(tokens[$0]) && tokens[$0].isCapitalized }) {
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
                // "Netherlands Authority for the Financial Markets": so is a country's name right before such a name.
                if unknownStart == nil, let country = found.last, country.end == cursor, country.type == .location, country.code != nil,
                   entry.type == .authority, match.form.tokens.count >= 3, Lexicon.authorityHeads.contains(match.form.lowerTokens[0]),
                   let mention = gazetteerMention(match.form, cursor, match.end, tokens: tokens, layout: layout) {
                    found[found.count - 1] = EntityMention(first: country.first, end: match.end, key: mention.key, type: mention.type,
                                                           code: mention.code, country: mention.country)
                    cursor = match.end
                    continue
                }
                // "Washington Supreme Court": a state's or a city's name before an authority's names its own authority. ("Trinidad
                // and Tobago Securities and Exchange Commission": so does a country's name, written out, before the name of
                // another country's body.)
                let namesAnotherCountrysBody = { (place: EntityMention) in
                    place.code != nil && entry.country != nil && entry.country != place.code
                        && !tokens[place.first..<place.end].contains(where: \.isAllCaps)
                }
                if unknownStart == nil, let place = found.last, place.end == cursor, place.type == .location,
                   place.code == nil || namesAnotherCountrysBody(place), entry.type == .authority, !layout.inTitleLine(place.first) {
                    found[found.count - 1] = EntityMention(first: place.first, end: match.end, key: "n:" + Self.key(tokens, place.first..<match.end),
                                                           type: .authority, code: nil, country: place.country)
                    cursor = match.end
                    continue
                }
                // "the Lisbon Fund Managers Circle", "Baltic Digital Payments Circle": a known name that is also a common word ends
                // an unknown name before it as its head, with the place that opens it.
                if let body = unknownStart, let head = endsAnUnknownNameAsItsHead(match, body: body, end: end, tokens: tokens, layout: layout) {
                    let first = found.last.map { $0.end == body && $0.type == .location ? $0.first : body } ?? body
                    if first != body { found.removeLast() }
                    unknownStart = nil
                    // ("Tiananmen Square": a square is a place.)
                    let type: EntityType = Self.islandWords.contains(tokens[head - 1]) ? .location : .organization
                    found.append(EntityMention(first: first, end: head, key: "n:" + Self.key(tokens, first..<head), type: type,
                                               code: nil, country: nil))
                    cursor = head
                    continue
                }
                // "Ruritania Blockchain Association", "Ruritanian Blockchain Association": a place or its demonym before a known
                // body named for its members names that place's own body.
                if entry.type == .organization, match.form.tokens.count >= 2, TextLayout.possessiveBodyHeads.contains(match.form.lowerTokens[match.form.lowerTokens.count - 1]),
                   !layout.inTitleLine(cursor), let first = placeOpening(before: cursor, unknownStart: unknownStart, found: found, tokens: tokens) {
                    if unknownStart == nil { found.removeLast() }
                    unknownStart = nil
                    found.append(EntityMention(first: first, end: match.end, key: "n:" + Self.key(tokens, first..<match.end), type: .organization,
                                               code: nil, country: nil))
                    cursor = match.end
                    continue
                }
                // "U.S. District Court for the Southern District of New York": a court or another state body named for the
                // place it serves, with the country that qualifies it.
                if let body = unknownStart, entry.type == .location, match.end == end, cursor - body >= 3, tokens[cursor - 1].lower == "of",
                   institutionType(tokens, body..<(cursor - 1)) == .authority, tokens[(body + 1)..<(cursor - 1)].contains(where: { $0.lower == "for" }) {
                    let first = qualifier.map { $0.end == body ? $0.first : body } ?? body
                    unknownStart = nil
                    found.append(EntityMention(first: first, end: end, key: "n:" + Self.key(tokens, first..<end), type: .authority, code: nil,
                                               country: entry.country))
                    cursor = end
                    continue
                }
                // "Digital Finance Ireland", "Blockchain Kenya": an unknown name that ends in a country's name is a body of or
                // for that country.
                if let body = unknownStart, entry.type == .location, entry.code != nil, match.end == end, !layout.inTitleLine(body),
                   (body..<cursor).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps
                       && gazetteer.demonyms[tokens[$0].text] == nil && !Lexicon.commonCapitalized.contains(tokens[$0].lower)
                       && !Lexicon.givenNames.contains(tokens[$0].lower) && !Lexicon.personTitles.contains(tokens[$0].lower)
                       && !Lexicon.placeModifiers.contains(tokens[$0].lower) && !Lexicon.authorityHeads.contains(tokens[$0].lower)
                       && TemporalRecognizer.months[tokens[$0].lower] == nil && TemporalRecognizer.weekdays[tokens[$0].lower] == nil }),
                   !(layout.isInitial(body) && layout.lowercaseWords.contains(tokens[body].lower)),
                   body == 0 || !Self.speechVerbs.contains(tokens[body - 1]) {
                    unknownStart = nil
                    found.append(EntityMention(first: body, end: end, key: "n:" + Self.key(tokens, body..<end),
                                               type: institutionType(tokens, body..<end) ?? .organization, code: nil, country: entry.country))
                    cursor = end
                    continue
                }
                // "Bank Ostrava" after "Bank Ostrava AG": a company's generic word before a city names the company.
                let legalFormAfter = match.end + 1 == end && Lexicon.legalForms.contains(tokens[match.end])
                if unknownStart != nil, entry.type == .location, entry.code == nil, match.end == end || legalFormAfter,
                   Self.genericCompanyWords.contains(tokens[cursor - 1]), tokens[cursor - 1].isCapitalized, !layout.isInitial(cursor - 1) {
                    flushUnknown(upTo: cursor - 1)
                    found.append(EntityMention(first: cursor - 1, end: end, key: "n:" + Self.key(tokens, (cursor - 1)..<end),
                                               type: .organization, code: nil, country: nil))
                    cursor = end
                    continue
                }
                if let modifier = unknownStart, cursor - modifier == 1, entry.type == .location,
                   Lexicon.placeModifiers.contains(tokens[modifier]) {
                    unknownStart = nil
                    found.append(EntityMention(first: modifier, end: match.end, key: "n:" + Self.key(tokens, modifier..<match.end),
                                               type: .location, code: nil, country: entry.country))
                    cursor = match.end
                    continue
                }
                flushUnknown(upTo: cursor)
                if let mention = gazetteerMention(match.form, cursor, match.end, tokens: tokens, layout: layout) {
                    found.append(mention)
                } else if entry.type == .location, entry.code != nil {
                    qualifier = (cursor, match.end)
                }
                cursor = match.end
                continue
            }
            let innerHyphen = tokens[cursor].text == "-" && !tokens[cursor].spaceBefore && cursor + 1 < end && unknownStart != nil
            let afterHyphen = cursor > start && tokens[cursor - 1].text == "-" && !tokens[cursor].spaceBefore && unknownStart != nil
                && !Lexicon.nameConnectors.contains(tokens[cursor]) && !TextLayout.minorWords.contains(tokens[cursor])
            let initialPeriod = unknownStart != nil && layout.isMiddleInitialPeriod(cursor)
            let innerPossessive = unknownStart != nil && layout.isInnerPossessive(cursor)
            let surnameParticle = unknownStart != nil && !tokens[cursor].isCapitalized && Self.surnameParticles.contains(tokens[cursor])
            if layout.isNameToken(cursor) || Lexicon.nameConnectors.contains(tokens[cursor]) || innerHyphen || afterHyphen || initialPeriod
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

    /// The end of a known one-word name that is also a common word ("~Circle" in the gazetteer) when it ends the run
    /// after unknown capitalized words of prose (no role, month or lone sentence opener among them): the head of a
    /// longer name, not the company.
    private func endsAnUnknownNameAsItsHead(_ match: (form: GazetteerForm, end: Int), body: Int, end: Int, tokens: [Token],
                                           layout: TextLayout) -> Int? {
        let head = match.end - 1
        guard match.form.isAmbiguous, match.form.tokens.count == 1, match.end == end, head > body, !layout.inTitleLine(body),
              !(layout.isInitial(body) && layout.lowercaseWords.contains(tokens[body].lower)),
              (body..<head).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps
                  && !Lexicon.personTitles.contains(tokens[$0]) && !Lexicon.givenNames.contains(tokens[$0])
                  && TemporalRecognizer.months[tokens[$0].lower] == nil && TemporalRecognizer.weekdays[tokens[$0].lower] == nil })
        else { return nil }
        return match.end
    }

    /// Where a place's name right before a known form begins (a place found just before it, or one demonym the run opens
    /// with), if one is there.
    private func placeOpening(before cursor: Int, unknownStart: Int?, found: [EntityMention], tokens: [Token]) -> Int? {
        if let modifier = unknownStart {
            return cursor - modifier == 1 && gazetteer.demonyms[tokens[modifier].text] != nil ? modifier : nil
        }
        guard let place = found.last, place.end == cursor, place.type == .location else { return nil }
        return place.first
    }

    /// Capitalized function words that open a run without belonging to the name ("By Jane Roe", "In Kenya").
    static let leadingFunctionWords: WordSet = [
        "by", "in", "on", "at", "for", "from", "with", "to", "as", "if", "when", "after", "before", "and", "but", "or", "per", "via",
        "under", "within", "across", "against", "among", "despite", "about", "over", "into", "through", "without", "amid",
        "including", "unlike", "like", "following", "during", "until", "since", "while", "although", "because", "once",
        "beyond", "inside", "outside", "behind", "beside", "throughout", "toward", "towards", "upon", "above", "below", "around",
        "along", "alongside", "except", "regarding", "concerning", "between", "beneath", "onto", "versus", "unless", "whether",
        // A question's first words ("Is the Reserve Bank ...?", "What does the Authority ...?").
        "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "can", "could", "should", "would", "what", "why",
        "how", "who", "where", "which", "whose",
    ]
    /// Words that place a day or a month in time before its name ("Last Thursday", "Starting Jan. 1", "Early March").
    static let dayPlacingWords: WordSet = ["last", "next", "this", "starting", "beginning", "effective", "early", "late", "mid", "that"]
    /// The leading function words that open only a question, so only at a sentence's start ("Do Kwon" inside one is a name).
    static let questionOpeners: WordSet = [
        "is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "can", "could", "should", "would",
    ]
    /// Qualifiers that name another legislature or court than the gazetteer's ("National Congress", "Federal Senate").
    static let institutionQualifiers: WordSet = [
        "national", "federal", "supreme", "state", "provincial", "regional", "constitutional", "high", "royal", "grand",
        "islamic", "people's", "legislative", "general", "municipal", "consultative", "popular",
    ]
    static let legislatureWords: WordSet = ["congress", "senate", "parliament", "assembly", "court", "council", "cabinet", "duma"]
    /// Words a company's name may add or drop without naming another company ("Bank Lindenhof AG", "Kudu Exchange").
    static let genericCompanyWords: WordSet = ["bank", "exchange", "group", "holdings", "holding", "company"]
}
