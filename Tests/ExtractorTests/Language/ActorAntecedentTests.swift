import Testing
@testable import Extractor

/// A sentence without an issuer of its own takes one the text has already named (or names in the next sentence);
/// in a digest of unrelated items, an authority named only in a later item issues nothing in the items before it.
/// Texts we wrote.
@Suite struct ActorAntecedentTests {
    private func actor(of phrase: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-05-22")).statements
        return statements.first(where: { $0.text.contains(phrase) }).map(\.actor)
    }

    /// Digests whose authority comes last: (text, a sentence before it, the authority).
    @Test(arguments: [
        ("Daily crypto wrap\n\nBitcoin rose 1% to $88,000 on Tuesday. Nordfund announced it will begin allowing trading of crypto funds on its platform. Two executives of Lumex were sued over an alleged insider-trading scheme. Ether was flat. Separately, the Securities and Exchange Commission said it would review its custody rules.",
         "were sued", "Securities and Exchange Commission"),
        ("Daily crypto wrap\n\nBitcoin rose 1% to $88,000 on Tuesday. Nordfund announced it will begin allowing trading of crypto funds on its platform. Kestrel secured a payments licence in Singapore. Ether was flat. Separately, the Securities and Exchange Commission said it would review its custody rules.",
         "Kestrel secured", "Securities and Exchange Commission"),
        ("Weekly roundup\n\nBitcoin ended the week 3% higher. Orbitex said it will stop serving customers in Canada from June. Tallow Pay won an e-money licence in Lithuania. A former trader at Brightline was charged with wire fraud. Meanwhile, the Financial Conduct Authority warned consumers about unregistered crypto ATMs.",
         "Tallow Pay won", "Financial Conduct Authority"),
        ("Weekly roundup\n\nBitcoin ended the week 3% higher. Orbitex said it will stop serving customers in Canada from June. Tallow Pay won an e-money licence in Lithuania. Solana fees fell. A former trader at Brightline was charged with wire fraud. Meanwhile, the Financial Conduct Authority warned consumers about unregistered crypto ATMs.",
         "Orbitex said", "Financial Conduct Authority"),
        ("Market notes\n\nEther slipped 2% on Monday. Halvard Bank was fined over late filings of its own. Dogecoin rallied. Cardano was flat. Late on Monday, the Central Bank of Ireland published new guidance for payment firms.",
         "was fined", "Central Bank of Ireland"),
    ])
    func aDigestsLaterAuthorityIssuesNothingBeforeIt(text: String, phrase: String, authority: String) {
        #expect(actor(of: phrase, in: text) != .some(authority), "\(String(describing: actor(of: phrase, in: text)))")
    }

    /// One story: a sentence without an issuer takes the one already named, or named in the next sentence.
    @Test(arguments: [
        ("Thailand tightens crypto custody rules\n\nThe Securities and Exchange Commission of Thailand on Monday ordered exchanges to verify every customer by video call. Exchanges were also ordered to keep at least 95% of client assets in cold wallets.",
         "also ordered", "Securities and Exchange Commission of Thailand"),
        ("Crypto exchanges ordered to close in Nigeria\n\nThe Central Bank of Nigeria ordered all crypto exchanges operating in the country to close by Friday. Banks were told to freeze the accounts of exchanges that do not comply.",
         "were told", "Central Bank of Nigeria"),
        ("Crypto exchanges ordered to close in Nigeria\n\nThe Central Bank of Nigeria ordered all crypto exchanges operating in the country to close by Friday.",
         "ordered to close in Nigeria", "Central Bank of Nigeria"),
        ("Kenya crypto rules\n\nKenyan lenders were barred on Monday from holding crypto on their own books. The order was issued by the Central Bank of Kenya, which said banks had until June to sell their holdings.",
         "were barred", "Central Bank of Kenya"),
        ("Peru tightens exchange rules\n\nThe Superintendencia de Banca, Seguros y AFP said on Monday that exchanges must report transfers above $1,000. Bitcoin was little changed. Firms were also ordered to appoint a compliance officer by June.",
         "appoint a compliance officer", "Superintendencia de Banca, Seguros y AFP"),
    ])
    func aStorysIssuerIsLentToItsLaterSentences(text: String, phrase: String, authority: String) {
        #expect(actor(of: phrase, in: text) == .some(authority), "\(String(describing: actor(of: phrase, in: text)))")
    }
}
