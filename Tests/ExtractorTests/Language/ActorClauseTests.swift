import Testing
@testable import Extractor

/// Who issues a measure when the sentence's subject does not: a dateline before the clause, a
/// company bound by the measure, and the agent of a participle that only describes the object.
@Suite struct ActorClauseTests {
    private func statements(_ text: String, published: String = "2025-05-20") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        "LISBON, 19 May (Wirefeed) \u{2014} The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
        "LISBON \u{2014} The Bank of Portugal has ordered exchanges to stop serving anonymous clients.",
    ])
    func aDatelineIsNoActor(text: String) {
        #expect(statements(text).first?.actor == "Bank of Portugal", "\(statements(text).map(\.actor))")
    }

    @Test func aCapitalizedOpeningWithoutADashIsNoDateline() {
        let found = statements("""
        The Federal Financial Supervisory Authority fined two brokers on Tuesday.
        VELQUOR must repay its clients \u{2014} all of them \u{2014} by June 30, the watchdog said.
        """)
        #expect(found.last?.actor == "Federal Financial Supervisory Authority", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "Velquor must return all client tokens by June 30.",
        "Velquor and Brindle have until June 30 to close their accounts.",
        "Velquor will be required to stop serving retail clients.",
    ])
    func aCompanyBoundByAMeasureIsNotItsIssuer(text: String) {
        let found = statements("""
        The Federal Financial Supervisory Authority ordered two brokers to wind down their crypto business on Tuesday.
        \(text)
        """)
        #expect(found.last?.actor == "Federal Financial Supervisory Authority", "\(found.map(\.actor))")
    }

    @Test(arguments: [
        "Kraken will stop serving clients in Ruritania from June.",
        "Kraken requires every user to verify their identity.",
    ])
    func aCompanyActingOnItsOwnIsTheActor(text: String) {
        #expect(statements(text).first?.actor == "Kraken", "\(statements(text).map(\.actor))")
    }

    @Test func theAgentOfADescribingParticipleIsNotTheIssuer() {
        let found = statements("""
        The Central Bank of Ruritania lifted its ban on crypto payments on Monday.
        Payments must go through platforms licensed by the Securities Board of Ruritania.
        """)
        #expect(found.last?.actor != "Securities Board of Ruritania", "\(found.map(\.actor))")
    }

    @Test func aPassiveAgentStaysTheIssuer() {
        let found = statements("Exchanges were banned from offering leverage by the Securities Board of Ruritania.")
        #expect(found.first?.actor == "Securities Board of Ruritania")
    }

    @Test(arguments: [
        "The regulator gives crypto firms more time to apply for licences.",
        "The authority said it will not grant any further extension.",
    ])
    func moreTimeIsAGracePeriod(text: String) {
        #expect(statements(text).first?.action == .enforce, "\(statements(text).map(\.action))")
    }

    @Test(arguments: [
        "The wallet's browser extension now supports staking.",
        "Traders had more time to react on Friday than on Monday.",
    ])
    func extensionsAndTimeWithoutADeadlineAreNoMeasure(text: String) {
        #expect(statements(text).isEmpty, "\(statements(text).map(\.text))")
    }
}
