import Testing
@testable import Extractor

/// A tax in force that a sentence states with no issuer of its own ("Gains are taxed at 25%", "have been taxed at 17%
/// since 2020", "have been subject to a yearly 0.1% tax since 2023") is the country's law, not the regulator's the
/// article is about; a tax administration the article follows, or an authority the clause names, keeps it. Texts we wrote.
@Suite struct TaxRegimeActorTests {
    private func actor(of phrase: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).statements
        return statements.first(where: { $0.text.contains(phrase) }).map(\.actor)
    }

    /// (text, a phrase of the sentence, the country)
    @Test(arguments: [
        ("Vilnius watchdog licenses two exchanges\n\nThe Bank of Lithuania granted licences to Neris Coins and Vilija Swap on Tuesday, the regulator said. Gains on crypto-assets are taxed at 15% in Lithuania.",
         "Gains on crypto-assets are taxed", "Lithuania"),
        ("Bratislava regulator approves token issuer\n\nThe National Bank of Slovakia approved a licence for Tatra Token on Monday. Crypto gains have been taxed in Slovakia at 19% since 2020.",
         "Crypto gains have been taxed", "Slovakia"),
        ("Lisbon watchdog warns on copy-trading apps\n\nThe Portuguese Securities Market Commission warned investors about four copy-trading apps on Monday. Holdings of crypto-assets in Portugal have been subject to a yearly 0.1% tax on their value since 2023.",
         "have been subject to a yearly", "Portugal"),
    ])
    func aTaxInForceIsTheCountrys(text: String, phrase: String, country: String) {
        #expect(actor(of: phrase, in: text) == .some(country), "\(String(describing: actor(of: phrase, in: text)))")
    }

    /// (text, a phrase of the sentence, the issuer): a tax administration states the tax, or an authority is the subject.
    @Test(arguments: [
        ("Stockholm tax agency reminds crypto holders\n\nThe Swedish Tax Agency said on Monday that it will check crypto returns more closely this year. Gains on crypto-assets are taxed at 30% as capital income, the agency said.",
         "Gains on crypto-assets are taxed", "Swedish Tax Agency"),
        ("Ruritania cuts crypto levy\n\nThe Ministry of Finance of Ruritania lowered the tax on crypto trades to 0.1% on Monday.",
         "lowered the tax", "Ministry of Finance of Ruritania"),
    ])
    func aTaxAdministrationOrANamedIssuerKeepsIt(text: String, phrase: String, issuer: String) {
        #expect(actor(of: phrase, in: text) == .some(issuer), "\(String(describing: actor(of: phrase, in: text)))")
    }

    /// (sentence, whether it states a tax treatment in place): a tax in the present, the perfect or "subject to"; not one
    /// still to come, not one denied.
    @Test(arguments: [
        ("Gains on crypto-assets are taxed at 15%.", true),
        ("Crypto gains have been taxed at 17% since 2020.", true),
        ("Holdings of crypto-assets are subject to a yearly 0.1% tax on their value.", true),
        ("Sales on local exchanges have been subject to a flat withholding tax since 2022.", true),
        ("Residents pay 10% tax on their crypto gains.", true),
        ("Gains on crypto-assets will be taxed at 15% from January.", false),
        ("Swaps between tokens have not been taxed since 2021.", false),
        ("Holdings would be subject to a yearly 0.1% tax under the bill.", false),
        ("Exchanges are subject to the central bank's licensing rules.", false),
    ])
    func readsATaxRegime(sentence: String, states: Bool) {
        let words = Tokenizer().tokens(of: Array(sentence.unicodeScalars)).map(\.lower)
        let cue = words.firstIndex { $0 == "taxed" || PolicyCues.taxWords.contains($0) } ?? 0
        #expect(PolicyReader.statesATaxRegime(words, cue: cue) == states)
    }
}
