import Testing
@testable import Extractor

/// A press release's summary in title case, run into its dated dateline on one line, is read as a title: its words name
/// nothing unless the text writes them as names elsewhere; a summary in prose keeps its names. Names are our own.
@Suite struct PressReleaseSummaryTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-04")).entities.map(\.name)
    }

    @Test(arguments: [
        ("Kestrune Opens Two Offices\n\nThe Expansion Aims to Serve Small Merchants Across the Region OSLO, May 4, 2026 /PRNewswire/ -- Kestrune, a payments firm, opened offices.",
         "Expansion Aims"),
        ("Orvane Wins Award\n\nThe Prize Recognises Years of Work on Open Payments TALLINN, Estonia, May 4, 2026 /PRNewswire/ -- Orvane said it was honoured.",
         "Prize Recognises"),
    ])
    func aTitleCaseSummaryNamesNothing(_ text: String, _ wrong: String) {
        #expect(!names(text).contains { $0.contains(wrong) }, "\(names(text))")
    }

    @Test(arguments: [
        ("Fund backs startup\n\nOrvane Capital backs a payments startup in the region OSLO, May 4, 2026 /PRNewswire/ -- The fund said it would invest.",
         "Orvane Capital"),
        ("Kestrune Opens Two Offices\n\nThe Move Brings Kestrune Payments to Two New Cities OSLO, May 4, 2026 /PRNewswire/ -- Kestrune Payments said it would hire.",
         "Kestrune Payments"),
    ])
    func namesOfAProseSummaryOrWrittenElsewhereStay(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }
}
