import Foundation
import Generator
import TestFolders
import Testing
@testable import Archive

@Suite struct RawPageTests {
    @Test(arguments: [0, 1, 100, 70_000])
    func pagesRoundTrip(size: Int) {
        let page = Data((0..<size).map { index in UInt8(truncatingIfNeeded: (index &* 2_654_435_761) >> 13) })
        let html = Data(String(repeating: "<p>Harbor bans lending.</p>\n", count: size / 20).utf8)
        for data in [page, html] {
            let stored = RawPage.compress(data)
            #expect(RawPage.decompress(stored.data, encoding: stored.encoding) == data)
        }
    }

    @Test func repetitiveHTMLIsCompressed() {
        let html = Data(String(repeating: "<div class=\"menu\"><a href=\"/\">Home</a></div>\n", count: 500).utf8)
        let stored = RawPage.compress(html)
        #expect(stored.encoding == "zlib")
        #expect(stored.data.count * 10 < html.count)
    }

    @Test func damagedOrUnknownDataGivesNothing() {
        #expect(RawPage.decompress(Data("not zlib".utf8), encoding: "zlib") == nil)
        #expect(RawPage.decompress(Data("x".utf8), encoding: "brotli") == nil)
    }

    @Test func theArchivedPageComesBackAsFetched() throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        var (article, facts) = banArticle(guid: "g", url: "https://x.example/a", site: "X", published: "2031-01-01")
        let html = Data(String(repeating: "<html><body><p>Harbor bans lending.</p></body></html>", count: 40).utf8)
        article.rawPage = html
        guard case let .archived(id, _, _) = try store.ingest(article, analysis: facts, rulebook: Rulebook(),
                                                               now: fixedNow) else { return }
        let stored = try #require(try store.article(id: id)?.article)
        #expect(stored.rawPageEncoding == "zlib")
        #expect((stored.rawPage?.count ?? .max) < html.count)
        #expect(stored.fetchedPage == html)
    }
}
