import Testing
@testable import Extractor

/// Headlines in title case that a question mark, an exclamation or a bracket closes, or that several sentences make up:
/// their capitals are no evidence of a name, so only known names and names the body also capitalizes come out of them.
/// Credit lines and lines of prose keep their names. Texts are our own.
@Suite struct TitleCaseLineTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-12")).entities.map(\.name)
    }

    @Test(arguments: [
        ("Bitcoin Slumps 9%! Traders Brace for Deeper Losses!\n\nThe coin fell overnight.", ["Bitcoin"]),
        ("Will Regulators Freeze Stablecoin Yields?\n\nA vote is due soon.", [String]()),
        ("Token Unlocks Loom: Is the Altcoin Rally Over?\n\nSupply grows this week.", [String]()),
        ("Solana Is Coming to Payments Apps (and Why It Matters)\n\nWallets add support.", ["Solana"]),
        ("Market Wrap: Ether Tumbles! Miners Sell Hard!\n\nEther fell 8%.", ["Ether"]),
        ("Crypto Winter Returns? Funds Pull Back Sharply!\n\nOutflows rose.", [String]()),
        // A name the body writes capitalized stays a name.
        ("Did Korvanta Just Break the Market?\n\nOn Monday, Korvanta sold 4,000 coins.", ["Korvanta"]),
    ])
    func capitalsInATitleCaseHeadlineNameNothingNew(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test(arguments: [
        // Credit lines, prose and a question in sentence case keep their names.
        ("The coin rose.\n\n(Reporting by Dana Kowalczyk; Editing by Tomas Brenner)", ["Dana Kowalczyk", "Tomas Brenner"]),
        ("Written by Ilse Marchetti in Oslo. Data from Tradewave\n\nThe coin rose.", ["Ilse Marchetti", "Oslo", "Tradewave"]),
        ("Why did Zelkora halt withdrawals?\n\nThe exchange gave no reason.", ["Zelkora"]),
        ("Traders asked whether Brixham Capital would sell!\n\nIt did not.", ["Brixham Capital"]),
        ("Prices rose at Varnholt Exchange (an Oslo venue)\n\nVolumes doubled.", ["Varnholt Exchange", "Oslo"]),
    ])
    func creditLinesAndProseKeepTheirNames(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }
}
