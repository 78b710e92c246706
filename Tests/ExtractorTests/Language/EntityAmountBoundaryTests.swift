import Testing
@testable import Extractor

/// An amount in a currency written before its number and a magnitude ("R12 million", "N1 billion") ends the name before
/// it, with the small word between them, and is no name itself; a name with figures in it stays. Sentences are our own.
@Suite struct EntityAmountBoundaryTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-20")).entities.map(\.name)
    }

    @Test(arguments: [
        ("The regulator fined Marula Digital R12 million on Tuesday.", "Marula Digital"),
        ("The commission settled with Kalinga Exchange for P40 million last week.", "Kalinga Exchange"),
        ("Okapi Vault N3 billion in capital is required, the central bank said of Okapi Vault.", "Okapi Vault"),
    ])
    func anAmountEndsTheNameBeforeIt(_ text: String, _ name: String) {
        let found = names(text)
        #expect(found.contains(name), "\(found)")
        #expect(!found.contains { $0.hasPrefix(name + " ") }, "\(found)")
    }

    @Test(arguments: [
        ("Residents may send up to R1 million a year abroad, the Tessaly bank said.", "R1"),
        ("Each exchange must hold N2 billion in paid-up capital, the Tessaly commission said.", "N2"),
    ])
    func anAmountAloneNamesNothing(_ text: String, _ wrong: String) {
        #expect(!names(text).contains(wrong), "\(names(text))")
    }

    @Test(arguments: [
        ("Kestrel Web3 Labs said on Monday it would open an office in Tessaly.", "Kestrel Web3 Labs"),
        ("Ledger K9 Partners raised $4 million, the company said.", "Ledger K9 Partners"),
    ])
    func aNameWithFiguresStays(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }
}
