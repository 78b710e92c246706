/// The activities a frame's measure covers, read around its statements' cues: the object phrases of its
/// own clause (not those of a second measure coordinated in the same sentence, "bans new mining farms and
/// ends miners' tax discount"), and, for a law or a framework adopted as news, the provisions the article
/// lists or introduces with "under the law" after it.
struct FrameSubjects {
    let document: AnalyzedText
    /// One past the article lead's last sentence, where a law adopted as news is stated.
    let leadEnd: Int

    /// The activities of a group of statements, with exchanges and custodians counted as subjects only when
    /// their operation is ruled or no other activity is ("exchanges must cap leverage" is about leverage).
    func subjects(of group: [ReadStatement]) -> [PolicySubject] {
        subjects(in: group.map(window(of:)))
    }

    /// The activities named in windows of words, one window per statement or scope sentence.
    func subjects(in windows: [[String]]) -> [PolicySubject] {
        var found: Set<PolicySubject> = []
        var transactions = false
        var exchanges = Roles()
        var custodians = Roles()
        for words in windows {
            var subjects = SubjectLexicon.subjects(in: words)
            let operation = SubjectLexicon.rulesOperation(words)
            if subjects.remove(.exchangeServices) != nil { exchanges.note(operation) }
            if SubjectLexicon.namesCustodians(words) { custodians.note(operation) }
            found.formUnion(subjects)
            transactions = transactions || SubjectLexicon.mentionsTransactions(words)
        }
        // Across the frame, providers that only carry another activity's rule ("exchanges registered with the
        // agency must cap leverage", "custodial wallet providers must identify senders") are its addressees.
        let onlyProviders = found.isDisjoint(with: SubjectLexicon.activitySubjects)
        if exchanges.operation || exchanges.addressee && onlyProviders { found.insert(.exchangeServices) }
        if custodians.operation || custodians.addressee && onlyProviders { found.insert(.custody) }
        if found.isEmpty, transactions { found.insert(.trading) }
        // "cleared the fund to begin trading": an exchange-traded fund's trading is the fund's.
        if found.contains(.etf) { found.remove(.trading) }
        return PolicySubject.allCases.filter(found.contains)
    }

    /// A frame's subjects completed by what its actor and its article say: an anti-money-laundering body (a
    /// financial intelligence unit, a financial crimes agency) rules customer checks and reports whatever the
    /// measure names; a frame whose sentences name no activity takes the activities the headline and lead name,
    /// and failing those the holding and trading of crypto-assets that every crypto measure touches.
    func completed(_ named: [PolicySubject], actor: String?) -> [PolicySubject] {
        var found = Set(named)
        if let actor, Self.namesAntiMoneyLaunderingBody(actor) { found.insert(.kycAML) }
        // "Exchanges must enrol with the revenue agency and deduct tax at source": a tax authority's measure taxes what
        // the platforms do; the platforms that register, report or withhold are its addressees.
        if let actor, found.contains(.taxation), Self.namesTaxAuthority(actor) { found.remove(.exchangeServices) }
        if found.isEmpty { found = Set(subjects(in: leadWindows())) }
        if found.isEmpty { found.insert(.trading) }
        return PolicySubject.allCases.filter(found.contains)
    }

    /// "The digital krona will be tested in shop payments", "a pilot of offline payments in the digital rupee": the
    /// payments a central bank digital currency is made for are its use, so a frame about the currency is about the
    /// currency alone.
    static func leavingTheCurrencysUses(_ subjects: [PolicySubject]) -> [PolicySubject] {
        subjects.contains(.cbdc) ? subjects.filter { $0 != .payments } : subjects
    }

    /// The headline's and lead's sentences, each a window of its words.
    private func leadWindows() -> [[String]] {
        document.sentences.prefix(leadEnd).map { sentence in document.tokens[sentence.first..<sentence.end].map(\.lower) }
    }

    /// "penalised the crypto exchange Larchmont", "Oakvale, which runs a crypto trading platform", "a virtual asset
    /// service provider": the statements name a crypto service provider, the party a sanction strikes.
    func namesCryptoProvider(_ group: [ReadStatement]) -> Bool {
        group.contains { read in
            let sentence = document.sentences[read.sentence]
            let words = document.tokens[sentence.first..<sentence.end].map(\.lower)
            return words.indices.contains { index in
                Self.providerNouns.contains(words[index])
                    && words[max(0, index - 3)..<index].contains { SubjectLexicon.cryptoWords.contains($0) || ["digital", "virtual"].contains($0) }
            }
        }
    }

    static let providerNouns: WordSet = ["exchange", "platform", "broker", "provider"]

    /// "Tanzania Revenue Authority", "Federal Central Tax Office", "Australian Taxation Office", "HMRC": bodies that
    /// collect taxes.
    static func namesTaxAuthority(_ name: String) -> Bool {
        let words = name.lowercased().split { !$0.isLetter }
        return words.contains { ["tax", "taxation", "revenue", "hmrc", "irs"].contains($0) }
    }

