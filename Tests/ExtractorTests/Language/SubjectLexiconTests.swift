import Testing
@testable import Extractor

/// The activities a measure covers, read from sentences we wrote: miners that mine or are sold,
/// hyphenated compliance terms, exchanges as addressees of another activity's rule, and frames
/// whose own sentences name no activity. Frames are read with the rules' subjects, before the subject model chooses.
@Suite struct SubjectLexiconTests: SubjectTable {
    @Test(arguments: [
        ("The ministry ordered crypto miners to shut down for the winter.", PolicySubject.mining),
        ("The ban covers the sale of bitcoin miners to households.", .miningHardware),
        ("Shops may no longer sell mining machines.", .miningHardware),
    ])
    func minersMineUnlessTheyAreSold(text: String, subject: PolicySubject) {
        #expect(SubjectLexicon.subjects(in: Self.words(text)).contains(subject), "\(SubjectLexicon.subjects(in: Self.words(text)))")
    }

    @Test(arguments: [
        "Brokers must carry out know-your-customer checks on every client.",
        "Platforms must pass anti-money-laundering audits.",
        "Exchanges must perform customer due diligence.",
    ])
    func hyphenatedComplianceTermsAreKYC(text: String) {
        #expect(SubjectLexicon.subjects(in: Self.words(text)).contains(.kycAML))
    }

    @Test(arguments: [
        "The agency told exchanges to suspend margin lending to retail clients.",
        "Exchanges must report every stablecoin transfer above $1,000.",
    ])
    func exchangesThatCarryAnotherRuleAreItsAddressees(text: String) {
        #expect(!SubjectLexicon.subjects(in: Self.words(text)).contains(.exchangeServices), "\(SubjectLexicon.subjects(in: Self.words(text)))")
    }

    @Test(arguments: [
        "Exchanges must hold a licence before serving clients.",
        "The regulator will license exchanges that offer stablecoin trading.",
        "Exchanges and custodians must register with the authority.",
    ])
    func exchangesWhoseOperationIsRuledAreTheSubject(text: String) {
        #expect(SubjectLexicon.subjects(in: Self.words(text)).contains(.exchangeServices), "\(SubjectLexicon.subjects(in: Self.words(text)))")
    }

    @Test func aFrameWithoutActivitiesOfItsOwnTakesItsActorsOtherNews() {
        let frames = TextAnalyzer(subjectModel: nil).analyze("""
        Ruritania moves to end crypto ban with draft law
        The Central Bank of Ruritania published a draft law on Monday.
        Under the draft, the Central Bank of Ruritania would license crypto exchanges and custodians.
        """, published: CalendarDay(iso: "2025-01-10")).announcements
        let permit = frames.first { $0.actor == "Central Bank of Ruritania" && $0.action == .permit }
        #expect(permit?.subjects == [.exchangeServices, .custody], "\(frames.map { ($0.action, $0.subjects) })")
    }

    private static func subjects(_ sentence: String) -> Set<PolicySubject> { SubjectLexicon.subjects(in: words(sentence)) }

    @Test(arguments: [
        ("Unlicensed platforms must stop serving customers by June 30.", true),
        ("The authority will grant VASP licences again from October.", true),
        ("Firms need an authorization from the central bank to offer crypto services.", true),
        ("Licensed mining farms must halt operations in the summer.", false),
        ("Stablecoin issuers would need a licence from the commission.", false),
    ])
    func licensingIsAboutProvidingServicesUnlessTheLicenceIsForAnotherActivity(text: String, isExchangeServices: Bool) {
        #expect(Self.subjects(text).contains(.exchangeServices) == isExchangeServices, "\(Self.subjects(text))")
    }

    @Test(arguments: [
        "Crypto kiosks may take no more than $1,000 a day from a new customer.",
        "Operators of bitcoin ATMs must refund defrauded users.",
    ])
    func kiosksSellCrypto(text: String) {
        #expect(Self.subjects(text) == [.cryptoSales], "\(Self.subjects(text))")
    }

