import Foundation
import Testing
import Fetcher

/// The feed parser and OPML import against documents written to hurt: entity bombs, external entities, deep
/// nesting, huge lines, NUL bytes, wrong encodings and a feed of 100,000 items. Each ends in a clear error or a
/// bounded result, without expanding entities or reading files.
@Suite struct HostileFeedTests {
    static let billionLaughs = """
    <?xml version="1.0"?>
    <!DOCTYPE rss [
      <!ENTITY lol "lol">
      <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
      <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
      <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
      <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
      <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
      <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
      <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
    ]>
    <rss version="2.0"><channel><title>Bomb &lol9;</title>
    <item><title>&lol9;</title><link>https://bomb.example/1</link><description>&lol9;</description></item>
    </channel></rss>
    """

    /// Parses and reports how long it took; the bound is loose (a debug build on a shared machine), the point is
    /// that nothing grows exponentially.
    static func parseQuickly(_ bytes: [UInt8], contentType: String? = nil) -> (Result<Feed, FeedParseError>, Duration) {
        let started = ContinuousClock.now
        let result = Result { () throws(FeedParseError) in try FeedParser.parse(bytes, contentType: contentType) }
        return (result, ContinuousClock.now - started)
    }

    @Test func aBillionLaughsFeedIsNotExpanded() throws {
        let (result, elapsed) = Self.parseQuickly(Array(Self.billionLaughs.utf8))
        #expect(elapsed < .seconds(10))
        if case let .success(feed) = result {
            let text = String(describing: feed)
            #expect(!text.contains("lollollollol"))
            #expect(text.utf8.count < 100_000)
        }
    }

    @Test func aQuadraticBlowupFeedIsNotExpanded() throws {
        let entity = String(repeating: "x", count: 50_000)
        let reference = String(repeating: "&big;", count: 20_000)
        let document = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \"\(entity)\">]>"
            + "<rss version=\"2.0\"><channel><title>t</title><item><title>\(reference)</title></item></channel></rss>"
        let (result, elapsed) = Self.parseQuickly(Array(document.utf8))
        #expect(elapsed < .seconds(10))
        if case let .success(feed) = result {
            #expect((feed.entries.first?.title?.utf8.count ?? 0) < 1_000_000)
        }
    }

