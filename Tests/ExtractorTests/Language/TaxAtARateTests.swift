import Testing
@testable import Extractor

/// A tax levied at a rate is a duty (`require`), even where the sentence also spares some holders, caps the taxed amount
/// or bars offsetting losses: those are details of the tax. A sentence that only names a tax its carve-out spares, or
/// that takes a tax away, keeps the carve-out's reading.
@Suite struct TaxAtARateTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        ("Profits on tokens sold within two years are taxed at 15%, while profits on tokens kept longer are exempt.", PolicyAction.require),
        ("The state taxes gains on digital assets at a flat 25%, with no deduction allowed for losses.", .require),
        ("From January, miners will pay a 3% levy on their electricity bills, while households are spared.", .require),
        ("Gains above the annual exempt amount are taxed at 20%.", .require),
        ("The island will levy 4% on exchanges' commission income, but individual traders will be exempt.", .require),
        ("Losses on tokens cannot be deducted from wages, and gains on them are taxed as income at the holder's marginal rate.", .require),
        // A tax only named beside the carve-out, or taken away, is no levy.
        ("Small payments of up to $200 will be exempt from the 30% tax on crypto gains.", .warn),
        ("Crypto gains will no longer be taxed at 30%, and holdings kept for a year will be exempt.", .warn),
        ("Swaps between tokens remain exempt from the 20% tax, the ministry said.", .warn),
    ])
    func aTaxAtARateIsTheMeasure(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
