/// The head of an article, the short lines between its headline and its first line of prose: "Kolvar Business Bulletin |
/// Energy", "Kolvar Business Bulletin | Jane Roe | 4 May 2026", "By Jane Roe", "4 May 2026". Its first name is the
/// publication's, an organization, though the line reads like a title; a later name of a few words that are no common
/// words is the writer's, a person; a part of common words ("Energy", "Mining & Energy") is the publication's section and
/// names nothing.
extension EntityRecognizer {
    /// What a part of an article's head names.
    enum MastheadPart { case publication, writer, section }

    /// Reads the article's head, its `parts` (`mastheadParts`), into `candidates`: its publication and writer replace what
    /// the name runs read there, and its sections drop theirs.
    func readMasthead(_ parts: [(range: Range<Int>, kind: MastheadPart)], into candidates: inout [EntityMention], tokens: [Token]) {
        guard !parts.isEmpty else { return }
        candidates.removeAll { mention in
            parts.contains { $0.range.overlaps(mention.first..<mention.end) }
        }
        for part in parts where part.kind != .section {
            let first = tokens[part.range.lowerBound].lower == "the" ? part.range.lowerBound + 1 : part.range.lowerBound
            candidates.append(EntityMention(first: first, end: part.range.upperBound, key: "n:" + Self.key(tokens, first..<part.range.upperBound),
                                            type: part.kind == .publication ? .organization : .person, code: nil, country: nil))
        }
        candidates.sort { $0.first < $1.first }
    }

    /// The named parts of the article's head. The publication is the first name there: on a line with a date, a byline or
    /// an issue number ("Kolvar Business Bulletin | 4 May 2026"), or on a line of its own after the headline. A name after
    /// it is the writer's; a part of common words is a section. (A head without a publication is left to the name runs.)
    func mastheadParts(tokens: [Token], layout: TextLayout) -> [(range: Range<Int>, kind: MastheadPart)] {
        var parts: [(range: Range<Int>, kind: MastheadPart)] = []
        for (number, line) in headLines(tokens).enumerated() {
            let segments = Self.lineSegments(line, tokens: tokens)
            let isDatedLine = segments.contains { isDateOrBylineSegment($0, tokens: tokens) }
            for segment in segments where !isDateOrBylineSegment(segment, tokens: tokens) {
                guard isNameSegment(segment, tokens: tokens, layout: layout) else {
                    if !parts.isEmpty, isSectionSegment(segment, tokens: tokens, layout: layout) { parts.append((segment, .section)) }
                    continue
                }
                if parts.isEmpty {
                    guard isDatedLine || number > 0 && segments.count <= 2,
                          isPublicationName(segment, onDatedLine: isDatedLine, tokens: tokens) else { continue }
                    parts.append((segment, .publication))
                } else if isSectionSegment(segment, tokens: tokens, layout: layout) {
                    // ("Island Business": a desk's words are no writer's name.)
                    parts.append((segment, .section))
                } else if isWriterSegment(segment, tokens: tokens, layout: layout) {
                    parts.append((segment, .writer))
                }
            }
        }
        return parts
    }

    /// "Kolvar Business Bulletin", "Selangor Grid & Markets", "Kolvar Presse", "Newsgrid" on a dated line: a publication's
    /// name is three words or more, or has the head of a publication's or a company's name, or is one word beside the date.
    /// (Two words without such a head may be the writer's name: "Jane Roe-Amara | Strasbourg".)
    func isPublicationName(_ segment: Range<Int>, onDatedLine: Bool, tokens: [Token]) -> Bool {
        let words = tokens[segment].filter { $0.kind == .word }
        let count = Self.wordCount(segment, tokens: tokens)
        guard let first = words.first, !Lexicon.givenNames.contains(first.lower) else { return false }
        return count >= 3 || count == 1 && onDatedLine
            || words.contains { Self.publicationHeads.contains($0) || Lexicon.organizationHeads.contains($0) || Lexicon.legalForms.contains($0) }
    }

    /// How many words a segment has, a hyphenated word ("Roe-Amara") counting once.
    static func wordCount(_ segment: Range<Int>, tokens: [Token]) -> Int {
        segment.filter { index in
            tokens[index].kind == .word && !(index > segment.lowerBound && tokens[index - 1].text == "-" && !tokens[index - 1].spaceBefore)
        }.count
    }

    /// The lines of the article's head as token ranges: the first line and the lines after it up to the first line of prose
    /// (one that a sentence's period, question or exclamation mark closes, or a long one).
    func headLines(_ tokens: [Token]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        guard !tokens.isEmpty else { return lines }
        var start = 0
        for index in 1...tokens.count where index == tokens.count || tokens[index].newlineBefore {
            let line = start..<index
            start = index
            let words = tokens[line].filter { $0.kind == .word }.count
            if !lines.isEmpty, [".", "!", "?"].contains(tokens[index - 1].text) || words > Self.longestHeadLine { break }
            lines.append(line)
            if lines.count == Self.mostHeadLines { break }
        }
        return lines
    }

