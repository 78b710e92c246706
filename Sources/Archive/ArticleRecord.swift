import Extractor
import Foundation

/// An article as the pipeline hands it to the archive: where it came from, the page and its extraction.
public struct ArticleRecord: Sendable {
    /// The feed item's guid or id, when the feed gives one.
    public var guid: String?
    /// The URL the article was fetched from.
    public var url: String
    /// The feed it came through.
    public var feedURL: String?
    /// The page's main text and metadata.
    public var page: ArticlePage
    /// The page as fetched, kept to re-extract later.
    public var rawPage: Data?
    public var fetchedAt: Date

    public init(
        guid: String?, url: String, feedURL: String? = nil, page: ArticlePage, rawPage: Data? = nil,
        fetchedAt: Date = Date()
    ) {
        self.guid = guid
        self.url = url
        self.feedURL = feedURL
        self.page = page
        self.rawPage = rawPage
        self.fetchedAt = fetchedAt
    }

    /// The page's canonical URL, or else the URL fetched.
    public var canonicalURL: String {
        guard let canonical = page.canonicalURL?.trimmingCharacters(in: .whitespaces), !canonical.isEmpty else {
            return url
        }
        return canonical
    }

    /// The fingerprint of the text, for spotting one article under two URLs.
    public var contentHash: String {
        ContentHash.of(page.text)
    }

    /// The publication day, when the page gives one.
    public var publishedDay: CalendarDay? {
        page.published.flatMap { CalendarDay(iso: $0.prefix(10)) }
    }
}

/// A 128-bit fingerprint of a text (two FNV-1a 64 hashes), blind to white space and case.
///
/// Not cryptographic: it spots the same article reached twice, not a forgery.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in words.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second &* 0x0000_0100_0000_01b3) ^ UInt64(byte)
        }
        return String(format: "%016llx%016llx", first, second)
    }
}
