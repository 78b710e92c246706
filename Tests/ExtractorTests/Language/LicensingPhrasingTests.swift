import Testing
@testable import Extractor

/// The life of a licence as news words it, over phrasings we wrote: handed out, won, used, refused and taken
/// away, beside the same verbs and nouns where no licence changes hands. These are the rules' licensing cues: the
/// statement model reads a licence held as a measure in force, as the annotated sets do ("holds licences in 46
/// states"), and may add such a sentence (and, now and then, one that only names a licensing body) on its own.
@Suite struct LicensingPhrasingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer(statementModel: nil).analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Regulator grants licences to three crypto custodians",
        "The Financial Conduct Authority awarded full permits to two exchanges on Tuesday.",
        "The central bank issued two new licences to payment token issuers this week.",
        "The securities commission handed a full authorisation to the exchange on Monday.",
        "Licences were granted to four brokers after a two-year review, the regulator said.",
        "Two stablecoin issuers received their licences on Monday, the central bank said.",
        "The exchange secured a licence from the Monetary Authority of Singapore on Friday.",
        "Nordbank won approval from the regulator to offer bitcoin custody.",
        "The licence lets the company offer custody and trading across the bloc.",
        "The authorisation entitles the firm to serve clients in all member states.",
        "Vietnam licenses first two crypto exchanges",
        "The clearing house's subsidiary has received a no-action letter from the SEC to offer tokenised deposits.",
        "The agency gave no-action letters to three prediction markets on Thursday.",
        "Four issuers got their trust charters approved by the Office of the Comptroller of the Currency.",
    ])
    func aLicenceHandedOutOrWonPermits(text: String) {
        #expect(action(text) == .permit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "No new crypto mining permits will be issued from March 1, the energy ministry said.",
        "The regulator will issue no new licences to crypto exchanges until the review ends.",
        "No further authorisations will be granted to token issuers this year, the watchdog said.",
        "The city council said no new kiosk permits would be issued after Friday.",
    ])
    func noNewLicencesHandedOutProhibits(text: String) {
        #expect(action(text) == .prohibit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The agency issued a \u{201C}no action\u{201D} letter to the clearing house on Monday.",
        "Staff gave the exchange relief from its reporting rules on Friday.",
        "Regulator gives prediction markets leeway on record-keeping rules",
        "The broker won a waiver from the reporting rules, the regulator said.",
        "The Treasury exempted two payment firms from the travel rule requirements.",
        "The watchdog exempts small brokers from the new capital rules.",
        "The agency exempts token sales of up to $20 million a year from registration.",
    ])
    func reliefFromARuleHandedOutPermits(text: String) {
        #expect(action(text) == .permit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Hardware wallets are exempted from the rules.",
        "Transfers between a customer's own accounts remain exempt from the requirement.",
        "Self-hosted wallets are exempt from the reporting obligations.",
    ])
    func aRulesOwnScopeIsACarveOut(text: String) {
        #expect(action(text) == .warn, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The Securities Commission removed four crypto firms from its register.",
        "The watchdog struck two brokers off its register on Friday.",
        "Three providers removed from the national register",
        "The brokers were deregistered by the regulator on Friday.",
        "The agency took the lender off its list of approved providers.",
    ])
    func aFirmTakenOffTheRegisterIsEnforcement(text: String) {
        #expect(action(text) == .enforce, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The regulator rejected the exchange's licence application on Thursday.",
        "The authority refused to grant a licence to the lender.",
        "The central bank denied the platform's request for a payment licence.",
        "Regulators turned down the exchange's application for a licence.",
    ])
    func aRefusedLicenceIsEnforcement(text: String) {
        #expect(action(text) == .enforce, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The SEC disapproved a proposal to list a spot solana fund.",
        "The commission disapproves the exchange's plan to list a staked ether fund.",
    ])
    func aDisapprovedListingProhibits(text: String) {
        #expect(action(text) == .prohibit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The company received a grant from a blockchain foundation.",
        "The exchange's new feature lets traders set price alerts.",
        "He removed the wallet app from his phone.",
        "The exchange has yet to receive a licence.",
        "Withdrawals in euros resumed on Wednesday after the outage.",
        "The firm operates under a transitional permit while its file is reviewed.",
        "The board, which licenses crypto asset service providers, said it was monitoring the situation.",
        "Shareholders rejected the takeover bid on Monday.",
    ])
    func theSameWordsWithoutALicenceChangingHandsStateNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }
}
