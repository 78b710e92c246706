import Extractor
import Testing
@testable import Generator

@Suite struct RuleAgingTests {
    @Test(arguments: [
        ("2031-05-01", "2031-04-30", RuleStatus.scheduled),
        ("2031-05-01", "2031-05-01", .active),
        ("2031-05-01", "2032-01-01", .active),
        ("2031-05", "2031-04-30", .scheduled),
        ("2031-05", "2031-05-01", .active),
        ("2031-Q3", "2031-06-30", .scheduled),
        ("2031-Q3", "2031-07-01", .active),
        ("2031-Q1", "2031-01-01", .active),
        ("2031", "2030-12-31", .scheduled),
        ("2031", "2031-01-01", .active),
        ("2026-W01", "2025-12-28", .scheduled),
        ("2026-W01", "2025-12-29", .active),
        ("2031-W18", "2031-04-27", .scheduled),
        ("2031-W18", "2031-04-28", .active),
        ("next spring", "2040-01-01", .scheduled),
        ("2031-Q5", "2040-01-01", .scheduled),
        ("2031-13", "2040-01-01", .scheduled),
    ])
    func aScheduledRuleBecomesActiveOnceItsEffectiveDateComes(effective: String, today: String, expected: RuleStatus)
        throws {
        let scheduled = rule(id: "ol-harbor-lending", subjects: [.lending], jurisdiction: "OL", issuer: "Harbor",
                             effective: effective, status: .scheduled)
        let day = try #require(CalendarDay(iso: today))
        let aged = scheduled.asOf(day)
        #expect(aged.status == expected)
        var unchanged = aged
        unchanged.status = .scheduled
        #expect(unchanged == scheduled)
    }

    @Test func onlyScheduledRulesAge() throws {
        let day = try #require(CalendarDay(iso: "2040-01-01"))
        let repealed = rule(id: "a", subjects: [], jurisdiction: "OL", issuer: "A", effective: "2031-01-01",
                            status: .repealed)
        let undated = rule(id: "b", subjects: [], jurisdiction: "OL", issuer: "B", status: .scheduled)
        let book = Rulebook(rules: [repealed, undated]).asOf(day)
        #expect(book.rules.map(\.status) == [.repealed, .scheduled])
    }
}
