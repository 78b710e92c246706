import Testing
@testable import Extractor

/// Sentences that use the words of the new cues (licences, registers, deadlines, advice, access, inability) in
/// hypotheticals, questions, company routine and market events, and state no measure; beside the measures they resemble.
@Suite struct NoMeasurePhrasingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "If the watchdog removed the exchange from its register, customers would lose access.",
        "If regulators blocked the sites, traders would move to VPNs.",
        "Will regulators grant more licences next year?",
        "The exchange expects to receive a licence later this year.",
        "The company told staff to stay away from the office during the strike.",
        "The token's website was taken offline by its developers for an upgrade.",
        "Traders have until Friday's close to roll their positions.",
        "The fund has six months to deploy its capital.",
        "Nobody is excluded from the airdrop, the project said.",
        "Players were unable to log in for two hours on Sunday.",
        "The app is part of a wider push into payments.",
        "This free, open-source tool can disable internet access for chosen apps.",
        "Large ether holders resumed sizeable spot purchases after the liquidations.",
    ])
    func theCueWordsWithoutAMeasureStateNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("The watchdog removed the exchange from its register on Friday.", PolicyAction.enforce),
        ("Exchanges will be fined if they fail to register by June.", .enforce),
        ("The central bank intends to make the digital currency available to all residents if the pilot succeeds.", .permit),
        ("The central bank told the public to stay away from the app.", .warn),
        ("Merchants have until June 15 to stop taking crypto.", .enforce),
        ("Foreign investors will be unable to open accounts under the pilot.", .restrict),
    ])
    func theMeasuresTheyResembleKeepTheirReading(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    // MARK: An effect a measure is said to have

    @Test(arguments: [
        "Industry groups said the rules would curb innovation and push firms abroad.",
        "The token rules would restrict uptake of stablecoins, the association said.",
        "Lawmakers Say Central Bank Token Plans Will 'Restrict Growth'",
        "The commission said the wallet checks would curb fraud.",
        "Officials hope the change will limit abuse of the tax break.",
        "The bank expects the rules to curb speculation by small savers.",
    ])
    func anEffectAMeasureIsSaidToHaveIsNoRestriction(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The regulator will limit leverage on crypto derivatives to two times.",
        "The central bank will cap holdings of payment tokens at 5,000 euros.",
        "The authority moved to curb retail trading in unregistered tokens.",
        "The regulator will limit losses on leveraged tokens by capping leverage at three times.",
    ])
    func theRestrictionsTheyResembleKeepTheirReading(text: String) {
        #expect(action(text) == .restrict, "\(text) → \(String(describing: action(text)))")
    }
}
