import Testing
@testable import Extractor

/// Actions from how news words a measure, over phrasings we wrote: active and passive voice,
/// nominalisations ("a ban on", "the requirement that"), modals and negation.
@Suite struct ActionPhrasingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-05-22")).statements.first?.action
    }

    @Test(arguments: [
        ("Exchanges will be required to verify every customer's identity.", PolicyAction.require),
        ("The rules oblige custodians to keep client assets separate.", .require),
        ("Brokers need a licence from the regulator to serve retail clients.", .require),
        ("The requirement that issuers publish monthly audits starts in July.", .require),
        ("Crypto gains will be taxed at 20% from next year.", .require),
        ("Crypto payments at shops are banned from June 1.", .prohibit),
        ("The regulator imposed a ban on crypto derivatives for retail investors.", .prohibit),
        ("Residents are no longer allowed to buy tokens from foreign platforms.", .prohibit),
        ("Withdrawals were suspended for 30 days.", .restrict),
        ("Retail investors may invest at most 10,000 euros a year in tokens.", .restrict),
        ("Leverage on crypto derivatives is capped at two times.", .restrict),
        ("The regulator approved the first spot ether fund.", .permit),
        ("Banks are now allowed to offer crypto custody.", .permit),
        ("The ban on crypto mining was lifted on Monday.", .permit),
        ("The exchange was fined $2 million for breaching reporting rules.", .enforce),
        ("Prosecutors charged the founders with fraud.", .enforce),
        ("The central bank warned consumers that tokens are not legal tender.", .warn),
    ])
    func theClauseDecidesTheAction(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// A ceiling forbidden to pass is a cap; what is blocked is cut off; a participle before its noun only describes it.
    @Test(arguments: [
        ("Stablecoins counted as reserves may not exceed 5% of the bank's capital.", PolicyAction.restrict),
        ("A single payment in tokens shall not exceed 500 euros.", .restrict),
        ("Exchanges may not offer margin trading to retail clients.", .prohibit),
        ("Access to the unlicensed exchanges has been blocked since Monday.", .prohibit),
        ("Card payments to offshore crypto platforms will be blocked from March 1.", .prohibit),
        ("Payments to platforms that do not apply the travel rule must be blocked.", .prohibit),
        ("Self-hosted wallets are not covered by the new rule.", .warn),
        ("Banks must report every blocked transaction to the regulator.", .require),
    ])
    func aCeilingIsACapAndABlockACutOff(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// A ban that holds until a condition is met or a day comes limits the activity for a time; a ban without an end, or
    /// one beside time to wind down ("have until"), stays a ban.
    @Test(arguments: [
        ("The exchange may not offer lending until the regulator has approved a separate application.", PolicyAction.restrict),
        ("Under its licence, the firm must not take on retail clients until an auditor has reviewed its controls.", .restrict),
        ("Licensed brokers may not offer staking until the second half of next year.", .restrict),
        ("The fund may no longer buy bitcoin until its board approves a new investment policy.", .restrict),
        ("Miners must not draw power from the grid until the new substation is finished.", .restrict),
        ("Banks may not open accounts for crypto exchanges, the central bank said.", .prohibit),
        ("The platforms may no longer serve local users and have until June 30 to return their funds.", .prohibit),
    ])
    func aBanUntilAConditionOrADayRestricts(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// What may go on under a ceiling that a "but" brings is restricted; what may go on beside a duty, or with nothing
    /// after it, stays a carve-out.
    @Test(arguments: [
        ("Professional investors may keep trading crypto futures, but their leverage will be capped at five times.", PolicyAction.restrict),
        ("Existing members may continue to stake, but with stakes of no more than 10,000 tokens each.", .restrict),
        ("Customers can keep withdrawing, but withdrawals above $5,000 a day will need a manual check.", .restrict),
        ("Existing customers can keep trading on the platform, the regulator said.", .warn),
        ("Holders may keep their tokens, but the issuer must publish monthly reports.", .warn),
    ])
    func whatGoesOnUnderACeilingIsRestricted(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// Time to wind down (holdings returned or closed out by a deadline, what may stay until a day, dealings wound down
    /// until a day) is a grace period, and a sum ordered paid a penalty; without the deadline or the sum they stay duties.
    @Test(arguments: [
        ("Retail clients who hold such contracts must close their positions by 30 June.", PolicyAction.enforce),
        ("The firm must return all client assets within 30 days.", .enforce),
        ("Adverts already running may stay up until 31 March.", .enforce),
        ("Machines installed before Monday may remain in service until the end of 2027.", .enforce),
        ("A general licence lets US firms wind down dealings with the exchange until June 5.", .enforce),
        ("The commission ordered the exchange to pay $3 million for offering unregistered products.", .enforce),
        ("Licensed platforms must return customer deposits whenever customers ask.", .require),
        ("The regulator ordered the exchange to wind down its business.", .prohibit),
        ("The regulator ordered banks to pay interest on crypto deposits.", .require),
    ])
    func timeToWindDownIsAGracePeriod(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// What a measure leaves outside its scope, regime or tax is a carve-out; a place outside, or a subject described as
    /// outside, is not.
    @Test(arguments: [
        ("Payment stablecoins would stay outside the bill's scope.", PolicyAction.warn),
        ("Swaps between two crypto-assets remain outside the tax, the agency said.", .warn),
        ("Small miners will fall outside the licensing regime.", .warn),
        ("Exchanges must hold client reserves outside the country.", .require),
        ("Issuers that fall outside the new regime must still register with the tax office.", .require),
    ])
    func whatFallsOutsideAMeasureIsACarveOut(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// A ban on taking new clients, opening new accounts or signing new contracts keeps the existing ones: it restricts; a
    /// ban on new things of other kinds, or on a sale of new things, still prohibits.
    @Test(arguments: [
        ("The exchange may not onboard new retail clients until the review is finished.", PolicyAction.restrict),
        ("The regulator barred the exchange from taking on new customers.", .restrict),
        ("Lenders must not open new accounts for unlicensed token dealers.", .restrict),
        ("The power company will no longer sign new supply contracts with mining farms.", .restrict),
        ("The watchdog bars new sign-ups at the app until an auditor reports.", .restrict),
        ("The firm may not launch any new investment product without the agency's consent.", .restrict),
        ("The agency banned the sale of new tokens to retail buyers.", .prohibit),
        ("Lenders must not open accounts for unlicensed token dealers.", .prohibit),
        ("Grid operators may not connect new data centres used for crypto mining.", .prohibit),
        ("Promotions that offer free tokens to attract new customers will be banned outright.", .prohibit),
    ])
    func aBanOnNewClientsRestricts(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// A ban on certain people in their roles at firms (named, counted, former, "serving as a director") disqualifies them, a
    /// sanction; a ban on firms' dealings with people in roles, or an executive order's ban on firms, stays a rule.
    @Test(arguments: [
        ("The court order also bars Tarn and its two directors from moving any assets until the case is decided.", PolicyAction.enforce),
        ("The regulator also barred the firm's chief executive from holding management positions at any bank for seven years.", .enforce),
        ("The judgment bars Smith from serving as an officer of a public company.", .enforce),
        ("The watchdog banned two former executives of the lender for up to six years.", .enforce),
        ("The commission sought orders disqualifying the pair from serving as company directors.", .enforce),
        ("The president signed an executive order barring federal agencies from holding bitcoin.", .prohibit),
        ("The regulator will ban exchanges from offering staking to retail customers.", .prohibit),
        ("The rules bar licensed exchanges from paying their executives in the tokens they list.", .prohibit),
        ("Licensed exchanges will be barred from hiring former directors of failed platforms.", .prohibit),
        ("The central bank banned lenders from paying their executives bonuses in crypto.", .prohibit),
    ])
    func aBanOnCertainPeopleInTheirRolesIsASanction(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// A ban someone declined to impose or stopped short of is no ban: the measure chosen instead gives the action; a ban
    /// imposed after a refusal of something else, or a stop that is no refusal, still prohibits.
    @Test(arguments: [
        ("The watchdog declined to ban token lending, choosing instead to require a suitability test.", PolicyAction.require),
        ("The agency declined on Monday to ban crypto kiosks, capping deposits at 500 dollars a day instead.", .restrict),
        ("Regulator stops short of staking ban, limits retail deposits", .restrict),
        ("The state will cap kiosk deposits, but it stopped short of the outright ban that police had sought.", .restrict),
        ("The regulator refused the exchange's appeal and banned its token sales.", .prohibit),
        ("Regulator stops token sales, fines the exchange", .prohibit),
    ])
    func aBanStoppedShortOfIsNoBan(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// A head of state who sanctions a law enacts it, and the law's content gives the action; a firm sanctioned under a
    /// law, or sanctions imposed under one, are penalties.
    @Test(arguments: [
        ("President Ana Roe sanctioned on Tuesday the reform to the Digital Assets Law, which obliges issuers to keep their reserves in local banks.",
         PolicyAction.require),
        ("The president sanctions law of virtual assets; providers will have to register with the superintendency", .require),
        ("The exchange was sanctioned under the Securities Act for misleading clients.", .enforce),
        ("The Treasury imposed sanctions on Kestrel Exchange under the Foreign Assets Act.", .enforce),
    ])
    func aLawSanctionedIsEnacted(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// A duty or a ceiling taken away (dropped, removed, scrapped, waived, also in the passive) is lifted; a limit that only
    /// follows a preposition, a refusal to drop one and a noun "drop" lift nothing.
    @Test(arguments: [
        ("The central bank dropped its requirement that banks seek approval before holding tokens.", PolicyAction.permit),
        ("The agency will remove the 500,000-peso limit on single stablecoin transfers from March 1.", .permit),
        ("Regulator scraps retail token purchase cap", .permit),
        ("The monthly cap on retail purchases was scrapped on Friday.", .permit),
        ("The ministry is considering removing the need for a second licence.", .permit),
        ("Customers may withdraw up to the daily limit of 10,000 euros.", .restrict),
        ("The regulator refused to drop the requirement that exchanges verify every client.", .require),
        ("Exchanges must cap leverage for retail clients at two times.", .restrict),
    ])
    func aDutyOrACeilingTakenAwayIsLifted(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// A ceiling in a phrase that bounds a permission (", with a cap", ", under caps", ", subject to a limit") is its
    /// condition, the permission the measure; a ceiling of its own, or one bounding no permission, restricts.
    @Test(arguments: [
        ("The central bank will allow crypto staking from April 1, with a 20% cap for retail clients.", PolicyAction.permit),
        ("Registered brokers have been permitted to handle foreign stablecoins, subject to a transfer limit of 1 million yen.", .permit),
        ("Country to let visitors spend tokens through local wallets from May, under monthly caps", .permit),
        ("Lawmakers back the digital currency with a 3,000-euro holding cap.", .restrict),
        ("Retail clients may buy tokens worth at most 5,000 euros a year, with the cap rising to 10,000 euros in 2027.", .restrict),
    ])
    func aCeilingThatBoundsAPermissionIsItsCondition(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    /// A headline that coordinates two measures states the first, by its verb where no cue word states it.
    @Test(arguments: [
        ("Regulator registers Kestrel Digital, caps retail buying of smaller tokens", PolicyAction.permit),
        ("Country lets exchanges list tokens without prior review, caps retail bets on smaller coins", .permit),
        ("Regulator fines Kestrel Digital $2 million, caps its retail business", .enforce),
        ("Kestrel Digital caps retail buying of smaller tokens", .restrict),
    ])
    func aHeadlineStatesItsFirstMeasure(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "Bitcoin lost at most 2% on any day last week.",
        "Traders needed a break after the rally.",
        "The founders were upbeat after the settlement talks with investors.",
    ])
    func theSameWordsWithoutAMeasureStateNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }
}