    /// "Financial Intelligence Unit", "Financial Crimes Enforcement Network", "Anti-Money Laundering Office",
    /// "Financial Transactions and Reports Analysis Centre": bodies whose only remit is money laundering.
    static func namesAntiMoneyLaunderingBody(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["financial intelligence", "money laundering", "financial crimes", "transactions and reports", "fincen", "anti-money"]
            .contains { lower.contains($0) }
    }

    /// The windows of words a frame covers: its own statements' clauses (not its carve-outs), the provisions of a
    /// law it adopts, and what the article says the measure covers.
    /// Each statement's window is read once and serves both its own clause and the measure nouns `scope` looks for.
    func coverage(of group: [ReadStatement], among statements: [ReadStatement]) -> [[String]] {
        let windows = group.map(window(of:))
        let own = zip(group, windows).filter { read, _ in !leavesAlone(read.sentence) }.map { _, window in window }
        return own + provisions(of: group, among: statements).map(window(of:)) + scope(of: group, windows: windows)
    }

    /// The statements that spell out a law, a bill or a set of rules the frame adopts in the article's lead ("Parliament
    /// passed the bill", "the central bank published its rules"): the items of a bulleted list after it and the sentences
    /// that open "Under the law, ...", whoever they name as the supervisor and however their own sentences read
    /// in time (a list item has no tense of its own). Carve-outs are none.
    func provisions(of group: [ReadStatement], among statements: [ReadStatement]) -> [ReadStatement] {
        guard let adoption = group.first(where: { $0.sentence < leadEnd && adoptsInstrument($0) }) else { return [] }
        return statements.filter { read in
            read.sentence > adoption.sentence && read.statement.action != .warn && !leavesAlone(read.sentence) && (isListItem(read.sentence) || opensWithInstrument(read.sentence))
        }
    }

    /// What the article says the measure covers after stating it: "the licence covers spot trading and custody",
    /// "the ban applies to lending and staking products". The measure is named by a noun its own sentences use, in
    /// `windows`, the group's statements' windows (`window(of:)`, one per statement).
    func scope(of group: [ReadStatement], windows: [[String]]) -> [[String]] {
        guard let first = group.first else { return [] }
        let named = Set(windows.joined().compactMap(Self.measure(namedBy:)))
        guard !named.isEmpty else { return [] }
        var windows: [[String]] = []
        let tokens = document.tokens
        for sentence in document.sentences.dropFirst(first.sentence + 1).prefix(12) {
            // The scope verb is looked for among the sentence's words (a verb opens with a letter); the words are read
            // only in a sentence that has one.
            let span = tokens[sentence.first..<sentence.end]
            // (The span's tokens are read in place: a copy of each would retain both its strings.)
            guard let verbToken = span.indices.first(where: { span[$0].kind == .word && Self.scopeVerbs.contains(span[$0]) }) else { continue }
            let words = span.map(\.lower)
            let verb = verbToken - sentence.first
            guard verb >= 2,
                  let noun = Self.measure(namedBy: words[verb - 1]) ?? Self.measure(namedBy: words[verb - 2]), named.contains(noun),
                  !words[max(0, verb - 3)..<verb].contains(where: { ["not", "n't", "never", "no"].contains($0) }) else { continue }
            windows.append(Array(words[(verb + 1)...]))
        }
        return windows
    }

    /// Nouns that name a measure, by the measure they name ("licence" and "license" are one).
    static let measureNouns: [String: String] = [
        "licence": "licence", "license": "licence", "licences": "licence", "licenses": "licence", "approval": "approval",
        "registration": "registration", "authorisation": "authorization", "authorization": "authorization", "ban": "ban",
        "prohibition": "ban", "rules": "rules", "rule": "rules", "law": "law", "framework": "framework", "regime": "regime",
        "restriction": "restriction", "restrictions": "restriction", "order": "order", "requirement": "requirement",
        "requirements": "requirement", "cap": "cap", "limit": "limit", "tax": "tax", "levy": "tax",
    ]
    /// The keys of `measureNouns`, asked first with the cheap hash: most words of a window name no measure.
    static let measureNounWords = WordSet(measureNouns.keys)

    /// The measure a noun names ("licences": "licence"), if it names one.
    static func measure(namedBy word: String) -> String? {
        measureNounWords.contains(word) ? measureNouns[word] : nil
    }

    static let scopeVerbs: WordSet = ["covers", "covered", "cover", "applies", "applied", "apply", "includes", "included", "extends", "spans"]

    /// The statement's sentence adopts or publishes a legal instrument: a law-making verb and a law noun up to its cue's clause.
    func adoptsInstrument(_ read: ReadStatement) -> Bool {
        let sentence = document.sentences[read.sentence]
        let words = document.tokens[sentence.first..<min(sentence.end, max(read.cueIndex, sentence.first) + 8)].map(\.lower)
        return words.contains(where: Self.adoptionVerbs.contains) && words.contains(where: Self.instrumentNouns.contains)
    }

