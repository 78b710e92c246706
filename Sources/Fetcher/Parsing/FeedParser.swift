import Foundation
import Markup

/// Turns the bytes of a feed document into a ``Feed``.
///
/// Reads RSS 0.90–2.0, RSS 1.0 (RDF), Atom 0.3 and 1.0, and JSON Feed 1.0 and 1.1, whatever
/// their encoding. Feeds are untrusted: the parser never reaches the network, never expands
/// entities declared by the document, and recovers from the common kinds of broken XML.
///
/// ```swift
/// let feed = try FeedParser.parse(response.body, url: response.finalURL, contentType: response.contentType)
/// for entry in feed.entries { print(entry.id, entry.link as Any) }
/// ```
public enum FeedParser {
    /// The largest document accepted, in bytes.
    public static let maximumBytes = 32 << 20

    /// Parses a feed document.
    ///
    /// - Parameters:
    ///   - bytes: The document as it came over the wire (after HTTP decompression).
    ///   - url: Where it came from: relative links are resolved against it (after `xml:base`).
    ///     Pass `nil` to leave links that are relative to the document unresolved.
    ///   - contentType: The HTTP `Content-Type`, whose `charset` is used when there is no byte
    ///     order mark.
    /// - Throws: ``FeedParseError`` when the bytes are not a feed.
    public static func parse(
        _ bytes: some Collection<UInt8>, url: URL? = nil, contentType: String? = nil
    ) throws(FeedParseError) -> Feed {
        let input = Array(bytes)
        guard input.count <= maximumBytes else { throw .tooLarge(byteCount: input.count, limit: maximumBytes) }
        guard input.contains(where: { !isSpace($0) }) else { throw .empty }
        var feed: Feed
        if JSONFeedReader.looksLikeJSON(input) {
            feed = try JSONFeedReader(documentURL: url).read(input)
        } else {
            feed = try readXML(input, url: url, charset: contentType.flatMap(charset(inContentType:)))
        }
        StableID.assign(to: &feed.entries)
        return feed
    }

    private static func readXML(_ input: [UInt8], url: URL?, charset: String?) throws(FeedParseError) -> Feed {
        var decoded = FeedDecoding.decode(input, httpCharset: charset)
        let netscape = XMLRepair.declaresNetscapeDoctype(decoded.utf8)
        let repaired = XMLRepair.repair(&decoded.utf8)
        let document: Document
        do {
            document = try Document.xml(decoded.utf8, encoding: "utf-8", limits: MarkupLimits(maximumBytes: maximumBytes * 4))
        } catch {
            throw .notAFeed(error.description)
        }
        let hasXMLBase = ByteSearch.firstIndex(of: Array("xml:base".utf8), in: decoded.utf8) != nil
        let reader = XMLFeedReader(documentURL: url, documentHasXMLBase: hasXMLBase)
        guard var feed = reader.read(document, declaresNetscapeDoctype: netscape) else {
            let rootName = document.root?.name ?? "nothing"
            throw .notAFeed("the document's root element is <\(rootName)>, not a feed")
        }
        feed.isWellFormed = !(repaired || decoded.encodingOverridden || decoded.hadLeadingJunk)
        return feed
    }

    /// The `charset` parameter of a `Content-Type` value.
    static func charset(inContentType contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }
}

/// Why bytes could not be read as a feed.
public enum FeedParseError: Error, Equatable, CustomStringConvertible {
    /// The document is empty or blank.
    case empty
    /// The document is larger than ``FeedParser/maximumBytes``.
    case tooLarge(byteCount: Int, limit: Int)
    /// The document is not a feed (HTML, invalid JSON, an unknown XML root, …).
    case notAFeed(String)

    public var description: String {
        switch self {
        case .empty: "the document is empty"
        case let .tooLarge(byteCount, limit): "the document has \(byteCount) bytes, more than the \(limit) accepted"
        case let .notAFeed(reason): "not a feed: \(reason)"
        }
    }
}
