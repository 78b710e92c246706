import Testing
@testable import Extractor

/// A plan the regulated must hand in ("how they plan to comply", "submit a migration plan to the regulator") is a term of
/// the measure, not an intention of its issuer, over sentences we wrote; an issuer's own plan stays a consideration.
@Suite struct PlanToHandInStatusTests {
    private func words(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.map(\.status)
    }

    @Test(arguments: [
        "banks must tell the authority by year-end how they plan to meet the rules",
        "providers must say by march 1 how and when they plan to comply",
        "each exchange must also submit a migration plan to the regulator within 90 days",
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
        "The central bank on Monday raised the capital that crypto custodians must hold. Custodians must tell the central bank by year-end how they plan to meet the new bar.",
        "The central bank on Monday raised the capital that crypto custodians must hold. Each custodian must also submit a capital plan to the central bank within 90 days.",
    ])
    func aPlanToHandInIsPartOfTheNews(text: String) {
        #expect(statuses(text).last == .announced, "\(text) → \(statuses(text))")
    }
}
