/// Facts about where tokens stand that the recognizers share: sentence starts, title-case lines,
/// words written capitalized inside sentences, and acronyms of lower-case phrases.
struct TextLayout {
    private(set) var sentenceOf: [Int]
    private var initial: [Bool]
    private var titleLine: [Bool]
    private var capitalizedInside: Set<String> = []
    private var capitalizedOutsideTitles: Set<String> = []
    /// Words capitalized in the text's lines after its headline, outside title-case lines.
    private var capitalizedAfterHeadline: Set<String> = []
    /// Words the text writes in lower case in prose, not in a path or a handle ("r/linux", "@kestrune").
    private var lowercaseProseWords: Set<String> = []
    /// The end of the text's first line when it reads as a headline over the text: no sentence-ending period, lines after it.
    private var headlineEnd = 0
    /// Words written as names in prose, in lower case: capitalized but not all in capitals (inside a sentence, or first in it
    /// if the text never writes it in lower case), or an acronym among words that are not.
    private var writtenAsNames: Set<String> = []
    private var companyOpeners: Set<String> = []
    /// Acronyms defined by a lower-case phrase ("total value locked (TVL)"): no entity.
    private(set) var blockedAcronyms: Set<String> = []
    /// Words the text also writes in lower case ("miner", "deposits"): common words when they open a sentence.
    private(set) var lowercaseWords: Set<String> = []
    private let tokens: [Token]
    /// The longest gazetteer form starting at each token, looked up once.
    private let gazetteerMatches: [(form: GazetteerForm, end: Int)?]
    /// Whether each token can be part of a name, read once (the name readers ask many times per token).
    private let nameTokens: [Bool]

