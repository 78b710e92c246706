import Testing
@testable import Extractor

/// A name whose last word is a word of trade or of the press ("Payments", "Trade", "Ledger", "Custody", "Digest"), or that
/// begins with "Bank", is a firm's, not a person's, wherever a verb of speech or a measure would make a person of it; a
/// firm so named is then the actor of its own measures. Names and sentences are our own.
@Suite struct EntityBusinessHeadTests {
    private func analysis(_ text: String) -> TextAnalysis {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-19"))
    }

    private func type(of name: String, in text: String) -> EntityType? {
        analysis(text).entities.first { $0.name == name || $0.aliases.contains(name) }?.type
    }

    @Test(arguments: [
        ("Larchmont Trade said on Monday that it would stop selling crypto in Oregon.", "Larchmont Trade"),
        ("Quillon Payments said the outage was over.", "Quillon Payments"),
        ("Vesterby Custody told clients to move their coins by May.", "Vesterby Custody"),
        ("Harrow Street Ledger reported the fine first.", "Harrow Street Ledger"),
        ("On Tuesday, Bank Ostrowski said it would block card payments to exchanges.", "Bank Ostrowski"),
        ("Tamsin Remit said fees would fall.", "Tamsin Remit"),
    ])
    func aWordOfTradeKeepsTheNameAFirms(_ text: String, _ name: String) {
        #expect(type(of: name, in: text) == .organization, "\(analysis(text).entities.map { "\($0.name):\($0.type)" })")
    }

    @Test(arguments: [
        ("Jane Roe said the ruling was narrow.", "Jane Roe"),
        ("Carl Ledgerwood said the exchange would appeal.", "Carl Ledgerwood"),
        ("Mira Tradescant said fees would fall.", "Mira Tradescant"),
        ("Hubert Coinley told reporters the ban was unfair.", "Hubert Coinley"),
    ])
    func peopleWhoseNamesOnlyStartLikeThoseWordsStayPeople(_ text: String, _ name: String) {
        #expect(type(of: name, in: text) == .person, "\(analysis(text).entities.map { "\($0.name):\($0.type)" })")
    }

    @Test(arguments: [
        ("Larchmont Trade halts crypto purchases in Oregon\n\nPORTLAND — Larchmont Trade said on Monday that customers in Oregon will no longer be able to buy crypto on its platform from June 30, ahead of the state's new licensing rule. The Oregon Division of Financial Regulation said in May that it had received 40 applications.",
         "no longer be able to buy", "Larchmont Trade"),
        ("Crypto payments curbed in Poland\n\nWARSAW — From March 2, Bank Ostrowski will reject card payments to crypto firms that are not licensed under MiCA, it said on Tuesday.",
         "will reject card payments", "Bank Ostrowski"),
        ("Vesterby Custody pauses euro deposits\n\nCOPENHAGEN — Vesterby Custody said on Monday that it has paused euro deposits by bank transfer until further notice. The Danish Financial Supervisory Authority said it was aware of the decision.",
         "has paused euro deposits", "Vesterby Custody"),
    ])
    func aFirmSoNamedIsTheActorOfItsOwnMeasure(_ text: String, _ phrase: String, _ firm: String) {
        let statement = analysis(text).statements.first { $0.text.contains(phrase) }
        #expect(statement?.actor == firm, "\(analysis(text).statements.map { ($0.text.prefix(40), $0.actor) })")
    }
}
