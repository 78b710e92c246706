import Testing
@testable import Extractor

/// What a frame covers: its own clause, the provisions of a law it adopts, what the article says the measure
/// covers, and providers counted only when their operation is ruled (never by a tax authority, which taxes it) or
/// a sanction strikes them.
@Suite struct FrameSubjectTests: SubjectTable {
    private static func tokens(_ text: String) -> [Token] { Tokenizer().tokens(of: Array(text.unicodeScalars)) }

    @Test(arguments: [
        ("Norway bans new mining farms and ends miners' power-tax discount", "ends", true),
        ("Chile's regulator registers three exchanges, strikes off a fourth", "strikes", true),
        ("The commission authorized three exchanges and cancelled the registration of a fourth", "cancelled", true),
        ("Kazakhstan raises the levy; Uzbekistan caps licences", "Uzbekistan", true),
        ("The regulator fines a broker and also blocks nine websites", "blocks", true),
        ("The agency bans staking and lending for retail clients", "lending", false),
        ("Only exchanges licensed and registered with the agency may list tokens", "registered", false),
        ("The rules set caps on leverage and limits on lending", "limits", false),
        ("The bank bars trading, lending and custody by unlicensed firms", "lending", false),
    ])
    func aSecondMeasureInTheSameSentenceOpensItsOwnClause(text: String, word: String, opens: Bool) {
        let tokens = Self.tokens(text)
        guard let verb = tokens.firstIndex(where: { $0.text == word }) else {
            Issue.record("no \(word)")
            return
        }
        // The boundary is the coordinator just before the verb (skipping fillers and names).
        let boundary = (max(0, verb - 3)..<verb).contains { FrameSubjects.opensMeasureClause($0, tokens, tokens.count) }
        #expect(boundary == opens)
    }

    @Test func aCoordinatedSecondMeasureLendsNoSubjectToTheFirst() {
        let found = Self.frames("""
        Ruritania bans new crypto mining farms and ends miners' power-tax discount
        The Ministry of Energy of Ruritania will ban new crypto mining farms from September 1, it said on Monday.
        """)
        let ban = found.first { $0.action == .prohibit }
        #expect(ban?.subjects == [.mining], "\(found.map { ($0.action, $0.subjects) })")
    }

    @Test(arguments: [
        "The Monetary Authority of Ruritania will require exchanges and custodial wallet providers to identify the sender of every transfer from July 1.",
        "The Monetary Authority of Ruritania will require custodians and exchanges to verify the identity of every customer from July 1.",
        "The Monetary Authority of Ruritania will require custodians to report suspicious transactions under anti-money-laundering rules from July 1.",
    ])
    func providersThatOnlyCarryAnotherActivitysRuleAreAddressees(text: String) {
        let subjects = Self.frames(text).first?.subjects ?? []
        #expect(subjects == [.kycAML], "\(subjects)")
    }

    @Test(arguments: [
        "The Monetary Authority of Ruritania will require exchanges, brokers and custodians to obtain a licence from July 1.",
        "The Monetary Authority of Ruritania will require crypto custodians and exchanges to register with it from July 1.",
        "The Monetary Authority of Ruritania will license exchanges and custodians serving local clients from July 1.",
    ])
    func providersWhoseOperationIsRuledAreTheSubject(text: String) {
        let subjects = Self.frames(text).first?.subjects ?? []
        #expect(subjects.contains(.custody) && subjects.contains(.exchangeServices), "\(subjects)")
    }

    @Test(arguments: [
        ("From July 1, crypto platforms will have to sign up with the Ruritania Revenue Authority and deduct a 2% tax from every customer sale, the authority said on Monday.", false),
        ("The National Tax Bureau of Ruritania will require crypto exchanges to register and report their customers' gains from July 1.", false),
        ("The Ruritania Taxation Office will require exchanges to enrol with it and send yearly statements of their clients' profits and taxes from July 1.", false),
        // A market regulator's registration rules the exchanges' operation, whatever tax it also asks them to withhold.
        ("The Securities Commission of Ruritania will require crypto exchanges to register with it and to withhold tax on customers' gains from July 1.", true),
    ])
    func platformsThatRegisterWithATaxAuthorityAreItsAddressees(text: String, isExchangeServices: Bool) {
        let subjects = Self.frames(text).first?.subjects ?? []
        #expect(subjects.contains(.taxation) && subjects.contains(.exchangeServices) == isExchangeServices, "\(subjects)")
    }