    /// "The law does not change how gains are taxed", "it will not apply to miners": a carve-out, whatever its cue.
    func leavesAlone(_ sentence: Int) -> Bool {
        let range = document.sentences[sentence]
        let words = document.tokens[range.first..<range.end].map(\.lower)
        return words.indices.contains { index in
            Self.untouchedVerbs.contains(words[index]) && words[max(0, index - 2)..<index].contains { ["not", "never", "n't", "'t", "\u{2019}t", "n\u{2019}t"].contains($0) }
        }
    }

    static let untouchedVerbs: WordSet = ["change", "make", "affect", "apply", "cover", "extend", "alter", "touch", "include"]

    /// A sentence that opens a line with a bullet mark.
    private func isListItem(_ sentence: Int) -> Bool {
        let first = document.sentences[sentence].first
        guard first > 0 else { return false }
        let mark = document.tokens[first - 1]
        return SentenceSplitter.bullets.contains(mark.text) && mark.newlineBefore
    }

    /// "Under the draft, ...", "Under the new rules, ...", "According to the law, ...".
    private func opensWithInstrument(_ sentence: Int) -> Bool {
        let range = document.sentences[sentence]
        let words = document.tokens[range.first..<min(range.end, range.first + 6)].map(\.lower)
        guard let opener = words.first, opener == "under" || opener == "according" else { return false }
        return words.contains(where: Self.instrumentNouns.contains)
    }

    static let adoptionVerbs: WordSet = [
        "passed", "passes", "pass", "adopted", "adopts", "enacted", "enacts", "approved", "approves", "published", "publishes",
        "issued", "issues", "unveiled", "unveils", "signed", "signs", "finalised", "finalized", "finalises", "finalizes",
        "released", "releases", "introduced", "introduces", "tabled", "tables",
    ]
    static let instrumentNouns: WordSet = [
        "law", "laws", "bill", "act", "rules", "regulation", "regulations", "framework", "decree", "ordinance", "directive",
        "module", "code", "amendment", "amendments", "resolution", "resolutions", "draft", "circular", "guidelines", "regime",
    ]

    /// Whether providers were named as the ones whose operation a rule governs, or only as its addressees.
    private struct Roles {
        var operation = false
        var addressee = false

        mutating func note(_ isOperation: Bool) {
            if isOperation { operation = true } else { addressee = true }
        }
    }

    /// The words around a statement's cue, within its own clause, with nouns that only describe a name blanked.
    func window(of read: ReadStatement) -> [String] {
        let tokens = document.tokens
        let sentence = document.sentences[read.sentence]
        let cue = min(max(read.cueIndex, sentence.first), sentence.end - 1)
        var lower = max(sentence.first, cue - 15)
        var upper = min(sentence.end, cue + 21)
        if let boundary = (lower..<cue).last(where: { Self.opensMeasureClause($0, tokens, sentence.end) }) { lower = boundary + 1 }
        if let boundary = ((cue + 1)..<upper).first(where: { Self.opensMeasureClause($0, tokens, sentence.end) }) { upper = boundary }
        return (lower..<upper).map { Self.isDescriptor($0, tokens) ? "" : tokens[$0].lower }
    }

    /// A coordinator that opens a second measure in the same sentence: "; Uzbekistan caps", ", strikes off a
    /// fourth", "and ends the tax discount", "while it lifts". A list of objects ("bans trading and lending") opens none.
    static func opensMeasureClause(_ index: Int, _ tokens: [Token], _ end: Int) -> Bool {
        let word = tokens[index].lower
        if word == ";" { return true }
        guard Self.clauseCoordinators.contains(word) else { return false }
        var next = index + 1
        // ", and also ends", "and it will lift", "; Uzbekistan caps": skip the coordinator, a pronoun or a name and auxiliaries.
        while next < end, next <= index + 4, Self.clauseFillers.contains(tokens[next]) || tokens[next].kind == .clitic {
            next += 1
        }
        guard next < end, MeasureVerbs.action(of: tokens, at: next, end: end) != nil else { return false }
        // "licensed and registered with the agency" coordinates participles; "and cancelled the licence of a fourth"
        // states an act with its object.
        let verb = tokens[next].lower
        if verb.hasSuffix("s") || MeasureVerbs.particleVerbs.keys.contains(verb) { return true }
        return next + 1 < end && (objectOpeners.contains(tokens[next + 1]) || tokens[next + 1].kind == .number)
    }

    /// The words that may join a second measure's clause to the sentence (";" aside).
    static let clauseCoordinators: WordSet = [",", "and", "but", "while", "whereas"]

    static let objectOpeners: WordSet = ["the", "a", "an", "its", "their", "all", "new", "two", "three", "four", "five", "nine"]

    static let clauseFillers: WordSet = ["and", "also", "it", "they", "will", "would", "has", "have", "then", "separately", "to"]

    /// "crypto exchange Harborline", "the platform Trusto": a noun that only describes the name after it.
    static func isDescriptor(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, descriptorNouns.contains(tokens[index]) else { return false }
        let next = tokens[index + 1]
        return next.isCapitalized && !next.newlineBefore && next.isWord
    }

    static let descriptorNouns: WordSet = ["exchange", "platform", "marketplace", "lender"]
}
