import Testing
@testable import Extractor

/// A word that places a day or a month in time ("Last Thursday", "Starting Jan. 1", "Early March") opens no name, so
/// the name after the day is read alone; a name that opens with such a word before no day stays. Sentences are our own.
@Suite struct EntityDayPlacingWordTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).entities.map(\.name)
    }

    @Test(arguments: [
        ("Last Thursday the Tessaly Securities Authority said it would act.", "Tessaly Securities Authority"),
        ("Next Monday the Ostra Banking Board will vote on the rules.", "Ostra Banking Board"),
        ("Starting Jan. 1, exchanges must register with the Velmor Commission.", "Velmor Commission"),
        ("Early March the Kestrel Exchange halted withdrawals.", "Kestrel Exchange"),
        ("This Friday the Ruritania Monetary Authority publishes its report.", "Ruritania Monetary Authority"),
    ])
    func theDayAndItsWordStayOutOfTheName(_ text: String, _ name: String) {
        let found = names(text)
        #expect(found.contains(name), "\(found)")
        #expect(!found.contains { ["Last", "Next", "Starting", "Early", "This", "Thursday", "Monday", "Jan", "March", "Friday"]
            .contains(String($0.split(separator: " ")[0])) }, "\(found)")
    }

    @Test(arguments: [
        ("Late Harbor Capital said it would buy the exchange.", "Late Harbor Capital"),
        ("Shares of Early Bird Labs rose 4% on Monday.", "Early Bird Labs"),
        ("The fund is run by Last Mile Capital, filings show.", "Last Mile Capital"),
    ])
    func aNameThatOpensWithSuchAWordBeforeNoDayStays(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }
}
