import Testing
@testable import Extractor

/// Titles of laws, instruments, codes and standard setters' documents name no entity: a title that ends in "Notice",
/// "Code", "Guidelines" or "Recommendation", one with a bracketed part ("Conduct (Offshore Custodians) Exemption
/// Notice"), and a quoted title after the word for a law ("the law 'On Digital Assets'"). Names beside such words stay.
/// Sentences are our own.
@Suite struct LawTitleTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).entities.map(\.name)
    }

    @Test(arguments: [
        "Funds may rely on the Digital Markets Conduct (Offshore Custodians) Exemption Notice 2027 from June.",
        "Brokers now fall under the Tax Code after a change this spring.",
        "Miners must also follow the Civil Code on leases.",
        "The draft Guidelines respond to a mandate from lawmakers.",
        "Under the revised note to Recommendation 16, countries must license issuers.",
        "The law \u{201C}On Digital Assets\u{201D} never entered into force.",
        "A decree 'On Mining Operations' set the power tariffs.",
        "Parliament's bill \"On Payment Tokens\" passed a first reading.",
        "Issuers must respect the Payment Token (Disclosure) Guidelines 2026 this year.",
        "Banks reported under the Crypto Exposure Circular last quarter.",
    ])
    func lawsInstrumentsAndCodesNameNothing(_ text: String) {
        #expect(names(text).allSatisfy { !["Digital Markets Conduct", "Offshore Custodians", "Exemption Notice", "Tax Code", "Civil Code",
            "Guidelines", "Recommendation", "Digital Assets", "Mining Operations", "Payment Tokens", "Payment Token", "Disclosure",
            "Crypto Exposure Circular"].contains($0) })
        #expect(!names(text).contains { $0.contains("Code") || $0.contains("Notice") || $0.contains("Guideline") || $0.contains("Circular") })
    }

    @Test(arguments: [
        ("Zentora Capital (a Lisbon broker) said it would comply.", ["Zentora Capital", "Lisbon"]),
        ("Kestrel Code Labs raised $5 million from investors.", ["Kestrel Code Labs"]),
        ("A notice from Brixham Exchange said withdrawals resume.", ["Brixham Exchange"]),
        ("On Monday, Ledgerline, whose guidelines are strict, listed the token.", ["Ledgerline"]),
        ("Mira Olsen said the law was weak.", ["Mira Olsen"]),
        ("The exchange Quorvex said \u{201C}On Monday we reopen\u{201D} in a post.", ["Quorvex"]),
    ])
    func namesBesideSuchWordsStay(_ text: String, _ expected: [String]) {
        #expect(names(text) == expected)
    }

    @Test(arguments: [
        ("Banks apply the Capital Requirements Regulation (CRR). Under the CRR, exposures are capped.", "CRR"),
        ("The Payment Services Act (PSA) covers tokens. Firms licensed under the PSA may trade.", "PSA"),
        ("The Digital Operational Resilience Act (DORA) applies. DORA sets testing duties.", "DORA"),
        ("The Transfer of Funds Directive (TFD) was revised; the TFD now covers crypto.", "TFD"),
        ("The Stablecoin Framework (SFW) took effect. Issuers follow SFW rules.", "SFW"),
    ])
    func aLawsAcronymNamesNothing(_ text: String, _ acronym: String) {
        #expect(!names(text).contains(acronym))
    }

    @Test(arguments: [
        ("The Office of Financial Regulation (OFR) fined the lender.", "OFR"),
        ("The Financial Markets Authority (FMA) fined the broker.", "FMA"),
        ("The Securities Regulation Commission (SRC) warned investors.", "SRC"),
        ("The Act Compliance Group (ACG) advises exchanges.", "ACG"),
        ("The Prudential Regulation Authority (PRA) met banks.", "PRA"),
    ])
    func anInstitutionsAcronymStays(_ text: String, _ acronym: String) {
        #expect(TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).entities.contains { $0.aliases.contains(acronym) || $0.name == acronym })
    }

    /// Names on either side of a bracketed part whose law's head comes after the brackets are the title's words; a body
    /// whose short form is bracketed ("the Digital Markets Authority (DMA) said") stays a name.
    @Test(arguments: [
        ("The Payment Services (Amendment) Act, passed last week, requires kiosks to show a warning.", ["Payment Services", "Amendment"]),
        ("The Digital Markets (Crypto Asset Services) Amendment Bill would license every exchange.", ["Digital Markets", "Crypto Asset Services", "Asset Services"]),
        ("The new Token Service Providers (Advertising) Rules take effect in March.", ["Token Service Providers", "Advertising"]),
        ("Lenders must follow the Consumer Credit (Crypto Lending) Regulations 2027 from May.", ["Consumer Credit", "Crypto Lending"]),
        ("Exchanges now answer to the Virtual Trading Authority (Amendment) Act of 2026.", ["Virtual Trading Authority", "Amendment"]),
        ("The Asset Service Providers (ASP) Rules bind every broker from June.", ["Asset Service Providers"]),
    ])
    func wordsBesideABracketedPartOfALawTitleNameNothing(_ text: String, _ titleWords: [String]) {
        #expect(!names(text).contains(where: titleWords.contains), "\(names(text))")
    }

    @Test(arguments: [
        ("A licence from the Digital Markets Authority (DMA) is needed, the ministry said.", "Digital Markets Authority"),
        ("Kestrune Partners (Kestrune) said the Payment Rules apply to it.", "Kestrune Partners"),
        ("The Ruritania Securities Commission (RSC) Act was passed in 2019, and the Ruritania Securities Commission acted.", "Ruritania Securities Commission"),
    ])
    func aBodyBeforeItsBracketedShortFormStaysAName(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }
}
