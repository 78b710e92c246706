import Testing
@testable import Extractor

/// How news phrases the day a measure starts or an act was done (SCHEMA.md section 3, `effective`), table-driven over
/// phrasings we write ourselves, each rule beside phrasings it must leave alone. All texts are published on Thursday
/// 22 May 2025 (Monday is 19 May, Tuesday 20 May, Wednesday 21 May).
@Suite struct MeasureStartPhrasingTests: StatementDatingTable {
    // MARK: - A relative clause's lasting state is not the measure's

    @Test(arguments: [
        // An act reported on a day, with a relative clause about someone else's lasting state: the act keeps its day.
        ("The Ruritanian Financial Authority has licensed two crypto exchanges, the regulator said on Wednesday, opening a market to residents who have so far traded offshore.", "2025-05-21"),
        ("The Ruritanian Financial Authority has fined Corvid Exchange, the regulator said on Tuesday, citing customers who still cannot withdraw their coins.", "2025-05-20"),
        ("The Ruritanian Financial Authority has approved a bitcoin fund, the regulator said on Monday, a product for savers who remain wary of exchanges.", "2025-05-19"),
        ("The Ruritanian Financial Authority has suspended Corvid Exchange, the regulator said on Tuesday, after complaints from clients whose funds remain frozen.", "2025-05-20"),
        ("The Ruritanian Financial Authority has registered Corvid Exchange, the regulator said on Wednesday, a platform which continues to be the largest in the country.", "2025-05-21"),
        // A lasting state of the measure itself, restated on a day, is not dated by that day.
        ("Crypto payments remain illegal, the Ruritanian Financial Authority said on Wednesday.", "null"),
        ("The Ruritanian Financial Authority said on Tuesday that crypto payments remain banned.", "null"),
        ("Crypto payments are still banned, the Ruritanian Financial Authority said on Monday.", "null"),
        ("Banks continue to be prohibited from holding crypto, the Ruritanian Financial Authority said on Tuesday.", "null"),
        ("Exchanges have so far been barred from offering derivatives, the Ruritanian Financial Authority said on Wednesday.", "null"),
    ])
    func aRelativeClausesLastingStateIsNotTheMeasures(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - The day of the act the opening reports outranks the day of its report

    private static let revocation = "The Ruritanian Financial Authority has revoked the licence of Corvid Exchange, the regulator said on Wednesday."

    @Test(arguments: [
        // The opening gives the act's own day in a later sentence: the act dates from it.
        ("The decision was taken on Monday after an inspection.", "2025-05-19"),
        ("The order was made on Tuesday and served on the firm the same evening.", "2025-05-20"),
        ("The revocation was signed on Monday by the board.", "2025-05-19"),
        ("Notice of the decision was given on Tuesday.", "2025-05-20"),
        ("The board voted on the matter and the decision was struck on Monday.", "2025-05-19"),
        // What the opening says on a day is no act; a separate act or one weeks old dates nothing of this one.
        ("Its chief executive said on Monday that the firm would appeal.", "2025-05-21"),
        ("The firm told clients on Tuesday that withdrawals remain open.", "2025-05-21"),
        ("In a separate decision taken on Monday, the regulator fined another broker.", "2025-05-21"),
        ("The firm had been warned in a letter sent on April 2.", "2025-05-21"),
        ("Clients can reach the firm on Monday through its hotline.", "2025-05-21"),
    ])
    func theDayOfTheActOutranksTheDayOfItsReport(followUp: String, day: String) {
        let text = Self.revocation + "\n\n" + followUp
        #expect(effective(of: "has revoked", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A start only hoped for is not the start of what a permission allows

    private static let approval = "The Ruritanian Financial Authority has approved two bitcoin funds, the regulator said on Tuesday."

    @Test(arguments: [
        // A start the article states: the permission starts with what it allows.
        ("The funds will begin trading on June 2.", "2025-06-02"),
        ("The funds may start trading on June 2.", "2025-06-02"),
        ("Both funds are set to begin trading on June 2.", "2025-06-02"),
        ("Trading in the funds can begin on June 2.", "2025-06-02"),
        ("The funds will open to savers on June 2.", "2025-06-02"),
        // A start the issuer only expects, plans or hopes for: the permission keeps the day it was granted.
        ("The issuer said it expects to begin trading on June 2.", "2025-05-20"),
        ("The issuer plans to start trading in June.", "2025-05-20"),
        ("The managers hope to launch the funds on June 2.", "2025-05-20"),
        ("The issuer aims to begin trading in June.", "2025-05-20"),
        ("The issuer said it intended to open the funds to savers in June.", "2025-05-20"),
    ])
    func aStartOnlyHopedForIsNotThePermissionsStart(followUp: String, day: String) {
        let text = Self.approval + "\n\n" + followUp
        #expect(effective(of: "has approved", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A headline warning takes the day its issuer gave the warning

    @Test(arguments: [
        // The body dates the warning its issuer gave: the headline that sums it up takes that day.
        ("Ruritanian Financial Authority tells savers to stay away from Corvid app",
         "The Ruritanian Financial Authority warned the public on Monday not to deposit money with the Corvid app.", "2025-05-19"),
        ("Ruritanian Financial Authority urges savers to shun Corvid app",
         "The Ruritanian Financial Authority warned the public on Monday not to deposit money with the Corvid app.", "2025-05-19"),
        ("Ruritanian Financial Authority tells savers to stay away from Corvid app",
         "The Ruritanian Financial Authority on Tuesday cautioned savers against the Corvid app.", "2025-05-20"),
        ("Ruritanian Financial Authority urges investors to avoid unlicensed token sales",
         "The Ruritanian Financial Authority issued a warning on Wednesday about unlicensed token sales.", "2025-05-21"),
        ("Ruritanian Financial Authority tells savers to stay away from Corvid app",
         "The Ruritanian Financial Authority on Monday warned savers that the Corvid app is not licensed.", "2025-05-19"),
        // No warning of its issuer dated in the body, another issuer's warning, a carve-out or an old warning: no day.
        ("Ruritanian Financial Authority tells savers to stay away from Corvid app",
         "The Ruritanian Financial Authority said the Corvid app is not licensed.", "null"),
        ("Ruritanian Financial Authority tells savers to stay away from Corvid app",
         "The Ruritanian Central Bank warned the public on Monday not to deposit money with the Corvid app.", "null"),
        ("Staking unaffected by Ruritanian Financial Authority rules",
         "The Ruritanian Financial Authority on Monday published rules for crypto brokers that will apply from July 1. Staking services are not affected.", "null"),
        ("Ruritanian Financial Authority tells savers to stay away from Corvid app",
         "Savers lost money on the Corvid app in 2023, the Ruritanian Financial Authority said.", "null"),
        ("Ruritanian Financial Authority says bitcoin is not legal tender",
         "The Ruritanian Financial Authority said bitcoin is not legal tender.", "null"),
    ])
    func aHeadlineWarningTakesTheDayItsIssuerGaveIt(headline: String, body: String, day: String) {
        let text = headline + "\n\n" + body
        #expect(effective(of: headline, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - The provisions of a proposal start when the proposal says it would

    private static let consultation = "The Ruritanian Financial Authority on Tuesday published a consultation on rules that would require crypto brokers to hold client assets with a licensed custodian."

    @Test(arguments: [
        // The proposal states its start to the day or month: a provision of another kind takes it too.
        ("The authority proposes that the rules apply from 1 January 2027.", "2027-01-01"),
        ("Under the proposal, the rules would take effect on March 1, 2026.", "2026-03-01"),
        ("The draft rules would enter into force in January 2027.", "2027-01"),
        ("If adopted, the rules would apply from 1 July 2026.", "2026-07-01"),
        ("The authority wants the rules to apply from 1 January 2027.", "2027-01-01"),
        // A guess, a bare year, a consultation's close, another issuer's rules or an old proposal start nothing.
        ("The rules would apply from March 2027 at the earliest.", "null"),
        ("The rules would apply from 2027.", "null"),
        ("The consultation closes on June 30.", "null"),
        ("The Ruritanian Central Bank's own rules for banks will apply from 1 January 2027.", "null"),
        ("A similar proposal in 2019 would have applied from 1 January 2020.", "null"),
    ])
    func theProvisionsOfAProposalStartWhenItSaysItWould(start: String, day: String) {
        let text = Self.consultation + " " + start + "\n\nBrokers would also be barred from lending client coins."
        #expect(effective(of: "barred from lending", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - An act the opening reports dates from the document it reports

    private static let filler = (1...8).map { "Paragraph \($0) of the report tells of the market." }.joined(separator: " ")

    @Test(arguments: [
        // An act of any kind in the opening, with the day of the document the opening reports it in.
        ("The Ruritanian Financial Authority has registered Corvid Exchange as a restricted dealer. The decision, dated Tuesday, was published on its website.", "has registered", "2025-05-20"),
        ("The Ruritanian Financial Authority has licensed Corvid Exchange to run a trading platform. In a notice issued on Monday, the regulator set out its reasons.", "has licensed", "2025-05-19"),
        ("The Ruritanian Financial Authority has barred Corvid Exchange from onboarding new customers. The decision, dated Tuesday, was published on its website.", "has barred", "2025-05-20"),
        ("The Ruritanian Financial Authority has capped the amount retail clients of Corvid Exchange can buy. In a notice issued on Monday, the regulator set out its reasons.", "has capped", "2025-05-19"),
        ("The Ruritanian Financial Authority has approved two bitcoin funds run by Corvid Capital. The decision, dated Tuesday, was published on its website.", "has approved", "2025-05-20"),
        // Only a day something was said, a document weeks old, an act set apart or one far from the opening: no day.
        ("The Ruritanian Financial Authority has registered Corvid Exchange as a restricted dealer. The regulator said on Tuesday that it had checked the firm.", "has registered", "null"),
        ("The Ruritanian Financial Authority has registered Corvid Exchange as a restricted dealer. The decision, dated April 2, was published on its website.", "has registered", "null"),
        ("The decision, dated Tuesday, was published on the website. Separately, the Ruritanian Financial Authority has licensed Corvid Exchange to run a trading platform.", "has licensed", "null"),
        ("The decision, dated Tuesday, was published on the website. The Ruritanian Financial Authority has also barred Corvid Exchange from onboarding new customers.", "has also barred", "null"),
        ("The decision, dated Tuesday, was published on the website. " + filler + " The Ruritanian Financial Authority has approved two bitcoin funds run by Corvid Capital.", "has approved", "null"),
    ])
    func anActTheOpeningReportsDatesFromItsDocument(body: String, part: String, day: String) {
        let text = "Ruritania news in brief\n\n" + body
        #expect(effective(of: part, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A headline's date belongs to the predicate that holds it

    @Test(arguments: [
        // A second predicate after a comma ("..., sets March deadline") holds its own date: the fine takes the body's day.
        ("Ruritanian Financial Authority fines Corvid Exchange, sets March deadline for fixes", "2025-05-20"),
        ("Ruritanian Financial Authority fines Corvid Exchange, gives it until September to repay clients", "2025-05-20"),
        ("Ruritanian Financial Authority fines Corvid Exchange, demands new audit by July", "2025-05-20"),
        ("Ruritanian Financial Authority fines Corvid Exchange, requires fixes by March", "2025-05-20"),
        ("Ruritanian Financial Authority fines Corvid Exchange, bars new clients until June", "2025-05-20"),
        // A date in the cue's own predicate, or after a comma that opens no verb, stays the headline's.
        ("Ruritanian Financial Authority fines Corvid Exchange, penalties due by March", "2025-03"),
        ("Ruritanian Financial Authority fines Corvid Exchange in March, rules change", "2025-03"),
        ("Ruritanian Financial Authority fines Corvid Exchange, its largest since March", "2025-03"),
        ("Ruritanian Financial Authority to ban crypto ads from July, cites harm to minors", "2025-07"),
        ("Ruritanian Financial Authority bans crypto ads from July, tightens rules for influencers", "2025-07"),
    ])
    func aHeadlinesDateBelongsToThePredicateThatHoldsIt(headline: String, day: String) {
        let text = headline + "\n\nThe Ruritanian Financial Authority fined Corvid Exchange 2 million euros on Tuesday for failing to report large transfers."
        #expect(effective(of: headline, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A law passed starts when the article says the law does

    @Test(arguments: [
        // The law's start, stated in another sentence, is the start of the measure the vote passed.
        ("on Wednesday adopted a law that taxes crypto gains", "From 1 January 2026, holders will pay tax on their gains each year.", "2026-01-01"),
        ("passed a bill on Wednesday that taxes crypto gains", "From 1 January 2026, holders will pay tax on their gains each year.", "2026-01-01"),
        ("on Wednesday approved legislation that taxes crypto gains", "From 1 January 2026, holders will pay tax on their gains each year.", "2026-01-01"),
        ("on Wednesday adopted a law that taxes crypto gains", "Holders will pay tax on their gains each year from March 2026.", "2026-03"),
        ("passed a bill on Wednesday that taxes crypto gains", "Starting on July 1, holders will pay tax on their gains each year.", "2025-07-01"),
        // No start of the law, an old law's start or another issuer's start: the vote starts nothing.
        ("on Wednesday adopted a law that taxes crypto gains", "Holders will pay tax on their gains each year.", "null"),
        ("passed a bill on Wednesday that taxes crypto gains", "Holders will pay tax on their gains each year.", "null"),
        ("on Wednesday approved legislation that taxes crypto gains", "The old tax rules took effect in January 2024.", "null"),
        ("on Wednesday adopted a law that taxes crypto gains", "The Ruritanian Central Bank will require banks to report crypto holdings from 1 March 2026.", "null"),
        ("passed a bill on Wednesday that taxes crypto gains", "The Ruritanian Central Bank will require banks to report crypto holdings from 1 March 2026.", "null"),
    ])
    func aLawPassedStartsWhenTheArticleSaysItDoes(vote: String, followUp: String, day: String) {
        let text = "Ruritania news in brief\n\nThe Ruritanian Parliament " + vote + ". " + followUp
        #expect(effective(of: "Ruritanian Parliament", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A period counted from the measure's start ends on a day the article does not give

    @Test(arguments: [
        // A grace period counted from the start: its end is not stated, so no date.
        ("Existing loans must be repaid within 90 days of the ban taking effect.", "null"),
        ("Platforms must return client coins within six months of that date.", "null"),
        ("Lenders must close their books within a year of the rules' entry into force.", "null"),
        ("Firms will have to notify clients within 30 days of the ban's commencement.", "null"),
        ("Existing lenders must wind down within 60 days of the rules coming into force.", "null"),
        // A duty with its own recurring time limit starts with the measure.
        ("Lenders must answer complaints within two days of a request.", "2025-10-01"),
        ("Platforms must report suspicious loans within 24 hours.", "2025-10-01"),
        ("Firms will have to refund fees within 30 days of a complaint.", "2025-10-01"),
        ("Lenders must verify each borrower within one week of opening an account.", "2025-10-01"),
        ("Platforms must publish their loan books every quarter.", "2025-10-01"),
    ])
    func aPeriodCountedFromTheStartEndsOnNoGivenDay(followUp: String, day: String) {
        let text = "Ruritania news in brief\n\nThe Ruritanian Financial Authority will ban crypto lending from Oct. 1, the regulator said on Wednesday. " + followUp
        #expect(effective(of: followUp, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A relative clause that tells when the measure took hold dates it

    @Test(arguments: [
        // The clause tells when the measure the statement restates took hold: that is its start.
        ("Exchanges have had to follow the advertising rules of the Ruritanian Financial Authority, which have applied since March 2023.", "2023-03"),
        ("Platforms have had to report every transfer under a rule of the Ruritanian Financial Authority that took effect in January 2024.", "2024-01"),
        ("Banks must hold extra capital against crypto under rules of the Ruritanian Central Bank, which entered into force on 1 July 2024.", "2024-07-01"),
        ("Exchanges must keep client coins in cold wallets under a Ruritanian Central Bank rule that came into force in 2023.", "2023"),
        ("Miners have had to register with the Ruritanian Energy Authority under a rule which has applied since February 2024.", "2024-02"),
        // A clause of what the measure lifts, of an act done, or of a duty that has ended dates nothing of the statement.
        ("The Ruritanian Financial Authority on Tuesday lifted a ban on crypto funds that took effect in 2021.", "2025-05-20"),
        ("The Ruritanian Financial Authority on Tuesday scrapped a cap on crypto purchases that has applied since 2022.", "2025-05-20"),
        ("The Ruritanian Financial Authority on Monday fined Corvid Exchange under rules that it adopted in March 2023.", "2025-05-19"),
        ("The Ruritanian Financial Authority on Wednesday suspended a reporting duty for exchanges that had applied since July 2023.", "2025-05-21"),
    ])
    func aRelativeClauseThatTellsWhenTheMeasureTookHoldDatesIt(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A start verb names the measure's start

    @Test(arguments: [
        // A present or infinitive start verb names the day the measure starts, which a proposal, a deliberation, a vote or
        // a headline with a deadline keeps.
        ("The Ruritanian Finance Ministry has proposed a licensing regime for crypto exchanges that would begin on 1 January 2027.", "licensing regime", "2027-01-01"),
        ("The Ruritanian Financial Authority is weighing a ban on crypto lending that could start in March 2026.", "weighing", "2026-03"),
        ("Ruritanian ban on crypto lending starts June 1; lenders have until June 30 to close loans", "starts June 1", "2025-06-01"),
        ("The Ruritanian Parliament on Wednesday passed a crypto tax law, and the tax will begin on 1 January 2026.", "passed a crypto", "2026-01-01"),
        ("The Ruritanian Finance Ministry has drafted rules for crypto brokers that would commence in October 2026.", "drafted rules", "2026-10"),
        // The noun "start of", or a start in the past of something else, names no start of the measure.
        ("The Ruritanian Tax Office will accept the digital shilling for tax payments from the start of the 2025/26 fiscal year on July 1.", "digital shilling", "2025-07-01"),
        ("The Ruritanian Parliament on Wednesday passed a law that taxes crypto gains after a debate that started on Monday.", "passed a law", "null"),
        ("The Ruritanian Financial Authority is weighing a ban on crypto lending, its chair said at the start of a hearing on Tuesday.", "weighing", "null"),
    ])
    func aStartVerbNamesTheMeasuresStart(text: String, part: String, day: String) {
        #expect(effective(of: part, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A period lent from another sentence is the one start day the article names inside it

    private static let licensing = "The Ruritanian Financial Authority will require crypto exchanges to hold a licence from 2026. "
        + "Exchanges will also have to keep client coins in cold wallets."

    @Test(arguments: [
        // The article names one start day inside the lent year: the measure's details start on it.
        ("The regime takes effect on 1 January 2026, the authority said.", "Exchanges will also", "2026-01-01"),
        ("Applications open in October, and the licensing regime will begin on 1 March 2026.", "Exchanges will also", "2026-03-01"),
        ("The rules apply from July 1, 2026.", "Exchanges will also", "2026-07-01"),
        // The sentence that states the year keeps the precision it gives.
        ("The regime takes effect on 1 January 2026, the authority said.", "hold a licence", "2026"),
        // Two start days inside the year, a day that is no start, or none: the lent year stays.
        ("Some rules apply from 1 January 2026 and others from 1 July 2026.", "Exchanges will also", "2026"),
        ("The authority will publish the application forms on 1 January 2026.", "Exchanges will also", "2026"),
        ("The authority expects about 20 applications.", "Exchanges will also", "2026"),
    ])
    func aLentPeriodIsTheOneStartDayTheArticleNamesInside(followUp: String, part: String, day: String) {
        let text = Self.licensing + " " + followUp
        #expect(effective(of: part, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A relative clause that says when the measure becomes effective gives its start

    @Test(arguments: [
        // The relative clause after the measure gives its start.
        ("The Ruritanian Financial Authority announced a decision on the listing of tokens by licensed platforms, which shall be effective as from 1 January 2026.", "2026-01-01"),
        ("The Ruritanian Financial Authority announced rules for crypto kiosks operated by licensed firms, which will begin on 1 September.", "2025-09-01"),
        ("The Ruritanian Central Bank announced a circular on crypto payments by licensed banks, which commences on 1 July.", "2025-07-01"),
        // A relative clause about something else keeps its date away from the measure.
        ("The Ruritanian Financial Authority banned crypto lending by Corvid Exchange, which was founded in 2019.", "null"),
        ("The Ruritanian Financial Authority banned crypto kiosks, which first appeared in the country in 2024.", "null"),
    ])
    func aRelativeClauseThatSaysWhenTheMeasureBecomesEffectiveGivesItsStart(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A statement of legal status an authority gave before dates from the day the sentence gives it

    @Test(arguments: [
        // A past statement, ruling or listing the sentence dates: the warning dates from it.
        ("In January 2018 the Ruritanian Central Bank stated that crypto tokens are not a legal means of payment.", "2018-01"),
        ("The Ruritanian Supreme Court confirmed in February 2023 that gains on crypto sold within a year are taxable.", "2023-02"),
        ("In May 2024 the Ruritanian Financial Authority declared that crypto tokens are not a legal means of payment.", "2024-05"),
        ("The Ruritanian Financial Authority put Corvid Exchange on its blacklist of unauthorised crypto sites in June 2023.", "2023-06"),
        // A lasting state, a statement of what will be, or one with no date of its own: no date.
        ("Crypto trading remains legal in Ruritania, the Ruritanian Central Bank said in 2023.", "null"),
        ("The Ruritanian Central Bank said in March that it would not treat bitcoin as legal tender.", "null"),
        ("Bitcoin is still not a legal means of payment, the Ruritanian Central Bank stated in March.", "null"),
    ])
    func aStatementOfLegalStatusGivenBeforeDatesFromItsDay(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A year that names a lasting measure dates it, whoever reports it

    @Test(arguments: [
        // The year names the measure ("its 2021 ban"): the measure dates from it.
        ("The Ruritanian Central Bank says its 2021 ban on crypto payments remains in force.", "2021"),
        ("The Ruritanian Central Bank said its 2019 instruction barring banks from dealing in crypto remained in force.", "2019"),
        ("The Ruritanian Central Bank says its 2020 decree on crypto custody remains in force.", "2020"),
        // The year dates the report of the lasting state, not the measure.
        ("Crypto payments remain illegal, the Ruritanian Central Bank said in 2021.", "null"),
        ("The Ruritanian Central Bank said in a 2023 speech that crypto payments remain banned.", "null"),
    ])
    func aYearThatNamesALastingMeasureDatesIt(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A date a deadline noun names is the end of the period to comply

    @Test(arguments: [
        // The act of setting the deadline is done; its date is the deadline.
        ("The Ruritanian Central Bank has set 1 March 2026 as the deadline for exchanges to apply the travel rule, under a resolution published on Tuesday.", "2026-03-01"),
        ("The Ruritanian Financial Authority has set a 31 October deadline for exchanges to register, the regulator said on Monday.", "2025-10-31"),
        // A date that is no deadline keeps what the sentence makes of it.
        ("The Ruritanian Central Bank has required exchanges to apply the travel rule under a resolution published on Tuesday.", "2025-05-20"),
    ])
    func aDateADeadlineNounNamesIsTheEndOfThePeriodToComply(text: String, day: String) {
        #expect(effective(of: "Ruritanian", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    // MARK: - A provision of a proposal takes no day already past

    @Test(arguments: [
        // A day already past that a statement of the proposal gives (of another measure it builds on) starts nothing.
        ("The Ruritanian Financial Authority's proposal comes as exchanges adjust to its licensing rules, which took effect on 3 February.", "null"),
        ("The Ruritanian Financial Authority has proposed to extend to crypto influencers the licensing rules that have applied since 3 February.", "null"),
        // A start still to come that the proposal states is its provisions' start.
        ("The Ruritanian Financial Authority proposed that the rules take effect on 1 January 2026.", "2026-01-01"),
    ])
    func aProvisionOfAProposalTakesNoDayAlreadyPast(context: String, day: String) {
        let text = "The Ruritanian Financial Authority on Tuesday opened a consultation on rules for crypto influencers.\n\n" + context
            + "\n\nInfluencers would have to disclose every paid post."
        #expect(effective(of: "Influencers would", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }
}
