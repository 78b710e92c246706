import Testing
@testable import Markup

@Suite struct ElementTreeTests {
    @Test func copiesElementsAndTextInDocumentOrder() throws {
        let document = try Document.html("<html><body><div id=a><p>One <b>two</b></p><p>three</p></div></body></html>")
        let tree = document.elementTree()
        let names = tree.items.map { $0.isElement ? $0.name : "#" + $0.text }
        #expect(names == ["html", "body", "div", "p", "#One ", "b", "#two", "p", "#three"])
        let div = try #require(tree.items.firstIndex { $0.name == "div" })
        #expect(tree.items[div][attribute: "id"] == "a")
        #expect(tree.text(of: div) == "One twothree")
        #expect(tree.children(of: div).map { tree.items[$0].name } == ["p", "p"])
        #expect(tree.items[tree.items.count - 1].parent == tree.items.lastIndex { $0.name == "p" })
    }

    @Test func dropsStylesAndScriptsButKeepsJSONData() throws {
        let html = """
        <html><head><style>p{}</style><script>var x = 1;</script>
        <script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><p>x</p></body></html>
        """
        let tree = try Document.html(html).elementTree()
        let texts = tree.items.filter { !$0.isElement }.map(\.text)
        #expect(!texts.contains { $0.contains("p{}") || $0.contains("var x") })
        #expect(texts.contains { $0.contains("NewsArticle") })
    }

    @Test func walksVeryDeepNestingWithoutRecursion() throws {
        let depth = 100_000
        let html = "<html><body><p>before</p>" + String(repeating: "<div>", count: depth) + "deep"
            + String(repeating: "</div>", count: depth) + "<p>after</p></body></html>"
        let tree = try Document.html(html).elementTree()
        #expect(tree.items.filter { !$0.isElement }.map(\.text) == ["before", "deep", "after"])
        let body = try #require(tree.items.firstIndex { $0.name == "body" })
        #expect(tree.items[body].end == tree.items.count)
    }

    @Test func stopsAtTheItemBound() throws {
        let html = "<html><body>" + String(repeating: "<p>x</p>", count: 1000) + "</body></html>"
        let tree = try Document.html(html).elementTree(maximumItems: 100)
        #expect(tree.items.count == 100)
        #expect(tree.items.allSatisfy { $0.end <= 100 })
    }
}
