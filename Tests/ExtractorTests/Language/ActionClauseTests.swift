import Testing
@testable import Extractor

/// The clause that decides a sentence's action: a warning over the duty it reminds of, a duty before "or" over the ban
/// that befalls those who do not meet it, and the main verb over a relative clause describing its object.
@Suite struct ActionClauseTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        ("The regulator warned that dealers must keep records of every trade.", PolicyAction.warn),
        ("The agency cautioned last year that brokers must verify every client.", .warn),
        ("The central bank warned that banks may not open accounts for crypto exchanges.", .warn),
        // A duty said, not warned of, stays a duty.
        ("The regulator said that dealers must keep records of every trade.", .require),
        ("Dealers must keep records of every trade.", .require),
    ])
    func aDutyAWarningRemindsOfIsTheWarning(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("Dealers must file their papers by the end of June, or they will have to cease trading.", PolicyAction.require),
        ("Kiosk operators must obtain a permit or stop selling tokens.", .require),
        ("Lenders would need a local licence, or face a ban on their services.", .require),
        // A ban stated first, or with no duty before "or", stays a ban.
        ("Dealers must stop selling tokens or apply for a permit.", .prohibit),
        ("Dealers must stop selling tokens from June 1.", .prohibit),
        ("The bank may not open accounts for crypto exchanges or hold tokens on its books.", .prohibit),
    ])
    func aBanAfterOrFollowingADutyIsItsConsequence(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("Lenders must close loans that no longer carry enough collateral.", PolicyAction.require),
        // "no longer" after a modal of the main clause still bans.
        ("Exchanges can no longer list privacy tokens.", .prohibit),
        ("Dealers that no longer hold a permit must stop selling tokens.", .prohibit),
    ])
    func noLongerInARelativeClauseDescribesTheObject(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
