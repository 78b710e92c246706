import Testing
@testable import Extractor

/// The letters of the EU, the UK or the UAE name the place before a common noun ("EU rules", "another EU country", "UK
/// retail customers"), as after "the"; they qualify a name after them ("UK Finance"), and the United States' letters
/// stay an adjective before a noun ("U.S. regulators"), as a country's name shouted in a heading does. Sentences are our
/// own.
@Suite struct EntityCountryLettersTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-20")).entities.map(\.name)
    }

    @Test(arguments: [
        ("Firms passported from another EU country may offer the service, the regulator said.", "EU"),
        ("Since January, EU rules have required platforms to report trades.", "EU"),
        ("Firms authorised in other EU member states may passport their licences.", "EU"),
        ("About 18,000 UK retail customers hold the product, Kestrel said.", "UK"),
        ("The UAE central bank approved the token.", "UAE"),
    ])
    func lettersBeforeACommonNounNameThePlace(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }

    @Test(arguments: [
        ("UK Finance said the rules were late.", "UK"),
        ("Analysts expect U.S. regulators to act.", "U.S."),
        ("Weekly digest.\n\nCHILE - EXCHANGE FEES FALL AGAIN\n\nTrading fees fell for a third week.", "CHILE"),
    ])
    func lettersBeforeANameAndTheUSAdjectiveNameNothingAlone(_ text: String, _ wrong: String) {
        #expect(!names(text).contains(wrong), "\(names(text))")
    }
}
