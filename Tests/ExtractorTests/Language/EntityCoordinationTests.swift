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
