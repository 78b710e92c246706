import Archive
import Extractor
import Foundation
import Generator
import Testing
@testable import Review

@Suite struct RuleAgingOnReadTests {
    @Test func aScheduledRuleReadsActiveFromItsEffectiveDay() throws {
        let bench = try ReviewBench()
        let scheduled = Rule(id: "ol-quay-staking", title: "Quay prohibits staking", action: .prohibit,
                             subjects: [.staking], jurisdiction: "OL", issuer: "Quay", effective: "2031-04-10",
                             status: .scheduled)
        try bench.desk.rulebook.save(Rulebook(rules: [scheduled]))
        let dayBefore = try #require(CalendarDay(iso: "2031-04-09"))
        let effectiveDay = try #require(CalendarDay(iso: "2031-04-10"))
        #expect(try bench.desk.rulebook.load(asOf: dayBefore).rules.map(\.status) == [.scheduled])
        #expect(try bench.desk.rulebook.load(asOf: effectiveDay).rules.map(\.status) == [.active])
    }

    @Test func anApprovalWritesTheAgedStatusOfRulesWhoseDateHasPassed() async throws {
        let bench = try ReviewBench()
        // Effective long before today: the file still says scheduled until something is written.
        let past = Rule(id: "ol-quay-staking", title: "Quay prohibits staking", action: .prohibit,
                        subjects: [.staking], jurisdiction: "OL", issuer: "Quay", effective: "2021-04-10",
                        status: .scheduled)
        try bench.desk.rulebook.save(Rulebook(rules: [past]))
        let id = try bench.fileBan()
        try await bench.desk.approve(id, reviewer: "ana", now: bench.now)
        let written = try Rulebook(yaml: String(contentsOf: bench.desk.rulebook.url, encoding: .utf8))
        #expect(written.rule(id: "ol-quay-staking")?.status == .active)
        #expect(written.rule(id: "ol-harbor-lending")?.status == .scheduled)
    }
}
