import Testing
@testable import Extractor

/// A term quoted on its own ("a crypto \"savings\" app") opens no part of its sentence: the clause of the cue, and with
/// it the act and its day, stay those of the whole sentence; a quotation still open at the cue, or a quoted clause,
/// still opens its own part. Sentences are our own.
@Suite struct QuotedTermClauseTests: StatementDatingTable {
    @Test(arguments: [
        ("The Ruritanian High Court on Tuesday ordered Corvid Markets, the operator of a crypto \"savings\" app, to pay a penalty of 2 million euros.",
         "2025-05-20"),
        ("The Ruritanian High Court on Monday ordered Corvid Markets, a crypto exchange that sold “guaranteed yield” products, to pay a penalty of 3 million euros.",
         "2025-05-19"),
    ])
    func aQuotedTermLeavesTheActItsDay(_ text: String, _ expected: String) {
        #expect(effective(of: "ordered Corvid", in: text) == expected, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    @Test(arguments: [
        // A quotation still open at the cue.
        (["the", "minister", "said", ":", "\"", "we", "will", "ban", "the", "app"], 7, 5),
        (["the", "board", "said", "\u{201C}", "firms", "must", "register", "\u{201D}"], 6, 4),
        // A quoted clause, not a term, closed before the cue.
        (["it", "would", "\"", "study", "the", "report", "carefully", "\"", "but", "had", "no", "plans", "to", "tax"], 13, 8),
    ])
    func aQuotationOrAQuotedClauseStillOpensAPart(_ words: [String], _ cue: Int, _ expected: Int) {
        #expect(PolicyReader.segmentStart(words, from: 0, cue: cue) == expected)
    }

    @Test(arguments: [
        (["the", "court", "ordered", "the", "\"", "savings", "\"", "app", "to", "pay", "a", "penalty"], 11),
        (["the", "bank", "barred", "its", "\u{201C}", "yield", "boost", "\u{201D}", "accounts", "from", "lending"], 10),
    ])
    func aQuotedTermOpensNoPart(_ words: [String], _ cue: Int) {
        #expect(PolicyReader.segmentStart(words, from: 0, cue: cue) == nil)
    }
}
