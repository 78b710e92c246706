import Testing
@testable import Markup

@Suite struct HTMLTreeBuilderTests {
    func tree(_ html: String) -> ElementTree {
        ElementTree(utf8: Array(html.utf8))
    }

    /// The tree as nested names and texts, for compact comparisons.
    func outline(_ tree: ElementTree, from index: Int = 0) -> String {
        let item = tree.items[index]
        guard item.isElement else { return "'\(item.text)'" }
        let children = tree.children(of: index).map { outline(tree, from: $0) }
        return children.isEmpty ? item.name : "\(item.name)(\(children.joined(separator: " ")))"
    }

    @Test func impliesHeadAndBody() {
        let result = tree("<title>T</title><meta charset=utf-8><p>Text")
        #expect(outline(result) == "html(head(title('T') meta) body(p('Text')))")
    }

    @Test func closesParagraphsListItemsAndCellsImplicitly() {
        #expect(outline(tree("<body><p>one<p>two<div>three</div>")) == "html(body(p('one') p('two') div('three')))")
        #expect(outline(tree("<body><ul><li>a<li>b</ul>")) == "html(body(ul(li('a') li('b'))))")
        #expect(outline(tree("<body><table><tr><td>a<td>b<tr><td>c</table>"))
            == "html(body(table(tr(td('a') td('b')) tr(td('c')))))")
        #expect(outline(tree("<body><dl><dt>k<dd>v</dl>")) == "html(body(dl(dt('k') dd('v'))))")
    }

    @Test func endTagsCloseWhatWasLeftOpenAndStrayEndTagsAreIgnored() {
        #expect(outline(tree("<body><div><span><b>x</div>y</span>z")) == "html(body(div(span(b('x'))) 'y' 'z'))")
        #expect(outline(tree("<body><p>a</i></p>")) == "html(body(p('a')))")
    }

    @Test func voidAndSelfClosingElementsHaveNoChildren() {
        #expect(outline(tree("<body><p>a<br>b<img src=x>c</p>")) == "html(body(p('a' br 'b' img 'c')))")
    }

    @Test func readsAttributesInEveryQuotingStyle() throws {
        let result = tree(#"<body><div id=main class='a b' data-x="1 &amp; 2" hidden TITLE="Up">x</div>"#)
        let div = try #require(result.items.firstIndex { $0.name == "div" })
        #expect(result.items[div][attribute: "id"] == "main")
        #expect(result.items[div][attribute: "class"] == "a b")
        #expect(result.items[div][attribute: "data-x"] == "1 & 2")
        #expect(result.items[div][attribute: "hidden"] == "")
        #expect(result.items[div][attribute: "title"] == "Up")
    }

    @Test func keepsOnlyTheAttributesAskedFor() throws {
        let html = #"<body><img src="a.jpg" srcset="a.jpg 1x, b.jpg 2x" class="photo" data-id="7"></body>"#
        let result = ElementTree(utf8: Array(html.utf8), keptAttributes: ["class", "src"])
        let image = try #require(result.items.first { $0.name == "img" })
        #expect(image.attributes.map(\.name) == ["src", "class"])
        #expect(image[attribute: "class"] == "photo")
    }

    @Test func decodesCharacterReferences() {
        let result = tree("<body><p>a&amp;b &lt;c&gt; &#233;&#xE9; &eacute; &nbsp;&mdash; &unknown; & alone</p>")
        #expect(result.text(of: 0) == "a&b <c> éé é \u{A0}— &unknown; & alone")
    }

    @Test func skipsScriptsStylesAndCommentsButKeepsJSONData() {
        let html = """
        <head><script>if (a < b) { document.write("</p>") }</script><style>p { color: red }</style>
        <script type="application/ld+json">{"headline": "a &amp; b"}</script></head>
        <body><!-- a <p>comment</p> --><p>kept</p><noscript><p>fallback</p></noscript></body>
        """
        let result = tree(html)
        let texts = result.items.filter { !$0.isElement }.map(\.text).filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(texts == [#"{"headline": "a &amp; b"}"#, "kept"])
    }

    @Test func agreesWithLibxml2OnOrdinaryPages() throws {
        let html = """
        <!DOCTYPE html><html lang="en"><head><title>Ferry</title></head><body><div class="story">
        <h1>Ferry timetable</h1><p>The first boat leaves at <b>six</b>, the last at eleven.</p>
        <ul><li>Earlier sailing</li><li>Later sailing</li></ul><blockquote><p>A fair compromise.</p></blockquote>
        <table><tr><td>First</td><td>06:00</td></tr></table></div></body></html>
        """
        let fast = tree(html)
        let libxml2 = try Document.html(html).elementTree()
        #expect(outline(fast) == outline(libxml2))
    }

    @Test func survivesUnclosedTagsInBulk() {
        let html = "<body>" + String(repeating: "<div><span><p>text", count: 20_000)
        let result = tree(html)
        #expect(result.items.filter { $0.text == "text" }.count == 20_000)
        #expect(result.items.allSatisfy { $0.end <= result.items.count })
    }
}
