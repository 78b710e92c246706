import Testing
@testable import Extractor

/// The reach of a measure, the standing of firms, advice to the public, deadlines and the sentences around a
/// measure that state none (a refusal to comment, an observer's watch, a party's time to appeal, a commentator's
/// "must"), over phrasings we wrote.
@Suite struct ScopeAndDeadlinePhrasingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "The new rules apply only inside the financial free zone.",
        "Stablecoins are not part of the new framework.",
        "Mining falls outside the scope of the rules.",
        "Derivatives remain out of scope of the regime.",
        "Tokenised deposits are excluded from the ban.",
    ])
    func anActivityLeftOutOfAMeasureIsACarveOut(text: String) {
        #expect(action(text) == .warn, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Retail customers remain out of scope of the regime.",
        "Foreign investors will not be able to open accounts during the pilot.",
        "Tourists will be unable to buy tokens with cash under the scheme.",
        "Individual investors are excluded from the programme.",
        "Non-resident clients will not be able to trade derivatives on the platforms.",
    ])
    func peopleLeftOutOfAPermissionAreRestricted(text: String) {
        #expect(action(text) == .restrict, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Central bank tells residents to avoid unlicensed crypto apps",
        "The central bank told the public to stay away from the platform.",
        "The watchdog advised consumers to steer clear of the token.",
        "The regulator said the app is not licensed to take deposits.",
        "The authority said the platform is not authorised to operate in the country.",
        "The agency asked investors to be cautious with offers of guaranteed returns.",
    ])
    func adviceToThePublicAndLegalStandingWarn(text: String) {
        #expect(action(text) == .warn, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("Malaysia gives exchanges until June to segregate client assets", PolicyAction.require),
        ("Exchanges have until March 31 to move client coins into segregated wallets.", .require),
        ("The regulator gave lenders until September to submit audited accounts.", .require),
        ("Regulator gives crypto lenders six months to wind down", .enforce),
        ("The treasury gave holders until June 13 to wind down their positions.", .enforce),
        ("Firms already operating have until April 30 to apply for a licence.", .enforce),
    ])
    func aDeadlineToSetUpSomethingRequiresAndOneToStopIsAGracePeriod(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "She declined to say whether the exchange had met the requirement.",
        "The regulator declined to comment on the ban.",
        "We will continue to monitor whether the agency appeals.",
        "He has 28 days to lodge an appeal.",
        "The firm is part of a larger banking group.",
        "The founder said customers were not part of the case.",
        "\"Exchanges will have to earn back trust,\" said Ana Ruiz, an analyst at Northgate Research.",
        "The trial will run outside the capital.",
    ])
    func sentencesAroundAMeasureStateNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }
}

/// A sentence that coordinates two measures states its first; a permission "to let" or "will let" is an authority's or
/// a rule's; a negated sanction until a day is a grace period; a relative clause's "exempt" describes its noun.
@Suite struct CoordinatedMeasurePhrasingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        ("South Korea to let listed companies trade crypto from November, tightens travel rule", PolicyAction.permit),
        ("Regulator registers three exchanges, strikes off a fourth", .permit),
        ("Thailand bans crypto lending, caps leverage at two times", .prohibit),
        ("The new rules will let banks hold tokens for clients.", .permit),
        ("The regulator will let licensed brokers deal in bitcoin.", .permit),
        ("The regulator will not penalise exchanges for breaches until March 31.", .enforce),
        ("The agency will not sanction firms before the end of the transition.", .enforce),
        ("Exchanges will have to share sender details for transfers below the threshold, which are currently exempt.", .require),
    ])
    func theFirstMeasureAndItsReading(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Payments company Moravo Pay will let shoppers pay with bitcoin at checkout.",
        "Norvale Bank AG will let its clients trade bitcoin in its app from June.",
        "I would like the central bank to let banks partner with licensed platforms.",
        "The app lets users set price alerts.",
        "The regulator did not fine the firm.",
    ])
    func aProductOrAWishOrNoSanctionStatesNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }
}

/// Measures named by verbs of tax status, publication, blocking, a dated permission and a levy applied.
@Suite struct MeasureVerbPhrasingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        ("Spain to treat staking rewards as income", PolicyAction.require),
        ("Mining rewards will be classified as taxable income from January.", .require),
        ("The tax office notifies new crypto reporting rules", .require),
        ("The central bank instructed lenders to block payments to the platform.", .prohibit),
        ("Telecom operators were told to block transactions with the exchange.", .prohibit),
        ("Banks may offer crypto custody from April", .permit),
        ("Insurers can invest in bitcoin funds starting next year, the regulator said.", .permit),
        ("The energy regulator will apply a surcharge of 30 percent to power bills for mining farms.", .require),
        ("The ministry will levy a fee on every crypto transfer.", .require),
    ])
    func theVerbNamesTheMeasure(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Analysts treat the rally as a sign of recovery.",
        "The exchange will notify customers by email.",
        "The exchange said the glitch could block logins for an hour.",
        "Prices may rise from here, traders said.",
        "Applicants can apply online.",
    ])
    func theSameVerbsWithoutAMeasureStateNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }
}

/// Lifting a ban in every verb form permits; the time left after a ban stated first is that ban's grace.
@Suite struct LiftedAndGracedBanPhrasingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        ("Banks will be allowed to offer crypto custody from April, reversing a ban imposed in 2022.", PolicyAction.permit),
        ("The court is overturning the ban on mining, the ruling said.", .permit),
        ("The government abolished the prohibition on crypto payments.", .permit),
        ("The regulator rescinded its ban on token sales.", .permit),
        ("The firms may no longer serve clients and have until June 30 to return customer funds.", .prohibit),
        ("Shops are barred from taking crypto and have until March to comply.", .prohibit),
        ("Merchants have until June 15 to stop taking crypto.", .enforce),
    ])
    func liftingAndGrace(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
