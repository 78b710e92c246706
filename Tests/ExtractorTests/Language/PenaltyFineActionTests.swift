import Testing
@testable import Extractor

/// A fine threatened or set ("may fine", "will be able to fine", "must pay a fine of") is a sanction, `enforce`, above the
/// permission, duty or ban its other words would read; the fine an article only reports, a fine for missing a duty or
/// for an offence (the duty or the ban stays the measure), and the adjective are no cue.
@Suite struct PenaltyFineActionTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    private func words(_ text: String) -> [String] { text.lowercased().split(separator: " ").map(String.init) }

    @Test(arguments: [
        "Under the bill, the commission will be able to fine exchanges up to 3% of their yearly turnover.",
        "The agency may fine brokers that miss the deadline up to 40,000 dollars.",
        "Dealers that report late must pay a fine of 20,000 pesos for each return.",
        "Every further day of unlicensed trading carries a fine of 5,000 francs.",
    ])
    func aFineThreatenedOrSetEnforces(text: String) {
        #expect(action(text) == .enforce, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("the agency may fine exchanges up to 3%", 3),
        ("platforms must pay an administrative fine of 750,000 dollars", 5),
        ("it is studying whether to fine influencers", 5),
    ])
    func readsAPenaltyFine(text: String, at index: Int) {
        #expect(PolicyCues.isPenaltyFine(words(text), at: index, from: 0))
    }

    @Test(arguments: [
        ("the fine was the largest the agency has imposed", 1),
        ("the exchange said it had paid its fine in full", 7),
        ("supervisors have become more willing to fine .", 6),
        ("investors should read the fine print of every offer", 4),
        ("the current rules are fine as they stand", 4),
        ("the firm must fix its systems by march or pay a fine of 5 million", 11),
        ("dealing without a licence will become a criminal offence punishable by a fine of 5 million", 12),
    ])
    func leavesReportedAndConsequentFinesAndTheAdjective(text: String, at index: Int) {
        #expect(!PolicyCues.isPenaltyFine(words(text), at: index, from: 0))
    }
}
