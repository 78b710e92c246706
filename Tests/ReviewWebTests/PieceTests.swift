import Extractor
import Foundation
import Generator
import Testing
@testable import ReviewWeb

/// The pure pieces: escaping, marked text, form fields, addresses, draft filters.
@Suite struct PieceTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\" onerror=\"x", "&quot; onerror=&quot;x"),
        ("it's & more", "it&#39;s &amp; more"),
        ("plain text, 2031 — ünïcödé", "plain text, 2031 — ünïcödé"),
        ("&amp;", "&amp;amp;"),
    ])
    func escapingMakesTextInert(text: String, escaped: String) {
        #expect(escapeHTML(text) == escaped)
        let html: HTML = "<p title=\"\(text)\">\(text)</p>"
        #expect(html.rendered == "<p title=\"\(escaped)\">\(escaped)</p>")
    }

    @Test func htmlPartsGoInAsTheyAre() {
        let inner: HTML = "<b>\("<i>")</b>"
        let outer: HTML = "<p>\(inner)\([inner, inner])\(Optional<String>.none)\(3)</p>"
        #expect(outer.rendered == "<p><b>&lt;i&gt;</b><b>&lt;i&gt;</b><b>&lt;i&gt;</b>3</p>")
    }

    @Test func markedTextNestsMarksInsideTheQuote() {
        let text = "One.\n\nBank of Osterland bans tokens on 1 May.\n\nTwo."
        let quoteStart = 6
        let quoteEnd = quoteStart + "Bank of Osterland bans tokens on 1 May.".count
        let analysis = TextAnalysis(
            entities: [
                Entity(name: "Bank of Osterland", type: .authority, mentions: [TextSpan(start: 6, end: 23)]),
                Entity(name: "Osterland", type: .location, mentions: [TextSpan(start: 14, end: 23)]),
                Entity(name: "Outside", type: .person, mentions: [TextSpan(start: 2, end: 9)]),
                Entity(name: "Nowhere", type: .person, mentions: [TextSpan(start: 90, end: 95)]),
            ],
            dates: [TemporalExpression(text: "1 May", value: "2031-05-01", start: 39, end: 44)]
        )
        let marked = MarkedText(text: text, quote: quoteStart..<quoteEnd, analysis: analysis)
        #expect(marked.paragraphs.count == 3)
        #expect(marked.quoteParagraph == 1)
        #expect(marked.html(quoteID: "q").rendered == """
            <p>One.</p>
            <p id="q"><mark class="quote"><span class="entity authority" title="authority: Bank of Osterland">\
            Bank of Osterland</span> bans tokens on <time class="date" title="date: 2031-05-01">1 May</time>.\
            </mark></p>
            <p>Two.</p>

            """)
        #expect(marked.html(paragraphs: 2..<9).rendered == "<p>Two.</p>\n")
    }

    @Test func markedTextEscapesAndSurvivesOffsetsOutsideTheText() {
        let marked = MarkedText(text: "a <b> c\n\n\n\nd & e", quote: 40..<50, analysis: TextAnalysis(
            entities: [Entity(name: "x", type: .asset, mentions: [TextSpan(start: -3, end: 2), TextSpan(start: 5, end: 4)])]
        ))
        #expect(marked.quote == nil)
        #expect(marked.html().rendered == "<p>a &lt;b&gt; c</p>\n<p>d &amp; e</p>\n")
        #expect(MarkedText(text: "").html().rendered == "")
    }

    @Test func markedTextCountsUnicodeScalars() {
        let text = "Café 🚀 ban starts now."
        let marked = MarkedText(text: text, quote: 7..<10, analysis: TextAnalysis())
        #expect(marked.html().rendered == "<p>Café 🚀 <mark class=\"quote\">ban</mark> starts now.</p>\n")
    }

    @Test func formFieldsDecodeURLEncoding() {
        let fields = FormFields(encoded: "reason=too+early%21&csrf=ab&empty=&reason=second&=skip&bad=%zz&flag")
        #expect(fields["reason"] == "too early!")
        #expect(fields.values("reason") == ["too early!", "second"])
        #expect(fields["empty"] == "")
        #expect(fields["bad"] == "")
        #expect(fields["flag"] == "")
        #expect(fields["missing"] == nil)
        #expect(FormFields(encoded: "subjects=lending%2C+staking")["subjects"] == "lending, staking")
    }

    @Test(arguments: [
        ("127.0.0.1:8080", "127.0.0.1", 8080, true), ("localhost:0", "localhost", 0, true),
        ("[::1]:9000", "::1", 9000, true), ("0.0.0.0:80", "0.0.0.0", 80, false), ("example.org", "example.org", 8080, false),
        ("127.0.0.1", "127.0.0.1", 8080, true), ("10.1.2.3:443", "10.1.2.3", 443, false),
    ])
    func listenAddressesParse(text: String, host: String, port: Int, loopback: Bool) throws {
        let address = try ListenAddress(parsing: text)
        #expect(address.host == host)
        #expect(address.port == port)
        #expect(address.isLoopback == loopback)
    }

    @Test(arguments: ["", ":8080", "host:port", "host:70000", "a b:80", "[::1", "[::1]8080", "::1:80", "h/x:1"])
    func invalidListenAddressesAreRefused(text: String) {
        #expect(throws: ListenAddressError.self) { try ListenAddress(parsing: text) }
    }

    @Test func draftListingsFilterOnEveryField() throws {
        let bench = try ReviewWebBench()
        try bench.file("Harbor will stop crypto lending in Osterland from May 1.", published: "2031-04-10")
        try bench.file("Quay will require licences for crypto custody in Westmark.", site: "Wire",
                       published: "2031-04-20", actor: "Quay", place: ("Westmark", "WM"), date: nil,
                       action: .require, subjects: [.custody, .kycAML])
        let drafts = try bench.store.drafts(state: .pending)
        #expect(drafts.count == 2)
        func shown(_ query: [String: String]) -> [String] {
            let listing = DraftListing(query: query)
            return drafts.filter(listing.admits).map { $0.rule.jurisdiction ?? "" }.sorted()
        }
        #expect(shown([:]) == ["OL", "WM"])
        #expect(shown(["action": "require"]) == ["WM"])
        #expect(shown(["action": "nonsense"]) == ["OL", "WM"])
        #expect(shown(["jurisdiction": "ol"]) == ["OL"])
        #expect(shown(["subject": "kyc-aml"]) == ["WM"])
        #expect(shown(["from": "2031-04-15"]) == ["WM"])
        #expect(shown(["until": "2031-04-15"]) == ["OL"])
        #expect(shown(["from": "2031-04-11", "until": "2031-04-19"]) == [])
        let lowest = try #require(drafts.map(\.confidence).min())
        #expect(shown(["confidence": String(lowest + 0.001)]).count == (drafts.filter { $0.confidence > lowest }.count))
        #expect(DraftListing(query: ["state": "rejected"]).state == .rejected)
        #expect(DraftListing(query: ["state": "other"]).state == .pending)
        let counts = DraftCounts(drafts)
        #expect(counts.total == 2)
        #expect(counts.byAction == [.prohibit: 1, .require: 1])
        #expect(counts.bySubject[.kycAML] == 1)
    }

    @Test func externalLinksAreOnlyHTTP() {
        #expect(Layout.externalLink("https://a.example/x?y=1&z=2").rendered
            == "<a class=\"external\" href=\"https://a.example/x?y=1&amp;z=2\" rel=\"noopener noreferrer nofollow\">https://a.example/x?y=1&amp;z=2</a>")
        for address in ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>", "//evil.example", "vbscript:x",
                        "http:/nohost"] {
            #expect(Layout.externalLink(address).rendered.hasPrefix("<span class=\"address\">"), "\(address)")
        }
    }
}
