import Testing
@testable import Extractor

/// A measure in force that a state's or a country's own law sets ("Ohio law has required ...", "under Oregon law, ...") is
/// that state's or country's, not the regulator's the article is about; an authority the clause names as acting keeps
/// it. Texts we wrote.
@Suite struct StateLawActorTests {
    private func actor(of phrase: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-04-20")).statements
        return statements.first(where: { $0.text.contains(phrase) }).map(\.actor)
    }

    /// (text, a phrase of the sentence, the place whose law it is)
    @Test(arguments: [
        ("Ohio regulator orders kiosk refunds\n\nThe Ohio Division of Financial Institutions ordered Buckeye Coin on Monday to refund customers. Ohio law has required kiosk operators to hold a money transmitter licence since 2021.",
         "Ohio law has required", "Ohio"),
        ("Oregon fines crypto lender\n\nThe Oregon Division of Financial Regulation fined Cascade Lend $80,000 on Tuesday. Under Oregon law, lenders that take crypto as collateral have had to register with the state since 2022.",
         "lenders that take crypto", "Oregon"),
        ("Nevada exchange expands\n\nSierra Coins said on Monday it would open an office in Reno. Nevada's money transmission law has required exchanges to keep reserves equal to customer balances since 2020.",
         "has required exchanges", "Nevada"),
        ("Kenya licenses first exchange\n\nThe Capital Markets Authority licensed Savanna Exchange on Monday. Kenya's Virtual Asset Service Providers Act has required exchanges to hold a licence since 2025.",
         "has required exchanges", "Kenya"),
    ])
    func aStatesOwnLawInForceIsTheStates(text: String, phrase: String, place: String) {
        #expect(actor(of: phrase, in: text) == .some(place), "\(String(describing: actor(of: phrase, in: text)))")
    }

    /// (text, a phrase of the sentence, the issuer): an authority that the clause names as acting, whatever law it applies.
    @Test(arguments: [
        ("Ohio regulator fines kiosk firm\n\nThe Ohio Division of Financial Institutions has required kiosk operators to post fraud warnings since 2021 under Ohio law.",
         "has required kiosk operators", "Ohio Division of Financial Institutions"),
        ("Texas exchange cuts fees\n\nLone Star Coins cut its trading fees on Monday. The Texas Department of Banking has required exchanges to keep reserves since 2023.",
         "has required exchanges", "Texas Department of Banking"),
    ])
    func anAuthorityActingKeepsTheMeasure(text: String, phrase: String, issuer: String) {
        #expect(actor(of: phrase, in: text) == .some(issuer), "\(String(describing: actor(of: phrase, in: text)))")
    }
}
