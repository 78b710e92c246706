import Testing
@testable import Extractor

/// How a clause's words decide the action beyond its cue word: lifting a freeze, extending a
/// deadline, winding down, revoking, temporary bans, permissions with a bound, licensing regimes,
/// obligations that end, and quoted opinions of a person.
@Suite struct PolicyClauseTests {
    private func statements(_ text: String, published: String = "2024-03-12") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    private func action(_ text: String) -> PolicyAction? {
        statements(text).first?.action
    }

    @Test(arguments: [
        "The regulator lifted its two-year freeze on new exchange licences.",
        "Ruritania will end the suspension of crypto deposits at local banks.",
        "The central bank scrapped curbs on card payments to exchanges.",
    ])
    func liftingAFreezeOrSuspensionPermits(text: String) {
        #expect(action(text) == .permit, "\(text)")
    }

    @Test(arguments: [
        "The watchdog extended the deadline for exchanges to apply for a licence.",
        "Ministers extend the transition period for existing wallet providers.",
        "The agency granted an extension of the registration deadline to June.",
    ])
    func moreTimeToComplyIsAGracePeriod(text: String) {
        #expect(action(text) == .enforce, "\(text)")
    }

    @Test func extendingAProductIsNoGracePeriod() {
        #expect(statements("The exchange extended its trading hours to weekends.").isEmpty)
    }

    @Test(arguments: [
        "The regulator ordered the broker to wind down its crypto business.",
        "Valtora will wind down its lending desk in Europe.",
    ])
    func windingDownProhibits(text: String) {
        #expect(action(text) == .prohibit, "\(text)")
    }

    @Test(arguments: [
        "Operators that ignore the order will have their licences revoked.",
        "The regulator revoked the registration of two exchanges.",
    ])
    func revokingEnforces(text: String) {
        #expect(action(text) == .enforce, "\(text)")
    }

    @Test(arguments: [
        ("The government imposed a three-month ban on crypto mining.", PolicyAction.restrict),
        ("Ruritania ordered mining farms to stop operating for the summer.", .restrict),
        ("The regulator temporarily banned new token listings.", .restrict),
        ("Miners must halt operations for 90 days, the ministry said.", .restrict),
        ("The government imposed a ban on crypto mining.", .prohibit),
        ("The exchange will stop selling tokens in Ruritania.", .prohibit),
    ])
    func aBanWithAnEndRestricts(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text)")
    }

    @Test(arguments: [
        ("The central bank has allowed lenders to hold crypto only for their own treasury.", PolicyAction.restrict),
        ("Only tokens approved by the regulator and backed by reserves can be offered to retail clients.", .restrict),
        ("The central bank has allowed lenders to hold crypto.", .permit),
    ])
    func aPermissionWithABoundRestricts(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text)")
    }

    @Test(arguments: [
        "Under the bill, the securities agency would license and supervise crypto brokers.",
        "The new authority will regulate token issuers from next year.",
        "The plan allows the commission to license custodians that meet capital rules.",
    ])
    func aLicensingRegimeRequires(text: String) {
        #expect(action(text) == .require, "\(text)")
    }

    @Test func aLicenceGrantedStaysAPermission() {
        #expect(action("The regulator granted a licence to the exchange on Monday.") == .permit)
    }

    @Test(arguments: [
        ("Buyers will no longer be charged stamp duty on token purchases.", PolicyAction.permit),
        ("Small miners will no longer need to register with the tax office.", .permit),
        ("Shops will no longer be allowed to accept bitcoin.", .prohibit),
        ("Residents can no longer buy tokens from offshore platforms.", .prohibit),
    ])
    func anObligationThatEndsPermits(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text)")
    }

    @Test(arguments: [
        "\"The new cap is tough, but serious exchanges can live with it,\" he said.",
        "\"A licensing requirement was overdue,\" she told reporters.",
    ])
    func aQuotedOpinionOfAPronounSpeakerIsNoStatement(text: String) {
        #expect(statements(text).isEmpty, "\(statements(text).map(\.text))")
    }

    @Test func aQuotedMeasureOfAPronounSpeakerStays() {
        #expect(statements("\"Exchanges must register with us from July 1,\" he said.").count == 1)
    }

    @Test(arguments: [
        "The ministry is examining whether to tax staking rewards.",
        "The watchdog is drafting rules that would require stablecoin issuers to hold reserves.",
        "The central bank is preparing a licensing regime for custodians.",
    ])
    func preparatoryWorkIsConsidered(text: String) {
        #expect(statements(text).first?.status == .considering, "\(text) → \(statements(text).map(\.status))")
    }
}

/// An obligation said not to exist is a carve-out.
@Suite struct NegatedObligationTests {
    @Test(arguments: [
        ("Small miners won't have to register with the tax office.", PolicyAction.warn),
        ("Holders do not have to report wallets below 1,000 euros.", .warn),
        ("Exchanges will have to report every transfer.", .require),
    ])
    func aNegatedObligationIsACarveOut(text: String, action: PolicyAction) {
        let found = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-03-03")).statements
        #expect(found.first?.action == action, "\(found.map(\.action))")
    }
}

/// A carve-out stays the sentence's action when a clause after it, opened by a comma and a subordinator, adds what still
/// applies; a relative clause in the subject of the main verb still leaves the measure to that verb.
@Suite struct CarveOutBeforeASubordinateClauseTests {
    @Test(arguments: [
        ("Payments below that limit will not be covered, although banks must still keep the receipts.", PolicyAction.warn),
        ("Wallets that a customer hosts alone are exempt from the reporting duty, although exchanges must still log them.", .warn),
        ("This order does not apply to firms in the free port, which remain subject to the port authority's rules.", .warn),
        ("This week, the regulator said exchanges must report every transfer.", .require),
        ("Brokers that do not apply by March will have to stop serving clients.", .prohibit),
    ])
    func aCarveOutKeepsItsAction(text: String, action: PolicyAction) {
        let found = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-03-03")).statements
        #expect(found.first?.action == action, "\(text) → \(found.map(\.action))")
    }
}
