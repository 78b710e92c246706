import Testing
@testable import Extractor

/// A country's "SEC" is that country's body: the long form the text writes and a country's possessive decide;
/// the American SEC is kept apart when the text names it as such. Sentences are our own.
@Suite struct SharedInstitutionNameTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-10")).entities.filter { $0.type == .authority }
    }

    private func described(_ text: String) -> [String] { entities(text).map { "\($0.name) \($0.aliases)" } }

    @Test(arguments: [
        ("The Securities and Exchange Commission of Ruritania (SEC) licensed two exchanges. The SEC said more would follow.",
         "Securities and Exchange Commission of Ruritania"),
        ("The Securities and Exchange Commission of Thailand (SEC) fined a broker. Thailand's SEC said it would appeal nothing.",
         "Securities and Exchange Commission of Thailand"),
        ("Nigeria's SEC warned investors. The Securities and Exchange Commission of Nigeria said the scheme was illegal.",
         "Securities and Exchange Commission of Nigeria"),
    ])
    func aCountrysSECJoinsItsLongName(text: String, name: String) {
        let found = entities(text)
        #expect(found.count == 1, "\(described(text))")
        #expect(found.first?.name == name, "\(described(text))")
        #expect(found.first?.aliases.contains("SEC") == true, "\(described(text))")
    }

    @Test(arguments: [
        "The Securities and Exchange Commission of Nigeria (SEC) acted, unlike the U.S. Securities and Exchange Commission.",
        "Nigeria's SEC moved first; the US SEC has not acted.",
        "Ghana's SEC and Nigeria's SEC signed a memorandum.",
    ])
    func twoCountriesSECsStayTwo(text: String) {
        #expect(entities(text).count == 2, "\(described(text))")
    }

    @Test func theAmericanSECAloneStaysOne() {
        let found = entities("The U.S. Securities and Exchange Commission sued the exchange. The SEC said it had warned it.")
        #expect(found.count == 1, "\(found.map(\.name))")
    }
}
