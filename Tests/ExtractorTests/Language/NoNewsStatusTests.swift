import Testing
@testable import Extractor

/// An article that reports no policy change and whose opening (the headline and the two paragraphs after it) states no
/// decision decides nothing: what its body states as decided is in effect. An opening that states a decision keeps every
/// status, and proposals and deliberations stay as they are.
@Suite struct NoNewsStatusTests {
    private func statement(_ status: PolicyStatus, at start: Int) -> PolicyStatement {
        PolicyStatement(text: "Exchanges must register.", start: start, end: start + 24, actor: nil, action: .require, status: status,
                        object: "register", effective: nil)
    }

    @Test(arguments: [
        ("Title\n\nStandfirst\n\nFirst paragraph.\n\nSecond paragraph.", 35),
        ("Title\n\nStandfirst", 17),
        ("One paragraph only.", 19),
    ])
    func theOpeningEndsAtTheThirdBlankLine(text: String, end: Int) {
        #expect(TextAnalyzer.openingEnd(of: text) == end, "\(text)")
    }

    @Test func aBodyDecisionInAnArticleWithoutNewsIsInForce() {
        var statements = [statement(.announced, at: 200), statement(.proposed, at: 300), statement(.inEffect, at: 400)]
        TextAnalyzer.restateAsInForce(&statements, openingEnd: 100)
        #expect(statements.map(\.status) == [.inEffect, .proposed, .inEffect])
    }

    @Test func anOpeningThatStatesADecisionKeepsEveryStatus() {
        var statements = [statement(.announced, at: 40), statement(.announced, at: 200)]
        TextAnalyzer.restateAsInForce(&statements, openingEnd: 100)
        #expect(statements.map(\.status) == [.announced, .announced])
    }

    @Test(arguments: [
        // A guide: the rules as they stand, stated in the present.
        "Crypto gains and your return this spring\n\nA guide for first-time filers.\n\nMany readers have asked us how the yearly return works for coins.\n\nThe tax office requires exchanges to send it a yearly statement of each customer's sales.",
    ])
    func aGuideStatesNoDecision(text: String) {
        let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-02-10"))
        #expect(analysis.announcements.isEmpty)
        #expect(!analysis.statements.contains { $0.status == .announced }, "\(analysis.statements.map(\.status))")
    }
}
