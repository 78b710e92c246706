import Testing
@testable import Extractor

/// A head of state or government acting in office is not the actor: the country they head is (SCHEMA §3, "Putin →
/// Russia"), whether the text names them with their title, only by it, or by their seat ("the White House"). A
/// company's or a body's president, a vice president and "the president of" something else are left to the other
/// readings; a seat stays itself when the text does not name its country.
@Suite struct HeadOfStateActorTests {
    private func statements(_ text: String) -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).statements
    }

    @Test(arguments: [
        ("President Ana Wanjiru signed a law on Monday that requires crypto exchanges in Kenya to hold a licence.", "Kenya"),
        ("Kenyan President Ana Wanjiru on Monday signed a law requiring exchanges that serve Uganda or Kenya to hold a licence.", "Kenya"),
        ("Prime Minister Tomas Ruiz announced a ban on crypto mining in Paraguay from September.", "Paraguay"),
        ("Premier Li Wen said Singapore would require every token issuer to register by December.", "Singapore"),
        ("Wanjiru signs law requiring crypto exchanges to register\n\nPresident Ana Wanjiru of Kenya on Monday signed a law requiring crypto exchanges to register.", "Kenya"),
    ])
    func aNamedHeadOfStateActsForTheCountry(text: String, country: String) {
        let found = statements(text)
        #expect(!found.isEmpty && found.allSatisfy { $0.actor == country }, "\(found.map { ($0.text, $0.actor) })")
    }

    @Test(arguments: [
        ("The president signed the Digital Assets Law on Tuesday, requiring exchanges in Panama to register.", "Panama"),
        ("Brazil's president signed a decree on Friday banning crypto payments for public services.", "Brazil"),
        ("The prime minister said Thailand would ban crypto advertising on public transport from July.", "Thailand"),
    ])
    func aHeadOfStateNamedByTitleAloneActsForTheCountry(text: String, country: String) {
        #expect(statements(text).first?.actor == country, "\(statements(text).map(\.actor))")
    }

    @Test(arguments: [
        ("Coinbase President Ana Roe said the exchange would stop serving users in Canada from June.", "Coinbase"),
        ("The president of Coinbase said the exchange would stop serving users in Canada from June.", nil),
        ("Vice President Ana Roe signed an order on Monday that bars agencies in Canada from buying tokens.", nil),
    ])
    func someoneElsesPresidentIsNotTheCountry(text: String, actor: String?) {
        let found = statements(text)
        #expect(!found.isEmpty && !found.contains { $0.actor == "Canada" }, "\(found.map(\.actor))")
        if let actor { #expect(found.first?.actor == actor, "\(found.map(\.actor))") }
    }

    @Test(arguments: [
        ("The White House on Monday ordered federal agencies to stop buying mining machines made outside the United States.", "US"),
        ("The Kremlin said Russia would ban crypto payments for goods from March.", "RU"),
        ("Downing Street said the UK would require crypto firms to register with the regulator by June.", "GB"),
    ])
    func theSeatOfAHeadOfGovernmentActsForTheCountry(text: String, code: String) {
        let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10"))
        let country = analysis.entities.first { $0.code == code }?.name
        #expect(country != nil && analysis.statements.first?.actor == country, "\(analysis.statements.map(\.actor))")
    }

    @Test func aSeatWhoseCountryTheTextDoesNotNameStaysItself() {
        let found = statements("The White House on Monday ordered federal agencies to stop buying mining machines made abroad.")
        #expect(found.first?.actor == "White House", "\(found.map(\.actor))")
    }
}
