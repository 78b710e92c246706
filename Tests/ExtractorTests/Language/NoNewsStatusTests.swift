import Testing
@testable import Extractor

/// An article that reports no policy change and whose opening (the headline and the two paragraphs of prose after it, not
/// its bylines or labels) states no decision decides nothing: what its body states as decided is in effect. An opening
/// that states a decision keeps every status, and proposals and deliberations stay as they are.
@Suite struct NoNewsStatusTests {
    private func statement(_ status: PolicyStatus, at start: Int) -> PolicyStatement {
        PolicyStatement(text: "Exchanges must register.", start: start, end: start + 24, actor: nil, action: .require, status: status,
                        object: "register", effective: nil)
    }

    @Test(arguments: [
        ("Title\n\nA standfirst that tells the story in brief.\n\nThe first paragraph of the story runs here.\n\nThe second paragraph of the story runs here.", 95),
        ("Title\n\nStandfirst", 17),
        ("One paragraph only.", 19),
    ])
    func theOpeningEndsAtTheThirdBlankLine(text: String, end: Int) {
        #expect(TextAnalyzer.openingEnd(of: text) == end, "\(text)")
    }

    @Test(arguments: [
        // The site's name and section, a byline and a date line are no paragraphs of the opening.
        ("Title\n\nDaily News | Courts\n\nBy A. Writer\n\nMarch 3, 2026\n\nThe first paragraph of the story runs here.\n\nThe second paragraph of the story runs here.\n\nThe third paragraph of the story runs here.", 146),
        ("Title\n\nBy A. Writer\n\nThe first paragraph of the story runs here.\n\nThe second paragraph of the story runs here.\n\nThe third paragraph of the story runs here.", 110),
    ])
    func labelLinesAreNoParagraphsOfTheOpening(text: String, end: Int) {
        #expect(TextAnalyzer.openingEnd(of: text) == end, "\(text)")
    }

    @Test(arguments: [
        "A standfirst that tells the story in brief.",
        "The first paragraph of the story runs here.",
        "A guide for new filers.",
        "Regulators across the region tighten their grip on exchanges",
    ])
    func aSentenceOrALongerLineIsProse(paragraph: String) {
        #expect(TextAnalyzer.isParagraphOfProse(ArraySlice(paragraph.unicodeScalars)))
    }

    @Test(arguments: ["By A. Writer", "Daily News | Courts", "March 3, 2026", "UPDATED 16:40 CET"])
    func aLabelIsNoProse(paragraph: String) {
        #expect(!TextAnalyzer.isParagraphOfProse(ArraySlice(paragraph.unicodeScalars)))
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
