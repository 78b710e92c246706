import Testing
@testable import Extractor

/// "On Monday issued final rules ... The rules take effect on Oct. 1": a rule whose document the actor issued on a day
/// of the news starts when the article says the rule starts, even when a past verb names the day of the issue; with no
/// start stated, the issue day stays, and an act that issues no document ("fined") keeps its own day. Sentences are our
/// own; every text is published on Thursday 22 May 2025.
@Suite struct IssuedRuleStartTests: StatementDatingTable {
    @Test(arguments: [
        ("The Ruritanian Financial Authority on Monday issued final rules for crypto custodians. The rules take effect on Oct. 1.",
         "issued final rules", "2025-10-01"),
        // No start stated: the day of the issue.
        ("The Ruritanian Financial Authority on Monday issued final rules for crypto custodians, it said.", "issued final rules", "2025-05-19"),
        // An act, not a document: its own day.
        ("The Ruritanian Financial Authority on Monday fined Corvid Markets 2 million euros for weak money-laundering checks. Its new custody rules take effect on Oct. 1.",
         "fined Corvid", "2025-05-19"),
    ])
    func anIssuedRuleStartsWhenTheArticleSays(_ text: String, _ part: String, _ expected: String) {
        #expect(effective(of: part, in: text) == expected, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }
}
