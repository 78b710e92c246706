import Testing
@testable import Extractor

/// A measure named as the topic of what it did, how it fared or what it is like states no measure; a measure noun whose
/// verb tells what it does, when it starts or how its rate changes still does. Also: an opening subordinate clause after
/// a dateline is background, and the figures, periods and people of a tax ("the tax year", "tax advisers") are no tax.
@Suite struct MeasureTopicTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "The crypto levy has raised far less than the treasury forecast.",
        "Three years on, the stablecoin ban has not been the success its backers promised.",
        "The crackdown has pushed thousands of traders onto offshore apps.",
        "The exchange ban drew sharp criticism from lawmakers on Tuesday.",
        "Portugal's crypto tax brings in less than promised.",
        "The advertising ban was a gift to offshore platforms, one founder said.",
        "The mining moratorium looked popular with voters in the north.",
        "Figures show that 41 million euros was declared for the 2025 tax year.",
        "Tax advisers expect a busy spring.",
        "LISBON \u{2014} When the country began taxing short-term crypto gains, officials spoke of closing a loophole.",
        "What the guidance does not do",
    ])
    func aMeasureAsTopicStatesNone(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("The tax applies to gains on assets held for less than a year.", PolicyAction.require),
        ("The ban on crypto mining takes effect on Monday.", .prohibit),
        ("The levy rises to 2% from January.", .require),
        ("The cap is 1,000 euros per customer.", .restrict),
        ("The new tax replaces the flat fee that exchanges paid until now.", .require),
        ("The requirement covers every exchange that serves local residents.", .require),
        ("The ban on mining was lifted on Friday.", .permit),
        ("The sanctions freeze all assets the firm holds in the country.", .enforce),
        ("The tax authority will require exchanges to report every transfer.", .require),
        ("LISBON \u{2014} When the law takes effect in March, exchanges will have to register with the central bank.", .require),
        ("The ban, which the ministry announced on Friday, bars banks from serving exchanges.", .prohibit),
        ("The 2019 ban on crypto payments still stands.", .prohibit),
        ("The ministry said the levy, which was due to start in April, would instead start in July.", .require),
    ])
    func aMeasureThatActsStaysOne(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
