import Foundation
import Testing
@testable import Fetcher

@Suite struct CanonicalURLTests {
    @Test(arguments: [
        ("https://News.Example.com/a/b?utm_source=rss&utm_medium=feed&id=7#comments", "https://news.example.com/a/b?id=7"),
        ("http://example.com:80/story?fbclid=abc", "http://example.com/story"),
        ("https://example.com:443?gclid=1&page=2&mc_cid=x", "https://example.com/?page=2"),
        ("https://example.com/x?b=2&a=1", "https://example.com/x?b=2&a=1"),
        ("https://example.com:8443/x?UTM_Campaign=y", "https://example.com:8443/x"),
        ("https://example.com/path%20with%20space?q=a%26b", "https://example.com/path%20with%20space?q=a%26b"),
    ])
    func dropsTrackingAndNormalizesCase(input: String, expected: String) throws {
        let url = try #require(URL(string: input))
        #expect(CanonicalURL.normalize(url).absoluteString == expected)
    }

    @Test func leavesNonWebURLsAlone() throws {
        let file = URL(fileURLWithPath: "/tmp/a.html")
        #expect(CanonicalURL.normalize(file) == file)
    }
}

@Suite struct OPMLTests {
    @Test func importsNestedOutlinesFromOPML1And2() throws {
        let opml = """
        <?xml version="1.0"?>
        <opml version="1.0"><head><title>Mine</title></head><body>
          <outline text="Crypto">
            <outline text="Ledger &amp; Co" type="rss" xmlUrl="https://ledger.example/rss"/>
            <outline title="Second" xmlurl="https://second.example/atom.xml"/>
          </outline>
          <outline text="Duplicate" xmlUrl="https://ledger.example/rss"/>
          <outline text="Not a feed" htmlUrl="https://site.example/"/>
          <outline text="Bad scheme" xmlUrl="javascript:alert(1)"/>
        </body></opml>
        """
        let feeds = try OPML.feeds(in: Array(opml.utf8))
        #expect(feeds == [
            FeedSource(url: URL(string: "https://ledger.example/rss")!, name: "Ledger & Co"),
            FeedSource(url: URL(string: "https://second.example/atom.xml")!, name: "Second"),
        ])
    }

    @Test func exportsOPML2ThatImportsBack() throws {
        let feeds = [
            FeedSource(url: URL(string: "https://a.example/feed?x=1&y=2")!, name: "A \"quoted\" <name>"),
            FeedSource(url: URL(string: "https://b.example/rss")!),
        ]
        let text = OPML.document(for: feeds, created: Date(timeIntervalSince1970: 0))
        #expect(text.contains("<opml version=\"2.0\">"))
        #expect(text.contains("Thu, 01 Jan 1970 00:00:00 GMT"))
        let back = try OPML.feeds(in: Array(text.utf8))
        #expect(back.map(\.url) == feeds.map(\.url))
        #expect(back.first?.name == "A \"quoted\" <name>")
        #expect(back.last?.name == "https://b.example/rss")
    }

    @Test func refusesOtherDocuments() {
        #expect(throws: OPMLError.notOPML("rss")) { try OPML.feeds(in: Array("<rss version=\"2.0\"/>".utf8)) }
        #expect(throws: OPMLError.self) { try OPML.feeds(in: Array("not xml at all <<".utf8)) }
    }
}
