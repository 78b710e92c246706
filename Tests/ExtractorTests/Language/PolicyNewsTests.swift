import Testing
@testable import Extractor

/// What makes a sentence the news or background, and whose it is: reported speech, commentators'
/// views, a company's own decision beside an authority's story, measures that start, and
/// institutions that only approve or legislate.
@Suite struct PolicyNewsTests {
    private func statements(_ text: String, published: String = "2025-05-22") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test func aFineReportedInThePastPerfectIsTheNews() {
        let found = statements("""
        The Securities and Exchange Commission of Thailand sued Zipmex on Tuesday.
        In a statement, the commission said it had fined Bitkub 2 million baht.
        """)
        #expect(found.last?.status == .announced, "\(found.map(\.status))")
    }

    @Test func aFineThatHadBeenImposedBeforeIsBackground() {
        let found = statements("The Securities and Exchange Commission of Thailand had fined Bitkub 2 million baht before the merger.")
        #expect(found.first?.status == .inEffect)
    }

    @Test(arguments: [
        "Analysts say a ban would hurt liquidity.",
        "Critics argue the new licensing rules favour large exchanges.",
        "Economists expect the cap to push traders offshore.",
    ])
    func commentatorsViewsAreNoStatements(text: String) {
        #expect(statements(text).isEmpty, "\(statements(text).map(\.text))")
    }

    @Test func aMeasureReportedByAnalystsStays() {
        #expect(statements("The Bank of Thailand will cap crypto card payments, analysts at Krungsri said.").count == 1)
    }

    @Test func aCompanysOwnDecisionInAnAuthoritysStoryIsNews() {
        let found = statements("""
        The Securities and Exchange Commission of Thailand sued Zipmex on Tuesday.
        Binance said it would stop serving users in Thailand from March 1.
        """)
        #expect(found.last?.status == .announced, "\(found.map(\.status))")
    }

    @Test func anAuthoritysRuleInACompanysStoryIsOlder() {
        let found = statements("""
        Binance will stop serving users in Thailand from March 1.
        The Bank of Thailand said exchange services would be illegal.
        """)
        #expect(found.last?.status == .inEffect, "\(found.map(\.status))")
    }

    @Test(arguments: [
        ("The rules, first proposed in 2023, take effect on January 1.", false),
        ("The proposed rules would take effect on January 1 if passed.", true),
        ("The draft rules would ban anonymous wallets.", true),
    ])
    func aMeasureThatStartsIsNoProposal(text: String, proposed: Bool) {
        let found = statements("The Bank of Thailand will cap crypto card payments at 50,000 baht a month.\n" + text)
        #expect((found.last?.status == .proposed) == proposed, "\(found.map(\.status))")
    }

    @Test func approvalFromALegislatureNamesNoIssuer() {
        let found = statements("The proposal, which still needs approval from the Senate, would ban anonymous wallets.")
        #expect(found.first?.actor != "Senate", "\(found.map(\.actor))")
    }

    @Test func theRegulatorIsNoLegislature() {
        let found = statements("""
        The Securities and Exchange Commission of Thailand sued Zipmex on Tuesday.
        The Senate approved a bill on stablecoins last week.
        The regulator will also require exchanges to report transfers from July 1.
        """)
        #expect(found.last?.actor == "Securities and Exchange Commission of Thailand", "\(found.map(\.actor))")
    }

    @Test func issuingLicencesIsAPermission() {
        let found = statements("The government plans to issue licences to three more exchanges next year.")
        #expect(found.first?.action == .permit)
        #expect(found.first?.status == .considering)
    }

    @Test(arguments: [
        "But a ban on yield would simply push users to offshore platforms.",
        "These limits won't stop every scam.",
        "The ban did little to stop residents from trading.",
        "A cap on leverage could hurt smaller brokers.",
    ])
    func aVerdictOnAMeasuresEffectsIsNoStatement(text: String) {
        #expect(statements(text).isEmpty, "\(statements(text).map(\.text))")
    }

    @Test(arguments: [
        "The ban will apply to all exchanges from June 1.",
        "The cap would take effect in January.",
        "A ban on yield accounts will take effect in May.",
    ])
    func aMeasureAsSubjectThatStartsStays(text: String) {
        #expect(!statements(text).isEmpty)
    }

    @Test func aJuryIsNoNamedIssuerAndABackgroundSuitLendsNoActor() {
        let found = statements("""
        Former lender boss convicted of fraud in New York
        A federal jury in Manhattan convicted Daniel Cho, the founder of the crypto lender Velora, on Thursday.
        The Securities and Exchange Commission sued Velora in 2023.
        """)
        #expect(found.prefix(2).allSatisfy { $0.actor == nil }, "\(found.map(\.actor))")
        let frames = TextAnalyzer().analyze("""
        Former lender boss convicted of fraud in New York
        A federal jury in Manhattan convicted Daniel Cho, the founder of the crypto lender Velora, on Thursday.
        The Securities and Exchange Commission sued Velora in 2023.
        """, published: CalendarDay(iso: "2025-05-22")).announcements
        #expect(frames.isEmpty, "\(frames.map(\.actor))")
    }

    @Test func anExchangeFreezingAnAttackersFundsStatesNoPolicy() {
        let found = statements("""
        Hackers drained $8 million from Kudu Exchange's hot wallet on Sunday.
        The attack exploited a signing bug, and the stolen funds were moved through a mixer.
        Kudu Exchange asked other exchanges to freeze deposits linked to the attacker.
        """)
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func aRegulationIssuedByAMinistryNamesItsIssuer() {
        let found = statements("Sellers will pay a tax of 0.2% from Friday under a regulation issued by the Ministry of Finance of Indonesia.")
        #expect(found.first?.actor?.hasPrefix("Ministry of Finance") == true, "\(found.map(\.actor))")
    }
}
