import Testing
@testable import Extractor

/// A legislature described by its members or in lower case ("Estonian MPs back ...", "Swedish lawmakers voted for ...")
/// is the legislature the article names, and so are the provisions of its bill. Members picked out ("several senators
/// would rather ..."), and lawmakers who are only told something (", the minister told lawmakers"), are not the
/// legislature. Texts we wrote.
@Suite struct LegislatureDescriptionActorTests {
    private func actor(of quote: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-14")).statements
        return statements.first(where: { $0.text.contains(quote) }).map(\.actor)
    }

    private static let estonia = "Estonian MPs back 12% levy on crypto profits\n\nTALLINN — Estonian MPs on Thursday backed a bill that would levy 12% on profits from crypto-assets from January, sending it to a second reading in the National Assembly.\n\nPlatforms would have to send the Tax and Customs Board a yearly statement for each client."
    private static let sweden = "Swedish lawmakers approve levy on token profits\n\nSTOCKHOLM — Swedish lawmakers on Wednesday voted for a bill that would levy 20% on token profits from January. Brokers would have to file a yearly statement of each client's disposals with the Tax Agency. The Riksdag will hold its final vote in June."
    private static let poll = "Poll finds senators split on stablecoins\n\nBERLIN — Several senators would rather ban dollar stablecoins at shop tills, a poll of members of the Federal Assembly found. Banks will have to flag stablecoin transfers to the tax office from July, the finance minister told lawmakers on Tuesday."

    /// (text, a statement's words, the legislature that acts)
    @Test(arguments: [
        (estonia, "Estonian MPs back 12% levy", "National Assembly"),
        (estonia, "Estonian MPs on Thursday backed a bill", "National Assembly"),
        (estonia, "would have to send the Tax and Customs Board", "National Assembly"),
        (sweden, "Swedish lawmakers approve levy", "Riksdag"),
        (sweden, "Swedish lawmakers on Wednesday voted for a bill", "Riksdag"),
        (sweden, "would have to file a yearly statement", "Riksdag"),
    ])
    func aDescribedLegislatureIsTheOneTheArticleNames(text: String, quote: String, legislature: String) {
        #expect(actor(of: quote, in: text) == .some(legislature), "\(String(describing: actor(of: quote, in: text)))")
    }

    /// (text, a statement's words)
    @Test(arguments: [
        (poll, "Several senators would rather ban dollar stablecoins"),
        (poll, "the finance minister told lawmakers"),
    ])
    func membersPickedOutOrToldAreNotTheLegislature(text: String, quote: String) {
        #expect(actor(of: quote, in: text) != .some("Federal Assembly"), "\(String(describing: actor(of: quote, in: text)))")
    }
}
