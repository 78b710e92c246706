/// How an article frames its news, read from its form rather than from its policy words: where its lead
/// ends, and whether it is a kind of article that reports no policy change whatever rules it mentions
/// (an opinion column, an interview, a trial report, a product launch, a market report).
struct ArticleFraming {
    /// The kinds of article that carry no announcement of their own.
    enum Genre: Equatable {
        case report
        /// The author argues in the first person, or the piece says it is a column.
        case opinion
        /// Questions and answers.
        case interview
        /// Proceedings of a criminal case: testimony, jurors, prosecutors, a verdict.
        case trial
        /// The headline launches a product or a service.
        case launch
        /// The headline reports price moves.
        case marketReport
        /// The headline reports a company's results.
        case earnings
        /// The headline opens with the time since an event ("Five years after the ban"): the article looks back on it.
        case retrospective
    }

    let genre: Genre
    /// Where the article's lead and opening stretch end.
    let stretches: ArticleStretches
    /// One past the lead's last sentence.
    var leadEnd: Int { stretches.leadEnd }
    /// One past the sentence that ends the article's opening stretch.
    var openingEnd: Int { stretches.openingEnd }

    init(document: AnalyzedText) {
        genre = Self.genre(of: document)
        stretches = ArticleStretches(document: document)
    }

    /// Whether a sentence belongs to the article's lead.
    func isInLead(_ sentence: Int) -> Bool { stretches.isInLead(sentence) }

    private static func genre(of document: AnalyzedText) -> Genre {
        let tokens = document.tokens
        guard let headline = document.sentences.first else { return .report }
        let headlineWords = tokens[headline.first..<headline.end].map(\.lower)
        if isInterview(document) || headlineWords.first == "interview" { return .interview }
        if isOpinion(document) { return .opinion }
        if opensWithTimeSince(headlineWords) { return .retrospective }
        if countWords(in: tokens, trialWords) >= 3 { return .trial }
        if headlineWords.contains(where: launchWords.contains) || hasPhrase(headlineWords, "rolls", "out") { return .launch }
        let namesPrice = tokens[headline.first..<headline.end].contains { token in
            token.kind == .number || token.text == "$" || token.text == "%" || marketWords.contains(token)
        }
        if namesPrice && headlineWords.contains(where: priceMoveWords.contains) || opensWithPriceRundown(document) { return .marketReport }
        if headlineWords.contains(where: earningsWords.contains) || hasPhrase(headlineWords, "net", "income") { return .earnings }
        return .report
    }

    /// The first sentence of running text lists the moves of three prices or more ("BTC up 2% to $87,400, ETH up 4%
    /// ..."): a market wrap, whatever its headline says.
    private static func opensWithPriceRundown(_ document: AnalyzedText) -> Bool {
        guard let first = document.sentences.dropFirst().first(where: { ArticleStretches.isProse($0, document.tokens) }) else { return false }
        return document.tokens[first.first..<first.end].filter { $0.text == "%" }.count >= 3
    }

    /// "Five years after Beijing shut the mines", "Three years on: ...", "A year after the ban, ...": a headline that
    /// opens with the time since an event reviews how a measure worked out; one that states its news first and the time
    /// after it ("Regulator grants first licence, four years after its law") does not look back.
    static func opensWithTimeSince(_ headlineWords: [String]) -> Bool {
        guard headlineWords.count >= 3 else { return false }
        let count = headlineWords[0]
        return (spanCounts.contains(count) || count.allSatisfy(\.isNumber)) && spanUnits.contains(headlineWords[1])
            && timeSinceWords.contains(headlineWords[2])
    }

    static let spanCounts: WordSet = [
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    ]
    static let spanUnits: WordSet = ["year", "years", "month", "months", "decade", "decades"]
    static let timeSinceWords: WordSet = ["after", "on", "since", "later"]

    /// At least two lines open with a question or an answer mark ("Q:", "A:").
    private static func isInterview(_ document: AnalyzedText) -> Bool {
        var marks = 0
        for sentence in document.sentences where sentence.end - sentence.first >= 2 {
            let first = document.tokens[sentence.first]
            if ["Q", "A"].contains(first.text), document.tokens[sentence.first + 1].text == ":" { marks += 1 }
        }
        return marks >= 2
    }

