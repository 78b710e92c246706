import Testing
@testable import Extractor

/// The publication an article's head names ("Hollin Street Ledger | Enforcement") prints the article: its line states no
/// measure, and the measures the article reports are not the publication's. A firm or an authority the body names keeps
/// its own measures. Names and texts are our own, published on Thursday 22 May 2025.
@Suite struct PublicationActorTests {
    private func statements(_ text: String) -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-05-22")).statements
    }

    private static let texts = [
        """
        Regulator fines Tarnwick Exchange over client money

        Hollin Street Ledger | Enforcement

        By Mira Castellane

        May 20, 2025

        LONDON — The Financial Conduct Authority said on Tuesday it had fined Tarnwick Exchange £2 million over gaps in \
        its handling of client money. Tarnwick must also stop taking on new customers until Sept. 30.
        """,
        """
        Watchdog orders Pellham Coin to halt crypto lending

        Marrow Lane Brief | Enforcement

        By Ada Whitcombe

        May 21, 2025

        DUBLIN — The Central Bank of Ireland said on Wednesday it had ordered Pellham Coin to stop offering crypto lending \
        to retail customers. Pellham must also return lent assets to clients by Aug. 31.
        """,
    ]

    @Test(arguments: texts)
    func thePublicationStatesNoMeasure(text: String) {
        let read = statements(text)
        #expect(!read.contains { $0.text.contains("Ledger |") || $0.text.contains("Brief |") }, "\(read.map(\.text))")
    }

    @Test(arguments: texts)
    func thePublicationIssuesNothing(text: String) {
        let read = statements(text)
        #expect(!read.contains { $0.actor == "Hollin Street Ledger" || $0.actor == "Marrow Lane Brief" }, "\(read.map { ($0.text, $0.actor) })")
    }

    @Test func aFirmTheBodyNamesKeepsItsOwnMeasure() {
        let text = """
        Tarnwick Exchange to leave Canada

        Hollin Street Ledger | Markets

        By Mira Castellane

        May 20, 2025

        Tarnwick Exchange said on Tuesday it will stop serving customers in Canada from July 1.
        """
        let read = statements(text)
        #expect(read.first { $0.text.contains("will stop serving") }?.actor == "Tarnwick Exchange", "\(read.map { ($0.text, $0.actor) })")
    }
}
