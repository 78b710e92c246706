import Foundation

/// Reads JSON Feed 1.0 and 1.1 documents.
struct JSONFeedReader {
    /// The address the feed was fetched from, the base for relative links.
    let documentURL: URL?

    /// Whether the bytes look like JSON: the first non-blank byte, after a UTF-8 BOM, opens an
    /// object or an array.
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let first = body.first(where: { !isSpace($0) }) else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    func read(_ bytes: [UInt8]) throws(FeedParseError) -> Feed {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
        } catch {
            throw .notAFeed("invalid JSON")
        }
        guard let top = object as? [String: Any] else { throw .notAFeed("JSON whose top level is not an object") }
        let version = top["version"] as? String
        let hasJSONFeedVersion = version.map { text in
            let afterScheme = text.range(of: "://").map { String(text[$0.upperBound...]) } ?? text
            return afterScheme.hasPrefix("jsonfeed.org/version/")
        } ?? false
        let items = top["items"] as? [Any]
        let entries = (items ?? []).compactMap { $0 as? [String: Any] }.map(entry)
        return Feed(
            format: .json,
            isWellFormed: hasJSONFeedVersion && items != nil,
            title: TextNormalization.collapsedOrNil(top["title"] as? String),
            link: (top["home_page_url"] as? String).flatMap(resolve),
            rawLink: top["home_page_url"] as? String,
            updated: nil,
            entries: entries
        )
    }

    private func entry(_ item: [String: Any]) -> FeedEntry {
        let id: String? = switch item["id"] {
        case let text as String: text
        case let number as NSNumber where !(number is Bool) && number.doubleValue == number.doubleValue.rounded():
            String(number.int64Value)
        default: nil
        }
        let rawLink = item["url"] as? String
        let author: String? = {
            if let authors = item["authors"] as? [Any], let first = authors.first as? [String: Any] {
                return TextNormalization.collapsedOrNil(first["name"] as? String)
            }
            if let single = item["author"] as? [String: Any] {
                return TextNormalization.collapsedOrNil(single["name"] as? String)
            }
            return nil
        }()
        var content: FeedText? = nil
        if let html = item["content_html"] as? String, !html.allSatisfy(\.isWhitespace) {
            content = FeedText(html, kind: .html)
        } else if let text = item["content_text"] as? String, !text.allSatisfy(\.isWhitespace) {
            content = FeedText(text, kind: .text)
        }
        let summary = (item["summary"] as? String).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : FeedText($0, kind: .text) }
        let enclosures: [Enclosure] = ((item["attachments"] as? [Any]) ?? []).compactMap { element in
            guard let attachment = element as? [String: Any],
                  let url = (attachment["url"] as? String).flatMap(resolve) else { return nil }
            return Enclosure(
                url: url, mediaType: attachment["mime_type"] as? String,
                length: (attachment["size_in_bytes"] as? NSNumber)?.intValue)
        }
        return FeedEntry(
            id: "",
            guid: id,
            title: TextNormalization.collapsedOrNil(item["title"] as? String),
            link: rawLink.flatMap(resolve),
            rawLink: rawLink,
            published: (item["date_published"] as? String).flatMap(FeedDate.parse),
            updated: (item["date_modified"] as? String).flatMap(FeedDate.parse),
            author: author,
            summary: summary,
            content: content,
            enclosures: enclosures
        )
    }

    private func resolve(_ raw: String) -> URL? {
        let trimmed = raw.trimmed
        guard let url = URL(string: trimmed, relativeTo: documentURL)?.absoluteURL, url.scheme != nil else { return nil }
        return url
    }
}
