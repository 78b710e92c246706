import Testing
@testable import Extractor

/// A crypto compliance rulebook drafts nothing from policy news about anything else.
@Suite struct CryptoRelevanceTests {
    private func announcements(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-10")).announcements
    }

    @Test(arguments: [
        """
        Supreme Court bans firecrackers in the capital
        The Supreme Court of India on Monday banned the sale of firecrackers in Delhi from June 20, citing air pollution.
        """,
        """
        Ministry caps rents in the capital
        The Ministry of Housing of Portugal will cap rent increases at 2% from July 1, it said on Monday.
        Landlords must register every lease with the tax office.
        """,
        """
        Space agency restricts launches
        The European Space Agency will restrict launches from its Kourou site from July 1, it said on Monday.
        """,
        """
        Regulator fines airline over delays
        The Civil Aviation Authority of Ireland on Monday fined an airline 2 million euros for delays, effective June 9.
        The airline said it would appeal. Its shares fell 2% after it also said it would sell bitcoin it held.
        """,
    ])
    func policyNewsAboutAnythingElseHasNone(text: String) {
        #expect(announcements(text).isEmpty)
    }

    @Test(arguments: [
        """
        Portugal bans crypto ads
        The Bank of Portugal will ban crypto advertising on television from July 1, it said on Monday.
        """,
        """
        Regulator caps leverage on bitcoin futures
        The Central Bank of Ireland will cap leverage on bitcoin futures at two times from July 1.
        """,
        """
        Ministry taxes digital assets
        The Ministry of Finance of Portugal will tax gains on digital assets at 28% from January 1, it said on Monday.
        """,
        """
        Central bank licenses stablecoin issuers
        The Central Bank of Ireland will license issuers of euro stablecoins from July 1, it said on Monday.
        """,
    ])
    func cryptoPolicyNewsKeepsItsAnnouncement(text: String) {
        #expect(!announcements(text).isEmpty)
    }
}

/// Which words speak of crypto.
@Suite struct CryptoVocabularyTests {
    @Test(arguments: [
        ("Exchanges must register with the agency.", "Exchanges", true),
        ("The ban covers crypto-asset service providers.", "crypto", true),
        ("Holders of digital assets must declare them.", "assets", true),
        ("Banks may hold virtual currencies for clients.", "currencies", true),
        ("Custodians must segregate client coins.", "Custodians", true),
        ("Shares rose on the stock exchange on Monday.", "exchange", false),
        ("The foreign exchange market was calm.", "exchange", false),
        ("The bank sold the plant in exchange for shares.", "exchange", false),
        ("The exchange rate fell to a record low.", "exchange", false),
        ("The agency froze the assets of the company.", "assets", false),
    ])
    func cryptoWordsAndNotTheirNamesakes(sentence: String, word: String, isCrypto: Bool) {
        let tokens = Tokenizer().tokens(of: Array(sentence.unicodeScalars))
        guard let index = tokens.firstIndex(where: { $0.text == word }) else {
            Issue.record("no \(word)")
            return
        }
        #expect(ArticleContext.namesCrypto(tokens, at: index) == isCrypto)
    }
}
