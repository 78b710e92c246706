import Testing
@testable import Extractor

/// A penalty a rule threatens for breaking it ("operators face fines of up to ...") is a clause of the rule, an `enforce`
/// statement with no frame of its own; a fine the article reports imposed is a sanction (`PenaltyClauses`).
@Suite struct PenaltyClauseTests {
    private static let published = CalendarDay(iso: "2026-06-02")

    /// Whether the article's enforcement statement in its third sentence threatens a penalty (nil: no such statement).
    private func threatensAPenalty(_ text: String) -> Bool? {
        let reading = TextAnalyzer().read(AnalyzedText(text), published: Self.published)
        return reading.statements.first { $0.sentence == 2 && $0.statement.action == .enforce }
            .map { PenaltyClauses.threatensAPenalty($0, reading.document) }
    }

    private func announcements(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: Self.published).announcements
    }

    private static let opening = """
        Velmora caps daily crypto kiosk deposits
        The Velmora Financial Authority said on Monday that crypto kiosks must limit each customer to 1,000 crowns a day from July 1.
        """

    @Test(arguments: [
        "Operators that breach the limit face fines as high as 65,000 crowns.",
        "Breaches can be fined up to 50,000 crowns each, the authority said.",
        "The agency will be able to fine a platform up to 4% of its yearly turnover.",
        "Operators that ignore the cap will be fined 20,000 crowns for each breach.",
        "Operating an unlicensed kiosk will be punishable by a jail term of up to three years.",
    ])
    func aPenaltyForBreakingTheRuleIsAThreat(clause: String) {
        #expect(threatensAPenalty(Self.opening + "\n" + clause) == true, "\(clause)")
    }

    @Test(arguments: [
        "The authority fined Kestrel Kiosks 400,000 crowns on Friday for ignoring an earlier order.",
        "Last month it fined two operators a combined 300,000 crowns for weak identity checks.",
    ])
    func aFineImposedIsNoThreat(clause: String) {
        #expect(threatensAPenalty(Self.opening + "\n" + clause) == false, "\(clause)")
    }

    @Test func aPenaltyClauseMakesNoFrameOfItsOwn() {
        let found = announcements(Self.opening + """

            Operators that breach the limit face fines as high as 65,000 crowns, the authority said.
            The cap applies to new and existing customers alike.
            """)
        #expect(found.contains { $0.action == .require || $0.action == .restrict }, "\(found.map { "\($0.actor ?? "-") \($0.action)" })")
        #expect(!found.contains { $0.action == .enforce }, "\(found.map { "\($0.actor ?? "-") \($0.action)" })")
    }

    @Test func aFineTheArticleReportsStaysAFrame() {
        let found = announcements("""
            Velmora watchdog fines crypto kiosk operator 400,000 crowns
            The Velmora Financial Authority said on Monday it had fined Kestrel Kiosks, which runs 80 bitcoin machines, 400,000 crowns for failing to check the identity of its customers.
            The operator must pay within 30 days.
            """)
        #expect(found.contains { $0.action == .enforce }, "\(found.map { "\($0.actor ?? "-") \($0.action)" })")
    }
}
