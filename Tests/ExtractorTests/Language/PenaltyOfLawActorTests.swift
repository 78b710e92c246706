import Testing
@testable import Extractor

/// A penalty or ban in force that a law sets for an activity, or for anyone who does it ("Operating an exchange without
/// registration is punishable by ...", "anyone who manipulates prices faces a prison term"), is the country's whose law
/// it is, not the regulator's the paragraph is about; a firm or an authority told as facing or setting it keeps its own.
/// Texts we wrote.
@Suite struct PenaltyOfLawActorTests {
    private func actor(of phrase: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements
        return statements.first(where: { $0.text.contains(phrase) }).map(\.actor)
    }

    /// (text, a phrase of the sentence, the country)
    @Test(arguments: [
        ("Lisbon watchdog lists unlicensed apps\n\nPortugal's Securities Market Commission on Monday added six trading apps to its warning list. Running a crypto exchange without a licence has been a criminal offence in Portugal since 2024.",
         "Running a crypto exchange", "Portugal"),
        ("Lithuania flags token scheme\n\nThe Bank of Lithuania warned on Monday about a token scheme run from abroad. Offering crypto services without registration is punishable by up to four years in prison.",
         "Offering crypto services", "Lithuania"),
        ("Ankara watchdog names copy-trading apps\n\nTurkey's Capital Markets Board named nine copy-trading apps on Monday. Anyone who runs a crypto exchange without a licence faces a prison term of up to five years and a fine.",
         "Anyone who runs a crypto exchange", "Turkey"),
        ("Slovakia warns on mining pools\n\nThe National Bank of Slovakia warned savers about two mining pools on Monday. Offenders face fines of up to €500,000 and a ban from the industry.",
         "Offenders face fines", "Slovakia"),
        ("Hanoi warns on payment apps\n\nThe State Bank of Vietnam said on Tuesday it had found four apps that let shoppers pay in tokens. Paying for goods in crypto without a bank licence has been banned in Vietnam since 2018.",
         "Paying for goods in crypto", "Vietnam"),
    ])
    func aPenaltyOfLawInForceIsTheCountrys(text: String, phrase: String, country: String) {
        #expect(actor(of: phrase, in: text) == .some(country), "\(String(describing: actor(of: phrase, in: text)))")
    }

    /// (sentence, whether it states a penalty the law sets for anyone): an activity or anyone for the subject, a penalty in
    /// place; not a firm's, not one still to come, not one credited to whoever says it.
    @Test(arguments: [
        ("Operating an exchange without registration is punishable by up to three years in prison.", true),
        ("Anyone who manipulates token prices faces a prison term of at least one year.", true),
        ("Offenders face fines of up to 50,000 euros.", true),
        ("Trading crypto without a licence has been banned since 2020.", true),
        ("Running an unlicensed exchange will be punishable by up to three years in prison.", false),
        ("Issuing a stablecoin without a licence becomes a criminal offence in October.", false),
        ("Operating without registration is a criminal offence, the agency said.", false),
        ("Offering tokens to residents without a licence is a criminal offence, the regulator reminded investors.", false),
        ("Platforms that breach the code face fines of up to 10 million pesos.", false),
        ("Offering tokens without a licence is banned from March 1.", false),
        ("Existing customers can still withdraw their funds.", false),
    ])
    func readsAPenaltyOfLaw(sentence: String, states: Bool) {
        let tokens = Tokenizer().tokens(of: Array(sentence.unicodeScalars))
        let reader = ClauseReader(tokens[...])
        let clause = reader.mainClause()
        #expect(clause.map { ClauseSense.statesAPenaltyOfLaw($0, in: reader.words) } ?? false == states)
    }

    /// (text, a phrase of the sentence, the issuer): a firm or an authority is the subject, or the penalty is the news.
    @Test(arguments: [
        ("Lisbon watchdog fines exchange\n\nThe Portuguese Securities Market Commission fined Tejo Coins €200,000 on Monday for running an unlicensed crypto exchange, an offence under the securities code.",
         "fined Tejo Coins", "Portuguese Securities Market Commission"),
        ("Ankara watchdog tightens rules\n\nTurkey's Capital Markets Board said on Monday that platforms that breach its custody rules face fines of up to 5 million lira.",
         "platforms that breach", "Capital Markets Board"),
        ("Vilnius regulator suspends exchange\n\nThe Bank of Lithuania suspended the licence of Neris Coins on Monday. The exchange must stop taking new customers until it fixes its controls.",
         "must stop taking new customers", "Bank of Lithuania"),
        ("Bratislava regulator licenses miners\n\nThe National Bank of Slovakia has licensed mining pools since 2025, and existing pools may keep operating under the old rules until June.",
         "existing pools may keep operating", "National Bank of Slovakia"),
    ])
    func anIssuerNamedAsActingKeepsTheMeasure(text: String, phrase: String, issuer: String) {
        #expect(actor(of: phrase, in: text) == .some(issuer), "\(String(describing: actor(of: phrase, in: text)))")
    }
}