    @Test(arguments: [
        ("The Financial Conduct Authority of Ruritania penalised the crypto exchange Larchmont £4 million on Monday over gaps in its onboarding controls.", true),
        ("The Monetary Authority of Ruritania imposed a $2 million penalty on Quillon, a virtual asset service provider, on Monday, citing poor record keeping.", true),
        ("The Securities Commission of Ruritania fined Oakvale, which runs a crypto trading platform, $1 million on Monday for misleading customers.", true),
        // A miner, a bank: no provider of crypto services.
        ("The Energy Commission of Ruritania fined Redhash, a bitcoin mining company, $300,000 on Monday for drawing too much power at peak hours.", false),
        ("The Financial Conduct Authority of Ruritania fined Northbridge Bank £4 million on Monday for failing to check customers who bought crypto.", false),
    ])
    func aSanctionOfACryptoProviderStrikesItsExchangeServices(text: String, isExchangeServices: Bool) {
        let found = Self.frames(text).first
        #expect(found?.action == .enforce)
        #expect(found?.subjects.contains(.exchangeServices) == isExchangeServices, "\(found?.subjects ?? [])")
    }

    @Test func aLawAdoptedAsNewsCoversTheProvisionsListedAfterIt() {
        let found = Self.frames("""
        Zambia passes crypto law
        Parliament on Friday passed the Virtual Asset Bill, which lets Zambians buy and sell crypto through licensed firms.
        The Securities and Exchange Commission of Zambia will supervise the sector.
        What the law does:
        • exchanges and custodians must be licensed by the commission;
        • platforms must verify the identity of every customer;
        • only approved stablecoins may be used by licensed firms.
        """)
        let law = found.first { $0.actor == "Parliament" }
        #expect(law?.jurisdiction == "ZM")
        let subjects = Set(law?.subjects ?? [])
        #expect(subjects.isSuperset(of: [.trading, .exchangeServices, .custody, .kycAML, .stablecoins]), "\(found.map { ($0.actor, $0.action, $0.subjects) })")
    }

    @Test func aBansKeyPointsAreNoProvisionsOfALaw() {
        let found = Self.frames("""
        Ruritania bans new crypto mining farms
        The Ministry of Energy of Ruritania will ban new crypto mining farms from September 1, it said on Monday.
        The key points:
        - grid operators may not connect new mining farms from September 1;
        - mining firms will pay the ordinary electricity tax from January.
        """)
        let ban = found.first { $0.action == .prohibit }
        #expect(ban?.subjects == [.mining], "\(found.map { ($0.action, $0.subjects) })")
    }

    @Test(arguments: [
        ("It said the licence covers spot trading and custody of digital tokens.", true),
        ("The licence applies to spot trading and custody of digital tokens, the company said.", true),
        ("The licence does not cover spot trading or custody of digital tokens.", false),
        ("Analysts said the decision covers spot trading and custody of digital tokens.", false),
    ])
    func whatTheArticleSaysTheMeasureCoversJoinsItsSubjects(sentence: String, joins: Bool) {
        let found = Self.frames("""
        Ruritania's regulator grants Tallowin a payments licence
        The Monetary Authority of Ruritania granted the exchange Tallowin a major payment institution licence on Monday, the company said.
        \(sentence)
        """)
        let subjects = found.first?.subjects ?? []
        #expect(subjects.contains(.custody) == joins, "\(subjects)")
    }
}

/// Words of the natural vocabulary of trading, custody and payments.
@Suite struct SubjectVocabularyTests {
    private static func subjects(_ sentence: String) -> Set<PolicySubject> {
        SubjectLexicon.subjects(in: Tokenizer().tokens(of: Array(sentence.unicodeScalars)).map(\.lower))
    }

    @Test(arguments: [
        "Residents have bought and sold crypto in a legal grey zone for years.",
        "The law lets adults buy and sell bitcoin through licensed firms.",
        "Purchases and sales of tokens will be reported to the tax office.",
        "Citizens may buy, hold or sell crypto assets.",
        "Firms buying and selling crypto for clients need a licence.",
    ])
    func bothSidesOfATradeAreTrading(text: String) {
        let found = Self.subjects(text)
        #expect(found.contains(.trading) && !found.contains(.cryptoSales), "\(found)")
    }

    @Test(arguments: [
        "Shops may not sell crypto to minors.",
        "The ban covers the sale of cryptocurrencies at kiosks.",
    ])
    func oneSidedSalesAreSales(text: String) {
        let found = Self.subjects(text)
        #expect(found.contains(.cryptoSales) && !found.contains(.trading), "\(found)")
    }

    @Test(arguments: [
        ("Exchanges must keep customer funds at local banks.", true),
        ("Platforms must hold clients' crypto in segregated accounts.", true),
        ("Deposits must sit in trust accounts at a local bank.", true),
        ("Providers must offer custodial services only with insurance.", true),
        ("Customers who hold crypto abroad must declare it.", false),
        ("Exchanges must keep records of customers' trades for five years.", false),
        ("Custodial wallet providers must identify senders.", false),
        ("The exchange must return customers' coins within 30 days.", true),
        ("The broker returned the bitcoin it held to its clients before closing.", true),
        ("Exchanges must file a tax return for each customer.", false),
        ("Customers who return to the platform must verify their identity again.", false),
    ])
    func safekeepingWhatClientsOwnIsCustody(text: String, isCustody: Bool) {
        #expect(Self.subjects(text).contains(.custody) == isCustody, "\(Self.subjects(text))")
    }

