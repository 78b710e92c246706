import Testing
@testable import Extractor

/// Sentence boundaries in text we wrote: abbreviations, prices, quotes, bullets and headlines.
@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let document = AnalyzedText(text)
        return document.sentences.map { document.substring($0.start, $0.stop) }
    }

    @Test(arguments: [
        "The U.S. Securities and Exchange Commission sued the firm on Oct. 5 over its token sale.",
        "Acme Inc. and Widget Corp. agreed to pay $4.5 million, or 3.5% of revenue.",
        "Rule No. 7 took effect after Mr. Smith signed it at 4 p.m. local time.",
        "Bitcoin traded at $42,000.50 while ETH held near US$3,100.",
        "J. R. Doe, the CEO of Example Ltd., disagreed with the decision.",
    ])
    func abbreviationsAndNumbersDoNotEndSentences(text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func periodsQuestionsAndExclamationsEndSentences() {
        let text = "The regulator acted. Will others follow? They did! Markets fell."
        #expect(sentences(text) == ["The regulator acted.", "Will others follow?", "They did!", "Markets fell."])
    }

    @Test func quotesStayWithTheirSentence() {
        let text = "\u{201C}This ends now,\u{201D} the minister said. The ban starts soon."
        #expect(sentences(text) == ["\u{201C}This ends now,\u{201D} the minister said.", "The ban starts soon."])
    }

    @Test func anAbbreviationCanEndASentence() {
        #expect(sentences("Trading moved to the U.S. The exchange agreed.") == ["Trading moved to the U.S.", "The exchange agreed."])
    }

    @Test func linesBulletsAndHeadlinesAreSentencesOfTheirOwn() {
        let text = "Exchange Halts Withdrawals\n\n\u{2022} Users must verify accounts\n- Fees will rise\nBy Jane Roe\nThe rest follows."
        #expect(sentences(text) == ["Exchange Halts Withdrawals", "Users must verify accounts", "Fees will rise", "By Jane Roe", "The rest follows."])
    }
}
