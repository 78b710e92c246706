import Testing
@testable import Extractor

/// Two names joined by "and" are two when the first is complete (a known name, or one that ends in a legal form or a
/// company's head word); an institution with "and" inside its name stays whole. Names and sentences are our own.
@Suite struct EntityCoordinationTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-19")).entities.map { "\($0.name)|\($0.type.rawValue)" }
    }

    @Test(arguments: [
        ("The funds are run by Quanta Capital Partners and Borealis Investments Inc., filings show.",
         ["Quanta Capital Partners|organization", "Borealis Investments Inc.|organization"]),
        ("Shares trade on Nasdaq and Velmor Stock Exchange from Friday.", ["Nasdaq|organization", "Velmor Stock Exchange|organization"]),
        ("Applicants include Pellan Ledger Ltd and Kito Digital, the regulator said.", ["Pellan Ledger Ltd|organization", "Kito Digital|organization"]),
        ("Tessar Holdings and Mirow Labs signed the deal.", ["Tessar Holdings|organization", "Mirow Labs|organization"]),
        ("Loans came from Ostra Bank AG and Selvane Trust.", ["Ostra Bank AG|organization", "Selvane Trust|organization"]),
    ])
    func twoCompleteNamesJoinedByAndAreTwo(_ text: String, _ expected: [String]) {
        let found = names(text)
        for name in expected { #expect(found.contains(name), "\(name) in \(found)") }
    }

    @Test(arguments: [
        ("The regulator named the firms as Kelvora Markets, Dantry Exchange, Lumo Trade and Pexa Capital on Monday.",
         ["Lumo Trade|organization", "Pexa Capital|organization"]),
        ("The blocked sites include Tarnow Trade, Belvik Pro and Oshana Markets, the court said.",
         ["Belvik Pro|organization", "Oshana Markets|organization"]),
        ("Bids came from Velmor Bank, Istra Yield and Corran Capital.", ["Istra Yield|organization", "Corran Capital|organization"]),
    ])
    func theLastAndOfAListOfNamesJoinsTwoMembers(_ text: String, _ expected: [String]) {
        let found = names(text)
        for name in expected { #expect(found.contains(name), "\(name) in \(found)") }
    }

    @Test(arguments: [
        ("Existing investors Ostra Seed and Lindmark Capital also took part.", ["Ostra Seed|organization", "Lindmark Capital|organization"]),
        ("The regulator cleared two exchanges, Kora Bit and Sable Exchange, to serve residents.",
         ["Kora Bit|organization", "Sable Exchange|organization"]),
        ("Local exchanges Pampero Coin and Velmor Trade may still process withdrawals.",
         ["Pampero Coin|organization", "Velmor Trade|organization"]),
    ])
    func aPluralOfFirmsBeforeTheRunListsTwoNames(_ text: String, _ expected: [String]) {
        let found = names(text)
        for name in expected { #expect(found.contains(name), "\(name) in \(found)") }
    }

    @Test func aLegalFormAfterAndStaysInTheName() {
        #expect(names("Existing investors Smithfield Partners and Co. also took part.").contains("Smithfield Partners and Co.|organization"))
    }

    @Test(arguments: [
        ("Officials from the Ministry of Economy, Trade and Industry met on Friday.", "Ministry of Economy, Trade and Industry|authority"),
        ("Besides the FCA, the Securities and Exchange Commission sued the exchange.", "Securities and Exchange Commission|authority"),
        ("Its critics, Velmor Bank, Ruritania Bankers and Traders Association, objected.",
         "Ruritania Bankers and Traders Association|organization"),
        ("In Tessaly, Velmor and Istra Holdings opened offices.", "Velmor and Istra Holdings|organization"),
    ])
    func aCommaBeforeAnInstitutionWithAndInItsNameKeepsItWhole(_ text: String, _ expected: String) {
        #expect(names(text).contains(expected), "\(names(text))")
    }

    @Test(arguments: [
        ("The Capital Markets and Securities Authority fined the broker.", "Capital Markets and Securities Authority|authority"),
        ("The Securities and Exchange Commission sued the exchange.", "Securities and Exchange Commission|authority"),
        ("The Ministry of Trade and Industry issued the rules.", "Ministry of Trade and Industry|authority"),
        ("Investors sued Pellan Capital and Co. last year.", "Pellan Capital and Co.|organization"),
        ("The Ruritania Bankers and Traders Association objected.", "Ruritania Bankers and Traders Association|organization"),
    ])
    func anInstitutionWithAndInItsNameStaysWhole(_ text: String, _ expected: String) {
        #expect(names(text).contains(expected), "\(names(text))")
    }
}

/// Courts and other bodies named for the place they serve are one name ("U.S. District Court for the Southern District
/// of Tessaly", "Ontario Superior Court of Justice"), also after a judge "of the" court; "and the" between two names
/// makes two. Names and sentences are our own.
@Suite struct CourtNameTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze("Courts today\n\n" + text, published: CalendarDay(iso: "2026-03-19")).entities.map { "\($0.name)|\($0.type.rawValue)" }
    }

    @Test(arguments: [
        ("The U.S. District Court for the Southern District of New York ruled.", "U.S. District Court for the Southern District of New York|authority"),
        ("In March, Judge Ana Ruiz of the U.S. District Court for the Eastern District of Tessaly ruled.",
         "U.S. District Court for the Eastern District of Tessaly|authority"),
        ("Justice Paul Okoro-Lind of the Ontario Superior Court of Justice approved the deal.", "Ontario Superior Court of Justice|authority"),
        ("The Tessaly Superior Court of Justice approved it.", "Tessaly Superior Court of Justice|authority"),
        ("The High Court of Justice in London ruled.", "High Court of Justice|authority"),
        ("Justice Paul Okoro-Lind of the Ontario Superior Court of Justice approved the deal.", "Paul Okoro-Lind|person"),
    ])
    func aCourtNamedForItsPlaceIsOneName(_ text: String, _ expected: String) {
        #expect(names(text).contains(expected), "\(names(text))")
    }

    @Test(arguments: [
        ("The International Court of Justice and the Security Council met.", ["International Court of Justice|authority"]),
        ("Later the Bank of England and the Treasury met.", ["Bank of England|authority", "Treasury|authority"]),
        ("The Ruritania Banking Association and the Tessaly Traders Union objected.",
         ["Ruritania Banking Association|organization", "Tessaly Traders Union|organization"]),
        ("The Senate and the Ministry of Finance will set the rates.", ["Senate|authority", "Ministry of Finance|authority"]),
        ("Police and the Tessaly Energy Commission seized 300 rigs.", ["Tessaly Energy Commission|authority"]),
    ])
    func andTheJoinsTwoNames(_ text: String, _ expected: [String]) {
        let found = names(text)
        for name in expected { #expect(found.contains(name), "\(name) in \(found)") }
    }

    @Test(arguments: [
        ("The firm says it is based in Saint Vincent and the Grenadines.", "Saint Vincent and the Grenadines|location"),
        ("The Financial Services and the Treasury Bureau will consult on the rules.", "Financial Services and the Treasury Bureau|authority"),
    ])
    func aKnownNameWithAndTheInItStaysWhole(_ text: String, _ expected: String) {
        #expect(names(text).contains(expected), "\(names(text))")
        #expect(!names(text).contains { $0.hasPrefix("Saint Vincent|") || $0.hasPrefix("Treasury Bureau|") }, "\(names(text))")
    }

    @Test func aPlaceBeforeAndTheStaysAPlaceOfItsOwn() {
        let found = names("Power came from Manitoba and the U.S. Upper Midwest last year.")
        #expect(found.contains("Manitoba|location"), "\(found)")
        #expect(!found.contains { $0.hasPrefix("U.S. Upper Midwest") }, "\(found)")
    }
}
