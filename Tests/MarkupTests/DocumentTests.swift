import Testing
@testable import Markup

@Suite struct DocumentTests {
    @Test func parsesBrokenHTMLAndQueriesIt() throws {
        let document = try Document.html("<html><body><div class=a><p>One <b>two</p><p>three</div>")
        let paragraphs = try document.select("//p")
        #expect(paragraphs.map(\.text) == ["One two", "three"])
        #expect(paragraphs.first?.parent?.name == "div")
        #expect(paragraphs.first?.parent?[attribute: "class"] == "a")
    }

    @Test func refusesEntityDeclarations() {
        let xxe = """
        <?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>
        """
        #expect(throws: MarkupError.entityDeclarations) { try Document.xml(xxe) }
    }

    @Test func readsNamespacedXML() throws {
        let atom = #"<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title></entry></feed>"#
        let document = try Document.xml(atom)
        let titles = try document.select("//a:entry/a:title", namespaces: ["a": "http://www.w3.org/2005/Atom"])
        #expect(titles.map(\.text) == ["T"])
        #expect(titles.first?.namespaceURI == "http://www.w3.org/2005/Atom")
    }

    @Test func refusesOversizedInput() {
        let limits = MarkupLimits(maximumBytes: 10)
        #expect(throws: MarkupError.tooLarge(byteCount: 11, limit: 10)) {
            try Document.html(Array("<p>123456</p>".utf8.prefix(11)), limits: limits)
        }
    }
}
