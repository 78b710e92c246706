import Markup
import Testing
@testable import Extractor

func tree(_ html: String) throws -> ElementTree {
    try Document.html(html).elementTree()
}

func element(_ tree: ElementTree, id: String) throws -> Int {
    try #require(tree.items.firstIndex { $0[attribute: "id"] == id })
}

@Suite struct ClassAndIDHintsTests {
    @Test(arguments: [
        ("related-articles", true), ("relatedArticles", true), ("social_share", true), ("site-footer", true),
        ("cookieBanner", true), ("newsletter-box", true), ("ad-slot top", true), ("comments", true),
        ("article-body", false), ("story", false), ("headline-large", false), ("adventure", false),
        ("loaded shadow", false), ("navigate", false),
    ])
    func recognisesFurnitureWords(value: String, isBoilerplate: Bool) {
        #expect(ClassAndIDHints(classAndID: value).suggestsBoilerplate == isBoilerplate)
    }

    @Test(arguments: [
        ("article-body", true), ("articleBody", true), ("post-content", true), ("story__text", true),
        ("entry-content clearfix", true), ("content", false), ("article", false), ("body-wrapper", false),
    ])
    func recognisesArticleBodyNames(value: String, namesBody: Bool) {
        #expect(ClassAndIDHints(classAndID: value).namesArticleBody == namesBody)
    }
}

@Suite struct BoilerplateRuleTests {
    func rule(_ html: String) throws -> BoilerplateRule? {
        let tree = try tree("<html><body>\(html)</body></html>")
        let index = try element(tree, id: "x")
        let item = tree.items[index]
        let value = [item[attribute: "class"], item[attribute: "id"]].compactMap { $0 }.joined(separator: " ")
        return BoilerplateRule.firstMatch(for: item, hints: ClassAndIDHints(classAndID: value))
    }

    @Test func marksFurnitureTags() throws {
        #expect(try rule(#"<nav id="x">a</nav>"#) == .furnitureTag)
        #expect(try rule(#"<footer id="x">a</footer>"#) == .furnitureTag)
        #expect(try rule(#"<figure id="x"><figcaption>a</figcaption></figure>"#) == .furnitureTag)
        #expect(try rule(#"<p id="x">a</p>"#) == nil)
    }

    @Test func marksHiddenElements() throws {
        #expect(try rule(#"<div id="x" hidden>a</div>"#) == .hiddenElement)
        #expect(try rule(#"<div id="x" style="display: none">a</div>"#) == .hiddenElement)
        #expect(try rule(#"<div id="x" aria-hidden="true">a</div>"#) == .hiddenElement)
        #expect(try rule(#"<div id="x" style="color: red">a</div>"#) == nil)
    }

    @Test func marksLandmarkRoles() throws {
        #expect(try rule(#"<div id="x" role="navigation">a</div>"#) == .furnitureRole)
        #expect(try rule(#"<div id="x" role="contentinfo">a</div>"#) == .furnitureRole)
        #expect(try rule(#"<div id="x" role="main">a</div>"#) == nil)
    }

    @Test func marksFurnitureClassesAndIDs() throws {
        #expect(try rule(#"<div id="x" class="share-bar">a</div>"#) == .furnitureClassOrID)
        #expect(try rule(#"<div id="x" class="c-newsletter">a</div>"#) == .furnitureClassOrID)
        #expect(try rule(#"<div id="x" class="article__text">a</div>"#) == nil)
    }

    @Test func sparesAFurnitureClassThatHoldsTheArticle() throws {
        let html = PageFixtures.page(articleWrapper: { "<div class=\"content-with-sidebar\"><article>\($0)</article></div>" })
        let layout = PageLayout(tree: try tree(html))
        #expect(layout.blocks.contains { $0.text == PageFixtures.paragraphs[0] })
    }
}

@Suite struct BlockCollectorTests {
    func blocks(_ html: String) throws -> [TextBlock] {
        let tree = try tree("<html><body>\(html)</body></html>")
        let body = try #require(tree.items.firstIndex { $0.name == "body" })
        return BlockCollector(tree: tree, excluded: Array(repeating: false, count: tree.items.count)).blocks(in: body)
    }