    @Test(arguments: [
        ("Providers must keep client coins in segregated wallets.", PolicySubject.custody),
        ("At least 80% of client assets must sit in cold storage.", .custody),
        ("Transfers to self-hosted wallets must be identified.", .kycAML),
        ("The law lets residents buy, hold and trade crypto assets.", .trading),
        ("The court found the interest-bearing product was an unregistered scheme.", .lending),
    ])
    func activitiesNamedByWhatTheRuleDemands(text: String, subject: PolicySubject) {
        #expect(Self.subjects(text).contains(subject), "\(Self.subjects(text))")
    }

    @Test(arguments: [
        "The minister said the trade war would weigh on exports.",
        "Merchants must settle every transaction in pesos.",
        "The firm holds a major payment institution licence.",
    ])
    func wordsThatNameNoActivityOfTheirOwn(text: String) {
        let found = Self.subjects(text)
        #expect(!found.contains(.trading) && !found.contains(.payments), "\(found)")
    }

    @Test func whatFollowsACarveOutIsNoSubject() {
        let found = Self.subjects("The ban covers merchant payments, not exchanges or lending desks.")
        #expect(found == [.payments], "\(found)")
    }

    @Test func transactionsAreTradingOnlyWhenNothingNamesTheActivityBetter() {
        func frame(_ text: String) -> [PolicySubject]? {
            TextAnalyzer(subjectModel: nil).analyze(text, published: CalendarDay(iso: "2025-01-10")).announcements.first?.subjects
        }
        #expect(frame("The Central Bank of Ruritania will ban crypto transactions from March 1.") == [.trading])
        #expect(frame("The Central Bank of Ruritania will ban merchants from settling crypto payment transactions from March 1.") == [.payments])
    }

    @Test func anExchangeTradedFundsTradingIsTheFunds() {
        let frames = TextAnalyzer(subjectModel: nil).analyze(
            "The Securities Commission of Ruritania approved a bitcoin exchange-traded fund that will begin trading on Monday.",
            published: CalendarDay(iso: "2025-01-10")
        ).announcements
        #expect(frames.first?.subjects == [.etf], "\(frames.map(\.subjects))")
    }

    @Test func aNounThatDescribesANameIsNoSubject() {
        let frames = TextAnalyzer(subjectModel: nil).analyze(
            "Crypto exchange Tallowin will stop offering stablecoin lending to clients in Canada from March 1, the company said.",
            published: CalendarDay(iso: "2025-01-10")
        ).announcements
        #expect(frames.first?.subjects == [.lending, .stablecoins], "\(frames.map(\.subjects))")
    }

    private static func frameSubjects(_ text: String) -> [[PolicySubject]] {
        TextAnalyzer(subjectModel: nil).analyze(text, published: CalendarDay(iso: "2025-01-10")).announcements.map(\.subjects)
    }

    @Test func exchangesThatOnlyCarryTheFramesRuleAreItsAddressees() {
        let found = Self.frameSubjects("""
        Singapore to cap crypto leverage for retail traders
        The Monetary Authority of Singapore will cap leverage on retail crypto derivatives at two times from March 1.
        The cap will apply to all 12 exchanges registered with the Monetary Authority of Singapore, the regulator said.
        """)
        #expect(found.first == [.derivatives], "\(found)")
    }

    @Test func aLicenceForAnotherActivityIsThatActivitysRule() {
        let found = Self.frameSubjects("""
        Ruritania drafts law requiring stablecoin issuers to hold full reserves
        The Securities Commission of Ruritania on Monday published a draft law that would require stablecoin issuers to hold full reserves.
        Under the draft, issuers would need a licence from the Securities Commission of Ruritania.
        """)
        #expect(found.first == [.stablecoins], "\(found)")
    }

    @Test func providersWhoseLicensingIsRuledKeepExchangeServices() {
        let found = Self.frameSubjects("""
        Singapore orders crypto platforms to get licensed
        The Monetary Authority of Singapore will require every crypto platform that offers stablecoin payments to obtain a licence by June 30.
        """)
        #expect(found.first?.contains(.exchangeServices) == true, "\(found)")
    }
}
