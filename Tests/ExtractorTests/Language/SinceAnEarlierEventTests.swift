import Testing
@testable import Extractor

/// What has been done "since then", or what a regulator "has since" done, counts from an event told before: a record
/// of the regime at work, in effect and undated. An act dated this week, or a "since" that dates a start, stays as it is.
@Suite struct SinceAnEarlierEventTests {
    private func statement(_ text: String) -> PolicyStatement? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-24")).statements.first
    }

    @Test(arguments: [
        "The securities regulator has since licensed more than 40 crypto exchanges.",
        "Since then the central bank has granted six licences and rejected three applications.",
        "The authority has since required exchanges to keep customer assets with a custodian.",
    ])
    func aRecordSinceAnEarlierEventIsInEffectAndUndated(text: String) {
        let read = statement(text)
        #expect(read?.status == .inEffect, "\(text) → \(String(describing: read?.status))")
        #expect(read?.effective == nil, "\(text) → \(String(describing: read?.effective))")
    }

    @Test(arguments: [
        ("The securities regulator has licensed three crypto exchanges, it said on Monday.", PolicyStatus.announced, "2026-06-22"),
        ("The central bank on Tuesday granted licences to two stablecoin issuers, the first since the law took effect.", .announced, "2026-06-23"),
        ("The agency has since 2023 barred banks from holding crypto.", .inEffect, "2023"),
    ])
    func anActOfTheWeekOrADatedStartStays(text: String, status: PolicyStatus, effective: String) {
        let read = statement(text)
        #expect(read?.status == status, "\(text) → \(String(describing: read?.status))")
        #expect(read?.effective == effective, "\(text) → \(String(describing: read?.effective))")
    }
}
