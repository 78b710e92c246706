import Testing
@testable import Extractor

/// "Under current rules", "under existing guidance": an opening that names the rules in place restates them, comma or
/// not, over sentences we wrote; the news' own rules ("under the new rules") and other "current" things do not.
@Suite struct CurrentRulesStatusTests {
    private func words(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.map(\.status)
    }

    @Test(arguments: [
        ("under current exchange rules , households may not keep savings offshore", true),
        ("under current rules they only need to check identity above $2,500", true),
        ("under existing guidance , fund houses may not market products that track tokens", true),
        ("under the current regime , exchanges must register with the agency", true),
        ("under the new rules , exchanges must register with the agency", false),
        ("under current conditions , exchanges may list any token", false),
        ("under the current chair , the agency has licensed ten firms", false),
    ])
    func anUnderPhraseOfTheRulesInPlace(text: String, restates: Bool) {
        let words = words(text)
        #expect(ClauseSense.opensUnderANamedLaw(words, capitalized: words.map { _ in false }) == restates, "\(text)")
    }

    @Test(arguments: [
        "The finance ministry on Monday proposed a bill that would let residents buy crypto on foreign platforms. Under current exchange rules, households may not keep tokens offshore without prior consent.",
        "The finance ministry on Monday proposed a bill that would let residents buy crypto on foreign platforms. Under current rules residents may only buy crypto on licensed local platforms.",
    ])
    func theRulesInPlaceBesideAProposalAreInEffect(text: String) {
        #expect(statuses(text).last == .inEffect, "\(text) → \(statuses(text))")
    }
}
