import Testing
@testable import Extractor

/// A company that only weighs or proposes a step beside an authority's measure takes none yet: the authority's measure
/// is the frame, the company's step is not. A step it decides in answer to the measure stays a frame of its own.
@Suite struct WeighedCompanyStepTests {
    private func frames(after sentence: String) -> [Announcement] {
        let text = """
        Regulator orders crypto exchange to overhaul its controls
        The Financial Services Agency on Tuesday ordered Brennholt Exchange to overhaul its anti-money laundering controls by July 1.
        The agency said the exchange had failed to check the identity of its customers.
        \(sentence)
        """
        return TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-05-14")).announcements
    }

    @Test(arguments: [
        "Brennholt Exchange said it would consider closing its lending product to retail clients.",
        "Brennholt Exchange is weighing whether to stop accepting new customers until the review ends.",
        "Brennholt Exchange proposed to cap withdrawals for retail clients at $10,000 a day.",
    ])
    func aCompanyWeighingAStepMakesNoFrame(sentence: String) {
        let found = frames(after: sentence)
        #expect(!found.contains { $0.actor == "Brennholt Exchange" })
        #expect(found.contains { $0.actor == "Financial Services Agency" })
    }

    @Test(arguments: [
        "Brennholt Exchange will stop accepting new customers from Monday, the company said.",
        "Brennholt Exchange said it would close its lending product to retail clients on June 1.",
    ])
    func aCompanyDecidingAStepKeepsItsFrame(sentence: String) {
        #expect(frames(after: sentence).contains { $0.actor == "Brennholt Exchange" && $0.status == .announced })
    }
}