    @Test func anExternalParameterEntityIsNeverFetched() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("herald-hostile-\(UUID().uuidString)")
        try "HOSTILE-SECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let document = """
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM "\(secret.absoluteString)"> %remote;]>
        <rss version="2.0"><channel><title>t</title><item><title>x</title></item></channel></rss>
        """
        let (result, _) = Self.parseQuickly(Array(document.utf8))
        if case let .success(feed) = result { #expect(!String(describing: feed).contains("HOSTILE-SECRET")) }
    }

    @Test func aHundredThousandDeepItemIsAnErrorOrBounded() throws {
        let depth = 100_000
        let document = "<rss version=\"2.0\"><channel><title>t</title><item><title>deep</title><description>"
            + String(repeating: "<x>", count: depth) + "text" + String(repeating: "</x>", count: depth)
            + "</description></item></channel></rss>"
        let (result, elapsed) = Self.parseQuickly(Array(document.utf8))
        #expect(elapsed < .seconds(20))
        switch result {
        case let .success(feed): #expect(feed.entries.count <= 1)
        case let .failure(error): #expect(!error.description.isEmpty)
        }
    }

    @Test func aFiftyMegabyteSingleLineIsRefusedBySize() throws {
        let line = [UInt8](repeating: 0x61, count: 50 << 20)
        let (result, elapsed) = Self.parseQuickly(Array("<rss><channel><title>".utf8) + line)
        #expect(elapsed < .seconds(10))
        #expect(throws: FeedParseError.tooLarge(byteCount: line.count + 21, limit: FeedParser.maximumBytes)) { try result.get() }
    }

    @Test func aHugeSingleLineTitleUnderTheCapParses() throws {
        let title = String(repeating: "word ", count: 1_000_000)
        let document = "<rss version=\"2.0\"><channel><title>\(title)</title><item><title>one</title></item></channel></rss>"
        let (result, elapsed) = Self.parseQuickly(Array(document.utf8))
        #expect(elapsed < .seconds(30))
        #expect(try result.get().entries.count == 1)
    }

    @Test func nulBytesAndInvalidUTF8DoNotStopTheFeed() throws {
        var bytes = Array("<rss version=\"2.0\"><channel><title>A\u{0}B</title><item><title>caf".utf8)
        bytes += [0xC3, 0x00, 0xFF, 0xFE, 0x80] + Array("</title><link>https://n.example/1</link></item></channel></rss>".utf8)
        let (result, _) = Self.parseQuickly(bytes)
        let feed = try result.get()
        #expect(feed.entries.count == 1)
        // Compared by scalars: Foundation's `contains` on a string holding U+0000 is unreliable.
        let titles = [feed.title ?? "", feed.entries.first?.title ?? ""]
        #expect(!titles.contains { $0.unicodeScalars.contains("\u{0}") })
        #expect(titles == ["AB", "caf\u{C3}\u{FF}\u{FE}\u{20AC}"])
    }

    @Test(arguments: [
        // UTF-16 bytes served with a UTF-8 label: the byte order mark wins.
        ([0xFF, 0xFE] + Array("<rss version=\"2.0\"><channel><title>Caf\u{E9}</title></channel></rss>".utf16)
            .flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "text/xml; charset=utf-8", "Caf\u{E9}"),
        // Windows-1252 bytes declared as UTF-8 in the XML declaration.
        (Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>".utf8) + [0x93, 0x4F, 0x4B, 0x94]
            + Array("</title></channel></rss>".utf8), nil, "\u{201C}OK\u{201D}"),
        // An encoding nobody knows.
        (Array("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss version=\"2.0\"><channel><title>Plain</title></channel></rss>".utf8),
         "application/rss+xml; charset=x-also-unknown", "Plain"),
    ] as [([UInt8], String?, String)])
    func mislabeledEncodingsAreReadByWhatTheBytesAre(bytes: [UInt8], contentType: String?, title: String) throws {
        let (result, _) = Self.parseQuickly(bytes, contentType: contentType)
        #expect(try result.get().title == title)
    }

    @Test func aFeedOfAHundredThousandItemsParsesInBoundedTime() throws {
        var document = "<rss version=\"2.0\"><channel><title>Flood</title>"
        for index in 0..<100_000 {
            document += "<item><title>Item \(index)</title><link>https://flood.example/\(index)</link><guid>\(index)</guid></item>"
        }
        document += "</channel></rss>"
        let (result, elapsed) = Self.parseQuickly(Array(document.utf8))
        let feed = try result.get()
        #expect(feed.entries.count == 100_000)
        #expect(Set(feed.entries.map(\.id)).count == 100_000)
        #expect(elapsed < .seconds(60))
    }

    @Test(arguments: [billionLaughs.replacingOccurrences(of: "rss", with: "opml"),
                      "<opml version=\"1.0\"><body>" + String(repeating: "<outline text=\"a\">", count: 100_000) + "</body></opml>",
                      "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<opml><body><outline text=\"&x;\" xmlUrl=\"https://a.example/&x;\"/></body></opml>"])
    func hostileOPMLIsAnErrorOrHarmless(document: String) throws {
        let started = ContinuousClock.now
        do {
            let feeds = try OPML.feeds(in: Array(document.utf8))
            #expect(!feeds.contains { ($0.name ?? "").contains("root:") || $0.url.absoluteString.contains("root:") })
            #expect(!feeds.contains { ($0.name ?? "").contains("lollollol") })
        } catch {
            #expect(!error.description.isEmpty)
        }
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}
