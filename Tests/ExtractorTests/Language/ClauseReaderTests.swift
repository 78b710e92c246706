import Testing
@testable import Extractor

/// The clause reader over sentences we wrote: the main verb behind appositives, relative clauses,
/// openers and attributions; modal, negation, voice and tense; linking verbs and their complements.
@Suite struct ClauseReaderTests {
    private func clause(_ text: String) -> (clause: Clause, words: [String])? {
        let document = AnalyzedText(text)
        guard let sentence = document.sentences.first else { return nil }
        let tokens = document.tokens[sentence.first..<sentence.end]
        guard let clause = ClauseReader(tokens).mainClause() else { return nil }
        return (clause, tokens.map(\.lower))
    }

    private func verb(_ text: String) -> String? {
        clause(text).map { $0.words[$0.clause.verb] }
    }

    @Test(arguments: [
        ("The regulator banned crypto lending on Tuesday.", "banned"),
        ("Statnett, the state grid operator, has warned of a shortfall.", "warned"),
        ("Exchanges that have not registered with the agency are already barred from serving clients.", "barred"),
        ("Tokens approved by the central bank may be used for payments.", "used"),
        ("From March 1, brokers must register with the commission.", "register"),
        ("After a long review, the ministry lifted the ban.", "lifted"),
        ("Banks will be allowed to open accounts for licensed exchanges, the central bank said.", "allowed"),
        ("According to the notice, platforms have to report trades within a day.", "report"),
        ("The watchdog registers three exchanges, strikes off a fourth", "registers"),
        ("Austrian regulator pulls broker's licence, orders client assets returned", "pulls"),
        ("The court strips the exchange of its licence", "strips"),
        ("Regulator yanks licences of two crypto lenders", "yanks"),
        ("Firms that already operate can keep running until June.", "keep"),
        ("The ministry is weighing a cap on mining power.", "weighing"),
    ])
    func findsTheMainVerb(text: String, expected: String) {
        #expect(verb(text) == expected, "\(text) → \(String(describing: verb(text)))")
    }

    @Test(arguments: [
        ("Exchanges must verify every customer.", Clause.Modal.must),
        ("Platforms will have to keep reserves in local banks.", .will),
        ("Brokers have to report suspicious trades.", .haveTo),
        ("Issuers need to hold a licence.", .needTo),
        ("Miners are to register their machines by June.", .beTo),
        ("Residents may now hold crypto in bank accounts.", .may),
        ("The rule could still change.", .could),
    ])
    func readsTheModal(text: String, expected: Clause.Modal) {
        #expect(clause(text)?.clause.modal == expected, "\(text)")
    }

    @Test(arguments: [
        ("We will not ban crypto mining as such.", true),
        ("The agency won't ban stablecoins.", true),
        ("Banks can no longer offer crypto custody.", true),
        ("The new law does not change how gains are taxed.", true),
        ("Retail investors are never allowed to borrow against tokens.", true),
        ("The agency will ban stablecoins.", false),
        ("No licence will be issued to offshore firms.", false),
    ])
    func readsNegation(text: String, expected: Bool) {
        #expect(clause(text)?.clause.negated == expected, "\(text)")
    }

    @Test(arguments: [
        ("The ban has been lifted with effect from February 1.", Clause.Voice.passive, Clause.Tense.perfect),
        ("The exchange was ordered to return client funds by June 30.", .passive, .past),
        ("Such accounts will be subject to enhanced checks.", .active, .future),
        ("The regulator cancelled the registration of a broker.", .active, .past),
        ("The bank has licensed custodians since 2019.", .active, .perfect),
        ("Custodians get licensed by the board in two weeks.", .passive, .present),
        ("Miners had been warned twice.", .passive, .pastPerfect),
        ("The commission approves new tokens every month.", .active, .present),
    ])
    func readsVoiceAndTense(text: String, voice: Clause.Voice, tense: Clause.Tense) {
        let read = clause(text)?.clause
        #expect(read?.voice == voice && read?.tense == tense, "\(text) → \(String(describing: read))")
    }

    @Test(arguments: [
        ("Dealings with unlicensed platforms remain prohibited.", "prohibited"),
        ("Trading and custody of tokens remain legal.", "legal"),
        ("Crypto assets are not legal tender.", "legal"),
        ("Such accounts will be subject to enhanced due diligence.", "subject"),
    ])
    func readsTheComplementOfALinkingVerb(text: String, expected: String) {
        let read = clause(text)
        #expect(read.flatMap { reading in reading.clause.complement.map { reading.words[$0] } } == expected, "\(text)")
    }

    @Test(arguments: [
        ("The company said it would assess the consequences.", "assess", true),
        ("Local platforms said they had expected the ban.", "expected", true),
        ("The regulator said on Monday that exchanges must stop serving residents.", "stop", true),
        ("Violators face fines of up to $1 million, the ministry said.", "face", false),
        ("The ministry warned that exchanges must register.", "warned", false),
        ("The commission has said it aims to send the bill to parliament in June.", "aims", true),
        ("The bank said they plan to license two exchanges.", "plan", true),
        ("The regulator said it licensed two exchanges last week.", "said", false),
        ("The minister said the Bank of England supervises stablecoin issuers.", "said", false),
    ])
    func readsTheContentOfReportedSpeech(text: String, expected: String, reported: Bool) {
        let read = clause(text)
        #expect(read.map { $0.words[$0.clause.verb] } == expected && read?.clause.isReported == reported, "\(text) → \(String(describing: read?.clause))")
    }

    @Test func findsTrailingAttributions() throws {
        let read = try #require(clause("Violators face fines of up to $1 million, the ministry said."))
        #expect(read.clause.attribution.map { read.words[$0].joined(separator: " ") } == "the ministry said")
        let according = try #require(clause("Exchanges must report trades daily, according to the notice."))
        #expect(according.clause.attribution.map { according.words[$0].joined(separator: " ") } == "according to the notice")
    }

    @Test(arguments: [
        ("When does it take effect?", true),
        ("Is the central bank banning stablecoins?", true),
        ("The central bank is banning stablecoins.", false),
    ])
    func tellsQuestions(text: String, expected: Bool) {
        #expect(clause(text)?.clause.isQuestion == expected, "\(text)")
    }

    @Test(arguments: [
        ("But tokens for payments still remain banned.", true),
        ("However, custody remains legal.", true),
        ("Custody remains legal.", false),
    ])
    func tellsAContrastOpening(text: String, expected: Bool) {
        #expect(clause(text)?.clause.opensWithContrast == expected, "\(text)")
    }

    @Test func staysLinearOnALongSentenceWithoutVerbs() {
        let words = Array(repeating: "token", count: 50_000) + [","] + Array(repeating: "price", count: 50_000)
        #expect(ClauseReader(words: words, capitalized: []).mainClause() == nil)
    }
}
