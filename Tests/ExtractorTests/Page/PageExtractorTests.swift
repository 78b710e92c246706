import Foundation
import Testing
@testable import Extractor

@Suite struct PageExtractorTests {
    let extractor = PageExtractor()
    let expectedText = PageFixtures.paragraphs.joined(separator: "\n\n")

    func extract(_ html: String, url: String? = nil) throws -> ArticlePage {
        try extractor.extract(html: Array(html.utf8), url: url)
    }

    @Test func keepsTheArticleAndDropsEveryKindOfFurniture() throws {
        let page = try extract(PageFixtures.page())
        #expect(page.text == expectedText)
    }

    @Test(arguments: [
        #"<div class="story-body">%@</div>"#,
        #"<div itemprop="articleBody">%@</div>"#,
        #"<div class="wrapper"><div>%@</div></div>"#,
        #"<section class="post-content"><div class="inner">%@</div></section>"#,
    ])
    func findsTheArticleInDifferentWrappers(wrapper: String) throws {
        let html = PageFixtures.page(articleWrapper: { wrapper.replacingOccurrences(of: "%@", with: $0) })
        #expect(try extract(html).text == expectedText)
    }

    @Test func joinsABodySplitByAnAdvertisement() throws {
        let first = PageFixtures.paragraphsHTML(Array(PageFixtures.paragraphs.prefix(2)))
        let second = PageFixtures.paragraphsHTML(Array(PageFixtures.paragraphs.dropFirst(2)))
        let article = "<div class=\"body-part\">\(first)</div><div class=\"ad-slot\"><p>Advertisement</p></div>"
            + "<div class=\"body-part\">\(second)</div>"
        let page = try extract(PageFixtures.page(article: article, articleWrapper: { "<div class=\"story\">\($0)</div>" }))
        #expect(page.text == expectedText)
    }

    @Test func keepsHeadingsListsQuotesAndTablesInReadingOrder() throws {
        let paragraphs = PageFixtures.paragraphs
        let article = """
        <p>\(paragraphs[0])</p><h2>What changes</h2><ul><li>An earlier first sailing</li><li>A later last sailing</li></ul>
        <blockquote>\(paragraphs[1])</blockquote><table><tr><th>Sailing</th><th>Time</th></tr><tr><td>First</td><td>06:00</td></tr></table>
        <p>\(paragraphs[2])</p>
        """
        let page = try extract(PageFixtures.page(article: article))
        #expect(page.text == [
            paragraphs[0], "What changes", "An earlier first sailing", "A later last sailing", paragraphs[1],
            "Sailing Time", "First 06:00", paragraphs[2],
        ].joined(separator: "\n\n"))
    }

    @Test func fallsBackToTheLinkedDataArticleBody() throws {
        let body = PageFixtures.paragraphs.joined(separator: "\\n")
        let head = """
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable","articleBody":"\(body)"}</script>
        """
        let page = try extract(PageFixtures.page(head: head, article: "<p>Subscribe to read.</p>"))
        #expect(page.text == expectedText)
        #expect(page.provenance["text"] == "json-ld articleBody")
    }

    @Test func emptyInputGivesAClearError() {
        #expect(throws: PageExtractionError.self) { try extractor.extract(html: []) }
    }
}

@Suite struct HostilePageTests {
    let extractor = PageExtractor()

    @Test func survivesHundredThousandLevelsOfNesting() throws {
        let depth = 100_000
        let html = "<html><body><article>" + PageFixtures.paragraphsHTML() + String(repeating: "<div>", count: depth)
            + "deep text" + String(repeating: "</div>", count: depth) + "</article></body></html>"
        let page = try extractor.extract(html: Array(html.utf8))
        #expect(page.text.hasPrefix(PageFixtures.paragraphs[0]))
    }

    @Test func handlesAFiftyMegabytePageOnOneLine() throws {
        let sentence = "Word after word on a single line without any break. "
        let count = 50_000_000 / sentence.utf8.count
        let html = "<html><body><p>" + String(repeating: sentence, count: count) + "</p></body></html>"
        let page = try extractor.extract(html: Array(html.utf8))
        #expect(page.text.utf8.count > 49_000_000)
        #expect(!page.text.contains("\n"))
    }

    @Test func refusesPagesAboveTheSizeLimit() {
        let small = PageExtractor(limits: .init(maximumBytes: 1000))
        #expect(throws: PageExtractionError.self) {
            try small.extract(html: Array(PageFixtures.page().utf8))
        }
    }

    @Test func repairsInvalidUTF8() throws {
        let html = PageFixtures.page().replacingOccurrences(of: "early spring", with: "early\u{1}spring")
        var bytes = Array(html.utf8)
        for index in bytes.indices where bytes[index] == 1 { bytes[index] = 0xFF }
        let page = try extractor.extract(html: bytes)
        #expect(page.text.contains("early\u{FFFD}spring"))
        #expect(page.text.contains(PageFixtures.paragraphs[4]))
    }

    @Test func trustsTheHeaderOverAContradictingMetaCharset() throws {
        let html = PageFixtures.page(article: "<p>Caf\u{E9} owners on the quay welcomed the later sailing, which brings evening visitors.</p>")
            .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"windows-1251\">")
        let page = try extractor.extract(html: Array(html.utf8), headerCharset: "utf-8")
        #expect(page.text.hasPrefix("Café owners"))
        #expect(page.provenance["encoding"] == "UTF-8 (HTTP header)")
    }

    @Test func trustsTheByteOrderMarkOverAContradictingMetaCharset() throws {
        let html = PageFixtures.page(article: "<p>Caf\u{E9} owners on the quay welcomed the later sailing, which brings evening visitors.</p>")
            .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"iso-8859-1\">")
        let page = try extractor.extract(html: [0xEF, 0xBB, 0xBF] + Array(html.utf8))
        #expect(page.text.hasPrefix("Café owners"))
    }

    @Test func dropsNULBytes() throws {
        var bytes = Array(PageFixtures.page().utf8)
        if let index = bytes.firstIndex(of: UInt8(ascii: "Y")) { bytes.insert(0, at: index) }
        bytes.insert(0, at: bytes.count / 2)
        let page = try extractor.extract(html: bytes)
        #expect(!page.text.contains("\u{0}"))
        #expect(page.text.contains(PageFixtures.paragraphs[4]))
    }
}

@Suite struct ManySiblingsTests {
    @Test func mergesTensOfThousandsOfSiblingParagraphsInLinearTime() throws {
        let paragraph = "<p>" + PageFixtures.paragraphs[0] + "</p>"
        let html = "<html><body><main><div>" + PageFixtures.paragraphsHTML() + "</div>"
            + String(repeating: paragraph, count: 20_000) + "</main></body></html>"
        let page = try PageExtractor().extract(html: Array(html.utf8))
        #expect(page.text.hasPrefix(PageFixtures.paragraphs[0]))
        #expect(page.text.components(separatedBy: "\n\n").count >= 20_000)
    }
}
