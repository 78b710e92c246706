import Testing
@testable import Extractor

/// An activity reserved for licence holders ("only licensed exchanges may offer trading") obliges firms to hold the
/// licence; a licence that bounds a product, a permission or the other party restricts, and advertising reserved for
/// licence holders forbids it to the rest.
@Suite struct ReservedActivityTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Under the new law, only licensed exchanges may offer crypto trading and custody in Veloria.",
        "Crypto brokerage may be offered in Veloria only by firms registered with the Veloria Securities Board.",
        "Bitcoin mining may operate only under a licence from the Veloria energy ministry, the decree says.",
        "Only a registered custody provider can hold customers' crypto, the regulator said.",
        "From July, crypto custody may be provided only by companies licensed by the Bank of Veloria.",
    ])
    func anActivityReservedForLicenceHoldersObliges(text: String) {
        #expect(action(text) == .require, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Only stablecoins approved by the Bank of Veloria may be accepted by shops, the regulator said.",
        "Under the rule, crypto transfers may be sent only to platforms licensed by the Veloria Markets Board.",
        "Banks may open accounts only for exchanges registered with the Bank of Veloria, the regulator said.",
    ])
    func aLicenceThatBoundsAProductOrTheOtherPartyRestricts(text: String) {
        #expect(action(text) == .restrict, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Only licensed crypto firms may advertise in Veloria from September, the regulator said.",
    ])
    func reservedAdvertisingIsNoDuty(text: String) {
        #expect(action(text) != .require, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "From Sept. 1 only licensed crypto firms may advertise in Ruritania, the regulator said.",
        "Only authorised or passported firms may advertise crypto-asset services to local consumers, the new law says.",
        "Under the code, only registered platforms can promote crypto products on television.",
    ])
    func advertisingReservedForLicenceHoldersProhibits(text: String) {
        #expect(action(text) == .prohibit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Only a firm that the Capital Market Authority has licensed can offer crypto services to residents.",
    ])
    func aMarketInAnAuthoritysNameIsNoAdvertising(text: String) {
        #expect(action(text) != .prohibit, "\(text) → \(String(describing: action(text)))")
    }
}
