import Testing
@testable import Extractor

/// Names given as examples ("such as", "including", "like", "namely") and joined by "and" are two names, though the first
/// does not end in a company's word; an institution with "and" in its name stays whole. Sentences are our own.
@Suite struct ExampleListTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).entities.map(\.name)
    }

    @Test(arguments: [
        ("Exchanges such as Velkor Pro and Andes Exchange said they were testing it.", ["Velkor Pro", "Andes Exchange"]),
        ("Lenders including Brixwell and Quorvex Finance paused loans.", ["Brixwell", "Quorvex Finance"]),
        ("Wallets like Zephra Vault and Korvin Wallet added the token.", ["Zephra Vault", "Korvin Wallet"]),
        ("Two firms, namely Tessaro Pay and Lumen Exchange, left the market.", ["Tessaro Pay", "Lumen Exchange"]),
        ("Platforms such as Kora Markets and Tundra Exchange must register.", ["Kora Markets", "Tundra Exchange"]),
    ])
    func examplesJoinedByAndAreTwoNames(_ text: String, _ expected: [String]) {
        let found = names(text)
        #expect(expected.allSatisfy { found.contains($0) })
    }

    @Test(arguments: [
        ("Regulators such as the Securities and Exchange Commission warned investors.", "Securities and Exchange Commission"),
        ("Bodies including the Capital Markets and Securities Authority met.", "Capital Markets and Securities Authority"),
        ("Authorities such as the Ministry of Finance and Economic Planning acted.", "Ministry of Finance and Economic Planning"),
        ("Exchanges such as Velkor Pro and others paused withdrawals.", "Velkor Pro"),
        ("Watchdogs including the Financial Services and Markets Authority agreed.", "Financial Services and Markets Authority"),
    ])
    func institutionsWithAndInTheirNameStayWhole(_ text: String, _ name: String) {
        #expect(names(text).contains(name))
    }
}
