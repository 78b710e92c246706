import Testing
@testable import Extractor

/// Classes of policy sentences news uses, each over several sentences we wrote: rulings and
/// breaches, laws passed, CBDC pilots, carve-outs and statements of legal status, exits from a
/// market, quotations of opinion, captions, and measures older than the news.
@Suite struct PolicyClassTests {
    private func statements(_ text: String, published: String = "2023-06-14") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        ("The High Court ruled that the lender had misled its depositors.", PolicyAction.enforce),
        ("Judge Amal Serrat found that the platform offered securities without a licence, the court said.", .enforce),
        ("The broker broke consumer credit laws for three years, regulators concluded.", .enforce),
        ("Quorvex breached anti-money-laundering rules by onboarding anonymous users.", .enforce),
        ("The fund violated securities regulations when it sold the notes.", .enforce),
        ("Regulators issued show-cause notices to four offshore exchanges.", .enforce),
        ("The appeals court set the central bank's circular aside in May.", .permit),
        ("The tribunal quashed the order against the exchange.", .permit),
        ("Zentrade withdrew from the Turkish market after the new rules.", .prohibit),
        ("The exchange will exit the Canadian market by the end of the quarter.", .prohibit),
    ])
    func rulingsBreachesAndExits(text: String, action: PolicyAction) {
        let found = statements(text)
        #expect(found.count == 1, "\(text)")
        #expect(found.first?.action == action, "\(text)")
    }

    @Test(arguments: [
        ("Banks may not trade crypto on their own account.", PolicyAction.restrict),
        ("Brokers may not sell stablecoins to clients unless the issuer files a pledge.", .restrict),
        ("Retail clients cannot borrow more than twice their deposit.", .restrict),
        ("Shops may not accept crypto as payment.", .prohibit),
        ("Residents can no longer buy tokens from offshore platforms.", .prohibit),
    ])
    func aConditionalProhibitionRestricts(text: String, action: PolicyAction) {
        #expect(statements(text).first?.action == action, "\(text)")
    }

    @Test func aLawPassedTakesItsActionFromWhatItDoes() {
        let found = statements("""
        Ruritania's parliament passes crypto transfer rule
        Exchanges will have to verify the identity of every sender from January 1.
        The Assembly of Ruritania voted on Tuesday to approve the revised payments regulation.
        """)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.action == .require }, "\(found.map(\.action))")
    }

    @Test(arguments: [
        "The central bank will launch a pilot of the digital rupee in August.",
        "The monetary authority started a trial of its CBDC with three banks.",
        "A rollout of the e-CNY to more cities begins next month.",
    ])
    func aCBDCPilotOrLaunchIsAPermission(text: String) {
        #expect(statements(text).first?.action == .permit, "\(text)")
    }

    @Test func aPilotInAnArticleAboutACBDCIsAPermissionEvenWithoutTheWord() {
        let found = statements("""
        Central bank to test a digital peso with four lenders
        Pilot to begin in March with 5,000 users
        """)
        #expect(found.map(\.action) == [.permit, .permit])
    }

    @Test(arguments: [
        ("The fund launched a dollar stablecoin for its clients.", 0),
        ("The firm launched a new trading app on Monday.", 0),
    ])
    func aProductLaunchIsNoPermission(text: String, count: Int) {
        #expect(statements(text).count == count, "\(statements(text).map(\.text))")
    }

    @Test(arguments: [
        "Retail investors are not covered by the new cap.",
        "Holdings at domestic custodians do not need to be reported on the form.",
        "The levy will not apply to transfers between a user's own wallets.",
        "Spot trading remains legal, the ministry added.",
        "Existing stablecoins will remain available to customers.",
        "The central bank does not license or supervise crypto exchanges.",
        "Savers who use such platforms do so at their own risk.",
    ])
    func carveOutsAndLegalStatusAreWarnings(text: String) {
        #expect(statements(text).first?.action == .warn, "\(text) → \(statements(text).map(\.action))")
    }

    @Test(arguments: [
        "\"These penalties show that the watchdog is serious,\" said Ilse Varga, a lawyer at Varga & Orsolya.",
        "\"A total prohibition would only push traders offshore,\" said Mateo Quispe, an analyst at Ridgefield Research.",
        "\"Crypto can no longer hide in the shadows.\"",
    ])
    func quotedOpinionsStateNoMeasure(text: String) {
        #expect(statements(text).isEmpty, "\(statements(text).map(\.text))")
    }

    @Test(arguments: [
        "\"Exchanges will have to register with us from July 1,\" the governor said.",
        "\"Licensed brokers may not offer leverage above two times,\" the circular read.",
    ])
    func quotedMeasuresStayStatements(text: String) {
        #expect(statements(text).count == 1, "\(text)")
    }

    @Test(arguments: [
        "Photo: The Lisbon office of the Tax Authority.",
        "Picture: A sign at the Enforcement Directorate in Delhi.",
        "The plan was drawn up with a tax adviser in Porto.",
    ])
    func captionsNamesAndRolesHoldNoCue(text: String) {
        #expect(statements(text).isEmpty, "\(statements(text).map(\.text))")
    }

    @Test(arguments: [
        "The shareholders approved the merger on Friday.",
        "The board approved a $20 million funding round led by two funds.",
        "Investors approved the acquisition of the broker at the annual meeting.",
    ])
    func corporateApprovalsAreNoPermissions(text: String) {
        #expect(statements(text).isEmpty, "\(statements(text).map(\.text))")
    }

    @Test(arguments: [
        "The Capital Markets Board approved the first bitcoin fund for retail investors.",
        "The central bank's board approved licences for two exchanges on Monday.",
    ])
    func aRegulatorsBoardApprovingIsAPermission(text: String) {
        #expect(statements(text).first?.action == .permit, "\(text)")
    }

    @Test func aMeasureInPlaceSinceAnEarlierDateIsInEffectFromThatDate() {
        let found = statements("""
        The regulator will cap leverage at 1.5 times from April 1.
        The regulator has capped leverage at two times since May 2020.
        The central bank has barred banks from serving exchanges since 2018.
        """, published: "2024-11-13")
        #expect(found.map(\.status) == [.announced, .inEffect, .inEffect])
        #expect(found.map(\.effective) == ["2025-04-01", "2020-05", "2018"])
    }

    @Test func aMeasureSinceLastWeekIsTheNews() {
        let found = statements("The exchange has stopped users in Ruritania from opening accounts since Friday.", published: "2024-11-13")
        #expect(found.first?.status == .announced)
    }

    @Test(arguments: [
        "Ruritania already requires exchanges to register with the tax office.",
        "Banks were reminded that they may not hold crypto on their own account.",
    ])
    func alreadyAndRemindersMarkExistingRules(text: String) {
        #expect(statements(text).first?.status == .inEffect, "\(text)")
    }

    @Test func hedgesInAnArticleAboutAConsideredMeasureAreConsidered() {
        let found = statements("""
        Ruritania weighs a ban on stablecoin payments
        Offshore exchanges could also face limits on deposits, an official said.
        Such platforms could be required to appoint a local officer.
        """)
        #expect(found.map(\.status) == [.considering, .considering, .considering])
    }

    @Test func aWarningIssuedAsTheNewsDatesFromItsIssue() {
        let found = statements("""
        The Central Bank of Ruritania warned the public on Monday against unlicensed crypto platforms.
        Custody remains legal, the bank said.
        """, published: "2024-10-09")
        #expect(found.first?.effective == "2024-10-07")
        #expect(found.last?.effective == nil)
    }

    @Test func aSourcesPublicationDayGivesWayToTheActsDay() {
        let found = statements("""
            The Financial Crimes Board of Ruritania has fined the exchange 2 million lira, according to a notice published in the gazette on Tuesday.
            The penalty was imposed on June 11.
            """, published: "2024-06-20")
        #expect(found.first?.action == .enforce)
        #expect(found.first?.effective == "2024-06-11", "\(found.map(\.effective))")
    }
}
