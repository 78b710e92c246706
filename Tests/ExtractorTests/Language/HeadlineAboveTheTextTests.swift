import Testing
@testable import Extractor

/// A page's main text is read under its headline, which leads it as the first line, while every offset still counts from
/// the main text's start: what the headline names lies at negative offsets, and what the text names is where it was.
@Suite struct HeadlineAboveTheTextTests {
    private let published = CalendarDay(iso: "2026-11-10")

    private static let pages: [(headline: String, text: String)] = [
        ("Harbour state caps crypto kiosk withdrawals",
         "The Harbour State Financial Authority on Tuesday set a daily limit of $1,000 on cash withdrawals at crypto kiosks, starting January 1, 2027.\n\nOperators must also post fee tables on every machine, the authority said."),
        ("Island regulator bars crypto ads on buses",
         "The Island Markets Authority said on Monday that crypto firms may not advertise on public buses or at bus stops from March 15, 2027.\n\nFirms that break the rule face fines, the authority said."),
        ("Coastal watchdog fines Pelican Exchange over late reports",
         "The Coastal Securities Commission on Friday fined Pelican Exchange 2 million dollars for filing suspicious-transaction reports late.\n\nThe exchange said it would pay."),
    ]

    @Test(arguments: pages)
    func theHeadlineLeadsTheTextAtNegativeOffsets(page: (headline: String, text: String)) throws {
        let analysis = TextAnalyzer().analyze(page.text, headline: page.headline, published: published)
        let scalars = Array(page.text.unicodeScalars)
        func text(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }

        let headline = try #require(analysis.statements.first, "the headline states the measure")
        #expect(headline.text == page.headline)
        #expect(headline.start == -(page.headline.unicodeScalars.count + 2) && headline.end == -2)
        for statement in analysis.statements.dropFirst() {
            #expect(statement.start >= 0 && text(statement.start, statement.end) == statement.text)
        }
        for date in analysis.dates where date.start >= 0 { #expect(text(date.start, date.end) == date.text) }
        let mentions = analysis.entities.flatMap(\.mentions)
        #expect(mentions.contains { $0.start < 0 } && mentions.contains { $0.start >= 0 })
        #expect(mentions.allSatisfy { $0.start < 0 ? $0.end <= -2 : $0.end <= scalars.count })
    }

    @Test(arguments: pages)
    func aTextThatOpensWithItsHeadlineOrHasNoneIsReadAsItIs(page: (headline: String, text: String)) {
        let whole = page.headline + "\n\n" + page.text
        let alone = TextAnalyzer().analyze(whole, published: published)
        #expect(TextAnalyzer().analyze(whole, headline: page.headline, published: published) == alone)
        #expect(TextAnalyzer().analyze(whole, headline: page.headline.uppercased() + "  ", published: published) == alone)
        let body = TextAnalyzer().analyze(page.text, published: published)
        #expect(TextAnalyzer().analyze(page.text, headline: nil, published: published) == body)
        #expect(TextAnalyzer().analyze(page.text, headline: " \n ", published: published) == body)
    }

    @Test func aHeadlineOfSeveralLinesIsReadAsOne() throws {
        let analysis = TextAnalyzer().analyze(Self.pages[0].text, headline: "Harbour state caps\ncrypto kiosk withdrawals", published: published)
        let headline = try #require(analysis.statements.first)
        #expect(headline.text == "Harbour state caps crypto kiosk withdrawals")
        #expect(headline.start < 0)
    }
}
