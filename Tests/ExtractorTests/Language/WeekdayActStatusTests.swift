import Testing
@testable import Extractor

/// An act a sentence dates to a day of the week of publication by its weekday ("on Tuesday granted", "ruled on Monday")
/// is the article's news, whatever older law or measure its other words recall; a measure that took effect that day, a
/// state that lasts and a day that dates only the telling stay as the other rules read them, over sentences we wrote.
@Suite struct WeekdayActStatusTests {
    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-24")).statements.map(\.status)
    }

    @Test(arguments: [
        "Ruritania licenses first exchanges\n\nThe Ruritania Securities Commission on Tuesday licensed two crypto brokers, its first approvals under a 2024 law.",
        "Ruritania court rules on token\n\nThe Supreme Court of Ruritania ruled on Monday that a token Northgate Labs sold to investors in 2022 is a security.",
        "Ruritania regulator adopts custody rule\n\nThe Ruritania Securities Commission on Tuesday adopted a final rule on how advisers must hold crypto, replacing a 2023 proposal it withdrew last year.",
    ])
    func anActOfThisWeekIsNews(text: String) {
        #expect(statuses(text).last == .announced, "\(text) → \(statuses(text))")
    }

    @Test(arguments: [
        "Ruritania exchange opens office\n\nNorthgate opened an office in the capital on Monday. The central bank said on Tuesday that crypto-assets remain barred from payments in Ruritania.",
        "Ruritania exchange opens office\n\nNorthgate opened an office in the capital on Monday. Banks are still not permitted to hold crypto for customers, the central bank said separately on Tuesday.",
    ])
    func aStateThatLastsStaysInEffect(text: String) {
        #expect(statuses(text).last == .inEffect, "\(text) → \(statuses(text))")
    }
}
