import Testing
@testable import Extractor

/// A measure set aside is lifted (SCHEMA: `permit` for lifting a ban): a court that vacates a rule, annuls a
/// provision, overturns or strikes down a ban permits what the measure forbade, and its ruling is policy news even when
/// the lead names no regulator; so does an authority that withdraws the warning or guidance that held an activity
/// back. A court that declines to set a measure aside lifts nothing, and a court settling a dispute between companies
/// makes no policy.
@Suite struct AnnulmentTests {
    private func analysis(_ text: String) -> TextAnalysis {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10"))
    }

    @Test(arguments: [
        "The US District Court for the District of Oregon on Monday vacated a Treasury rule that required exchanges to report mixer transactions.",
        "Judge throws out Treasury rule requiring exchanges to report mixer transactions",
        "Portugal's Constitutional Court annulled the provision of the Criminal Code that punished users of unlicensed exchanges.",
        "The appeals court overturned the regulator's ban on crypto lending on Friday.",
        "The Supreme Court of Brazil struck down the levy on crypto transfers on Friday.",
        "The rule requiring brokers to keep client tokens offline was vacated by the court on Monday.",
    ])
    func aMeasureSetAsideIsLifted(text: String) {
        let found = analysis(text).statements
        #expect(found.first?.action == .permit, "\(found.map { ($0.action, $0.actor) })")
    }

    @Test(arguments: [
        "The court declined to vacate the order requiring the exchange to freeze client accounts.",
        "The judge refused to overturn the ban on crypto mining in the province.",
    ])
    func aCourtThatLeavesAMeasureStandingLiftsNothing(text: String) {
        #expect(!analysis(text).statements.contains { $0.action == .permit }, "\(analysis(text).statements.map(\.action))")
    }

    /// A measure set aside (past a name: "a Central Bank of Ruritania directive"), reversed or repealed is lifted; reserves set
    /// aside, payments reversed and a refusal to set a ban aside lift nothing.
    @Test(arguments: [
        ("The High Court set aside a Central Bank of Ruritania directive that barred banks from serving crypto exchanges.", PolicyAction.permit),
        ("The Supreme Court set that circular aside in March, finding the ban disproportionate.", .permit),
        ("The central bank allowed banks to open accounts for crypto firms, reversing a 2021 directive that had ordered banks to close them.", .permit),
        ("Lawmakers repealed the decree that banned crypto mining.", .permit),
        ("Exchanges must set aside reserves to cover losses from hacks.", .require),
        ("Pilot banks must reverse failed payments within one day.", .require),
        ("The court refused to set aside the ban on crypto mining.", .prohibit),
    ])
    func aMeasureReversedOrSetAsidePastANameIsLifted(text: String, expected: PolicyAction) {
        let found = analysis(text).statements
        #expect(found.first?.action == expected, "\(text) → \(found.map(\.action))")
    }

    @Test func aJudgeActsForTheCourtTheArticleNames() {
        let found = analysis("""
        The US District Court for the District of Oregon heard the case in May.
        A federal judge on Monday vacated a Treasury rule that required exchanges to report mixer transactions.
        """).statements
        #expect(found.last?.actor == "US District Court for the District of Oregon" && found.last?.action == .permit, "\(found.map { ($0.actor, $0.action) })")
    }

    @Test func aCourtThatSetsAMeasureAsideIsPolicyNews() {
        let frames = analysis("""
        Top court strikes down crypto purchase offence

        Portugal's Constitutional Court on Tuesday struck down the law that made buying tokens from unlicensed platforms a crime.
        The judges found the offence too vague for buyers to know which platforms were licensed.
        """).announcements
        #expect(frames.contains { $0.action == .permit && $0.actor == "Constitutional Court" && $0.status == .announced }, "\(frames)")
    }

    @Test func aCourtSettlingADisputeBetweenCompaniesMakesNoPolicy() {
        let frames = analysis("""
        Court orders Zentora to pay Brindle over custody contract

        A Lisbon court on Tuesday ordered Zentora Exchange to pay Brindle Capital 2 million euros in crypto over a broken custody contract.
        """).announcements
        #expect(frames.isEmpty, "\(frames)")
    }

    @Test(arguments: [
        "The central bank on Tuesday withdrew the warning against crypto payments it issued in 2017.",
        "Regulator drops 2015 opinion that told banks to stay away from crypto",
        "The Monetary Authority of Singapore has withdrawn its guidance that kept crypto notes from retail investors.",
        "The tax office rescinded its circular on token swaps with effect from 1 March.",
    ])
    func aCautionWithdrawnIsLifted(text: String) {
        let found = analysis(text).statements
        #expect(found.first?.action == .permit, "\(found.map(\.action))")
    }

    @Test(arguments: [
        "Zentora Exchange withdrew its licence application in Singapore on Tuesday.",
        "The regulator refused to withdraw its warning against crypto payments.",
        "Bitcoin dropped 5% after the central bank repeated its warning against crypto payments.",
    ])
    func somethingElseWithdrawnOrAWarningKeptLiftsNothing(text: String) {
        #expect(!analysis(text).statements.contains { $0.action == .permit }, "\(analysis(text).statements.map(\.action))")
    }
}
