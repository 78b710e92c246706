import Foundation
import Testing
@testable import Fetcher

@Suite struct ArticleURLTests {
    let fetched = URL(string: "https://www.news.example/2026/11/26/sec-approves-fund?utm_source=rss&id=7#comments")!

    @Test(arguments: [
        // The page's own address, written differently.
        ("https://www.news.example/2026/11/26/sec-approves-fund?id=7", "https://www.news.example/2026/11/26/sec-approves-fund?id=7"),
        // Another host of the same site: the AMP copy points at the article, the article at the bare domain.
        ("https://news.example/markets/sec-approves-fund", "https://news.example/markets/sec-approves-fund"),
        ("http://amp.news.example/a/123?fbclid=x", "http://amp.news.example/a/123"),
        // Relative: resolved against the page.
        ("/markets/sec-approves-fund", "https://www.news.example/markets/sec-approves-fund"),
    ] as [(String, String)])
    func aCanonicalOnTheSameSiteIsTrustedWithoutItsTracking(declared: String, expected: String) {
        #expect(ArticleURL.canonical(declared: declared, fetched: fetched).absoluteString == expected)
    }

    @Test(arguments: [
        "https://www.news.example/", "https://news.example", // every article declaring the home page
        "https://other.example/2026/11/26/sec-approves-fund", // another site
        "https://news.example.evil.example/a", // looks alike, is not
        "ftp://news.example/a", "javascript:alert(1)", "", "   ", "not a url at all",
    ])
    func otherwiseTheAddressFetchedIsKept(declared: String) {
        #expect(ArticleURL.canonical(declared: declared, fetched: fetched).absoluteString
            == "https://www.news.example/2026/11/26/sec-approves-fund?id=7")
        #expect(ArticleURL.canonical(declared: nil, fetched: fetched).absoluteString
            == "https://www.news.example/2026/11/26/sec-approves-fund?id=7")
    }

    @Test func aSavedCopyTakesTheAddressItDeclaresOnTheWeb() {
        let copy = URL(fileURLWithPath: "/srv/sample/articles/story.html")
        #expect(ArticleURL.canonical(declared: "https://news.example/story?utm_source=x", fetched: copy).absoluteString
            == "https://news.example/story")
        #expect(ArticleURL.canonical(declared: "https://news.example/", fetched: copy) == copy)
        #expect(ArticleURL.canonical(declared: "file:///etc/passwd", fetched: copy) == copy)
        #expect(ArticleURL.canonical(declared: nil, fetched: copy) == copy)
    }

    @Test func theHomePageMayDeclareItself() {
        let home = URL(string: "https://news.example/?utm_campaign=x")!
        #expect(ArticleURL.canonical(declared: "https://www.news.example/", fetched: home).absoluteString
            == "https://www.news.example/")
    }

    @Test(arguments: [
        ("www.news.example", "news.example"), ("a.b.news.example", "news.example"), ("news.example", "news.example"),
        ("www.bbc.co.uk", "bbc.co.uk"), ("bbc.co.uk", "bbc.co.uk"), ("news.abc.net.au", "abc.net.au"),
        ("someone.github.io", "someone.github.io"), ("WWW.Example.COM.", "example.com"), ("192.168.1.20", "192.168.1.20"),
        ("localhost", "localhost"),
    ] as [(String, String)])
    func registrableDomains(host: String, expected: String) {
        #expect(ArticleURL.registrableDomain(of: host) == expected)
    }
}
