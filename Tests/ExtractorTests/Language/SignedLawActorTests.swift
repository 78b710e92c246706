import Testing
@testable import Extractor

/// Once the head of state or government has signed a law ("Montana's governor signs ... act", "The president of Costa
/// Rica signed the digital assets law"), its provisions are the country's or the state's, not the legislature's that
/// passed it nor the regulator's they name as licensing ("will need a licence from the central bank"). A bill the
/// legislature has adopted but nobody has signed stays the legislature's, and so does the legislature's own vote.
/// Texts we wrote.
@Suite struct SignedLawActorTests {
    private func actor(of quote: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-14")).statements
        return statements.first(where: { $0.text.contains(quote) }).map(\.actor)
    }

    private static let montanaSigned = "Montana's governor signs token payments act\n\nHELENA — Drivers will be able to pay vehicle fees in dollar-backed stablecoins from August 1 under an act the Montana Legislature adopted in March and the governor signed on Friday.\n\nThe Montana Legislature adopted the act by 70 votes to 30. Agencies must swap each token payment for dollars on the day they receive it."
    private static let costaRica = "Costa Rica's president signs exchange licensing law\n\nSAN JOSE — The president of Costa Rica signed the digital assets law on Monday, a month after the Legislative Assembly voted for it.\n\nPlatforms will need a licence from the Central Bank of Costa Rica from March 1. Platforms that are active today can keep trading until the end of June."
    private static let montanaPending = "Montana lawmakers send token payments act to governor\n\nHELENA — The Montana Legislature on Friday adopted an act that would let drivers pay vehicle fees in dollar-backed stablecoins. The governor has not said whether he will sign it.\n\nAgencies would have to swap each token payment for dollars on the day they receive it."

    /// (text, a provision's words, the country or state whose law it is)
    @Test(arguments: [
        (montanaSigned, "Drivers will be able to pay vehicle fees", "Montana"),
        (montanaSigned, "Agencies must swap each token payment", "Montana"),
        (costaRica, "will need a licence from the Central Bank of Costa Rica", "Costa Rica"),
        (costaRica, "Platforms that are active today can keep trading", "Costa Rica"),
    ])
    func aSignedLawIsItsPolitys(text: String, quote: String, polity: String) {
        #expect(actor(of: quote, in: text) == .some(polity), "\(String(describing: actor(of: quote, in: text)))")
    }

    /// (text, a statement's words, the legislature that keeps it)
    @Test(arguments: [
        // The legislature's own vote.
        (montanaSigned, "adopted the act by 70 votes to 30", "Montana Legislature"),
        // An act adopted but not signed.
        (montanaPending, "adopted an act that would let drivers pay", "Montana Legislature"),
        (montanaPending, "Agencies would have to swap each token payment", "Montana Legislature"),
    ])
    func anUnsignedActOrAVoteStaysTheLegislatures(text: String, quote: String, legislature: String) {
        #expect(actor(of: quote, in: text) == .some(legislature), "\(String(describing: actor(of: quote, in: text)))")
    }
}
