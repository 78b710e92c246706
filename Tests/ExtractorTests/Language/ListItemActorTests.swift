import Testing
@testable import Extractor

/// The items of a list whose introduction names no issuer ("What the bill would change:", "What the rules require:")
/// are the measure of the article's authority (the legislature that passed the bill, the bank that published the
/// rules), not of the authority the article names most. An introduction that names its issuer gives the items to it,
/// and an article whose main actor is no authority (a firm that settles) leaves them to the authority named most.
/// Texts we wrote.
@Suite struct ListItemActorTests {
    private func actor(of quote: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-14")).statements
        return statements.first(where: { $0.text.contains(quote) }).map(\.actor)
    }

    private static let kenyanBill = "Kenya's National Assembly passes crypto exchange bill\n\nNAIROBI — Kenya's National Assembly on Tuesday passed a bill that would put crypto exchanges under the Capital Markets Authority. The Capital Markets Authority has warned investors about unlicensed platforms several times this year.\n\nWhat the bill would change:\n\n- Exchanges would have to keep customer coins apart from their own.\n\n- Platforms could not lend customer coins to third parties.\n\nUnder its own rules, the Capital Markets Authority said it would require exchanges to:\n\n- publish their reserves every month;\n\n- hold capital of at least 50 million shillings."
    private static let ghanaianRules = "Bank of Ghana sets custody rules for crypto firms\n\nACCRA — The Bank of Ghana on Monday published rules for firms that hold crypto for customers. The Securities and Exchange Commission, which licenses brokers, welcomed the rules. The Securities and Exchange Commission said brokers would follow them too, and the Securities and Exchange Commission will check its own licensees.\n\nWhat the rules require:\n\n- Custodians must keep customer coins in cold storage.\n\n- Custodians may not lend customer coins."
    private static let firmSettles = "Kestrel Exchange settles with New York regulator over lending product\n\nNEW YORK — Kestrel Exchange has agreed to stop offering its lending product to New York residents under a consent order with the Department of Financial Services.\n\nThe Department of Financial Services published the order on Wednesday. The Department of Financial Services said Kestrel had failed to register the product.\n\nUnder the order, Kestrel agreed to:\n\n- pay a fine of $2 million within 30 days;\n\n- hire an independent monitor approved by the department."

    /// (text, an item's words, the article's authority)
    @Test(arguments: [
        (kenyanBill, "Exchanges would have to keep customer coins", "National Assembly"),
        (kenyanBill, "Platforms could not lend customer coins", "National Assembly"),
        (ghanaianRules, "Custodians must keep customer coins in cold storage", "Bank of Ghana"),
        (ghanaianRules, "Custodians may not lend customer coins", "Bank of Ghana"),
    ])
    func anItemWithoutAnIssuerIsTheArticlesAuthoritys(text: String, quote: String, authority: String) {
        #expect(actor(of: quote, in: text) == .some(authority), "\(String(describing: actor(of: quote, in: text)))")
    }

    /// (text, an item's words, the issuer it keeps)
    @Test(arguments: [
        // The introduction names its issuer.
        (kenyanBill, "publish their reserves every month", "Capital Markets Authority"),
        (kenyanBill, "hold capital of at least 50 million shillings", "Capital Markets Authority"),
        // The article's main actor is a firm: the authority the article names most.
        (firmSettles, "pay a fine of $2 million", "Department of Financial Services"),
        (firmSettles, "hire an independent monitor", "Department of Financial Services"),
    ])
    func anItemKeepsItsIntroductionsIssuerOrTheAuthorityNamedMost(text: String, quote: String, issuer: String) {
        #expect(actor(of: quote, in: text) == .some(issuer), "\(String(describing: actor(of: quote, in: text)))")
    }
}
