import Foundation

/// Feeds and article pages written by a program, for the soak benchmark and the daemon's crash-safety test:
/// `feeds` outlets, each with `items` articles, every text different, every fifth article announcing one of a
/// handful of policy decisions (so that several outlets carry the same news and drafts collect evidence).
///
/// Everything is a pure function of the indices, so a restarted server serves the same site.
struct SyntheticNews: Sendable {
    let feeds: Int
    let items: Int
    let hosts: [String]
    let port: Int

    /// The loopback address serving a feed and its articles.
    func host(ofFeed feed: Int) -> String {
        hosts[feed % hosts.count]
    }

    func feedURL(_ feed: Int) -> String {
        "http://\(host(ofFeed: feed)):\(port)/feeds/\(feed).xml"
    }

    func articleURL(feed: Int, item: Int) -> String {
        "http://\(host(ofFeed: feed)):\(port)/articles/\(feed)/\(item).html"
    }

    /// The feed list for Herald.
    var feedList: String {
        "feeds:\n" + (0..<feeds).map { "  - url: \(feedURL($0))\n    name: Outlet \($0)\n" }.joined()
    }

    /// An RSS 2.0 document with the feed's items, newest first, each with a short summary only.
    func feed(_ feed: Int) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Outlet \(feed)</title>
            <link>http://\(host(ofFeed: feed)):\(port)/</link><description>Synthetic outlet \(feed)</description>

            """
        for item in 0..<items {
            let published = Self.publicationDate(feed: feed, item: item)
            xml += """
                <item><title>\(title(feed: feed, item: item))</title>
                <link>\(articleURL(feed: feed, item: item))</link><guid>outlet-\(feed)-item-\(item)</guid>
                <pubDate>\(Self.rfc822(published))</pubDate>
                <description>Short summary of report \(item) from outlet \(feed).</description></item>

                """
        }
        return xml + "</channel></rss>\n"
    }

    /// An article page with navigation, the article and a footer.
    func page(feed: Int, item: Int) -> String {
        let published = Self.publicationDate(feed: feed, item: item)
        var paragraphs = [
            "Analysts at outlet \(feed) looked again at report number \(item) this week, comparing trading volumes "
                + "across \(Self.markets[(feed + item) % Self.markets.count]) with the figures of the previous quarter.",
        ]
        if item % 5 == 0 {
            paragraphs.append(Self.announcements[(feed / 3 + item / 5) % Self.announcements.count])
        }
        for sentence in 0..<8 {
            let market = Self.markets[(feed * 7 + item * 3 + sentence) % Self.markets.count]
            paragraphs.append(
                "Desk note \(sentence + 1) for item \(item) of outlet \(feed): volumes in \(market) moved by "
                    + "\((feed * 31 + item * 17 + sentence * 7) % 90 + 3) percent while spreads narrowed, and "
                    + "several brokers said customer interest in \(market) kept growing over the month."
            )
        }
        let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(title(feed: feed, item: item))</title>
            <meta property="article:published_time" content="\(ISO8601DateFormatter().string(from: published))">
            </head><body>
            <nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/policy">Policy</a></nav>
            <article><h1>\(title(feed: feed, item: item))</h1>
            \(body)
            </article>
            <footer>Outlet \(feed) · All rights reserved · <a href="/about">About</a></footer>
            </body></html>
            """
    }

    func title(feed: Int, item: Int) -> String {
        "Market report \(item) from outlet \(feed)"
    }

    static func publicationDate(feed: Int, item: Int) -> Date {
        // Outlets publish every one to six hours; item 0 is the newest.
        let gap = Double(3600 * (1 + feed % 6))
        return Date(timeIntervalSince1970: 1_790_000_000 - Double(item) * gap - Double(feed % 97) * 60)
    }

    static func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }

    static let markets = [
        "spot bitcoin", "ether futures", "stablecoin lending", "token swaps", "mining equipment",
        "custody services", "payment tokens",
    ]

    /// Policy decisions written for this benchmark.
    static let announcements = [
        "The Financial Services Agency of Japan said on Monday that it will prohibit the sale of crypto "
            + "derivatives to retail customers from 1 April 2027.",
        "The Monetary Authority of Singapore announced that crypto exchanges will be required to hold customer "
            + "assets in separate trusts starting 1 July 2027.",
        "Brazil's central bank said it will restrict stablecoin payments above 10,000 reais from 1 March 2027.",
        "The Swiss Financial Market Supervisory Authority warned investors on Tuesday about unlicensed crypto "
            + "lending platforms.",
    ]
}