    /// The author speaks as "I" or "we" outside quotations (once is enough under a headline that asks, explains
    /// why or prescribes), or the opening or closing lines call the piece a column.
    private static func isOpinion(_ document: AnalyzedText) -> Bool {
        let sentences = document.sentences
        let edges = Array(sentences.prefix(3)) + Array(sentences.suffix(3))
        for sentence in edges {
            let words = document.tokens[sentence.first..<sentence.end].map(\.lower)
            if words.indices.contains(where: { callsThePieceAColumn(words, at: $0) }) || hasPhrase(words, "views", "expressed") { return true }
        }
        // "Is the ban a mistake?", "Why the ban will fail", "Regulators should drop the ban": a headline that asks,
        // explains why or prescribes may argue, but explainers ask too ("What does the new law mean for
        // exchanges?"), so it marks opinion only together with the author's own voice.
        var headlineArgues = false
        if let headline = sentences.first {
            let words = document.tokens[headline.first..<headline.end].map(\.lower)
            headlineArgues = document.tokens[headline.end - 1].text == "?" || words.first == "why"
                || words.contains(where: argumentWords.contains)
        }
        var quoted = false
        var singular = 0
        var plural = 0
        let tokens = document.tokens
        // (Each token's fields are read in place: a copy of the token would retain both its strings at every token.)
        for index in tokens.indices {
            if tokens[index].newlineBefore { quoted = false }
            let text = tokens[index].text
            // Quotation marks are punctuation tokens; no other punctuation counts.
            switch tokens[index].kind {
            case .punctuation where text == "\u{201C}": quoted = true
            case .punctuation where text == "\u{201D}": quoted = false
            case .punctuation where text == "\"": quoted.toggle()
            case .punctuation: continue
            default:
                guard !quoted, authorPronouns.contains(tokens[index]), !isNewsroomVoice(index, tokens) else { continue }
                if text == "I" || ["my", "me", "myself"].contains(tokens[index].lower) { singular += 1 }
                // "US" is a country; "we", "our" and "us" in the author's voice.
                if ["we", "We", "our", "Our", "ours", "ourselves", "us"].contains(text) { plural += 1 }
            }
        }
        return singular >= 3 || plural >= 4 || headlineArgues && singular + plural >= 1
    }

    /// "Opinion:", "an op-ed", "the editorial board": a word that calls the piece a column. A document of an authority
    /// ("its 2014 opinion", "a general opinion") and the newsroom's staff or rules ("editorial team", "our editorial code")
    /// are not.
    static func callsThePieceAColumn(_ words: [String], at index: Int) -> Bool {
        let word = words[index]
        guard columnWords.contains(word) else { return false }
        let previous = index > 0 ? words[index - 1] : ""
        let next = index + 1 < words.count ? words[index + 1] : ""
        if word == "opinion", !columnNouns.contains(next), documentOpeners.contains(previous) || previous.count == 4 && previous.allSatisfy(\.isNumber) {
            return false
        }
        return !(word == "editorial" && (newsroomNouns.contains(next) || editorialRules.contains(next)))
    }

    /// Words before "opinion" that make it a document ("the opinion, published in 2014", "a general opinion").
    static let documentOpeners: WordSet = [
        "the", "its", "their", "his", "her", "a", "an", "general", "legal", "advisory", "formal", "technical", "draft", "binding",
    ]
    /// Words after "opinion" that make it a column whatever comes before ("an opinion piece").
    static let columnNouns: WordSet = ["piece", "column", "columns", "section", "pages", "page", "writer", "editor"]
    /// What "editorial" names of the newsroom rather than a column: "editorial code", "editorial desk".
    static let editorialRules: WordSet = ["code", "desk", "staff", "standards", "independence", "policy", "guidelines", "note"]

