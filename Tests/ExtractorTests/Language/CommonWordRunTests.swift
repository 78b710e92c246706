import Testing
@testable import Extractor

/// Capitalized runs of common words name nothing: a demonym with the plural of a common acronym ("Czech MPs", "EU CEOs")
/// and a grade or a document's part before its number at the end of a run ("Common Equity Tier 1"), members of parties
/// ("Democrats", "Tories"), languages ("in Arabic"), a word for the country after "the" ("in the State") and a
/// hyphenated common word opening a sentence ("Op-ed: ..."). Names with such words inside keep them. Sentences are our own.
@Suite struct CommonWordRunTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).entities.map(\.name)
    }

    @Test(arguments: [
        "Polish MPs back a crypto tax.",
        "Several Kenyan MPs opposed the levy on Tuesday.",
        "The vote split British MEPs.",
        "Many MPs want a lower rate.",
        "Twelve European CEOs signed the letter.",
        "Banks must deduct exposures from Common Equity Tier 1 capital.",
        "The rollout enters Pilot Phase 2 next year.",
        "Miners in Tariff Level 3 pay more.",
        "Savers pay tax in Box 3 on a notional return.",
        "The code was added to Volume 6 of the rulebook.",
        "Op-ed: Regulators should settle the question now.",
        "Pan-African exchanges grew last year.",
        "The bill passed 268-157, with 52 Democrats joining most Republicans.",
        "On Monday, Tories and Greens opposed the levy.",
        "The regulator published the notice in Arabic on Monday.",
        "Most influencers in the region post in Swahili and in Hindi.",
        "Payment tokens may be used in the State only to buy virtual assets.",
        "She was the first witness for the State in the trial.",
        "The president of the Republic signed the decree on Monday.",
    ])
    func commonWordsNameNothing(_ text: String) {
        #expect(names(text).isEmpty)
    }

    @Test(arguments: [
        ("MPS Capital Services sold the bonds on Monday.", "MPS Capital Services"),
        ("Tier Capital Partners raised a fund on Monday.", "Tier Capital Partners"),
        ("Quorvex Round Table members met in Oslo.", "Quorvex Round Table"),
        ("The MPs' group Fair Tax Now said no.", "Fair Tax Now"),
        ("The Tessaly Greens Party backed the levy on Monday.", "Tessaly Greens Party"),
        ("Democrats Abroad Tessaly held a meeting on Monday.", "Democrats Abroad Tessaly"),
        ("The token trades on Arabic Ledger Exchange from Monday.", "Arabic Ledger Exchange"),
        ("Volume Labs said on Monday it raised 5 million euros.", "Volume Labs"),
        ("Coin-Hub, a Lagos exchange, said on Monday it had won a licence.", "Coin-Hub"),
        ("Rates rose, said Dana Lindqvist-Amara. Lindqvist-Amara added that more would follow.", "Dana Lindqvist-Amara"),
        ("The State Bank of Tessaly raised rates on Monday.", "State Bank of Tessaly"),
        ("Investors in the Republic of Tessaly lost money.", "Republic of Tessaly"),
    ])
    func namesWithSuchWordsStay(_ text: String, _ name: String) {
        #expect(names(text).contains(name))
    }
}

/// A digest's headline in capitals runs names and common words together: only the words the text writes as names in its
/// prose name something ("VELMORA" in "VELMORA GIVES EXCHANGES UNTIL ..."). A run none of whose words the prose names, such
/// as a byline in capitals, stays as it is. Sentences are our own.
@Suite struct CapitalsHeadlineTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze("Digest\n\n" + text, published: CalendarDay(iso: "2026-05-12")).entities.map { $0.name.lowercased() }
    }

    @Test(arguments: [
        ("1. TAX: VELMORA GIVES EXCHANGES UNTIL 30 MAY TO REPORT\n\nVelmora, the tax office of Tessaly, said on Monday that exchanges must report their trades.",
         ["velmora"], ["gives", "exchanges", "until"]),
        ("2. STABLECOINS: ORLEN PAY TO DELIST KORU DOLLAR FOR EEA USERS\n\nThe exchange Orlen Pay said it would stop trading Koru Dollar for users in the EEA.",
         ["orlen pay", "koru dollar"], ["delist", "users", "for eea"]),
        ("3. BANKS: TESSAWIG SPARKASSE ADDS BITCOIN\n\nThe savings bank Tessawig Sparkasse began offering bitcoin to its clients.",
         ["tessawig sparkasse"], ["adds"]),
    ])
    func onlyWordsTheProseNamesNameSomething(_ text: String, _ kept: [String], _ dropped: [String]) {
        let found = names(text)
        for name in kept { #expect(found.contains(name), "\(name) in \(found)") }
        for word in dropped { #expect(!found.contains { $0.contains(word) }, "\(word) in \(found)") }
    }

    @Test(arguments: [
        ("By KOFI ANSAH-LUND\n\nThe regulator fined the exchange on Monday.", "kofi ansah-lund"),
        ("By AMARA OSEI-LUND AND KOFI ANSAH-LUND\n\nThe regulator fined the exchange on Monday.", "amara osei-lund"),
        ("PHOTO | FILE | LINDIWE MAZIBUKO-ROSS\n\nThe regulator fined the exchange on Monday.", "lindiwe mazibuko-ross"),
    ])
    func aRunTheProseNeverNamesStays(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }
}
