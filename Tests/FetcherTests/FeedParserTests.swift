import Foundation
import Testing
@testable import Fetcher

@Suite struct FeedParserTests {
    let feedURL = URL(fileURLWithPath: "/data/Feeds/sample/wire.xml")

    @Test func readsRSS20WithModules() throws {
        let rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Ledger Wire</title>
            <link>https://ledger.example/</link>
            <lastBuildDate>Mon, 03 Feb 2025 10:00:00 GMT</lastBuildDate>
            <ttl>30</ttl>
            <item>
              <title>Regulator sets a date</title>
              <link>articles/date.html</link>
              <guid isPermaLink="false">wire-001</guid>
              <pubDate>Mon, 03 Feb 2025 09:30:00 +0100</pubDate>
              <dc:creator>Ana Ruiz</dc:creator>
              <description>&lt;p&gt;Short &amp;amp; sweet&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>The full <b>text</b>.</p>]]></content:encoded>
              <enclosure url="media/chart.png" type="image/png" length="1234"/>
            </item>
          </channel>
        </rss>
        """
        let feed = try FeedParser.parse(Array(rss.utf8), url: feedURL)
        #expect(feed.format == .rss20)
        #expect(feed.isWellFormed)
        #expect(feed.title == "Ledger Wire")
        #expect(feed.link?.absoluteString == "https://ledger.example/")
        #expect(feed.updated.map(FeedDate.iso8601) == "2025-02-03T10:00:00Z")
        #expect(feed.timeToLive == 1800)
        let entry = try #require(feed.entries.first)
        #expect(entry.id == "wire-001")
        #expect(entry.title == "Regulator sets a date")
        #expect(entry.link?.absoluteString == "file:///data/Feeds/sample/articles/date.html")
        #expect(entry.published.map(FeedDate.iso8601) == "2025-02-03T08:30:00Z")
        #expect(entry.author == "Ana Ruiz")
        #expect(entry.summary?.plainText == "Short & sweet")
        #expect(entry.content?.plainText == "The full text.")
        #expect(entry.enclosures.first?.url.absoluteString == "file:///data/Feeds/sample/media/chart.png")
        #expect(entry.enclosures.first?.length == 1234)
    }

    @Test func readsAtom10WithXMLBaseAndTextConstructs() throws {
        let atom = """
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example/news/">
          <title type="html">Policy &amp;lt;Watch&amp;gt;</title>
          <link href="/" rel="alternate"/>
          <link href="feed.atom" rel="self"/>
          <updated>2025-02-01T00:00:00Z</updated>
          <entry>
            <id>tag:blog.example,2025:1</id>
            <title type="text">Tokens &amp; taxes</title>
            <link rel="alternate" type="text/html" href="2025/tokens"/>
            <link rel="enclosure" href="tokens.mp3" type="audio/mpeg"/>
            <published>2025-01-31T12:00:00-05:00</published>
            <updated>2025-02-01T08:00:00Z</updated>
            <author><name>Lee Park</name><email>lee@blog.example</email></author>
            <summary>Plain &lt;b&gt;summary&lt;/b&gt;</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First</p><p>Second</p></div></content>
          </entry>
        </feed>
        """
        let feed = try FeedParser.parse(Array(atom.utf8), url: URL(string: "https://blog.example/feed.atom"))
        #expect(feed.format == .atom10)
        #expect(feed.title == "Policy <Watch>")
        #expect(feed.link?.absoluteString == "https://blog.example/")
        let entry = try #require(feed.entries.first)
        #expect(entry.id == "tag:blog.example,2025:1")
        #expect(entry.title == "Tokens & taxes")
        #expect(entry.link?.absoluteString == "https://blog.example/news/2025/tokens")
        #expect(entry.published.map(FeedDate.iso8601) == "2025-01-31T17:00:00Z")
        #expect(entry.updated.map(FeedDate.iso8601) == "2025-02-01T08:00:00Z")
        #expect(entry.author == "Lee Park")
        #expect(entry.summary?.kind == .text)
        #expect(entry.summary?.plainText == "Plain <b>summary</b>")
        #expect(entry.content?.plainText == "First Second")
        #expect(entry.enclosures.map(\.mediaType) == ["audio/mpeg"])
    }

    @Test func readsRSS10AndAtom03() throws {
        let rdf = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://rdf.example/"><title>RDF news</title><link>https://rdf.example/</link></channel>
          <item rdf:about="https://rdf.example/a1">
            <title>First</title><link>https://rdf.example/a1</link><dc:date>2024-05-06T07:08:09Z</dc:date>
          </item>
        </rdf:RDF>
        """
        let rss10 = try FeedParser.parse(Array(rdf.utf8))
        #expect(rss10.format == .rss10)
        #expect(rss10.entries.map(\.id) == ["https://rdf.example/a1"])
        #expect(rss10.entries.first?.updated.map(FeedDate.iso8601) == "2024-05-06T07:08:09Z")

        let atom03 = """
        <feed version="0.3" xmlns="http://purl.org/atom/ns#">
          <title>Old Atom</title>
          <entry><title>Legacy</title><link rel="alternate" type="text/html" href="https://old.example/1"/>
            <id>old-1</id><issued>2004-01-02T03:04:05Z</issued><modified>2004-01-03T00:00:00Z</modified>
            <content type="text/html" mode="escaped">&lt;p&gt;Body&lt;/p&gt;</content></entry>
        </feed>
        """
        let feed = try FeedParser.parse(Array(atom03.utf8))
        #expect(feed.format == .atom03)
        #expect(feed.entries.first?.published.map(FeedDate.iso8601) == "2004-01-02T03:04:05Z")
        #expect(feed.entries.first?.updated.map(FeedDate.iso8601) == "2004-01-03T00:00:00Z")
        #expect(feed.entries.first?.content?.plainText == "Body")
    }

    @Test func readsJSONFeed() throws {
        let json = """
        {"version": "https://jsonfeed.org/version/1.1", "title": " JSON  Wire ", "home_page_url": "https://json.example/",
         "items": [
           {"id": 42, "url": "posts/42", "title": "Answer", "content_html": "<p>Forty <i>two</i></p>",
            "date_published": "2025-03-04T05:06:07+00:00", "authors": [{"name": "Kim"}]},
           "not an object",
           {"id": "b", "content_text": "Plain body", "author": {"name": "Old Style"}}
         ]}
        """
        let feed = try FeedParser.parse(Array(json.utf8), url: URL(string: "https://json.example/feed.json"))
        #expect(feed.format == .json)
        #expect(feed.isWellFormed)
        #expect(feed.title == "JSON Wire")
        #expect(feed.entries.map(\.id) == ["42", "b"])
        #expect(feed.entries[0].link?.absoluteString == "https://json.example/posts/42")
        #expect(feed.entries[0].content?.plainText == "Forty two")
        #expect(feed.entries[0].author == "Kim")
        #expect(feed.entries[1].author == "Old Style")
        #expect(feed.entries[1].content?.plainText == "Plain body")
    }

    @Test func repairsMislabelledWindows1252AndDropsControlCharacters() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><item><title>".utf8)
        bytes += [0x93, 0x51, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x01, 0x0B]  // “Q” café + controls
        bytes += Array("</title></item></channel></rss>".utf8)
        let feed = try FeedParser.parse(bytes)
        #expect(feed.entries.first?.title == "\u{201C}Q\u{201D} café")
    }

    @Test func readsUTF16WithByteOrderMarkAndInvalidUTF8AsWindows1252() throws {
        let text = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><title>Ünïcode</title></channel></rss>"
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try FeedParser.parse(utf16).title == "Ünïcode")

        let broken = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>".utf8)
            + [0x80, 0x20, 0x35] + Array("</title></channel></rss>".utf8)
        let feed = try FeedParser.parse(broken)
        #expect(feed.title == "€ 5")
        #expect(!feed.isWellFormed)
    }

    @Test func recoversFromHTMLEntitiesBareAmpersandsAndLeadingWhitespace() throws {
        let rss = "\n  <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Q&A&nbsp;now &copy; AT&T</title></channel></rss>"
        let feed = try FeedParser.parse(Array(rss.utf8))
        #expect(feed.title == "Q&A now © AT&T")
        #expect(!feed.isWellFormed)
    }

    @Test func neverExpandsExternalEntities() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("herald-secret-\(UUID().uuidString)")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xxe = """
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "\(secret.absoluteString)">]>
        <rss version="2.0"><channel><title>x&leak;y</title><item><description>&leak;</description></item></channel></rss>
        """
        let feed = try FeedParser.parse(Array(xxe.utf8))
        let everything = String(describing: feed)
        #expect(!everything.contains("TOP-SECRET"))
    }

    @Test func givesEveryEntryAStableDistinctID() throws {
        func parse() throws -> Feed {
            try FeedParser.parse(Array("""
            <rss version="2.0"><channel>
              <item><guid>same</guid><title>One</title><link>https://x.example/1</link></item>
              <item><guid>same</guid><title>Two</title><link>https://x.example/2</link></item>
              <item><title>No guid</title><link>https://x.example/3</link></item>
              <item><title>Nothing but a title</title></item>
              <item><title>Nothing but a title</title></item>
            </channel></rss>
            """.utf8))
        }
        let ids = try parse().entries.map(\.id)
        #expect(Set(ids).count == 5)
        #expect(ids == (try parse().entries.map(\.id)))
        #expect(ids[0].hasPrefix("same#") && ids[1].hasPrefix("same#"))
    }

    @Test func aSecondDescriptionBecomesTheContentAndAuthorsMayBeNested() throws {
        let rss = """
        <rss version="2.0" xmlns:itunes="http://www.itunes.com/DTDs/PodCast-1.0.dtd"
             xmlns:media="http://search.yahoo.com/mrss/"><channel><item>
          <description>Short text</description>
          <itunes:summary>The longer episode notes</itunes:summary>
          <itunes:author>Host Name</itunes:author>
        </item><item>
          <author><name>Dana Lee</name><title>Staff writer</title></author>
          <media:group><media:title>Grouped title</media:title><media:description>From the group</media:description></media:group>
        </item></channel></rss>
        """
        let feed = try FeedParser.parse(Array(rss.utf8))
        #expect(feed.entries[0].summary?.plainText == "Short text")
        #expect(feed.entries[0].content?.plainText == "The longer episode notes")
        #expect(feed.entries[0].author == "Host Name")
        #expect(feed.entries[1].author == "Dana Lee")
        #expect(feed.entries[1].title == "Grouped title")
        #expect(feed.entries[1].summary?.plainText == "From the group")
    }

    @Test func findsAFeedWrappedInHTMLAndReadsAStandaloneAtomEntry() throws {
        let wrapped = """
        <html><body><feed xmlns="http://www.w3.org/2005/Atom"><title>Inside</title>
        <entry><id>e1</id><title>Wrapped entry</title></entry></feed></body></html>
        """
        let feed = try FeedParser.parse(Array(wrapped.utf8))
        #expect(feed.format == .atom10)
        #expect(feed.entries.map(\.title) == ["Wrapped entry"])

        let entry = #"<entry xmlns="http://www.w3.org/2005/Atom"><id>urn:x:1</id><title>Alone</title></entry>"#
        let single = try FeedParser.parse(Array(entry.utf8))
        #expect(single.entries.map(\.id) == ["urn:x:1"])
    }

    @Test(arguments: [
        ("", FeedParseError.empty),
        ("   \n", FeedParseError.empty),
    ])
    func refusesEmptyDocuments(text: String, error: FeedParseError) {
        #expect(throws: error) { try FeedParser.parse(Array(text.utf8)) }
    }

    @Test(arguments: ["<html><body>Not a feed</body></html>", "{not json", "[1, 2]", "<opml version=\"2.0\"/>"])
    func refusesDocumentsThatAreNotFeeds(text: String) {
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Array(text.utf8)) }
    }
}
