import Testing
@testable import Extractor

/// A frame's status, start and enforcement from its statements: a weighing headline, a month the body gives as
/// a day, a sanction that is a measure of its own and a grace period that is another measure's deadline.
@Suite struct FrameTimingTests {
    private func announcements(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-10")).announcements
    }

    @Test(arguments: [
        """
        Colombia's watchdog weighs registration for foreign crypto exchanges
        The Superintendencia Financiera de Colombia is studying a draft rule that would require foreign crypto exchanges to register locally.
        The draft under discussion would also oblige exchanges to keep customer funds at local banks.
        """,
        """
        Korea mulls crypto lending curbs
        The Financial Services Commission of Korea has drafted a proposal that would restrict crypto lending to retail clients.
        """,
        """
        India eyes stablecoin payment ban
        The Reserve Bank of India proposed a rule that would ban stablecoin payments by merchants, officials said.
        """,
    ])
    func aHeadlineThatWeighsMakesTheDraftADeliberation(text: String) {
        let found = announcements(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.status == .considering }, "\(found.map { ($0.action, $0.status) })")
    }

    @Test(arguments: [
        """
        Korea publishes crypto lending bill
        The Financial Services Commission of Korea has proposed a bill that would restrict crypto lending to retail clients.
        """,
        """
        India drafts stablecoin payment ban
        The Reserve Bank of India proposed a rule on Monday that would ban stablecoin payments by merchants.
        """,
    ])
    func aHeadlineThatDraftsKeepsTheProposal(text: String) {
        let found = announcements(text)
        #expect(found.contains { $0.status == .proposed }, "\(found.map { ($0.action, $0.status) })")
    }

    @Test(arguments: [
        ("""
        Taiwan's regulator pushes back crypto custody rule to March 2026
        The Financial Supervisory Commission of Taiwan has postponed a rule requiring crypto exchanges to keep client funds in trust accounts to March 2026.
        It will now apply from March 16, 2026, the commission said on Tuesday.
        """, "2026-03-16"),
        ("""
        Portugal to ban crypto ads in 2026
        The Bank of Portugal will ban crypto advertising on television in 2026, it said on Monday.
        The ban will apply from January 5, 2026, the bank said.
        """, "2026-01-05"),
    ])
    func aMonthOrYearTheBodyGivesAsADayIsThatDay(text: String, day: String) {
        let found = announcements(text)
        #expect(found.contains { $0.effective == day }, "\(found.map { ($0.action, $0.effective) })")
    }

    @Test func aCancelledRegistrationIsAFrameOfItsOwn() {
        let found = announcements("""
        Chile's regulator registers three crypto exchanges, cancels a fourth
        The Comisión para el Mercado Financiero registered three crypto exchanges on Monday, it said.
        The commission also cancelled the registration of Altiplano Trade and ordered it to stop serving clients by July 3.
        """)
        #expect(found.contains { $0.action == .permit }, "\(found.map(\.action))")
        #expect(found.contains { $0.action == .enforce }, "\(found.map(\.action))")
    }

    @Test(arguments: [
        "Exchanges already operating will have until December 31 to apply.",
        "The authority will not sanction exchanges that break the rule until December 31.",
        "Unlicensed exchanges will face no penalties until December 31, the authority said.",
    ])
    func aGracePeriodIsTheDeadlineOfItsMeasure(sentence: String) {
        let found = announcements("""
        Kenya requires crypto exchanges to get licensed
        The Capital Markets Authority of Kenya will require crypto exchanges to obtain a licence from July 1, it said on Monday.
        \(sentence)
        """)
        let licensing = found.first { $0.action == .require }
        #expect(licensing?.enforcement == "2025-12-31", "\(found.map { ($0.action, $0.effective, $0.enforcement) })")
        #expect(!found.contains { $0.action == .enforce })
    }

    @Test(arguments: [
        ("""
        Monetary Authority of Ruritania wants sender data on crypto transfers by September 30
        The Monetary Authority of Ruritania on Monday told licensed crypto exchanges to attach sender and recipient names to transfers above $1,000.
        Under the notice, exchanges must keep the data for five years.
        """, "2025-09-30"),
        ("""
        National Tax Bureau of Ruritania: crypto gains must be reported by October 31
        The National Tax Bureau of Ruritania said on Tuesday that investors who sold crypto-assets last year must report their gains.
        Investors must attach yearly statements from their exchanges.
        """, "2025-10-31"),
        // A sanction takes the day of the act, not the deadline the headline gives the sanctioned firm.
        ("""
        Regulator imposes $2 million penalty on crypto exchange and orders a compliance review by September 30
        The Financial Conduct Authority fined Tamsin Markets on Monday over weak customer checks, the regulator said.
        """, "2025-06-09"),
    ])
    func aHeadlineThatDatesItsMeasureGivesTheFrameItsDay(text: String, day: String) {
        let found = announcements(text)
        #expect(found.first?.effective == day, "\(found.map { ($0.action, $0.effective) })")
    }
}
