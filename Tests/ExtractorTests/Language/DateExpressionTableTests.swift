import Testing
@testable import Extractor

/// A table of date expressions we wrote, of every kind news uses, with their values against one
/// publication day (Wednesday 12 November 2025), and a table of expressions that are no dates.
@Suite struct DateExpressionTableTests {
    private static let published = "2025-11-12"

    private func dates(_ text: String) -> [TemporalExpression] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: Self.published)).dates
    }

    /// Expects `text` to hold the expression with that value.
    private func expectExpression(_ expression: String, valued value: String, in text: String) {
        let found = dates(text)
        #expect(found.contains { $0.text == expression && $0.value == value }, "\(found.map { "\($0.text)=\($0.value)" })")
    }

    /// A year-less month whose clause's verb stands far before it: March is nearest ahead of the publication day, August
    /// behind it.
    @Test(arguments: [
        ("The securities division gave the same kind of relief to a small payments start-up in March.", "March", "2025-03"),
        ("The exchange received its licence from the national regulator under the new crypto-asset law in March.", "March", "2025-03"),
        ("Lawmakers approved the final text of the long-delayed crypto tax bill after a late-night debate in March.", "March", "2025-03"),
        ("Brokers in the region have told the ministry that they could be ready with the new reporting systems in August.", "August", "2026-08"),
        // A reporting verb tells when the report was made, not when the duty applies; no verb: the nearest month.
        ("The central bank said the new reporting duty for crypto brokers and custodians applies in March.", "March", "2026-03"),
        ("The first reports under the new duty for crypto brokers and custodians of digital assets in March.", "March", "2026-03"),
    ])
    func aMonthTakesTheTenseOfItsClausesVerbFarBeforeIt(text: String, expression: String, value: String) {
        expectExpression(expression, valued: value, in: text)
    }

    @Test(arguments: [
        ("The rules were adopted on Nov. 3.", "Nov. 3", "2025-11-03"),
        ("The rules apply from 3 November 2025.", "3 November 2025", "2025-11-03"),
        ("Filings are due by 2026-01-01.", "2026-01-01", "2026-01-01"),
        ("The licence expires on January 31, 2026.", "January 31, 2026", "2026-01-31"),
        ("Regulators met last Tuesday.", "last Tuesday", "2025-11-11"),
        ("The council adopted the bill on Thursday last week.", "Thursday last week", "2025-11-06"),
        ("The committee votes on Tuesday next week.", "Tuesday next week", "2025-11-18"),
        ("The board meets on Friday this week.", "Friday this week", "2025-11-14"),
        ("The agency said on Monday that it acted.", "Monday", "2025-11-10"),
        ("The vote takes place on Friday.", "Friday", "2025-11-14"),
        ("The exchange will publish results on the 15th.", "the 15th", "2025-11-15"),
        ("Payouts were made on the 3rd, the exchange said.", "the 3rd", "2025-11-03"),
        ("Revenue rose in fiscal 2026.", "fiscal 2026", "2025"),
        ("FY2025 revenue fell sharply.", "FY2025", "2024"),
        ("Guidance for FY26 stayed flat.", "FY26", "2025"),
        ("Growth should pick up in H2 2026.", "H2 2026", "2026"),
        ("A launch is planned for mid-2026.", "mid-2026", "2026"),
        ("A launch is planned for the second half of next year.", "second half of next year", "2026"),
        ("Reports are due by the end of the month.", "end of the month", "2025-11-30"),
        ("Exchanges have until end-March to apply for a licence.", "end-March", "2026-03-31"),
        ("Banks must file their first crypto returns by end-June 2026.", "end-June 2026", "2026-06-30"),
        ("The index fell in the third quarter.", "third quarter", "2025-Q3"),
        // A quarter with no tense to tell is the one nearest to publication.
        ("A second licence round is on the agenda for the first quarter.", "first quarter", "2026-Q1"),
        ("Its share of the market in the fourth quarter is the largest.", "fourth quarter", "2025-Q4"),
        ("Its share of the market in the second quarter was the largest.", "second quarter", "2025-Q2"),
        ("Earnings for Q1 2026 are due in April.", "Q1 2026", "2026-Q1"),
        ("Trading volumes doubled last week.", "last week", "2025-W45"),
        ("Applications open next month.", "next month", "2025-12"),
        ("The tax rises from January next year.", "January next year", "2026-01"),
        ("In March last year, the agency warned savers.", "March last year", "2024-03"),
        ("The platform was hacked in late September.", "late September", "2025-09"),
        ("Prices fell over the weekend.", "the weekend", "2025-W45"),
        ("Posted 12.11.2025 by the desk.", "12.11.2025", "2025-11-12"),
        ("The bank said yesterday it would comply.", "yesterday", "2025-11-11"),
        ("The ban was first imposed in 2021.", "2021", "2021"),
    ])
    func expressionsHaveTheirValue(text: String, expression: String, value: String) {
        expectExpression(expression, valued: value, in: text)
    }

    @Test(arguments: [
        "The rule takes effect within 90 days.",
        "Checks run every day and reports every week.",
        "The review lasted three months.",
        "Nine months after the launch, users left.",
        "The token rose 2,025 points to 4,100.",
        "Miners switched off at 4:30 p.m. on the dot.",
        "The case moved to the 3rd floor of the court.",
        "He was born in the 21st century.",
        "The firm hired 2000 staff.",
        "Hydrogen (H2) is a gas.",
        "The company lost $2,026 per machine.",
        "The index rose 3.5 points and version 1.2.3 shipped.",
        "Users may march to the ministry.",
        "It recently added custody and acts immediately.",
        "The fund holds 1,990 bitcoin.",
    ])
    func expressionsThatAreNoDates(text: String) {
        #expect(dates(text).isEmpty, "\(dates(text).map { "\($0.text)=\($0.value)" })")
    }

    @Test(arguments: [
        ("The ban applies from March 1.", "March 1", TemporalRole.effective),
        ("Firms have until April 30 to apply.", "April 30", TemporalRole.deadline),
        ("Exchanges must register by June 30.", "June 30", TemporalRole.deadline),
        ("The rules take effect on January 1.", "January 1", TemporalRole.effective),
        ("The regulator fined the broker in 2019.", "2019", TemporalRole.past),
        ("Starting December 1, kiosks must cap withdrawals.", "December 1", TemporalRole.effective),
    ])
    func rolesFollowTheWordsBeforeTheDate(text: String, expression: String, role: TemporalRole) {
        #expect(dates(text).first { $0.text == expression }?.role == role, "\(dates(text).map { "\($0.text) \($0.role)" })")
    }
}