    @Test func cutsBlocksAtBlockElementsAndCollapsesSpace() throws {
        let result = try blocks("<div>Lead  text\n here<p>First <b>bold</b>  part.</p>tail<ul><li>one</li><li> two </li></ul></div>")
        #expect(result.map(\.text) == ["Lead text here", "First bold part.", "tail", "one", "two"])
        #expect(result.map(\.tag) == ["div", "p", "div", "li", "li"])
    }

    @Test func keepsLineBreaksAndSeparatesTableCells() throws {
        let result = try blocks("<p>line one<br>line two</p><table><tr><td>a</td><td>b</td></tr></table>")
        #expect(result.map(\.text) == ["line one\nline two", "a b"])
    }

    @Test func countsLinkCharacters() throws {
        let result = try blocks(#"<p>four <a href="/">link</a></p><p><a href="/">all link</a></p>"#)
        #expect(result.map(\.linkCharacters) == [4, 7])
        #expect(result.map(\.characters) == [8, 7])
    }

    @Test func skipsExcludedSubtrees() throws {
        let tree = try tree("<html><body><p>kept</p><div id=x><p>dropped</p></div><p>also kept</p></body></html>")
        let index = try element(tree, id: "x")
        var excluded = Array(repeating: false, count: tree.items.count)
        for position in index..<tree.items[index].end { excluded[position] = true }
        let result = BlockCollector(tree: tree, excluded: excluded).blocks(in: 0)
        #expect(result.map(\.text) == ["kept", "also kept"])
    }
}

@Suite struct ContentRootTests {
    func root(_ html: String) throws -> (ContentRoot, ElementTree) {
        let tree = try tree(html)
        return (ContentRootFinder(layout: PageLayout(tree: tree)).find(), tree)
    }

    @Test func paragraphScoreFindsTheElementWithTheBestParagraphs() throws {
        let html = "<html><body><div><div id=a>\(PageFixtures.paragraphsHTML())</div>"
            + "<div id=b><p>Short note.</p></div></div></body></html>"
        let (found, tree) = try root(html)
        #expect(found == ContentRoot(indexes: [try element(tree, id: "a")], heuristic: .paragraphScore))
    }

    @Test func prefersTheSchemaArticleBody() throws {
        let html = "<html><body><div id=outer><p>\(PageFixtures.otherParagraphs[0])</p>"
            + "<div id=a itemprop=articleBody>\(PageFixtures.paragraphsHTML())</div></div></body></html>"
        let (found, tree) = try root(html)
        #expect(found == ContentRoot(indexes: [try element(tree, id: "a")], heuristic: .schemaArticleBody))
    }

    @Test func prefersAnArticleBodyClass() throws {
        let html = "<html><body><div id=outer><p>\(PageFixtures.otherParagraphs[0])</p>"
            + "<div id=a class=article-body>\(PageFixtures.paragraphsHTML())</div></div></body></html>"
        let (found, tree) = try root(html)
        #expect(found == ContentRoot(indexes: [try element(tree, id: "a")], heuristic: .articleBodyClass))
    }

    @Test func ignoresAMarkedElementWithLittleText() throws {
        let html = "<html><body><div id=a><article><p>\(PageFixtures.otherParagraphs[0])</p></article>"
            + "\(PageFixtures.paragraphsHTML())</div></body></html>"
        let (found, tree) = try root(html)
        #expect(found == ContentRoot(indexes: [try element(tree, id: "a")], heuristic: .paragraphScore))
    }
}

@Suite struct BlockFilterTests {
    func block(_ text: String, links: Int = 0) -> TextBlock {
        let characters = TextMeasure.visibleCharacters(text)
        return TextBlock(text: text, owner: 0, tag: "p", characters: characters, linkCharacters: links)
    }

    @Test func dropsLinkDenseBlocks() {
        #expect(BlockFilter.firstMatch(for: block("Port reopens after storm", links: 21), title: nil) == .linkDense)
        #expect(BlockFilter.firstMatch(for: block("The port reopened on Friday, officials said.", links: 8), title: nil) == nil)
    }

    @Test func dropsTheRepeatedTitle() {
        let title = "Ferry timetable adds early and late sailings"
        #expect(BlockFilter.firstMatch(for: block("Ferry Timetable Adds Early and Late Sailings"), title: title) == .repeatedTitle)
        #expect(BlockFilter.firstMatch(for: block("Ferry timetable adds early sailings"), title: title) == nil)
    }

