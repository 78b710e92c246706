import Testing
@testable import Extractor

/// Orders that cut a market off from a service, and carve-outs that leave an activity alone, each as a wire, a trade
/// site, a regulator's release or a non-native English edition would word them; beside sentences that must not read so.
@Suite struct AccessAndCarveOutPhrasingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Regulator orders block on four offshore crypto exchanges",
        "The commission ordered internet providers to block access to four unregistered exchanges.",
        "The four platforms will have their websites and mobile apps blocked from Monday.",
        "The commission directed the telecoms regulator to have internet providers cut off the sites.",
        "It also asked the two app stores to remove the exchanges' apps.",
        "The ministry told internet service providers to shut off access to 30 crypto websites.",
        "The regulator has blacklisted the exchanges' domains and ordered the sites taken offline.",
        "Authorities blocked the websites of three unlicensed brokers on Tuesday.",
        "Access to the exchange's app has been blocked in the country since Friday.",
        "The watchdog asked app stores to take down the trading apps.",
        "Per the order, local telcos must disable access to the listed platforms within five days.",
    ])
    func cuttingOffAServiceProhibits(text: String) {
        #expect(action(text) == .prohibit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The order does not ban Filipinos from owning cryptocurrency.",
        "The decree does not prohibit individuals from holding bitcoin.",
        "Gains on crypto held for more than a year remain tax-free for private investors.",
        "Small transfers stay exempt from the reporting rule.",
        "Holding stablecoins is still permitted for individuals.",
        "The rules leave self-hosted wallets untouched.",
        "Existing holders are not affected by the ban.",
        "The new limits will not apply to professional investors.",
        "Personal mining rigs are spared from the ban.",
        "Peer-to-peer trading is allowed to continue.",
        "The government said it will not ban mining as such.",
    ])
    func anActivityLeftAloneIsACarveOut(text: String) {
        #expect(action(text) == .warn, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("Unlicensed platforms may not serve local users.", PolicyAction.prohibit),
        ("Banks cannot hold crypto for clients.", .prohibit),
        ("Trading in privacy coins remains banned.", .prohibit),
    ])
    func aBanThatBindsIsNoCarveOut(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The firm said its website was down because of a technical fault.",
        "The exchange's site went offline after a hack.",
        "Bitcoin remained flat for the day.",
        "The app store removed the old logo from its front page.",
    ])
    func outagesAndOtherNewsStateNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }
}
