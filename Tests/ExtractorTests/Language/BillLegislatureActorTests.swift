import Testing
@testable import Extractor

/// A bill that is the clause's subject ("A bill before the National Assembly would require ...", "A bill to license
/// exchanges passed its first reading") is the legislature's the sentence names, else the article's only legislature's,
/// not the regulator's the article is about or the bill names; a bill whose author the sentence names keeps it. Texts we
/// wrote.
@Suite struct BillLegislatureActorTests {
    private func actor(of phrase: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).statements
        return statements.first(where: { $0.text.contains(phrase) }).map(\.actor)
    }

    /// (text, a phrase of the sentence, the legislature)
    @Test(arguments: [
        ("Ruritania regulator warns on unlicensed exchanges\n\nThe Financial Services Board of Ruritania warned investors on Monday about five unlicensed exchanges. A bill before the National Assembly would require exchanges to register with the board.",
         "A bill before", "National Assembly"),
        ("Lakeland regulator flags kiosks\n\nThe Lakeland Division of Banking said on Monday it had found 40 unlicensed crypto kiosks. A bill that would cap kiosk deposits at $1,000 a day passed the Lakeland Senate last week.",
         "A bill that would cap", "Senate"),
        ("Ruritania bank supervisor fines exchange\n\nThe Superintendency of Banks of Ruritania fined Volta Coins $50,000 on Monday. Congress is debating rules for crypto firms. A bill to license crypto exchanges passed its first reading in March.",
         "A bill to license", "Congress"),
    ])
    func aBillIsItsLegislatures(text: String, phrase: String, legislature: String) {
        #expect(actor(of: phrase, in: text) == .some(legislature), "\(String(describing: actor(of: phrase, in: text)))")
    }

    /// (text, a phrase of the sentence, the issuer): the sentence names the bill's author, or no bill is the subject.
    @Test(arguments: [
        ("Ruritania ministry drafts crypto bill\n\nThe Ministry of Finance of Ruritania published a draft on Monday. A bill drafted last month by the Ministry of Finance of Ruritania would require exchanges to obtain a licence at the central bank.",
         "A bill drafted", "Ministry of Finance of Ruritania"),
        ("Ruritania regulator licenses exchange\n\nThe Financial Services Board of Ruritania licensed Volta Coins on Monday. The National Assembly is debating new rules. Exchanges must register with the board before serving clients.",
         "Exchanges must register", "Financial Services Board of Ruritania"),
    ])
    func otherwiseTheIssuerStays(text: String, phrase: String, issuer: String) {
        #expect(actor(of: phrase, in: text) == .some(issuer), "\(String(describing: actor(of: phrase, in: text)))")
    }
}