    @Test(arguments: ["By Jane Roe", "By Jane Roe and John Doe, staff writers", "Published: 3 May 2021", "Updated 12:30 pm, 4 June 2020"])
    func dropsBylinesAndDatelines(text: String) {
        #expect(BlockFilter.firstMatch(for: block(text), title: nil) == .bylineOrDateline)
    }

    @Test(arguments: ["By the end of the week, the ferry had sailed forty times without a single delay or complaint.", "Updated timetables are posted at the terminal."])
    func keepsSentencesThatStartLikeBylines(text: String) {
        #expect(BlockFilter.firstMatch(for: block(text), title: nil) == nil)
    }

    @Test(arguments: ["Advertisement", "Share this article", "Read more", "Continue reading", "Follow us on Twitter"])
    func dropsFurniturePhrases(text: String) {
        #expect(BlockFilter.firstMatch(for: block(text), title: nil) == .furniturePhrase)
    }

    @Test(arguments: ["Read the full report.", "More sailings follow in May.", "The ferry is back."])
    func keepsShortSentences(text: String) {
        #expect(BlockFilter.firstMatch(for: block(text), title: nil) == nil)
    }
}

@Suite struct LinkedSentenceTests {
    func block(_ text: String, tag: String) -> TextBlock {
        let characters = TextMeasure.visibleCharacters(text)
        return TextBlock(text: text, owner: 0, tag: tag, characters: characters, linkCharacters: characters)
    }

    @Test(arguments: [
        "The suspect was sentenced to life in prison last Thursday.",
        "Read the council's full statement on the new timetable here!",
    ])
    func keepsFullyLinkedSentencesInParagraphs(text: String) {
        #expect(BlockFilter.firstMatch(for: block(text, tag: "p"), title: nil) == nil)
        #expect(BlockFilter.firstMatch(for: block(text, tag: "li"), title: nil) == .linkDense)
    }

    @Test(arguments: ["Port reopens after storm damage repairs", "Council approves budget for new pool"])
    func dropsLinkedTitlesEvenInParagraphs(text: String) {
        #expect(BlockFilter.firstMatch(for: block(text, tag: "p"), title: nil) == .linkDense)
    }
}

@Suite struct MarkedParagraphTests {
    @Test func aMarkedParagraphIsNotTheArticleBody() throws {
        let paragraphs = PageFixtures.paragraphs.map { "<p class=\"post-text\">\($0)</p>" }.joined()
        let html = "<html><body><div id=a>\(paragraphs)</div><div><p>\(PageFixtures.otherParagraphs[0])</p></div></body></html>"
        let tree = try tree(html)
        let root = ContentRootFinder(layout: PageLayout(tree: tree)).find()
        #expect(root.indexes == [try element(tree, id: "a")])
    }
}

@Suite struct TrailingPromotionTests {
    @Test func dropsCallsToActionAtTheEndOnly() throws {
        let promotion = "Sign up for our free morning newsletter to get the island's news every day."
        let article = "<p>\(promotion)</p>" + PageFixtures.paragraphsHTML()
            + "<p>Enjoyed this story? Subscribe today and get the print edition delivered to your door.</p>"
            + "<p>\(promotion)</p>"
        let page = try PageExtractor().extract(html: Array(PageFixtures.page(article: article).utf8))
        #expect(page.text == ([promotion] + PageFixtures.paragraphs).joined(separator: "\n\n"))
    }

    @Test(arguments: ["Click here to follow us on social media.", "Subscribe to the newsletter for more."])
    func recognisesCallsToAction(text: String) {
        let block = TextBlock(text: text, owner: 0, tag: "p", characters: text.count, linkCharacters: 0)
        #expect(BlockFilter.isCallToAction(block))
    }

    @Test func aLongParagraphIsNeverACallToAction() {
        let text = String(repeating: "The council will subscribe to the regional transport plan. ", count: 8)
        let block = TextBlock(text: text, owner: 0, tag: "p", characters: text.count, linkCharacters: 0)
        #expect(!BlockFilter.isCallToAction(block))
    }
}
