import Testing
@testable import Extractor

/// A two-word name that opens with a common given name is a person without other evidence ("Kelvin Tran lost his
/// savings"), also after a word of a country ("Portugal forward Tiago Mendes"); a given name before a company's head
/// word or legal form stays a company's. Names and sentences are our own.
@Suite struct CommonGivenNameTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).entities
    }

    @Test(arguments: [
        ("Kelvin Tran lost his savings to the scheme.", "Kelvin Tran"),
        ("Yael Brenner joined the exchange as counsel.", "Yael Brenner"),
        ("Portugal forward Tiago Mendes launched a fan token on Wednesday.", "Tiago Mendes"),
        ("Khadija Benali was barred from the board.", "Khadija Benali"),
        ("Owen Maddox lost his savings to the scheme.", "Owen Maddox"),
    ])
    func aCommonGivenNameOpensAPersonsName(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .person, "\(entities(text).map(\.name))")
    }

    @Test(arguments: [
        ("Desmond Capital said it would buy the exchange.", "Desmond Capital"),
        ("Owen Ventures Ltd said it would list the token.", "Owen Ventures Ltd"),
    ])
    func aGivenNameBeforeACompanysWordStaysACompany(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .organization, "\(entities(text).map(\.name))")
    }
}
