import Testing
@testable import Extractor

/// The effective date of statements (SCHEMA.md section 3): acts take their own day, rules that detail a new measure
/// take its start, deadlines their end, deferrals the new start, standing states and immediate measures none, and
/// permissions the start of what they allow. All texts are published on Thursday 22 May 2025.
@Suite struct StatementDatingTests: StatementDatingTable {
    // MARK: - An act takes its own day

    @Test(arguments: [
        ("The Ruritanian Financial Authority on Wednesday imposed sanctions on two crypto exchanges.", "2025-05-21"),
        ("The Ruritanian Financial Authority fined the exchange 3 million euros on Tuesday.", "2025-05-20"),
        ("The Ruritanian Financial Authority has fined 11 companies for unlicensed trading, the regulator said on Monday.", "2025-05-19"),
        ("The Ruritanian Financial Authority has revoked the licence of Corvid Exchange, according to a notice published on Tuesday.", "2025-05-20"),
        ("Last week the Ruritanian Financial Authority suspended the licence of Corvid Exchange.", "2025-W20"),
        ("The Ruritanian Financial Authority fined the broker 2 million euros in 2022.", "2022"),
    ])
    func anActTakesItsOwnDay(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.status, $0.effective) })")
    }

    @Test(arguments: [
        // A rule announced on a day starts when it says, not on the day of the announcement.
        ("The Ruritanian Financial Authority said on Tuesday it will ban crypto derivatives from July 1.", "2025-07-01"),
        ("The Ruritanian Financial Authority has announced rules that will ban crypto derivatives from July 1.", "2025-07-01"),
        // An act done before a date that only closes a subordinate clause is not dated by it.
        ("Corvid Exchange has been granted a licence by the Ruritanian Financial Authority, days before the old regime ends next week.", "null"),
    ])
    func aRuleOrAnActIsNotDatedByAnotherClausesDay(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.status, $0.effective) })")
    }

    @Test func aPastActIsNotDatedByTheStartOfAnotherMeasure() {
        let text = """
        The Ruritanian Financial Authority has fined three exchanges 2 million euros for failing to check customers, it said on Monday.

        The largest penalty was imposed on Corvid Exchange.

        The authority also issued advertising rules that will require every crypto advert to carry a risk warning from July 1.
        """
        #expect(effective(of: "has fined", in: text) == "2025-05-19")
        #expect(effective(of: "largest penalty", in: text) == "2025-05-19")
        #expect(effective(of: "advertising rules", in: text) == "2025-07-01")
    }

    @Test func aReportDayGivesWayToTheDayOfTheAct() {
        let text = """
        The Ruritanian Financial Authority has fined Corvid Exchange 4 million euros, according to a notice published on Tuesday.

        The penalty was imposed on May 12 after an inspection.
        """
        #expect(effective(of: "has fined", in: text) == "2025-05-12")
        #expect(effective(of: "penalty was imposed", in: text) == "2025-05-12")
    }

    // MARK: - The details of a new measure take its start

    @Test func theDetailsOfANewMeasureTakeItsStart() {
        let text = """
        Ruritania to ban crypto advertising aimed at minors

        The Ruritanian Financial Authority will ban crypto advertising aimed at minors from Oct. 1, the regulator said on Wednesday.

        Influencers who promote tokens for payment will have to register with the authority.

        Promotions that offer free tokens will be banned outright under the new rules.

        Each exchange can run at most two campaigns a month.

        Separately, the Ruritanian Central Bank requires banks to report crypto transfers above 10,000 euros.
        """
        #expect(effective(of: "ban crypto advertising aimed at minors from", in: text) == "2025-10-01")
        #expect(effective(of: "Ruritania to ban", in: text) == "2025-10-01")
        #expect(effective(of: "Influencers", in: text) == "2025-10-01")
        #expect(effective(of: "Promotions", in: text) == "2025-10-01")
        #expect(effective(of: "at most two campaigns", in: text) == "2025-10-01")
        // Another actor's standing rule takes nothing from it.
        #expect(effective(of: "Central Bank requires", in: text) == "null")
    }

    @Test func aRuleTakesTheStartOfItsOwnMeasureStatedNearestBeforeIt() {
        let text = """
        The Ruritanian Financial Authority will require exchanges to segregate client coins from July 1.

        Exchanges will have to keep the coins with an approved custodian.

        The authority will also ban exchanges from lending client coins from Sept. 1.

        Lending desks will be barred from taking new loans.

        Exchanges will also have to report their reserves every month.
        """
        #expect(effective(of: "approved custodian", in: text) == "2025-07-01")
        #expect(effective(of: "Lending desks", in: text) == "2025-09-01")
        // An obligation takes the start of the obligation stated before, not of the ban between them.
        #expect(effective(of: "report their reserves", in: text) == "2025-07-01")
    }

    @Test func aRuleTakesAStartBeforeADeadline() {
        let text = """
        The Ruritanian Central Bank has lifted its ban on bank dealings with crypto firms with effect from June 1.

        Such accounts will be subject to enhanced due diligence.

        Banks have until the end of the month to send the central bank their internal policies.
        """
        #expect(effective(of: "enhanced due diligence", in: text) == "2025-06-01")
        #expect(effective(of: "until the end of the month", in: text) == "2025-05-31")
    }

    @Test func aHeadlineTakesTheDateOfItsMeasureInTheBody() {
        let text = """
        Latvia fines Corvid Exchange

        Latvia's Financial and Capital Market Commission fined Corvid Exchange 5 million euros on Tuesday. Exchanges will \
        also have to publish proof of reserves from Sept. 1.
        """
        // The headline names the country, the body its authority.
        #expect(effective(of: "Latvia fines", in: text) == "2025-05-20")
    }

    // MARK: - Deadlines, wind-downs and grace periods take their end

    @Test(arguments: [
        ("The Ruritanian Financial Authority issued a general licence giving banks until June 13 to wind down their dealings.", "2025-06-13"),
        ("The Ruritanian Financial Authority said exchanges have until March 31 next year to move client coins to segregated wallets.", "2026-03-31"),
        ("Under the Ruritanian Financial Authority's order, the firms have until July 15 to return customer funds.", "2025-07-15"),
        ("Exchanges have until June 30 to apply for a licence with the Ruritanian Financial Authority.", "2025-06-30"),
        ("The Ruritanian Financial Authority granted exchanges a grace period until Sept. 30 to register.", "2025-09-30"),
        // A ban that lasts until a day starts on its own start.
        ("The Ruritanian government will prohibit crypto mining in the region from Dec. 1 until March 15, 2031.", "2025-12-01"),
    ])
    func aPeriodToActTakesItsEnd(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.action, $0.effective) })")
    }

    /// A window to wind down ("must let clients withdraw their assets until Sept. 30") ends on its day, and a day that
    /// bounds a period is no publication day ("before the rules were published will have until June 30"); what may not
    /// go on until a day ("cannot withdraw coins until", "may not sell tokens until") is a measure's own span.
    @Test(arguments: [
        ("Under the Ruritanian Financial Authority's order, exchanges must let clients withdraw their assets until Sept. 30.", "2025-09-30", true),
        ("Under the Ruritanian Financial Authority's order, the exchange must let customers redeem their tokens until Aug. 15.", "2025-08-15", true),
        ("Firms that served clients before the Ruritanian rules were published will have until June 30 to move client coins.", "2025-06-30", true),
        ("Under the Ruritanian Financial Authority's order, customers cannot withdraw coins to outside wallets until Aug. 15.", "2025-08-15", false),
        ("Under the Ruritanian Financial Authority's order, the exchange may not sell tokens until Aug. 15.", "2025-08-15", false),
    ])
    func aWindowToWindDownTakesItsEnd(text: String, day: String, isItsDate: Bool) {
        #expect((effective(of: "Ruritanian", in: text) == day) == isItsDate, "\(statements(text).map { ($0.action, $0.effective) })")
    }

    // MARK: - A deferral takes the new date

    @Test(arguments: [
        ("The licensing requirement of the Ruritanian Financial Authority, which was due to take effect on Sept. 1, will now apply from March 1, 2026.", "2026-03-01"),
        ("The Ruritanian Financial Authority has delayed its custody rule from July 1 to Jan. 1, 2026.", "2026-01-01"),
        ("The Ruritanian Financial Authority's ban on crypto lending, originally planned for June, will start in September.", "2025-09"),
        ("The Ruritanian Financial Authority has postponed its reserve rule to November 2025.", "2025-11"),
        // No deferral: the one date stands.
        ("The Ruritanian Financial Authority's custody rules are due to take effect on Sept. 1.", "2025-09-01"),
    ])
    func aDeferralTakesTheNewDate(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.action, $0.effective) })")
    }

    @Test func aMonthTakesTheDayTheArticleGivesIt() {
        let text = """
        The Ruritanian Financial Authority pushes back its custody rule to March 2026

        The Ruritanian Financial Authority said on Tuesday its custody rule will now apply from March 1, 2026.
        """
        #expect(effective(of: "pushes back", in: text) == "2026-03-01", "\(statements(text).map(\.effective))")
    }

    // MARK: - Standing states and immediate measures take none

    @Test(arguments: [
        "Paying for goods with crypto remains illegal in Ruritania, the Ruritanian Central Bank said on Tuesday.",
        "Banks are still not permitted to hold crypto for customers, the Ruritanian Central Bank said on Tuesday.",
        "The Ruritanian Central Bank said separately on Tuesday that banks are still not permitted to hold crypto.",
        "The Ruritanian Central Bank said on Wednesday that unlicensed exchanges remain barred from operating.",
        "Crypto lending continues to be prohibited under the Ruritanian Central Bank's rules.",
    ])
    func aStandingStateHasNoStart(text: String) {
        #expect(effective(of: "Ruritania", in: text) == "null", "\(statements(text).map { ($0.action, $0.effective) })")
    }

    @Test(arguments: [
        ("Paying for goods with crypto has been illegal in Ruritania since 2021, under rules of the Ruritanian Central Bank.", "2021"),
        ("The Ruritanian Central Bank said on Tuesday that it will ban crypto payments from Aug. 1.", "2025-08-01"),
        // A lasting measure dated by its own act keeps that date.
        ("The Ruritanian Central Bank's ban on crypto payments, issued in 2021, still stands.", "2021"),
    ])
    func aStateWithAStartKeepsIt(text: String, day: String) {
        #expect(effective(of: "Ruritania", in: text) == day, "\(statements(text).map { ($0.action, $0.effective) })")
    }

    @Test func aRuleThatMustStillBeKeptIsNoStandingState() {
        let text = """
        The Ruritanian Financial Authority, in a decision signed on Monday, barred Corvid Exchange from onboarding new clients.

        Corvid must still process withdrawals for its existing clients.
        """
        #expect(effective(of: "must still", in: text) == "2025-05-19", "\(statements(text).map { ($0.action, $0.effective) })")
    }

    @Test func aStandingStateTakesNoDateFromTheArticle() {
        let text = """
        The Ruritanian Central Bank will allow banks to offer crypto custody from July 1.

        Paying for goods with crypto remains prohibited by the Ruritanian Central Bank.
        """
        #expect(effective(of: "remains prohibited", in: text) == "null")
    }

    @Test func anImmediateMeasureTakesNoDateFromTheArticle() {
        let text = """
        The Ruritanian Financial Authority will require exchanges to verify every customer from Oct. 1.

        All eleven firms were also served with orders requiring them to stop any crypto activity in Ruritania immediately.
        """
        #expect(effective(of: "served with orders", in: text) == "null")
    }

    // MARK: - Warnings and sanctions take the day of the act the article opens with

    @Test func anIssuedWarningTakesTheDayOfItsNotice() {
        let text = """
        The Ruritanian Central Bank has warned the public against dealing with unlicensed crypto platforms.

        In a circular issued on Monday, the bank said several traders were falsely presenting themselves as licensed.

        "The bank does not license or supervise crypto exchanges," the circular read.

        Trading crypto on one's own account remains legal, the bank said.
        """
        #expect(effective(of: "has warned the public", in: text) == "2025-05-19")
        #expect(effective(of: "does not license", in: text) == "2025-05-19")
        // A carve-out takes none.
        #expect(effective(of: "remains legal", in: text) == "null")
    }

    @Test func aFirmsStandingIsAWarningOfItsDay() {
        let text = """
        The Ruritanian Central Bank has warned savers not to deposit money with Corvid Yield.

        In a notice issued on Monday, the Ruritanian Central Bank said the app is not licensed to take deposits.
        """
        #expect(effective(of: "not licensed", in: text) == "2025-05-19", "\(statements(text).map { ($0.action, $0.effective) })")
    }

    @Test func aRulingTakesTheDayOfItsJudgment() {
        let text = """
        Court rules Corvid's lending product broke the law

        The Federal Court of Ruritania ruled in a judgment delivered on Wednesday that Corvid Exchange ran an unregistered \
        investment scheme.

        Corvid ran the scheme without a licence from the Ruritanian Financial Authority, the court found.
        """
        #expect(effective(of: "ran the scheme", in: text) != "2025-05-22")
        #expect(effective(of: "Court rules", in: text) == "2025-05-21", "\(statements(text).map { ($0.action, $0.effective) })")
    }

    @Test(arguments: [
        "In a separate resolution, the Ruritanian Financial Authority ordered internet providers to block nine websites.",
        "The Ruritanian Financial Authority also ordered internet providers to block nine websites.",
    ])
    func anotherActTakesNotTheOpeningsDay(sentence: String) {
        let text = """
        The Ruritanian Financial Authority fined Corvid Markets 2 million euros, it said in a notice issued on Monday.

        \(sentence)
        """
        #expect(effective(of: "nine websites", in: text) == "null", "\(statements(text).map { ($0.action, $0.effective) })")
    }

    // MARK: - A permission takes the start of what it permits, else its grant day

    @Test func aPermissionTakesTheStartOfThePermittedActivity() {
        let text = """
        Ruritanian Financial Authority approves first spot ether funds

        The Ruritanian Financial Authority on Wednesday approved three spot ether exchange-traded funds.

        The funds will start trading on Friday, the exchanges said.
        """
        #expect(effective(of: "on Wednesday approved", in: text) == "2025-05-23")
        #expect(effective(of: "approves first", in: text) == "2025-05-23")
    }

    @Test func aHeadlineWithoutANamedActorTakesTheDateOfItsMeasure() {
        let text = """
        Regulator approves first spot ether funds

        The Ruritanian Financial Authority on Wednesday approved three spot ether exchange-traded funds.
        """
        #expect(effective(of: "Regulator approves", in: text) == "2025-05-21", "\(statements(text).map { ($0.actor, $0.effective) })")
    }

    @Test func aPermissionTakesTheStartGivenSentencesLater() {
        let text = """
        The Ruritanian Financial Authority will allow three companies to test tokenised bond funds in a sandbox.

        Q: Who is in?

        A: Corvid Funds, Lark Ledger and Tern Digital. The first two will offer tokenised units in bond funds.

        They start testing on June 2 and have twelve months.

        Q: How many customers can they take?

        A: Each firm can take on at most 2,000 customers.
        """
        #expect(effective(of: "will allow three companies", in: text) == "2025-06-02", "\(statements(text).map { ($0.action, $0.effective) })")
        #expect(effective(of: "at most 2,000 customers", in: text) == "2025-06-02")
    }

    @Test func aHeadlinesMonthTakesTheOneDayTheBodyGivesInIt() {
        let text = """
        Latvia will require crypto exchanges to hold licences from July 2026

        Crypto exchanges will need a licence from the Financial and Capital Market Commission from July 1 next year, after \
        the Saeima passed a bill on Wednesday.
        """
        #expect(effective(of: "from July 2026", in: text) == "2026-07-01", "\(statements(text).map { ($0.actor, $0.effective) })")
    }

    @Test func aMonthTakesTheDayOfTheCountrysAuthority() {
        let text = """
        Latvia gives crypto exchanges until next March to segregate client coins

        Exchanges have until March 31 next year to move client coins into segregated wallets, Latvia's Financial and \
        Capital Market Commission said on Monday.
        """
        #expect(effective(of: "until next March", in: text) == "2026-03-31", "\(statements(text).map { ($0.actor, $0.effective) })")
    }

    @Test func aPermissionClearedToBeginLaterTakesThatDay() {
        let text = "The Ruritanian Financial Authority cleared the fund to begin trading on the national exchange on Monday, June 2."
        #expect(effective(of: "cleared the fund", in: text) == "2025-06-02")
    }

    @Test func aPermissionWithoutAStartTakesItsGrantDay() {
        let text = """
        Corvid Exchange was authorised on Monday by the Ruritanian Financial Authority as a crypto custodian.

        The exchange will keep serving its customers after the transition period ends next week.
        """
        #expect(effective(of: "was authorised on Monday", in: text) == "2025-05-19")
    }

    @Test(arguments: [
        ("Madrid, 22 May (Wire) - The Ruritanian Financial Authority has fined two exchanges, according to resolutions published last Thursday.", "2025-05-15"),
        ("LISBON, May 22 (Wire) — The Ruritanian Financial Authority has fined two exchanges.", "null"),
        ("Madrid, 22 May (Wire) - The Ruritanian Financial Authority will ban crypto lending from Sept. 1.", "2025-09-01"),
    ])
    func aDatelinesDateIsNoActsDay(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.action, $0.effective) })")
    }

    @Test(arguments: [
        ("The Ruritanian parliament has adopted crypto custody rules that take effect on 1 October 2025.", "2025-10-01"),
        ("Parliament passes custody bill\n\nThe Ruritanian parliament voted on Thursday to pass a bill requiring custodians to keep coins in cold storage.", "null"),
    ])
    func aVoteStartsOnlyOnAStatedStart(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.action, $0.effective) })")
    }

    // MARK: - Many phrasings per class

    /// An act reported in the ways wires, trade sites and regulators' releases word it takes its own day.
    @Test(arguments: [
        ("The Securities Commission of Ruritania on Tuesday fined Corvid Exchange 4 million euros for weak customer checks.", "fined Corvid", "2025-05-20"),
        ("Ruritania's securities regulator said on Wednesday it had revoked the licence of Corvid Exchange.", "revoked", "2025-05-21"),
        ("The Ruritanian Financial Authority has cancelled the registration of three crypto brokers, it said in a statement on Monday.", "cancelled the registration", "2025-05-19"),
        ("Regulators in Ruritania have frozen the assets of Corvid Exchange, according to an order dated Tuesday.", "frozen the assets", "2025-05-20"),
        ("In an order issued late on Wednesday, the Ruritanian Financial Authority suspended Corvid Exchange from taking new clients.", "suspended Corvid", "2025-05-21"),
        ("The Ruritanian Financial Authority last week imposed a penalty of 2 million euros on Corvid Exchange.", "imposed a penalty", "2025-W20"),
        ("Corvid Exchange was fined 3 million euros by the Ruritanian Financial Authority on Monday.", "was fined", "2025-05-19"),
        ("Yesterday the Ruritanian Financial Authority sanctioned two exchanges for breaching the travel rule.", "sanctioned two", "2025-05-21"),
        ("Ruritania's Financial Authority banned Corvid Exchange from the market in 2023, citing fraud.", "banned Corvid", "2023"),
        ("The Ruritanian Financial Authority fined Corvid Exchange 1 million euros in March over its advertising.", "fined Corvid", "2025-03"),
        ("The Ruritanian Financial Authority fined Corvid Exchange, the regulator announced on Friday, without naming the amount.", "fined Corvid", "2025-05-16"),
    ])
    func anActInAnyPhrasingTakesItsDay(text: String, part: String, day: String) {
        #expect(effective(of: part, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    /// Deadlines and grace periods take their end, deferrals the new start, standing states none, in many phrasings.
    @Test(arguments: [
        ("The Ruritanian Financial Authority gave unlicensed exchanges until June 30 to wind down their business.", "until June 30", "2025-06-30"),
        ("Exchanges have until the end of September to register with the Ruritanian Financial Authority.", "until the end of September", "2025-09-30"),
        ("Firms must submit their applications to the Ruritanian Financial Authority by July 15.", "by July 15", "2025-07-15"),
        ("Unlicensed platforms will have a grace period until Dec. 31 to return customer funds, the Ruritanian Financial Authority said.", "grace period", "2025-12-31"),
        ("Existing providers may continue operating until 30 June 2026 while the Ruritanian Financial Authority reviews their applications.", "continue operating", "2026-06-30"),
        ("The Ruritanian Financial Authority will not take enforcement action against exchanges before Oct. 1.", "enforcement action", "2025-10-01"),
        ("Providers need to comply with the new reporting rules of the Ruritanian Financial Authority no later than March 1, 2026.", "no later than", "2026-03-01"),
        ("The Ruritanian Financial Authority has pushed back the start of its licensing regime to Jan. 1, 2026.", "pushed back", "2026-01-01"),
        ("The licensing rules of the Ruritanian Financial Authority, originally due to apply from July 1, will now take effect on Oct. 1.", "originally due", "2025-10-01"),
        ("The Ruritanian Financial Authority postponed the travel rule for small transfers from June 1 to Sept. 1.", "postponed", "2025-09-01"),
        ("Ruritania delays crypto licensing deadline by six months to December 2025", "delays crypto", "2025-12"),
        ("The Ruritanian Financial Authority said the reporting requirement, which was scheduled to begin in April, would instead start in July.", "scheduled to begin", "2025-07"),
        ("The ban on crypto lending of the Ruritanian Financial Authority will start on Sept. 1 as planned.", "as planned", "2025-09-01"),
        ("Crypto payments remain banned in Ruritania, the Ruritanian central bank said on Monday.", "remain banned", "null"),
        ("Banks in Ruritania are still prohibited from holding crypto, the central bank reminded lenders on Tuesday.", "still prohibited", "null"),
        ("Ruritanian Central Bank: crypto is still not legal tender.", "not legal tender", "null"),
        ("The Ruritanian central bank continues to prohibit banks from serving crypto firms.", "continues to prohibit", "null"),
        ("Crypto mining has been banned in Ruritania since 2021, under a decree of the Ruritanian government.", "since 2021", "2021"),
    ])
    func aPeriodOrADeferralInAnyPhrasing(text: String, part: String, day: String) {
        #expect(effective(of: part, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    /// Permissions take the start of what they permit, else their grant day; rules set in a document issued on a day start on it.
    @Test(arguments: [
        ("""
        Ruritanian regulator clears first bitcoin funds

        The Ruritanian Financial Authority approved two spot bitcoin exchange-traded funds on Tuesday.

        The funds are due to begin trading on the national exchange on June 3.
        """, "approved two spot bitcoin", "2025-06-03"),
        ("""
        Ruritanian regulator clears first bitcoin funds

        The Ruritanian Financial Authority approved two spot bitcoin exchange-traded funds on Tuesday.

        The funds are due to begin trading on the national exchange on June 3.
        """, "clears first bitcoin funds", "2025-06-03"),
        ("""
        Corvid Exchange gets Ruritanian licence

        Corvid Exchange has received a licence from the Ruritanian Financial Authority, the company said on Monday.

        The licence allows it to offer custody and trading to retail clients.
        """, "has received a licence", "2025-05-19"),
        ("""
        Corvid Exchange gets Ruritanian licence

        Corvid Exchange has received a licence from the Ruritanian Financial Authority, the company said on Monday.

        The licence allows it to offer custody and trading to retail clients.
        """, "allows it to offer custody", "2025-05-19"),
        ("""
        The Ruritanian Financial Authority has granted Lark Pay a payment institution licence.

        Lark Pay said it would launch its stablecoin wallet in Ruritania on July 1.
        """, "has granted Lark Pay", "2025-07-01"),
        ("""
        The Ruritanian central bank will allow banks to offer crypto custody from Aug. 1, it said on Wednesday.

        Banks will need the central bank's approval before they launch the service.
        """, "will allow banks", "2025-08-01"),
        ("""
        The Ruritanian central bank will allow banks to offer crypto custody from Aug. 1, it said on Wednesday.

        Banks will need the central bank's approval before they launch the service.
        """, "need the central bank's approval", "2025-08-01"),
        ("""
        The Ruritanian Financial Authority on Tuesday published guidelines for crypto custodians.

        Under the guidelines, custodians must keep client coins in segregated wallets.
        """, "published guidelines", "2025-05-20"),
        ("""
        The Ruritanian Financial Authority on Tuesday published guidelines for crypto custodians.

        Under the guidelines, custodians must keep client coins in segregated wallets.
        """, "segregated wallets", "2025-05-20"),
        ("The Ruritanian Financial Authority issued a circular on Monday telling banks to report crypto transfers above 10,000 euros.", "issued a circular", "2025-05-19"),
        ("The Ruritanian Financial Authority said on Monday that it will require exchanges to verify all customers.", "will require exchanges", "null"),
    ])
    func aPermissionOrAnIssuedRuleInAnyPhrasing(text: String, part: String, day: String) {
        #expect(effective(of: part, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    /// A trade-site story of an advertising ban and its details.
    private static let adBanStory = """
        Ruritania bans crypto ads aimed at teenagers

        The Ruritanian Financial Authority will ban crypto advertising aimed at people under 18 from Sept. 1, the regulator said on Wednesday.

        Exchanges will also need to show a risk warning on every promotion.

        Paid influencers must disclose who pays them.

        Sign-up bonuses will no longer be allowed under the new regime.

        Firms can spend at most 10% of their marketing budget on social media.
        """

    /// A wire story of a rule on client money and its details.
    private static let custodyWireStory = """
        MANILA, May 22 (Wire) - The Ruritanian central bank said it would require crypto exchanges to hold client money at licensed banks starting July 1.

        Under the circular, exchanges are obliged to reconcile client balances every day.

        Exchanges that fail to comply face fines of up to 1 million euros.

        The central bank said the move follows the collapse of a local exchange last year.
        """

    /// A law firm's bulleted alert of custody rules and their deadline.
    private static let custodyRulesAlert = """
        Law firm alert: new custody rules in Ruritania

        The Ruritanian Financial Authority has adopted final custody rules that take effect on 1 October 2025.

        Key requirements:
        - Custodians must keep 95% of client assets in cold storage.
        - Custodians shall publish proof of reserves each quarter.
        - Client assets may not be lent out.

        Firms already authorised have until 31 March 2026 to comply.
        """

    /// The details of a new measure take its start, in a wire story, a trade-site story and a law firm's bulleted alert.
    @Test(arguments: [
        (Self.adBanStory, "will ban crypto advertising", "2025-09-01"),
        (Self.adBanStory, "Ruritania bans crypto ads", "2025-09-01"),
        (Self.adBanStory, "Paid influencers", "2025-09-01"),
        (Self.adBanStory, "Sign-up bonuses", "2025-09-01"),
        (Self.adBanStory, "at most 10%", "2025-09-01"),
        (Self.custodyWireStory, "would require crypto exchanges", "2025-07-01"),
        (Self.custodyWireStory, "reconcile client balances", "2025-07-01"),
        (Self.custodyWireStory, "face fines", "2025-07-01"),
        (Self.custodyRulesAlert, "adopted final custody rules", "2025-10-01"),
        (Self.custodyRulesAlert, "cold storage", "2025-10-01"),
        (Self.custodyRulesAlert, "proof of reserves", "2025-10-01"),
        (Self.custodyRulesAlert, "may not be lent", "2025-10-01"),
        (Self.custodyRulesAlert, "have until 31 March 2026", "2026-03-31"),
    ])
    func theDetailsOfAMeasureInAnyPhrasingTakeItsStart(text: String, part: String, day: String) {
        #expect(effective(of: part, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    /// A rule the article names no start for dates from the document its opening reports ("in an order dated Monday"),
    /// not from the day something was said.
    @Test(arguments: [
        ("""
        Regulator acts on crypto platforms

        In an order dated Monday, the Ruritanian Financial Authority told internet providers to cut access to four exchanges.

        The four exchanges will have their websites blocked.
        """, "websites blocked", "2025-05-19"),
        ("""
        Regulator acts on crypto platforms

        The Ruritanian Financial Authority said in a circular issued on Tuesday that banks must report crypto transfers.

        Banks must also keep records for five years.
        """, "keep records", "2025-05-20"),
        ("""
        Regulator acts on crypto platforms

        Under guidelines published late on Wednesday, the Ruritanian Financial Authority set out how custodians must protect client coins.

        Custodians will have to keep most coins offline.
        """, "offline", "2025-05-21"),
        ("""
        Regulator acts on crypto platforms

        The Ruritanian Financial Authority, in a decision signed on Monday, barred Corvid Exchange from onboarding new clients.

        Corvid must still process withdrawals.
        """, "process withdrawals", "2025-05-19"),
        ("""
        Regulator acts on crypto platforms

        The Ruritanian Financial Authority said on Monday that it will require exchanges to verify all customers.

        Exchanges will have to keep records for five years.
        """, "keep records", "null"),
        ("""
        Regulator acts on crypto platforms

        The Ruritanian Financial Authority announced on Monday that it plans to require exchanges to verify all customers.

        Exchanges will have to keep records for five years.
        """, "keep records", "null"),
        ("""
        Regulator acts on crypto platforms

        In a notice dated May 19, the Ruritanian Financial Authority ordered Corvid Exchange to stop serving clients.

        Corvid must return client funds.
        """, "return client funds", "2025-05-19"),
    ])
    func aRuleWithoutAStartDatesFromItsDocument(text: String, part: String, day: String) {
        #expect(effective(of: part, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }
}