    /// "told us", "we spoke to", "we'll bring you the main points": the newsroom reporting its own
    /// coverage, not an author arguing (an author's "I" always argues).
    private static func isNewsroomVoice(_ index: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].lower
        // "our correspondent", "our reporters": the newsroom's staff.
        if word == "our", index + 1 < tokens.count, newsroomNouns.contains(tokens[index + 1]) { return true }
        if word == "us" {
            let before = tokens[max(0, index - 2)..<index].map(\.lower)
            return before.contains(where: newsroomVerbs.contains) || before.last == "to" && index >= 2 && reportingVerbs.contains(tokens[index - 2])
        }
        guard word == "we" else { return false }
        // Skip the auxiliaries between the pronoun and its verb: "we'll bring", "we have contacted", "we are waiting".
        var next = index + 1
        while next < tokens.count, next <= index + 3, tokens[next].kind == .clitic || auxiliaries.contains(tokens[next].lower) {
            next += 1
        }
        return next < tokens.count && newsroomVerbs.contains(tokens[next])
    }

    /// The author's pronouns in lower case, any of which the count below may take.
    static let authorPronouns: WordSet = ["i", "my", "me", "myself", "we", "our", "ours", "ourselves", "us"]

    static let newsroomVerbs: WordSet = [
        "told", "tell", "tells", "telling", "spoke", "speak", "speaking", "talked", "talk", "asked", "ask", "asking",
        "contacted", "contact", "reached", "interviewed", "approached", "emailed", "wrote", "sent", "leave", "bring",
        "wait", "waiting", "update", "updating", "report", "reported", "reporting", "learned", "learnt", "heard",
        "follow", "following", "obtained", "reviewed", "visited", "joined",
        "showed", "shown", "confirmed",
    ]
    static let newsroomNouns: WordSet = [
        "correspondent", "correspondents", "reporter", "reporters", "newsroom", "readers", "reader", "sources", "analysis",
        "colleagues", "team", "editors", "coverage", "newsletter", "podcast", "partners",
    ]
    static let reportingVerbs: WordSet = ["said", "says", "explained", "confirmed", "wrote", "described", "gave", "sent"]
    static let auxiliaries: Set<String> = ["will", "have", "are", "were", "had", "would", "shall", "also", "then"]

    /// How many of the tokens are among `words`, a list of words that open with a letter (so that punctuation and numbers
    /// are answered without a look-up).
    private static func countWords(in tokens: [Token], _ words: WordSet) -> Int {
        tokens.reduce(0) { $0 + ($1.kind == .word && words.contains($1) ? 1 : 0) }
    }

    private static func hasPhrase(_ words: [String], _ first: String, _ second: String) -> Bool {
        zip(words, words.dropFirst()).contains { $0 == first && $1 == second }
    }

    static let trialWords: WordSet = [
        "trial", "jury", "jurors", "juror", "testified", "testifies", "testify", "testimony", "prosecutors", "prosecutor",
        "defendant", "defendants", "indictment", "indicted", "verdict", "convicted", "acquitted", "pleaded", "sentenced",
        "sentencing", "witness", "witnesses", "cross-examination",
    ]
    static let launchWords: WordSet = [
        "launch", "launches", "launched", "unveil", "unveils", "unveiled", "debut", "debuts", "debuted", "introduces",
        "brings", "opens", "releases", "rolled",
    ]
    static let priceMoveWords: WordSet = [
        "climbs", "climb", "slides", "slide", "falls", "fall", "rises", "rise", "rallies", "rally", "surges", "jumps", "tumbles",
        "drops", "dips", "slumps", "soars", "plunges", "gains", "sinks", "record", "decline", "declines", "rebounds",
        "slips", "steadies", "extends", "hits", "tops", "above", "below", "rose", "fell", "climbed", "slid", "jumped",
        "dropped", "gained", "surged", "slumped", "tumbled", "plunged", "soared", "rallied", "dipped", "sank", "slipped",
        "rebounded", "hit",
    ]
    static let marketWords: WordSet = [
        "bitcoin", "ether", "crypto", "cryptos", "cryptocurrencies", "altcoins", "tokens", "stocks", "shares", "prices", "price",
        "market", "markets", "btc", "eth",
    ]
    static let earningsWords: WordSet = [
        "earnings", "revenue", "revenues", "profit", "profits", "quarterly", "results", "loss", "losses", "ebitda", "guidance",
    ]
    static let argumentWords: WordSet = ["should", "shouldn't", "ought"]
    static let columnWords: WordSet = ["opinion", "op-ed", "commentary", "columnist", "editorial"]
}

/// Where an article's lead and its opening stretch end, read from its lines of prose: what places a sentence in the
/// article, apart from what kind of article it is (`ArticleFraming`).
struct ArticleStretches {
    /// How many sentences the lead spans at least: the headline and the opening sentences that state the news.
    static let leadLength = 4
    /// How many sentences of prose the lead spans, whatever lines come before them (bylines, datelines, a
    /// "Key points" box, a correction note).
    static let leadProse = 3

    /// One past the lead's last sentence.
    let leadEnd: Int
    /// One past the sentence that ends the article's opening stretch: its first eight sentences of prose, where a
    /// feature states its news after an anecdote.
    let openingEnd: Int

    init(document: AnalyzedText) {
        let prose = document.sentences.indices.filter { Self.isProse(document.sentences[$0], document.tokens) }
        leadEnd = max(Self.leadLength, prose.dropFirst(prose.first == 0 ? 1 : 0).prefix(Self.leadProse).last.map { $0 + 1 } ?? 0)
        openingEnd = max(leadEnd, prose.prefix(8).last.map { $0 + 1 } ?? 0)
    }

    /// Whether a sentence belongs to the article's lead.
    func isInLead(_ sentence: Int) -> Bool { sentence < leadEnd }

    /// The stretch of the article a sentence stands in: the headline, the rest of the lead, the opening stretch, the
    /// body up to its fifteenth sentence, or the rest.
    func stretch(of sentence: Int) -> String {
        if sentence == 0 { return "headline" }
        if isInLead(sentence) { return "lead" }
        if sentence < openingEnd { return "opening" }
        return sentence < 15 ? "body" : "late"
    }

    /// A sentence of running text: closed by punctuation, not a bullet, at least six words.
    static func isProse(_ sentence: Sentence, _ tokens: [Token]) -> Bool {
        guard !sentence.isHeadingLike, sentence.end - sentence.first >= 6 else { return false }
        if sentence.first > 0, SentenceSplitter.bullets.contains(tokens[sentence.first - 1].text), tokens[sentence.first - 1].newlineBefore { return false }
        return tokens[sentence.first..<sentence.end].reduce(0) { $0 + ($1.isWord ? 1 : 0) } >= 6
    }
}