    init(tokens: [Token], sentences: [Sentence]) {
        self.tokens = tokens
        gazetteerMatches = tokens.indices.map { Gazetteer.shared.longestMatch(in: tokens, at: $0) }
        nameTokens = tokens.indices.map { Self.readsAsNameToken($0, in: tokens) }
        sentenceOf = Array(repeating: -1, count: tokens.count)
        initial = Array(repeating: false, count: tokens.count)
        titleLine = Array(repeating: false, count: tokens.count)
        for (number, sentence) in sentences.enumerated() {
            for index in sentence.first..<sentence.end { sentenceOf[index] = number }
            initial[sentence.first] = true
            // "Read more: Ruritania's Crypto Rules Explained": the title of a linked article.
            if let colon = (sentence.first..<sentence.end).first(where: { tokens[$0].text == ":" }), colon > sentence.first,
               colon - sentence.first <= 3, Self.linkLabels.contains(Self.phrase(tokens[sentence.first..<colon])) {
                for index in colon..<sentence.end { titleLine[index] = true }
                continue
            }
            // "Key Points:": a short title-case line that introduces a list.
            let isLabelLine = sentence.end - sentence.first <= 6 && tokens[sentence.end - 1].text == ":"
                && (sentence.first == 0 || tokens[sentence.first].newlineBefore)
                && (sentence.end == tokens.count || tokens[sentence.end].newlineBefore)
            if isLabelLine, Self.isTitleCase(tokens[sentence.first..<(sentence.end - 1)]) {
                for index in sentence.first..<sentence.end { titleLine[index] = true }
                continue
            }
            // "The Initiative Aims to Close the Gaps BEIJING, Dec. 13, 2025 /PRNewswire/ --": a press release's summary in title
            // case, run into its dateline on one line, is a title up to the dateline.
            if sentence.first == 0 || tokens[sentence.first].newlineBefore,
               let dateline = Self.datelineStart(in: sentence.first..<min(sentence.end, sentence.first + Self.longestTitleLine), tokens: tokens),
               dateline - sentence.first >= 3, Self.isTitleCase(tokens[sentence.first..<dateline]) {
                for index in sentence.first..<dateline { titleLine[index] = true }
            }
            guard sentence.isHeadingLike else { continue }
            // "Ledger Weekly · May 2, 2026 · by Jane Roe": a masthead line's parts are names, not a headline.
            let separators = (sentence.first..<sentence.end).filter { Self.lineSeparators.contains(tokens[$0].text) }
            if separators.isEmpty {
                if Self.isTitleCase(tokens[sentence.first..<sentence.end]) {
                    for index in sentence.first..<sentence.end { titleLine[index] = true }
                }
                continue
            }
            var segmentStart = sentence.first
            for boundary in separators + [sentence.end] {
                let segment = tokens[segmentStart..<boundary]
                let words = segment.filter { $0.kind == .word }.count
                if words > Self.longestMastheadName, Self.isTitleCase(segment) {
                    for index in segmentStart..<boundary { titleLine[index] = true }
                }
                segmentStart = boundary + 1
            }
        }
        markTitleCaseLines()
        // Only punctuation opens a word's position here (the marks are one-scalar punctuation tokens).
        for index in tokens.indices where index > 0 && tokens[index - 1].kind == .punctuation {
            let previous = tokens[index - 1]
            if Self.openingMarks.contains(previous.text) { initial[index] = true }
            if previous.text == ")" && index > 1 && tokens[index - 2].kind == .number { initial[index] = true }
            if previous.text == "-" && previous.spaceBefore && tokens[index].spaceBefore { initial[index] = true }
        }
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalized && !tokens[index].isAllCaps {
            if Self.followsAClockTimeOpeningItsLine(index, in: tokens) { initial[index] = true }
            if Self.followsAnAnswersNo(index, in: tokens, initial: initial) { initial[index] = true }
        }
        for token in tokens where token.kind == .word && !token.isCapitalized { lowercaseWords.insert(token.lower) }
        markHeadline()
        let lowercaseIndices = tokens.indices.filter { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
        // (Most texts glue no word to a path's mark: their prose words are all their lower-case words, not gathered again.)
        if lowercaseIndices.contains(where: { Self.isGluedToAPath($0, in: tokens) }) {
            for index in lowercaseIndices where !Self.isGluedToAPath(index, in: tokens) { lowercaseProseWords.insert(tokens[index].lower) }
        } else {
            lowercaseProseWords = lowercaseWords
        }
        for index in headlineEnd..<tokens.count where tokens[index].isCapitalized && tokens[index].kind == .word && !titleLine[index] {
            capitalizedAfterHeadline.insert(tokens[index].lower)
        }
        for index in tokens.indices where tokens[index].isCapitalized && tokens[index].kind == .word && !titleLine[index] {
            capitalizedOutsideTitles.insert(tokens[index].lower)
            if !initial[index] { capitalizedInside.insert(tokens[index].text) }
            if tokens[index].isAllCaps ? !Self.isAmongCapitals(index, in: tokens) : !initial[index] || !lowercaseWords.contains(tokens[index].lower) {
                writtenAsNames.insert(tokens[index].lower)
            }
        }
        // Words that open a company's name ending in a legal form or a company head ("Kestora" in "Kestora Digital AG").
        for index in tokens.indices where tokens[index].isCapitalized && tokens[index].kind == .word && !titleLine[index] {
            var cursor = index + 1
            while cursor < tokens.count, cursor <= index + 4, tokens[cursor].kind == .word, tokens[cursor].isCapitalized || tokens[cursor].isAllCaps {
                if Lexicon.legalForms.contains(tokens[cursor]) || Lexicon.organizationHeads.contains(tokens[cursor]) {
                    companyOpeners.insert(tokens[index].text)
                    break
                }
                cursor += 1
            }
        }
        for index in tokens.indices where index >= 1 && index + 2 < tokens.count {
            guard tokens[index].text == "(", tokens[index + 2].text == ")", tokens[index - 1].kind == .word else { continue }
            // "the Capital Requirements Regulation (CRR)": a law's acronym, unless an institution's head opens the title
            // ("Office of Financial Regulation (OFR)").
            let namesALaw = EntityRecognizer.lawHeads.contains(tokens[index - 1])
                && !tokens[max(0, index - 7)..<(index - 1)].contains { Lexicon.authorityHeads.contains($0) }
            if !tokens[index - 1].isCapitalized || namesALaw {
                blockedAcronyms.insert(tokens[index + 1].text)
            }
        }
    }

    /// "XRP Is Launching on Two Networks (and Why)", "Bitcoin Plummets! Miners in Free-Fall!": a short line in title case
    /// that a question mark, an exclamation or a bracket closes, or that several sentences make up, is a headline too.
    /// (A line with a sentence-ending period is prose; a line with a masthead's separators is read part by part above.)
    private mutating func markTitleCaseLines() {
        var lineStart = 0
        for index in 0...tokens.count where index == tokens.count || index > lineStart && tokens[index].newlineBefore {
            defer { lineStart = index }
            let line = tokens[lineStart..<index]
            // ("Written by Jane Roe in Oslo. Chart: X": a period inside closes a sentence of prose.)
            guard !line.isEmpty, !line.contains(where: { $0.text == "." && $0.kind != .word }), !titleLine[lineStart],
                  line.count <= Self.longestTitleLine,
                  !line.contains(where: { Self.lineSeparators.contains($0.text) }), Self.isTitleCase(line) else { continue }
            for position in line.indices { titleLine[position] = true }
        }
    }

    /// The text's first line is a headline when lines follow it and no period closes a sentence in it ("Crypto is GREEN!
    /// Kestrune UP 9%").
    private mutating func markHeadline() {
        guard let end = tokens.indices.first(where: { $0 > 0 && tokens[$0].newlineBefore }),
              !tokens[..<end].contains(where: { $0.text == "." && $0.kind != .word }) else { return }
        headlineEnd = end
    }

    /// Whether a token stands in the text's headline (its first line, over the text).
    func inHeadline(_ index: Int) -> Bool { index < headlineEnd }

    /// Whether the text writes a word capitalized after its headline, outside title-case lines.
    func isCapitalizedAfterHeadline(_ lower: String) -> Bool { capitalizedAfterHeadline.contains(lower) }

    /// A word written right after a path's or a handle's mark ("r/linux", "@kestrune", "#defi").
    private static func isGluedToAPath(_ index: Int, in tokens: [Token]) -> Bool {
        index > 0 && !tokens[index].spaceBefore && ["/", "@", "#", "\\"].contains(tokens[index - 1].text)
    }

    /// Whether the text writes a word in lower case in prose ("the image resizer"), not only in a path ("r/linux").
    func isWrittenInLowerCase(_ lower: String) -> Bool { lowercaseProseWords.contains(lower) }

    func isInitial(_ index: Int) -> Bool { initial[index] }
    func gazetteerMatch(at index: Int) -> (form: GazetteerForm, end: Int)? { gazetteerMatches[index] }
    func inTitleLine(_ index: Int) -> Bool { titleLine[index] }
    func isCapitalizedInside(_ text: String) -> Bool { capitalizedInside.contains(text) }
    /// Whether a word opens a company's name somewhere in the text ("Kestora" in "Kestora Digital AG").
    func opensCompanyName(_ text: String) -> Bool { companyOpeners.contains(text) }

    /// Whether the text writes a word as a name in prose ("Kestrune", "BZSt", "the EEA"), not only in a run of capitals.
    func isWrittenAsName(_ lower: String) -> Bool { writtenAsNames.contains(lower) }

    /// "14:05 Good morning from the chamber", "[11:05] Brokers would need ...", "09:30 Panel: ...": a clock time that
    /// opens its line stamps an entry of a live blog, a programme or an agenda, and the word after it opens a sentence.
    private static func followsAClockTimeOpeningItsLine(_ index: Int, in tokens: [Token]) -> Bool {
        var time = index - 1
        if time >= 1, tokens[time].text == "]" { time -= 1 }
        guard time >= 0, tokens[time].kind == .number, tokens[time].text.contains(":"), tokens[index].spaceBefore else { return false }
        let opener = time >= 1 && tokens[time - 1].text == "[" ? time - 1 : time
        return opener == 0 || tokens[opener].newlineBefore
    }

    /// "Can I stake my coins? No. Licensed brokers may not ...", "A: No. Exchanges are ...": an answer's "No." before a
    /// word is no abbreviation of "number" (that comes before a number: "No. 12"), and the word after it opens a sentence.
    private static func followsAnAnswersNo(_ index: Int, in tokens: [Token], initial: [Bool]) -> Bool {
        guard index >= 2, tokens[index - 1].text == ".", tokens[index - 2].lower == "no", tokens[index - 2].isCapitalized else { return false }
        let no = index - 2
        return initial[no] || no >= 1 && tokens[no - 1].text == ":"
    }

    /// A word in capitals next to another word in capitals: part of a run of capitals, such as a headline's.
    private static func isAmongCapitals(_ index: Int, in tokens: [Token]) -> Bool {
        let before = tokens[..<index].last { $0.kind == .word }
        let after = tokens[(index + 1)...].first { $0.kind == .word }
        return before?.isAllCaps == true && !tokens[index].newlineBefore || after?.isAllCaps == true && !(after?.newlineBefore ?? true)
    }

    /// Whether every word of a name key is written capitalized somewhere outside title-case lines.
    func isCapitalizedOutsideTitles(_ key: String) -> Bool {
        key.split(separator: " ").allSatisfy { word in
            Lexicon.nameConnectors.contains(String(word)) || capitalizedOutsideTitles.contains(String(word))
        }
    }

    /// The period after a middle initial ("Jane P. Roe").
    func isMiddleInitialPeriod(_ index: Int) -> Bool {
        guard tokens[index].text == ".", !tokens[index].spaceBefore, index >= 2, index + 1 < tokens.count else { return false }
        let initial = tokens[index - 1]
        return initial.text.unicodeScalars.count == 1 && initial.isCapitalized && tokens[index - 2].isCapitalized
            && tokens[index + 1].spaceBefore && tokens[index + 1].isCapitalized && tokens[index + 1].kind == .word
    }

    /// A token that can be part of a name: a capitalized word, "21Shares", "21.co".
    func isNameToken(_ index: Int) -> Bool { nameTokens[index] }

    private static func readsAsNameToken(_ index: Int, in tokens: [Token]) -> Bool {
        // (Most words are in lower case and leave here, before the word-list look-ups below, and before the token is copied:
        // a copy retains both its strings.)
        guard tokens[index].kind == .word, tokens[index].isCapitalized || readsAsNameInLowerCase(tokens[index]) else { return false }
        let token = tokens[index]
        // "Zentora Capital Ltd": a legal form right after a name belongs to it.
        if Self.legalFormAcronyms.contains(token), index > 0, token.spaceBefore, !token.newlineBefore, token.isCapitalized,
           tokens[index - 1].kind == .word, tokens[index - 1].isCapitalized {
            return true
        }
        // "General Directorate for ...", "General Agency of ...": "General" before an institution's head opens its name.
        let opensInstitution = token.lower == "general" && index + 1 < tokens.count && tokens[index + 1].isCapitalized
            && Lexicon.authorityHeads.contains(tokens[index + 1])
        // "Superior Court of Justice", "Ministry of Justice": the portfolio of a court or a ministry.
        let portfolio = token.lower == "justice" && index >= 2 && tokens[index - 1].lower == "of"
            && ["court", "ministry", "department", "tribunal", "minister"].contains(tokens[index - 2].lower)
        // "Council of Ministers", "Cabinet of Ministers": the members a government's council is named for.
        let members = token.lower == "ministers" && index >= 2 && tokens[index - 1].lower == "of"
            && tokens[index - 2].isCapitalized && ["council", "cabinet"].contains(tokens[index - 2].lower)
        if Lexicon.commonAcronyms.contains(token) || Lexicon.personTitles.contains(token) && !opensInstitution && !portfolio && !members
            && !isOfficeOfAGeneral(index, in: tokens) && !Self.isTitleOfAnOffice(index, in: tokens) {
            return false
        }
        // "#HealthyHydration", "@JaneRoe", "bit.ly/2hWx": hashtags, handles and link paths name nothing.
        if index > 0, !token.spaceBefore, ["#", "@"].contains(tokens[index - 1].text) { return false }
        if index > 1, !token.spaceBefore, tokens[index - 1].text == "/", !tokens[index - 1].spaceBefore,
           !tokens[index - 2].isCapitalized || tokens[index - 2].text.contains(".") {
            return false
        }
        return true
    }

    /// Whether a word that does not open with a capital can be part of a name: "bKash", "21Shares", "21.co".
    private static func readsAsNameInLowerCase(_ token: Token) -> Bool {
        guard let first = token.text.unicodeScalars.first else { return false }
        // "bKash", "Digital Asset eXchange Alliance": a word in camel case after a small first letter is a name's (not a
        // unit such as "kWh").
        let opensInLowerCase = first.isASCII ? first.value >= 97 && first.value <= 122 : first.properties.isLowercase
        if opensInLowerCase, hasCapitalAfterFirst(token.text), !Self.quantityUnits.contains(token) {
            return true
        }
        guard Tokenizer.isDigit(first) else { return false }
        // "12.9bn", "300M", "8GB": a quantity with its unit.
        if Self.isQuantity(token.lower) { return false }
        return token.text.unicodeScalars.contains(where: Tokenizer.isUppercase) || token.text.contains(".")
    }

    /// Whether a word has a capital after its first letter ("bKash", "eXchange"), read from its bytes when they are ASCII.
    private static func hasCapitalAfterFirst(_ text: String) -> Bool {
        let readFromBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 128 }) else { return nil }
            return bytes.dropFirst().contains { $0 >= 65 && $0 <= 90 }
        }
        return (readFromBytes ?? nil) ?? text.unicodeScalars.dropFirst().contains(where: Tokenizer.isUppercase)
    }

    /// "the Illinois Attorney General said", "the Attorney General's Office", "the Auditor General's report": the words of an
    /// office named for its holder, which is a state body, not a role, unless a holder's name follows ("Attorney General
    /// Jane Roe").
    static func isOfficeOfAGeneral(_ index: Int, in tokens: [Token]) -> Bool {
        let holder = tokens[index].lower == "general" ? index - 1 : index
        guard holder >= 0, holder + 1 < tokens.count, generalOffices.contains(tokens[holder]), tokens[holder].isCapitalized,
              tokens[holder + 1].lower == "general", tokens[holder + 1].isCapitalized, tokens[holder + 1].spaceBefore else { return false }
        let after = holder + 2
        return after == tokens.count || tokens[after].newlineBefore || !(tokens[after].kind == .word && tokens[after].isCapitalized)
    }

    /// "the Public Prosecutor's Office", "the State Treasurer's Office": a title before "'s Office", written with a capital,
    /// names its holder's office, a state body ("the Treasurer's office" and "the prosecutor's Office" name none).
    static func isTitleOfAnOffice(_ index: Int, in tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count, Lexicon.personTitles.contains(tokens[index]), tokens[index].isCapitalized, !tokens[index].isAllCaps,
              tokens[index + 1].isPossessive, !tokens[index + 1].spaceBefore, tokens[index + 1].lower.hasSuffix("s") else { return false }
        let office = tokens[index + 2]
        return office.lower == "office" && office.isCapitalized && office.spaceBefore && !office.newlineBefore
    }

    /// Titles whose "General" names a state office ("Attorney General", "Auditor General", "the Prosecutor General's Office").
    static let generalOffices: WordSet = ["attorney", "auditor", "prosecutor", "solicitor", "comptroller", "accountant", "inspector"]

    /// Where a dated dateline in capitals begins among a line's first words ("... BEIJING, Dec. 13, 2025 /PRNewswire/").
    static func datelineStart(in range: Range<Int>, tokens: [Token]) -> Int? {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            guard tokens[cursor].kind == .word, tokens[cursor].isAllCaps else {
                cursor += 1
                continue
            }
            var end = cursor
            while end < range.upperBound, tokens[end].kind == .word && tokens[end].isAllCaps || tokens[end].text == "-" { end += 1 }
            if EntityRecognizer.isDatedDateline(cursor..<end, tokens: tokens) { return cursor }
            cursor = end
        }
        return nil
    }

    /// A number followed by a unit or a magnitude: "12.9bn", "300m", "8gb", "120hz".
    static func isQuantity(_ lower: String) -> Bool {
        let scalars = lower.unicodeScalars
        guard let firstLetter = scalars.firstIndex(where: { Tokenizer.isLetter($0) }), firstLetter != scalars.startIndex else { return false }
        guard scalars[..<firstLetter].allSatisfy({ Tokenizer.isDigit($0) || $0 == "." || $0 == "," }) else { return false }
        return quantityUnits.contains(String(String.UnicodeScalarView(scalars[firstLetter...])))
    }

    static let quantityUnits: WordSet = [
        "k", "m", "mn", "mm", "b", "bn", "bln", "t", "tn", "trn", "million", "billion", "trillion", "gb", "tb", "mb", "kb",
        "hz", "khz", "mhz", "ghz", "w", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "th", "ph", "eh", "ths", "phs", "ehs",
        "x", "am", "pm", "p", "fps", "mph", "km", "kg", "g", "mg", "ml", "l", "cm", "ft", "lb", "lbs", "oz", "v", "mah", "yr",
        "yrs", "d", "h", "hr", "hrs", "min", "mins", "sec", "ms", "s", "pc", "pct", "bps", "mbps", "gbps",
    ]

    /// The end of the run of name tokens (with connectors between them) that starts at `start`,
    /// and at least the end of a gazetteer form that starts there.
    func nameSpanEnd(from start: Int) -> Int {
        var end = start
        if let match = gazetteerMatches[start] { end = match.end }
        if end == start && !isNameToken(start) { return start + 1 }
        if end == start { end = start + 1 }
        let sentence = sentenceOf[start]
        while end < tokens.count, end - start < Self.longestName, sentenceOf[end] == sentence, !tokens[end].newlineBefore {
            if let match = gazetteerMatches[end], tokens[end].spaceBefore || tokens[end].kind == .clitic {
                if tokens[end].kind == .clitic { break }
                end = match.end
                continue
            }
            if isNameToken(end) && (tokens[end].spaceBefore || tokens[end - 1].kind == .word && tokens[end].kind == .word) {
                end += 1
                continue
            }
            // "Jane P. Roe": a middle initial's period.
            if end >= start + 2, isMiddleInitialPeriod(end), !tokens[end + 1].newlineBefore, isNameToken(end + 1) {
                end += 1
                continue
            }
            // "Directorate General of Taxes": "General" after an institution's head is part of its name.
            if tokens[end].lower == "general", tokens[end].isCapitalized, tokens[end].spaceBefore || tokens[end - 1].text == "-",
               Self.headsBeforeGeneral.contains(tokens[end - (tokens[end - 1].text == "-" ? 2 : 1)]) {
                end += 1
                continue
            }
            // "Directorate-General": a hyphen between an institution's head and "General".
            if tokens[end].text == "-", !tokens[end].spaceBefore, end + 1 < tokens.count, tokens[end + 1].lower == "general",
               Self.headsBeforeGeneral.contains(tokens[end - 1]) {
                end += 1
                continue
            }
            // "Reyes-Tan": a hyphen inside a name, without spaces around it.
            if tokens[end].text == "-", !tokens[end].spaceBefore, end + 1 < tokens.count, !tokens[end + 1].spaceBefore,
               isNameToken(end - 1), isNameToken(end + 1) || Self.isNameSyllable(tokens[end - 1], tokens[end + 1],
                                                                       afterName: end - 2 >= start && isNameToken(end - 2)) {
                end += 2
                continue
            }
            if Lexicon.nameConnectors.contains(tokens[end]), !tokens[end].isCapitalized, end + 1 < tokens.count,
               sentenceOf[end + 1] == sentence, isNameToken(end + 1) || tokens[end + 1].lower == "the" && end + 2 < tokens.count && isNameToken(end + 2) {
                end += 1
                continue
            }
            // "Joint Committee on Taxation", "Basel Committee on Banking Supervision": "on" after a body's head word.
            if tokens[end].lower == "on", Self.headsBeforeOn.contains(tokens[end - 1]), tokens[end - 1].isCapitalized,
               end + 1 < tokens.count, sentenceOf[end + 1] == sentence, tokens[end + 1].isCapitalized, isNameToken(end + 1),
               // ("the Commission on Friday", "on Feb. 3": a day is no subject.)
               TemporalRecognizer.weekdays[tokens[end + 1].lower] == nil, TemporalRecognizer.months[tokens[end + 1].lower] == nil,
               !Lexicon.commonCapitalized.contains(tokens[end + 1]) {
                end += 1
                continue
            }
            // "Pakistan Banks' Association", "Traders' Union": a plural possessive inside a body's name.
            if isInnerPossessive(end) {
                end += 1
                continue
            }
            // "Anouk ter Haarveld", "Ana dos Santos": a surname particle between a name and a capitalized surname.
            if EntityRecognizer.surnameParticles.contains(tokens[end]), !tokens[end].isCapitalized, end + 1 < tokens.count,
               sentenceOf[end + 1] == sentence, tokens[end + 1].spaceBefore, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized,
               tokens[end - 1].kind == .word, tokens[end - 1].isCapitalized {
                end += 1
                continue
            }
            // "Place de la Bourse", "Ursula von der Leyen": two connectors in a row before a name word.
            if Self.doubleConnectors.contains(tokens[end]), !tokens[end].isCapitalized, end + 2 < tokens.count,
               Self.doubleConnectors.contains(tokens[end + 1]), sentenceOf[end + 2] == sentence, isNameToken(end + 2),
               tokens[end + 1].spaceBefore, tokens[end + 2].spaceBefore {
                end += 2
                continue
            }
            break
        }
        return end
    }

    /// The bare apostrophe of "Banks' Association": after a capitalized plural, before a body's head word.
    func isInnerPossessive(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].kind == .clitic else { return false }
        let before = tokens[index - 1], after = tokens[index + 1]
        // "the Attorney General's Office": the office of a general's title.
        if tokens[index].isPossessive, index > 1, Self.isOfficeOfAGeneral(index - 1, in: tokens) || Self.isTitleOfAnOffice(index - 1, in: tokens),
           after.spaceBefore, after.lower == "office", after.isCapitalized {
            return true
        }
        // "the People's National Assembly", "the Provincial People's Government": the people's body (a name the gazetteer
        // knows after it stays its own).
        if tokens[index].isPossessive, tokens[index].lower.hasSuffix("s"), before.lower == "people", before.isCapitalized, after.kind == .word,
           after.spaceBefore, after.isCapitalized, gazetteerMatches[index + 1] == nil {
            return true
        }
        guard ["'", "\u{2019}"].contains(tokens[index].text) else { return false }
        return before.kind == .word && before.isCapitalized && before.lower.hasSuffix("s") && after.spaceBefore && after.isCapitalized
            && Self.possessiveBodyHeads.contains(after)
    }

    /// Heads of bodies named after their members ("Bankers' Association", "Miners' Union").
    static let possessiveBodyHeads: WordSet = [
        "association", "union", "federation", "council", "league", "chamber", "guild", "alliance", "forum", "institute", "society",
        "club", "cooperative", "co-operative", "fund", "party", "bank", "committee", "confederation", "assembly", "network", "office",
        "court",
    ]

    /// "Hye-won", "Jae-yong", "Yu-hsuan": a short lower-case syllable after a hyphen in a given name; a longer one
    /// (five or six letters) only if it ends as Chinese and Korean syllables do, in a vowel, "n", "ng" or "r" ("So-young").
    /// ("Seung-min", "Soo-bin": a syllable of five letters that ends as such syllables do, after a family name; a syllable
    /// glued to the one before it is no particle.)
    private static func isNameSyllable(_ before: Token, _ after: Token, afterName: Bool) -> Bool {
        let syllableOfFive = afterName && before.text.count == 5 && (before.lower.hasSuffix("ng") || before.lower.hasSuffix("n"))
        guard before.isCapitalized, before.text.count <= 4 || syllableOfFive, after.kind == .word, !after.isCapitalized,
              !Lexicon.nameConnectors.contains(after) || EntityRecognizer.surnameParticles.contains(after) && after.text.count == 3,
              !minorWords.contains(after),
              !["up", "in", "out", "off"].contains(after.lower) else { return false }
        if after.text.count <= 4 { return true }
        guard after.text.count <= 6, let last = after.lower.last else { return false }
        return ("aeiounr".contains(last) || after.lower.hasSuffix("ng")) && !englishHyphenSuffixes.contains(after)
    }

    /// Common words after a hyphen that end like a syllable ("Tax-free", "Asia-wide").
    static let englishHyphenSuffixes: WordSet = [
        "free", "wide", "scale", "style", "grade", "sized", "prone", "focused", "driven", "proven", "chosen", "owner", "maker",
        "taker", "holder", "seller", "buyer", "trader", "leader", "centre", "center", "zone", "phone", "online", "native",
        "linear", "single", "double", "triple", "time", "term", "value", "volume", "income", "stone", "share", "price", "route",
        "long", "along", "going", "ending", "leading", "making", "trading", "mining", "selling", "buying", "lending",
    ]

    private static func isTitleCase(_ slice: ArraySlice<Token>) -> Bool {
        // ("(Reporting by Dana Roe)": the words, not the brackets, open the line.)
        let opening = slice.drop { $0.kind != .word }
        if opening.first?.lower == "by" { return false }
        // "Reporting by Dana Roe in Astana": a credit line is no headline.
        if let first = opening.first, EntityRecognizer.creditWords.contains(first.lower), opening.dropFirst().first?.lower == "by" { return false }
        let words = slice.filter { $0.kind == .word && !minorWords.contains($0) }
        guard words.count >= 2 else { return false }
        let capitalized = words.filter { $0.isCapitalized || $0.isAllCaps }.count
        return Double(capitalized) >= 0.75 * Double(words.count)
    }

    /// No headline runs longer than this many tokens.
    static let longestTitleLine = 40
    /// A part of a masthead line of at most this many words is a name, not a headline.
    static let longestMastheadName = 4
    /// Labels before the title of a linked article.
    static let linkLabels: WordSet = ["read more", "read also", "also read", "related", "see also", "more", "recommended", "read"]
    private static func phrase(_ slice: ArraySlice<Token>) -> String { slice.map(\.lower).joined(separator: " ") }
    static let legalFormAcronyms: WordSet = ["ltd", "inc", "corp", "llc", "plc"]
    static let lineSeparators: WordSet = ["\u{00B7}", "|", "\u{2022}"]
    /// Heads of bodies named for their subject after "on" ("Committee on Taxation", "Commission on Human Rights").
    static let headsBeforeOn: WordSet = ["committee", "subcommittee", "commission", "council", "board", "panel", "taskforce", "force", "centre", "center", "institute"]
    static let headsBeforeGeneral: WordSet = [
        "directorate", "secretariat", "inspectorate", "procuratorate", "directorate-general",
        // "Dirección General de Impuestos Internos", "Procuraduría General de la República", "Direzione Generale".
        "dirección", "direção", "direzione", "fiscalía", "procuraduría", "procuradoria", "contraloría", "controladoria",
        "secretaría", "secretaria", "tesorería", "inspección", "intendencia", "comisaría", "administración",
    ]
    static let doubleConnectors: WordSet = ["de", "la", "le", "los", "las", "van", "von", "der", "den", "da", "del", "di", "do", "dos", "das"]
    /// No name runs longer than this many tokens; it also bounds the work on text in title case.
    static let longestName = 16
    static let openingMarks: WordSet = ["\u{201C}", "\"", "(", "[", ":", ";", "\u{2014}", "\u{2013}", "\u{2022}", "\u{00B7}", "|", "\u{2018}"]
    static let minorWords: WordSet = ["a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "as", "at", "by", "with", "from", "is", "vs"]
}
