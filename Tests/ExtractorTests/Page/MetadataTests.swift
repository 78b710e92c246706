import Testing
@testable import Extractor

@Suite struct DateReadingTests {
    @Test(arguments: [
        ("2019-11-19", "2019-11-19"), ("2019-11-19T13:03:00.000Z", "2019-11-19T13:03:00.000Z"),
        ("2021-02-03T08:15:00+01:00", "2021-02-03T08:15:00+01:00"), ("2020/07/04", "2020-07-04"),
        ("Tue, 19 Nov 2019 13:03:00 GMT", "2019-11-19"), ("November 19, 2019", "2019-11-19"),
        ("Nov. 9, 2019 at 5 pm", "2019-11-09"), ("3rd March 2022", "2022-03-03"),
    ])
    func readsDates(text: String, expected: String) {
        #expect(DateReading.normalize(text) == expected)
    }

    @Test(arguments: ["2019-02-30", "yesterday", "13/45/2020", "May 2020", ""])
    func refusesNonDates(text: String) {
        #expect(DateReading.normalize(text) == nil)
    }

    @Test(arguments: [
        ("https://example.com/2019/11/19/ferry-news/", "2019-11-19"), ("https://example.com/news/2020-01-05-port", "2020-01-05"),
        ("https://example.com/a/20181231/story.html", "2018-12-31"), ("https://example.com/2019/11/ferry", nil),
        ("https://example.com/item/123456789", nil),
    ])
    func readsDatesInURLs(url: String, expected: String?) {
        #expect(DateReading.fromURL(url) == expected)
    }
}

@Suite struct TitleCleaningTests {
    @Test(arguments: [
        ("Ferry timetable adds sailings | Island Gazette", "Island Gazette", "Ferry timetable adds sailings"),
        ("Island Gazette - Ferry timetable adds sailings", "Island Gazette", "Ferry timetable adds sailings"),
        ("Ferry timetable adds early and late sailings - Gazette", nil, "Ferry timetable adds early and late sailings"),
        ("Council votes - and loses", nil, "Council votes - and loses"),
        ("Port reopens after storm", "Island Gazette", "Port reopens after storm"),
    ] as [(String, String?, String)])
    func removesTheSiteName(title: String, site: String?, expected: String) {
        #expect(TitleCleaning.removingSiteName(from: title, siteName: site) == expected)
    }
}

@Suite struct MetadataReaderTests {
    func read(_ head: String, body: String = "", url: String? = nil) throws -> ArticlePage {
        let html = "<html lang=\"en_GB\"><head>\(head)</head><body>\(body)\(PageFixtures.paragraphsHTML())</body></html>"
        return try PageExtractor().extract(html: Array(html.utf8), url: url)
    }

    @Test func prefersLinkedDataOverOpenGraphOverMarkup() throws {
        let jsonLD = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Gazette"},
        {"@type":"NewsArticle","headline":"Ferry adds sailings","datePublished":"2021-03-02T09:00:00Z",
        "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],"keywords":"ferry, transport"}]}</script>
        """
        let og = #"<meta property="article:published_time" content="2021-03-01"><meta property="og:title" content="Other">"#
        let page = try read(jsonLD + og, body: #"<time datetime="2020-01-01">1 Jan</time>"#)
        #expect(page.title == "Ferry adds sailings")
        #expect(page.published == "2021-03-02T09:00:00Z")
        #expect(page.provenance["published"] == "json-ld datePublished")
        #expect(page.authors == ["Jane Roe", "John Doe"])
        #expect(page.tags == ["ferry", "transport"])
        #expect(page.siteName == "Gazette")
        #expect(page.language == "en-GB")
    }

    @Test func fallsThroughTheDateSourcesInOrder() throws {
        let og = #"<meta property="article:published_time" content="2021-03-01">"#
        #expect(try read(og, body: #"<time datetime="2020-01-01">x</time>"#).provenance["published"] == "article:published_time")
        let time = try read("", body: #"<time datetime="2020-01-01">x</time>"#, url: "https://x.org/2019/05/06/a")
        #expect(time.published == "2020-01-01")
        #expect(time.provenance["published"] == "<time datetime>")
        let fromURL = try read("", url: "https://x.org/2019/05/06/a")
        #expect(fromURL.published == "2019-05-06")
        #expect(fromURL.provenance["published"] == "URL")
        let dateline = try read("", body: "<p class=date>Posted on March 4, 2018</p>")
        #expect(dateline.published == "2018-03-04")
        #expect(dateline.provenance["published"] == "dateline")
    }

    @Test func readsOpenGraphAndMetaTags() throws {
        let head = """
        <title>Ferry adds sailings | Gazette</title><meta property="og:site_name" content="Gazette">
        <meta name="description" content="More boats."><meta name="author" content="By Jane Roe and John Doe">
        <link rel="canonical" href="/news/ferry"><meta property="article:tag" content="ferry"><meta property="article:tag" content="island">
        """
        let page = try read(head, url: "https://gazette.example/news/ferry?utm=1")
        #expect(page.title == "Ferry adds sailings")
        #expect(page.provenance["title"] == "<title> (site name removed)")
        #expect(page.description == "More boats.")
        #expect(page.authors == ["Jane Roe", "John Doe"])
        #expect(page.canonicalURL == "https://gazette.example/news/ferry")
        #expect(page.tags == ["ferry", "island"])
    }

    @Test func ignoresBrokenLinkedData() throws {
        let page = try read(#"<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><title>Plain</title>"#)
        #expect(page.title == "Plain")
    }
}

@Suite struct BylineTests {
    @Test(arguments: [
        #"<div class="post-meta"><span class="author-name">by <a href="/author/jane-roe/">Jane Roe</a></span></div>"#,
        #"<p class="meta">Story by <a href="https://news.example/authors/jane-roe">Jane Roe</a></p>"#,
        #"<div class="byline"><span class="byline__name">Jane Roe</span></div>"#,
    ])
    func readsVisibleBylines(byline: String) throws {
        let html = "<html><body>\(byline)\(PageFixtures.paragraphsHTML())</body></html>"
        let page = try PageExtractor().extract(html: Array(html.utf8))
        #expect(page.authors == ["Jane Roe"])
        #expect(page.provenance["authors"] == "byline")
    }

    @Test func prefersDeclaredAuthorsOverBylines() throws {
        let html = """
        <html><head><meta name="author" content="John Doe"></head><body>
        <a href="/author/jane-roe/">Jane Roe</a>\(PageFixtures.paragraphsHTML())</body></html>
        """
        let page = try PageExtractor().extract(html: Array(html.utf8))
        #expect(page.authors == ["John Doe"])
    }
}