    @Test(arguments: [
        ("The firm may offer digital payment token services.", false),
        ("The firm holds a major payment institution licence.", false),
        ("Merchants may not accept crypto payments.", true),
        ("The central bank bars crypto as a means of payment.", true),
        ("Issuers of payment stablecoins must hold full reserves.", false),
        ("Under the Payment Services Act, exchanges must keep client crypto in cold wallets.", false),
        ("Shops may accept stablecoins as payment for goods.", true),
        ("The law lets payment services accept crypto from customers.", true),
    ])
    func paymentsAreTheActivityNotAClassOfLicenceTokenOrLaw(text: String, isPayments: Bool) {
        #expect(Self.subjects(text).contains(.payments) == isPayments, "\(Self.subjects(text))")
    }

    @Test(arguments: [
        ("Google will lift its ban on exchange and wallet ads.", true),
        ("The platform will accept crypto exchange advertising again.", true),
        ("Exchanges and wallet providers must verify customers and run ads checks.", false),
    ])
    func providersAdvertisedOrServedAreTheSubjectBesideAnotherActivity(text: String, isExchangeServices: Bool) {
        let words = Tokenizer().tokens(of: Array(text.unicodeScalars)).map(\.lower)
        #expect(SubjectLexicon.rulesOperation(words) == isExchangeServices)
    }
}

/// A law's carve-outs listed with its provisions name what it leaves alone.
@Suite struct ProvisionCarveOutTests {
    @Test(arguments: [
        "• Tax: the law does not change how crypto gains are taxed;",
        "• the law will not apply to crypto mining or taxation;",
        "• taxation: the act doesn't alter the tax on crypto gains;",
    ])
    func aListedCarveOutAddsNoSubject(item: String) {
        let found = TextAnalyzer().analyze("""
        Zambia passes crypto law
        Parliament on Friday passed the Virtual Asset Bill, which lets Zambians buy and sell crypto through licensed firms.
        What the law does:
        • exchanges must be licensed by the Securities and Exchange Commission of Zambia;
        \(item)
        """, published: CalendarDay(iso: "2025-06-10")).announcements
        let law = found.first { $0.actor == "Parliament" }
        #expect(law != nil)
        #expect(law?.subjects.contains(.taxation) == false, "\(found.map { ($0.actor, $0.subjects) })")
    }
}

/// The natural vocabulary of each subject, with namesakes that name none.
@Suite struct SubjectClassVocabularyTests {
    private static func subjects(_ sentence: String) -> Set<PolicySubject> {
        SubjectLexicon.subjects(in: Tokenizer().tokens(of: Array(sentence.unicodeScalars)).map(\.lower))
    }

    @Test(arguments: [
        ("Residents may invest in crypto only through licensed firms.", PolicySubject.trading),
        ("The sites were offering crypto investments without a licence.", .trading),
        ("Speculative crypto bets by retail clients will be limited.", .trading),
        ("Exchanges may list tokens only after a review.", .listing),
        ("The platform lists the coin from Monday.", .listing),
        ("Shops may not let customers pay with bitcoin.", .payments),
        ("Tourists will be able to pay for meals in stablecoins.", .payments),
        ("Remittances in crypto will be capped.", .payments),
        ("Firms must not promote crypto through finfluencers.", .advertising),
        ("Influencers and sponsorships for crypto are banned.", .advertising),
        ("Exchanges must apply the travel rule to every transfer.", .kycAML),
        ("Firms must report suspicious transactions.", .kycAML),
        ("Exchanges must withhold tax on crypto gains.", .taxation),
        ("Crypto sales will be subject to VAT.", .taxation),
        ("Platforms may not offer perpetual futures to retail clients.", .derivatives),
        ("Token presales and airdrops need a prospectus.", .tokenSales),
        ("Decentralized finance protocols must register.", .defi),
        ("Non-fungible tokens are exempt.", .nft),
        ("The bank will pilot a digital euro with retail users.", .cbdc),
        ("Issuers of e-money tokens need a licence.", .stablecoins),
        ("Validators may not offer restaking to retail clients.", .staking),
        ("Crypto ETPs may be sold to retail clients.", .etf),
        ("Yield-bearing products are banned.", .lending),
    ])
    func eachSubjectHasItsNaturalVocabulary(text: String, subject: PolicySubject) {
        #expect(Self.subjects(text).contains(subject), "\(Self.subjects(text))")
    }

    @Test(arguments: [
        ("The investment bank advised the ministry.", PolicySubject.trading),
        ("The regulator published a list of approved firms.", .listing),
        ("Miners must pay tax on crypto income.", .payments),
        ("Firms paid fines last year.", .payments),
        ("The trade body welcomed the rules.", .trading),
        ("The ban covers the sale, marketing and distribution of crypto derivatives.", .advertising),
    ])
    func namesakesNameNoSubject(text: String, subject: PolicySubject) {
        #expect(!Self.subjects(text).contains(subject), "\(Self.subjects(text))")
    }
}
