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
        hash(normalizedBytes(text))
    }

    /// The text's words in lower case, one space between them, as UTF-8.
    static func normalizedBytes(_ text: String) -> [UInt8] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return generalNormalizedBytes(text) }
        // ASCII: lower case and white space are plain bytes, many times faster than going by Characters.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var wordEnded = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                wordEnded = true
                continue
            }
            if wordEnded && !bytes.isEmpty { bytes.append(0x20) }
            wordEnded = false
            bytes.append((0x41...0x5A).contains(byte) ? byte + 32 : byte)
        }
        return bytes
    }

    /// ``normalizedBytes(_:)`` for any text.
    static func generalNormalizedBytes(_ text: String) -> [UInt8] {
        Array(text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8)
    }

    private static func hash(_ bytes: [UInt8]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second &* 0x0000_0100_0000_01b3) ^ UInt64(byte)
        }
        return String(format: "%016llx%016llx", first, second)
    }
}
