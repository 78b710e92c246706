import Testing
@testable import Extractor

/// Business that a regime already made lets go on for a while ("may keep operating until July 1 under a transition
/// period", "until July 1, when the transitional period ends") is a rule in effect beside the news; an obligation that
/// starts when such a period ends, or a period the news itself sets, stays news.
@Suite struct TransitionPeriodStatusTests {
    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-24")).statements.map(\.status)
    }

    @Test(arguments: [
        "The securities regulator fined the broker on Monday. Firms registered under the old regime may keep operating until July 1 under a transition period the government chose.",
        "The securities regulator fined the broker on Monday. Registered exchanges can keep serving clients until July 1, when the transitional period ends.",
        "The securities regulator fined the broker on Monday. Portugal let registered firms continue operating during a transition period that ends on June 30.",
    ])
    func businessGoingOnUnderATransitionPeriodIsInEffect(text: String) {
        #expect(statuses(text).last == .inEffect, "\(text) → \(statuses(text))")
    }

    @Test(arguments: [
        "The securities regulator said on Monday that firms without a licence must stop serving clients when the transitional period ends on 31 January.",
        // (Alone, this sentence reads to the statement model as a transition already in force, as most of the gold's
        // transitions are; below the headline that makes the law the news, it is the news.)
        "Ruritania passes crypto licensing law\n\nThe new law gives existing exchanges until June 30, the last day of the transition period, to apply for a licence.",
    ])
    func aMeasureOfTheNewsStaysAnnounced(text: String) {
        #expect(statuses(text).last == .announced, "\(text) → \(statuses(text))")
    }
}
