import Testing
@testable import Extractor

/// Status over phrasings we wrote: a decision on a proposal is no proposal, and only the main actor's
/// own lead lends the article's other sentences its status.
@Suite struct StatementStatusTests {
    private func statements(_ text: String, published: String = "2025-05-20") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        "The Securities Board of Ruritania disapproved a proposal by the Northgate exchange to list a bitcoin fund.",
        "The Securities Board of Ruritania approved a proposal by the Northgate exchange to list bitcoin options.",
        "Parliament voted down a bill that would ban crypto mining.",
        "The Central Bank of Ruritania withdrew its proposal to cap stablecoin holdings.",
        "The Ministry of Finance scrapped a plan to tax crypto gains.",
        "The proposal to ban crypto mining was rejected by the Securities Board of Ruritania on Tuesday.",
        "The court threw out a petition by investors to freeze the exchange's assets.",
    ])
    func aDecisionOnAProposalIsNoProposal(text: String) {
        let found = statements(text)
        #expect(!found.isEmpty && found.allSatisfy { $0.status != .proposed }, "\(text) → \(found.map(\.status))")
    }

    @Test(arguments: [
        // Approving a draft or a bill only moves it on; publishing, considering or voting on a proposal decides nothing.
        "The cabinet approved a draft law that would ban crypto mining.",
        "The Securities Board of Ruritania published a proposal to ban crypto lending.",
        "Lawmakers introduced a bill that would ban crypto mining.",
        "The Securities Board of Ruritania will vote on a proposal to ban crypto lending.",
        "The Securities Board of Ruritania proposed a ban on crypto lending.",
    ])
    func aProposalStillOpenStaysProposed(text: String) {
        #expect(statements(text).first?.status == .proposed, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Spain has a draft of its own.",
        "Spain is weighing a ban of its own.",
        "Spain's parliament is debating a bill that would ban crypto mining.",
    ])
    func anotherSidesDraftInTheLeadLendsNoStatus(lead: String) {
        let found = statements("""
        Portugal opens its crypto market. \(lead)

        The Bank of Portugal said on Monday that licensed brokers will be allowed to trade bitcoin from July 1.

        Any broker that wants to take part will need a fresh authorisation.
        """)
        let board = found.filter { $0.actor == "Bank of Portugal" }
        #expect(!board.isEmpty && board.allSatisfy { $0.status == .announced }, "\(found.map { ($0.actor, $0.status) })")
    }

    @Test func theMainActorsOwnDraftLendsItsStatus() {
        let found = statements("""
        The Securities Board of Ruritania published draft rules on Monday that would let brokers trade bitcoin.

        Brokers will need a fresh authorisation and capital of at least $10 million.
        """)
        #expect(found.count == 2 && found.allSatisfy { $0.status == .proposed }, "\(found.map { ($0.actor, $0.status) })")
    }

    @Test(arguments: [
        "The Bank of Portugal will allow banks to hold bitcoin from July, ending a ban that has been in place since 2017.",
        "The Bank of Portugal will lift a ban which was imposed in 2018.",
        "The Bank of Portugal said it will lift the curbs that came into force in 2019.",
        "The Bank of Portugal will end curbs that were imposed on exchanges in 2019.",
        "The Bank of Portugal will let banks offer custody from July, ending a freeze that has applied since 2022.",
    ])
    func anOlderMeasureInARelativeClauseLeavesTheNewsAnnounced(text: String) {
        #expect(statements(text).first?.status == .announced, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "The Bank of Portugal has licensed more than 40 crypto firms.",
        "The Bank of Portugal has fined several exchanges over the past two years.",
        "Exchanges have been suspended dozens of times in recent years by the Bank of Portugal.",
        "The Bank of Portugal has approved over 30 crypto funds to date.",
        "The Bank of Portugal has fined exchanges for lax checks in the last 18 months.",
    ])
    func aTallyOfPastActsIsInEffect(text: String) {
        #expect(statements(text).first?.status == .inEffect, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        // One act, or acts of this week, are the news.
        "The Bank of Portugal has licensed two crypto exchanges.",
        "The Bank of Portugal has fined two exchanges this week.",
        "The Bank of Portugal fined Acme Exchange last week.",
        "The Bank of Portugal said it will lift the ban it imposed in 2018.",
        "The Bank of Portugal has banned crypto lending.",
    ])
    func oneRecentActIsAnnounced(text: String) {
        #expect(statements(text).first?.status == .announced, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Portugal legalised crypto mining from Nov. 1, 2023.",
        "Banks were allowed to hold crypto from June last year.",
        "The Bank of Portugal banned crypto lending in January.",
        "The Bank of Portugal had fined Acme Exchange in 2022.",
        "Crypto payments were banned by the Bank of Portugal in March 2021.",
    ])
    func aPastActDatedWellBeforePublicationIsInEffect(text: String) {
        #expect(statements(text).first?.status == .inEffect, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Every new listing must also be approved by the bank.",
        "Exchanges that fail to register face fines of up to EUR 1 million.",
        "Licensed exchanges must hold client coins in segregated wallets.",
        "It also requires exchanges to keep reserves with a licensed custodian.",
        "It warned savers about crypto at the same time.",
    ])
    func aSentenceGoingOnAboutAMeasureInForceIsInEffect(text: String) {
        let found = statements("The Bank of Portugal has required exchanges to register since 2019. \(text)")
        #expect(found.count == 2 && found.allSatisfy { $0.status == .inEffect }, "\(found.map(\.status))")
    }

    @Test(arguments: [
        // A new paragraph, a date ahead, "now", a modal of the future or the new rules open the news again.
        "\n\nEvery new listing must also be approved by the bank.",
        " Every new listing will also need the bank's approval.",
        " Exchanges must now also report every transfer.",
        " The new rules require exchanges to report every transfer.",
        " Exchanges must report every transfer from July 1.",
    ])
    func theNewsAfterABackgroundSentenceIsNotInEffect(text: String) {
        let found = statements("The Bank of Portugal has required exchanges to register since 2019.\(text)")
        #expect(found.count == 2 && found.last?.status != .inEffect, "\(found.map(\.status))")
    }

    @Test(arguments: [
        "The central bank's warning to the public, issued in 2021, still stands.",
        "The 2019 cap on leverage still applies to all brokers.",
        "The ban still holds, the ministry said.",
        "The central bank's 2021 warning still stands: these assets are not legal tender.",
        "The Reserve Bank of Fiji has never licensed a crypto business, and in 2022 it reminded the public that crypto is not legal tender.",
    ])
    func aMeasureThatStillStandsIsInEffect(text: String) {
        #expect(statements(text).first?.status == .inEffect, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "The central bank warned in 2017 that dealing in virtual currencies could breach the law.",
        "The regulator cautioned in 2020 that unlicensed platforms might be shut down.",
        "The court ruled in 2019 that such tokens could be securities.",
    ])
    func aPastActReportingAPossibilityIsNoDeliberation(text: String) {
        #expect(statements(text).first.map { $0.status != .considering } ?? false, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        // A modal that belongs to the subject's own relative clause or to the main verb still counts.
        "The regulator could ban crypto lending next year.",
        "Exchanges licensed in Portugal could face a ban on lending, the regulator said it is weighing.",
    ])
    func aMainClauseModalStillHedges(text: String) {
        #expect(statements(text).first?.status == .considering, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Exchanges must report suspicious transfers under anti-money-laundering legislation passed by parliament.",
        "Exchanges must report suspicious transfers under a decree adopted in 2022.",
        "Brokers may not tip off their clients under a law enacted in 2019.",
    ])
    func aMeasureUnderALawAlreadyMadeIsInEffect(text: String) {
        #expect(statements(text).first?.status == .inEffect, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Exchanges must report suspicious transfers under the new law passed by parliament on Monday.",
        "Exchanges must report suspicious transfers under a decree adopted on Friday.",
        "Exchanges would have to report suspicious transfers under a draft law approved by the cabinet.",
    ])
    func aMeasureUnderANewLawIsNotInEffect(text: String) {
        #expect(statements(text).first.map { $0.status != .inEffect } ?? false, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Under the Crypto Assets Act, which took effect in 2023, it is an offence to run an unlicensed exchange.",
        "The Crypto Assets Act, which came into force in March 2022, requires exchanges to hold full reserves.",
        "Since the law took effect in 2021, exchanges have had to verify every client.",
    ])
    func aMeasureUnderALawThatTookEffectLongAgoIsInEffect(text: String) {
        #expect(statements(text).first?.status == .inEffect, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Under the Crypto Assets Act, which took effect on Monday, it is an offence to run an unlicensed exchange.",
        "The Crypto Assets Act, which took effect in 2023, will require exchanges to hold full reserves from July.",
    ])
    func aLawThatTookEffectThisWeekOrAMeasureAheadIsNotInEffect(text: String) {
        #expect(statements(text).first.map { $0.status != .inEffect } ?? false, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Chile to tax crypto gains at 10% as president signs bill",
        "Chile to license exchanges from 2027 as Congress passes crypto bill",
        "Exchanges will pay a 1% levy from July, after President Boric on Monday signed the Finance Bill into law.",
        "The Senate adopted the crypto tax bill on Tuesday, setting a 10% rate from January.",
        "Exchanges must report every transfer under a bill the president signed into law last week.",
    ])
    func anEnactedBillIsNoProposal(text: String) {
        let found = statements(text, published: "2026-11-10")
        #expect(!found.isEmpty && found.allSatisfy { $0.status != .proposed }, "\(text) → \(found.map(\.status))")
    }

    @Test(arguments: [
        "A bill before parliament would tax crypto gains at 10%.",
        "The proposed bill would require exchanges to report every transfer.",
        "Chile's finance ministry sent a draft bill to Congress that would tax crypto gains at 10%.",
        "The regulator released a draft bill that would ban crypto lending.",
        "Lawmakers introduced a bill that would tax crypto gains at 10%.",
    ])
    func aBillNotYetPassedStaysAProposal(text: String) {
        #expect(statements(text, published: "2026-11-10").first?.status == .proposed, "\(text) → \(statements(text).map(\.status))")
    }

    @Test(arguments: [
        "Senate passes bill to ban crypto ATMs",
        "Ruritanian MPs vote to tax crypto gains at a flat 10%",
        "The House of Representatives passed its version of the crypto market bill in July 2025.",
        "The finance committee of the lower house approved a bill requiring exchanges to hold reserves.",
    ])
    func oneChambersVoteLeavesAProposal(text: String) {
        #expect(statements(text, published: "2026-11-10").first?.status == .proposed, "\(text) → \(statements(text, published: "2026-11-10").map(\.status))")
    }

    @Test(arguments: [
        "Parliament passes bill to ban crypto ATMs",
        "The Senate passed the bill on Friday, and the president signed it into law on Monday.",
    ])
    func aWholeLegislaturesVoteOrALawSignedIsNoProposal(text: String) {
        #expect(statements(text, published: "2026-11-10").first.map { $0.status != .proposed } ?? false, "\(text) → \(statements(text, published: "2026-11-10").map(\.status))")
    }

    @Test(arguments: [
        "The rule takes effect Jan. 18, 2027.",
        "The rules will enter into force on Jan. 18, 2027.",
        "The regulator on Monday rejected the exchange's proposal.",
    ])
    func aLeadThatStatesTheDecisionLendsNoProposal(second: String) {
        let found = statements("""
        Regulator finalizes stablecoin rule; rival agency follows with its own proposal

        \(second)

        Issuers will have to publish their reserves every month.
        """, published: "2026-11-10")
        #expect(found.last?.status == .announced, "\(found.map { ($0.text, $0.status) })")
    }

    @Test func aLeadWithoutADecisionLendsItsProposal() {
        let found = statements("""
        Regulator floats stablecoin rule; comments due in March

        The regulator published a draft rule on Monday.

        Issuers will have to publish their reserves every month.
        """, published: "2026-11-10")
        #expect(found.last?.status == .proposed, "\(found.map { ($0.text, $0.status) })")
    }

    /// The status of `sentence` as background to an exchange's news.
    private func backgroundStatus(_ sentence: String) -> PolicyStatus? {
        let found = statements("""
        Northgate Exchange opens an office in Lisbon

        The Northgate exchange said on Monday it had opened an office in Lisbon and hired 40 staff.

        \(sentence)
        """)
        return found.first { $0.text.hasPrefix(sentence.prefix(20)) }?.status
    }

    @Test(arguments: [
        ("Under the Digital Assets Act, exchanges must keep client crypto with a licensed custodian.", PolicyStatus.inEffect),
        ("Under SCR rules, leverage for retail clients is capped at two times.", .inEffect),
        ("Under the EU's MiCA regulation, a provider needs an authorisation to serve clients in Portugal.", .inEffect),
        ("Under current rules, banks must report every crypto account to the regulator.", .inEffect),
        ("(Background) Under the Payment Services Law, only licensed firms may issue stablecoins.", .inEffect),
        ("Under MiCA, a custodian must keep client crypto apart from its own.", .inEffect),
        ("Under Ruritania's foreign-exchange rules, residents may not hold crypto on offshore platforms.", .inEffect),
        ("Under the EU's transfer of funds regulation, providers must check every transfer above €1,000.", .inEffect),
        // The news' own measure, named by what it is, or a law still to start.
        ("Under the new rules, exchanges must keep client crypto with a licensed custodian.", .announced),
        ("Under the circular, banks must report crypto accounts to the regulator.", .announced),
        ("Under the order, the exchange must stop serving new clients.", .announced),
        ("Under the regulator's new rules, exchanges must keep client crypto with a licensed custodian.", .announced),
        ("Under the agency's decision, the exchange may not take on new clients.", .announced),
        ("Under MiCA guidance published on Monday, exchanges must keep client crypto with a licensed custodian.", .announced),
        ("Under the Digital Assets Act, exchanges will have to register from July 1.", .announced),
    ])
    func aMeasureUnderALawNamedAtTheOpeningIsInForce(sentence: String, expected: PolicyStatus) {
        #expect(backgroundStatus(sentence) == expected, "\(sentence) → \(String(describing: backgroundStatus(sentence)))")
    }

    @Test(arguments: [
        ("In Ruritania, gains on crypto sold within a year of purchase are taxed at 15 per cent.", PolicyStatus.inEffect),
        ("Profits from staking are taxed as ordinary income at up to 40%, the tax office says.", .inEffect),
        ("Ruritanian residents pay tax on their crypto holdings under a wealth tax.", .inEffect),
        ("Individuals still pay a flat 12% income tax on profits from selling crypto.", .inEffect),
        // A change worded ahead, a carve-out, a tax in another clause.
        ("Gains on crypto will be taxed at 15 per cent from January 1.", .announced),
        ("From next year, investors will pay tax on unrealised gains.", .announced),
        ("Parliament adopted a law that changes how gains on crypto are taxed.", .announced),
    ])
    func aTaxTreatmentInThePresentIsInForce(sentence: String, expected: PolicyStatus) {
        #expect(backgroundStatus(sentence) == expected, "\(sentence) → \(String(describing: backgroundStatus(sentence)))")
    }

    @Test(arguments: [
        "The order does not affect Larkspur Digital's e-money licence, which is supervised separately by the Central Bank of Ruritania.",
        "The warning does not cover stablecoins, which the Securities Commission of Ruritania said it does not regard as securities.",
    ])
    func aCarveOutOfTheNewsMeasureIsTheNewsWhoeverItNames(sentence: String) {
        let found = statements("""
        The Financial Services Department of Ruritania on Tuesday fined Larkspur Digital $4 million and ordered it to stop onboarding clients.

        \(sentence)
        """)
        let carveOut = found.first { $0.text.hasPrefix(sentence.prefix(20)) }
        #expect(carveOut?.status == .announced && carveOut?.action == .warn, "\(sentence) → \(String(describing: carveOut))")
    }

    @Test(arguments: [
        ("The order does not affect the exchange's e-money licence.", true),
        ("This decision does not apply to platforms in the free zones.", true),
        ("The licensing regime will not apply to hobby projects.", true),
        // Not a measure's reach: a subject that is no measure, a verb that is no reach, no negation.
        ("The exchange does not affect the market.", false),
        ("The order does not take effect until July.", false),
        ("The order affects every exchange in the country.", false),
    ])
    func aNegatedReachOfANamedMeasureIsACarveOut(sentence: String, carvesOut: Bool) {
        let words = Tokenizer().tokens(of: Array(sentence.unicodeScalars)).map(\.lower)
        let clause = ClauseReader(words: words, capitalized: []).mainClause()
        #expect(clause.map { ClauseSense.carvesOutOfTheMeasure($0, in: words) } == carvesOut, "\(sentence)")
    }

    @Test(arguments: [
        ("The Securities Board of Ruritania has published final rules on crypto listings, after a consultation that drew 90 responses.", PolicyStatus.announced),
        ("Ruritania's regulator finalises crypto advertising rules", .announced),
        ("The final rule, which takes effect on Jan. 4, drops the threshold the agency first floated.", .announced),
        // A final rule still to come.
        ("The Securities Board of Ruritania is expected to finalise its rules on crypto listings after a consultation.", .considering),
        ("The Securities Board of Ruritania published a consultation on crypto listing rules.", .proposed),
    ])
    func aRuleMadeFinalIsNoProposal(text: String, expected: PolicyStatus) {
        #expect(statements(text, published: "2026-11-10").first?.status == expected, "\(text) → \(statements(text, published: "2026-11-10").map(\.status))")
    }
}