    /// The parts of a line between its separators: bars, middle dots, bullets, dashes and commas.
    static func lineSegments(_ line: Range<Int>, tokens: [Token]) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = line.lowerBound
        for index in line where Self.mastheadSeparators.contains(tokens[index].text)
            || tokens[index].text == "-" && tokens[index].spaceBefore && index + 1 < line.upperBound && tokens[index + 1].spaceBefore {
            if index > start { segments.append(start..<index) }
            start = index + 1
        }
        if line.upperBound > start { segments.append(start..<line.upperBound) }
        return segments
    }

    /// "4 May 2026", "Wednesday", "Issue 88", "Published June 3", "By Jane Roe": a segment that dates the article, numbers
    /// its issue or names its writer after "by".
    func isDateOrBylineSegment(_ segment: Range<Int>, tokens: [Token]) -> Bool {
        let words = tokens[segment].filter { $0.kind == .word }
        if let first = words.first, first.lower == "by" || Self.bylineVerbs.contains(first.lower) { return true }
        let dated = tokens[segment].contains { $0.kind == .number || TemporalRecognizer.months[$0.lower] != nil || TemporalRecognizer.weekdays[$0.lower] != nil }
        return dated && words.allSatisfy { word in
            TemporalRecognizer.months[word.lower] != nil || TemporalRecognizer.weekdays[word.lower] != nil || Self.datingWords.contains(word.lower)
                || !word.isCapitalized
        }
    }

    /// A name of one to five capitalized words ("Kolvar Business Bulletin", "Selangor Grid & Markets", "The Ledger Desk"),
    /// with small words, numbers and hyphens inside, that is neither a place the gazetteer knows whole nor a dateline in
    /// capitals, and whose words are not all common ones.
    func isNameSegment(_ segment: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        let words = tokens[segment].filter { $0.kind == .word }
        guard let first = tokens[segment].first, let last = tokens[segment].last, (1...Self.longestMastheadName).contains(Self.wordCount(segment, tokens: tokens)),
              first.kind == .word, first.isCapitalized, last.kind == .word, last.isCapitalized,
              tokens[segment].allSatisfy({ token in
                  token.kind == .word && (token.isCapitalized || Lexicon.nameConnectors.contains(token))
                      || token.kind == .number || token.text == "&" || token.text == "-" && !token.spaceBefore
              }),
              !words.allSatisfy(\.isAllCaps),
              // ("Jane Roe, Court Reporter", "Head of Compliance": a writer's role.)
              !words.contains(where: { Lexicon.personTitles.contains($0) }),
              !words.allSatisfy({ layout.lowercaseWords.contains($0.lower) || Lexicon.commonCapitalized.contains($0) || Lexicon.nameConnectors.contains($0) })
        else { return false }
        if let match = layout.gazetteerMatch(at: segment.lowerBound), match.end == segment.upperBound { return false }
        return true
    }

    /// A writer's name after the publication: two to four capitalized words, none a common word, a word of an institution's
    /// name or a known form ("Jane Roe", not "Financial Regulation Group").
    func isWriterSegment(_ segment: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        (2...4).contains(Self.wordCount(segment, tokens: tokens)) && segment.allSatisfy { index in
            let token = tokens[index]
            guard token.kind == .word else { return token.text == "-" && !token.spaceBefore }
            return token.isCapitalized && !token.isAllCaps && !layout.lowercaseWords.contains(token.lower)
                && !Lexicon.commonCapitalized.contains(token) && !Lexicon.organizationHeads.contains(token)
                && !Lexicon.authorityHeads.contains(token) && !Self.publicationHeads.contains(token)
                && layout.gazetteerMatch(at: index) == nil
        }
    }

    /// "Energy", "Mining & Energy", "Markets": a section of the publication, common words the text also writes in lower case
    /// or the words of a newsroom's desks ("Capital Markets", "Enforcement", "Island Business").
    func isSectionSegment(_ segment: Range<Int>, tokens: [Token], layout: TextLayout) -> Bool {
        let words = tokens[segment].filter { $0.kind == .word }
        return !words.isEmpty && words.count <= 3 && words.allSatisfy { word in
            layout.lowercaseWords.contains(word.lower) || Lexicon.nameConnectors.contains(word.lower) || Self.deskWords.contains(word.lower)
        }
    }

    /// The marks that separate a masthead line's parts.
    static let mastheadSeparators: WordSet = ["|", "\u{00B7}", "\u{2022}", "\u{2014}", "\u{2013}", ","]
    /// Last words of publications' names that are no company's ("Business Bulletin", "Energy Desk"); the company heads
    /// (`Lexicon.organizationHeads`) hold "Journal", "Times", "Review" and "Wire".
    static let publicationHeads: WordSet = [
        "bulletin", "report", "desk", "ledger", "weekly", "week", "courier", "digest", "letter", "register", "chronicle",
        "dispatch", "presse", "radar", "today", "briefing", "standard", "telegraph", "express", "record", "newsletter",
        "quarterly", "monthly", "mirror", "sentinel", "examiner", "inquirer", "gazeta", "zeitung", "diario",
    ]
    /// Words of the desks a publication's sections are named for ("Capital Markets", "Personal Finance", "Local News").
    static let deskWords: WordSet = [
        "markets", "capital", "energy", "economy", "economics", "policy", "enforcement", "business", "island", "prudential",
        "regulation", "regulatory", "finance", "personal", "technology", "tech", "feature", "features", "analysis", "opinion",
        "news", "local", "world", "fintech", "banking", "mining", "tax", "law", "legal", "politics", "investing", "money",
        "commodities", "companies", "industry", "trade", "payments", "digital", "assets", "sport", "sports", "gaming",
        "pensions", "insurance", "property", "wealth", "compliance", "courts", "crime", "consumer", "region", "regional",
    ]
    /// Words that may date an article's head beside its date ("Published June 3", "Issue 88").
    static let datingWords: WordSet = ["published", "updated", "posted", "issue", "no", "vol", "volume", "edition"]
    /// A publication's name has at most this many words.
    static let longestMastheadName = 5
    /// A line of the article's head has at most this many words; a longer one is prose.
    static let longestHeadLine = 16
    /// The article's head is at most this many lines.
    static let mostHeadLines = 6
}
