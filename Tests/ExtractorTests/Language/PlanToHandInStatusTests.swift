import Testing
@testable import Extractor

/// A plan the regulated must hand in ("how they plan to adapt", "file a wind-down plan to the watchdog") is a term of
/// the measure, not an intention of its issuer, over sentences we wrote; an issuer's own plan stays a consideration.
@Suite struct PlanToHandInStatusTests {
    private func words(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.map(\.status)
    }

    @Test(arguments: [
        "lenders must explain to the supervisor by june how they plan to fund the buffer",
        "issuers must state by april 30 whether and how they plan to adapt",
        "every platform must likewise file a wind-down plan to the watchdog within 60 days",
        "they must also send a capital plan to their supervisor by june",
    ])
    func aPlanTheRegulatedHandInIsNoIntention(text: String) {
        #expect(PolicyCues.status(in: words(text)) != .considering, "\(text)")
    }

    @Test(arguments: [
        "the ministry plans to ban crypto mining next year",
        "the regulator said it plans to license exchanges from january",
        "the government is planning to tax crypto gains at 20%",
    ])
    func anIssuersPlanIsConsidering(text: String) {
        #expect(PolicyCues.status(in: words(text)) == .considering, "\(text)")
    }

    @Test(arguments: [
        "The central bank on Monday raised the capital that crypto custodians must hold. Custodians must explain to the central bank by June how they plan to raise the new buffer.",
        "The central bank on Monday raised the capital that crypto custodians must hold. Every custodian must likewise file a funding plan to the central bank within 60 days.",
    ])
    func aPlanToHandInIsPartOfTheNews(text: String) {
        #expect(statuses(text).last == .announced, "\(text) → \(statuses(text))")
    }
}
