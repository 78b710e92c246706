import Testing
@testable import Extractor

/// What commentators say, forecast or disagree about is their view, not a measure: "market participants say",
/// "economists are divided", a closing ", analysts said" or ", said one economist". The same measures credited to an
/// authority or told as news stay statements.
@Suite struct CommentaryPhrasingTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Market participants say that without licensing most traders use offshore exchanges.",
        "Economists are divided on whether the levy has worked.",
        "Analysts remain sceptical that the cap will hold.",
        "The central bank could publish licensing rules in the first half of next year, analysts at a local broker said.",
        "The regulator is likely to ban leveraged tokens before the summer, said one analyst.",
        "Tax consultants say the reporting requirement will be hard to meet.",
    ])
    func aCommentatorsViewStatesNoMeasure(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("The central bank will publish licensing rules in June, the governor said.", PolicyAction.require),
        ("The regulator banned leveraged tokens on Monday, the agency said in a statement.", .prohibit),
        ("Exchanges must register with the central bank by March, the ministry said.", .require),
        ("Market participants must report every trade above $10,000 from April.", .require),
        ("The watchdog fined the exchange $2 million, according to a notice published on Friday.", .enforce),
        ("The central bank will cap crypto card payments from July, analysts at a local broker said.", .restrict),
    ])
    func theSameMeasuresCreditedToAnAuthorityStay(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
