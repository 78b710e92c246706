import Testing
@testable import Extractor

/// A name described beside it as a state body ("the country's financial intelligence unit, the ...", "the state power
/// utility ...", "..., the anti-money-laundering agency that ...") is an authority of the article; a company that a
/// clause after it quotes a regulator on, an industry's own body and a private service are not.
@Suite struct DescribedStateBodyTests {
    /// Whether the description before or the appositive after the name, from its first word to its last, calls it a state body.
    private func isDescribedAsStateBody(_ sentence: String, first: String, last: String) -> Bool? {
        let tokens = Tokenizer().tokens(of: Array(sentence.unicodeScalars))
        guard let start = tokens.firstIndex(where: { $0.text == first }),
              let final = tokens[start...].firstIndex(where: { $0.text == last }) else { return nil }
        return ArticleContext.describesStateBody(ArticleContext.descriptionBefore(start, tokens))
            || ArticleContext.describesStateBody(ArticleContext.appositiveAfter(final + 1, tokens))
    }

    @Test(arguments: [
        ("Chile's financial intelligence unit, the Unidad de Análisis Financiero, issued a guideline on Monday.", "Unidad", "Financiero"),
        ("Ruritania's state power utility VOLTCO will stop signing contracts with miners.", "VOLTCO", "VOLTCO"),
        ("The FIDU, the anti-money-laundering agency that reports to the ministry, set the deadline.", "FIDU", "FIDU"),
        ("Ruritania's central bank, the Banco Nacional de Ruritania, told lenders to close the accounts.", "Banco", "Ruritania"),
        ("The SFBR, the country's securities regulator, fined two exchanges.", "SFBR", "SFBR"),
        ("Elbonia's national electricity company ELCO raised the tariff for miners.", "ELCO", "ELCO"),
    ])
    func aNameDescribedAsAStateBodyIsAnAuthority(sentence: String, first: String, last: String) {
        #expect(isDescribedAsStateBody(sentence, first: first, last: last) == true)
    }

    @Test(arguments: [
        ("The agency revoked the licence of Zephyr Coin, the regulator said on Monday.", "Zephyr", "Coin"),
        ("Japan's crypto industry self-regulator, the JCIA, adopted a new rule.", "JCIA", "JCIA"),
        ("The news agency Kyodo reported the plan first.", "Kyodo", "Kyodo"),
        ("The credit rating agency Moorland cut the bank's rating.", "Moorland", "Moorland"),
        ("The central bank's payments partner NovaPay will run the pilot.", "NovaPay", "NovaPay"),
        ("The private power utility GridCo will keep supplying miners.", "GridCo", "GridCo"),
        ("Halvard, the crypto exchange that won a licence in May, will list the token.", "Halvard", "Halvard"),
        ("Under the deal, the Velta Group will sell its stake.", "Velta", "Group"),
    ])
    func aCompanyOrAnIndustrysBodyIsNot(sentence: String, first: String, last: String) {
        #expect(isDescribedAsStateBody(sentence, first: first, last: last) == false)
    }
}
