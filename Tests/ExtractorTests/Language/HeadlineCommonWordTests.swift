import Testing
@testable import Extractor

/// A headline shouts or capitalizes words of market talk ("Crypto is GREEN!", "Presale Oversubscribed!") and words the
/// text writes in lower case: they name nothing unless the text capitalizes them after its headline. A magnitude after
/// a number ("$2 Billion") names nothing either. Known names, tickers and one-word names the headline alone writes stay
/// names. A capitalized word glued by a hyphen to a common word ("Long-duration", "Co-CEO") opens a compound, no name.
/// Words glued to an underscore are parts of a handle ("@Dana_Did_It"). Texts are our own.
@Suite struct HeadlineCommonWordTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-12")).entities.map(\.name)
    }

    @Test(arguments: [
        ("Crypto is GREEN! Zorvex launches its token\n\nTraders cheered as Zorvex listed it.", ["Zorvex"]),
        ("Crypto UP 6%, Kestrune raises $40M\n\nThe crypto round closed on Monday, Kestrune said.", ["Kestrune"]),
        ("Quellmark presale Oversubscribed!\n\nBuyers queued for hours, Quellmark said.", ["Quellmark"]),
        ("Stablecoin Supply near $2 Billion on Talvora\n\nIssuance doubled on Talvora.", ["Talvora"]),
        // A word the body writes in lower case is the headline's capital, not a name.
        ("Dravik fees hit a Record!\n\nThe record came as Dravik users flocked in.", ["Dravik"]),
    ])
    func headlineWordsOfCommonTalkNameNothing(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test(arguments: [
        // Known names and tickers in a shouting headline stay names.
        ("SOL UP 4%! SEC delays ETF ruling\n\nThe token rose overnight.", ["SOL", "SEC"]),
        ("Binance and Ripple GREEN again!\n\nBoth firms posted gains.", ["Binance", "Ripple"]),
        // A headline word the body capitalizes as a name stays a name.
        ("Harvest rallies 20%!\n\nShares of Harvest, a mining firm, rose.", ["Harvest"]),
        // A name only a path writes in lower case stays a name.
        ("Velmora acquires a wallet maker!\n\nThe deal closed, Velmora said (posted to r/velmora by a reader).", ["Velmora"]),
        // A magnitude outside a number is left alone.
        ("Prices rose.\n\nThe fund Billion Peaks bought 300 coins.", ["Billion Peaks"]),
    ])
    func namesInAHeadlineStay(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test(arguments: [
        // A capitalized word glued by a hyphen to a common word or a title opens a compound, not a name.
        ("Prices rose.\n\nAs Long-duration batteries spread, Brevanto expands.", ["Brevanto"]),
        ("Prices rose.\n\nOn Monday, Brevanto named Dana Kowalczyk as its Co-CEO.", ["Brevanto", "Dana Kowalczyk"]),
        ("Prices rose.\n\nThe Multi-chain wallet of Brevanto went live.", ["Brevanto"]),
        // A name glued to a word that makes an adjective of it stays a name.
        ("Prices rose.\n\nThe Brevanto-backed fund and a Talvora-based lender merged.", ["Brevanto", "Talvora"]),
        ("Prices rose.\n\nThe Talvora-style rules drew Zorvex-listed firms.", ["Talvora", "Zorvex"]),
    ])
    func aWordOpeningACommonCompoundNamesNothing(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test(arguments: [
        // Words glued to an underscore are parts of a handle, no names; names in prose beside a handle stay.
        ("Prices rose.\n\nHosted by @Dana_Did_It and @Kestrune_Labs today.", [String]()),
        ("Prices rose.\n\nsubmitted by /u/Marlow_Quince to a forum", [String]()),
        ("Prices rose.\n\nOn Monday, Brevanto (@brevanto_hq) said Kestrune Labs would list it.", ["Brevanto", "Kestrune Labs"]),
        ("Prices rose.\n\nThe Talvora team posted to @talvora_news on Monday.", ["Talvora"]),
    ])
    func wordsOfAHandleNameNothing(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }
}
