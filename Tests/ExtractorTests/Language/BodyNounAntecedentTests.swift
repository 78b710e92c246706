import Testing
@testable import Extractor

/// "The committee said", "the bureau ordered", "the unit had ... blocked": a public body's head noun with "the" refers
/// back to the last authority named whose name holds it, not to another authority the text names. Texts we wrote.
@Suite struct BodyNounAntecedentTests {
    private func actor(of phrase: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-18")).statements
        return statements.first(where: { $0.text.contains(phrase) }).map(\.actor)
    }

    /// (text, a phrase of the sentence, the body referred to): another authority acts in between.
    @Test(arguments: [
        ("Standard setters split on crypto\n\nThe Basel Committee on Banking Supervision delayed its crypto capital standard by a year. The Financial Stability Board said on Monday it will publish new stablecoin guidance in July. Banks that already apply the standard may keep applying it, the committee said.",
         "may keep applying it", "Basel Committee on Banking Supervision"),
        ("India tightens exchange rules\n\nOffshore exchanges have had to register with the Financial Intelligence Unit-India since 2023. The Supreme Court of India on Tuesday declined to hear a challenge to the crypto tax. The unit had the websites of four unregistered exchanges blocked in January.",
         "had the websites", "Financial Intelligence Unit-India"),
        ("Macau casinos told to refuse crypto\n\nThe Gaming Inspection and Coordination Bureau told casino operators on Monday to stop accepting stablecoins from March 1. The Monetary Authority of Macao also warned residents about unlicensed exchanges. Casinos must also train staff to spot stablecoin payments, the bureau said.",
         "must also train staff", "Gaming Inspection and Coordination Bureau"),
        ("New York fines custodian\n\nThe New York Department of Financial Services fined Ridgeway Trust $5 million on Tuesday. The Office of the Comptroller of the Currency granted the firm a national charter in May. Ridgeway must hire a monitor within 60 days, the department said.",
         "must hire a monitor", "New York Department of Financial Services"),
        ("EU ministers agree crypto tax rules\n\nThe Council of the European Union agreed on Friday that platforms must report users' holdings from 2028. The European Commission said on Friday it will propose separate rules for stablecoin issuers. Small platforms will get an extra year, the council said.",
         "Small platforms will get", "Council of the European Union"),
    ])
    func aBodyNounRefersToTheAuthorityNamedWithIt(text: String, phrase: String, body: String) {
        #expect(actor(of: phrase, in: text) == .some(body), "\(String(describing: actor(of: phrase, in: text)))")
    }

    /// (text, a phrase of the sentence, the actor): no authority named holds the noun, so it refers to nothing new.
    @Test(arguments: [
        ("Thai regulator tightens custody rules\n\nThe Securities and Exchange Commission of Thailand ordered exchanges on Monday to keep client coins in cold wallets. Firms have until June to comply, the commission said.",
         "Firms have until June", "Securities and Exchange Commission of Thailand"),
        ("Kenya licenses exchanges\n\nThe Capital Markets Authority said on Monday that exchanges must register by June 30. Unlicensed platforms will be blocked, the authority said.",
         "will be blocked", "Capital Markets Authority"),
        ("Brazil central bank caps transfers\n\nThe Banco Central do Brasil said on Monday that stablecoin transfers abroad will be capped at $100,000 a month. Banks must report larger transfers, the bank said.",
         "Banks must report", "Banco Central do Brasil"),
        ("Swiss regulator warns on staking\n\nFINMA warned investors on Tuesday about unlicensed staking services. Providers must hold a banking licence, the regulator said.",
         "Providers must hold", "FINMA"),
        ("Ghana central bank licenses platforms\n\nThe Bank of Ghana said on Monday that crypto platforms must be licensed by March. Firms that miss the deadline will be fined, the central bank said.",
         "will be fined", "Bank of Ghana"),
    ])
    func aBodyNounWithoutItsNamesakeKeepsTheStorysIssuer(text: String, phrase: String, actor expected: String) {
        #expect(actor(of: phrase, in: text) == .some(expected), "\(String(describing: actor(of: phrase, in: text)))")
    }
}
