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
        let document: JSONFeedDocument
        do {
            document = try JSONDecoder().decode(JSONFeedDocument.self, from: Data(body))
        } catch DecodingError.typeMismatch {
            throw .notAFeed("JSON whose top level is not an object")
        } catch {
            throw .notAFeed("invalid JSON")
        }
        let hasJSONFeedVersion = document.version.map { text in
            let afterScheme = text.range(of: "://").map { String(text[$0.upperBound...]) } ?? text
            return afterScheme.hasPrefix("jsonfeed.org/version/")
        } ?? false
        return Feed(
            format: .json,
            isWellFormed: hasJSONFeedVersion && document.items != nil,
            title: TextNormalization.collapsedOrNil(document.title),
            link: document.homePageURL.flatMap(resolve),
            rawLink: document.homePageURL,
            updated: nil,
            entries: (document.items ?? []).compactMap(\.value).map(entry)
        )
    }

    private func entry(_ item: JSONFeedDocument.Item) -> FeedEntry {
        var content: FeedText? = nil
        if let html = item.contentHTML, !html.allSatisfy(\.isWhitespace) {
            content = FeedText(html, kind: .html)
        } else if let text = item.contentText, !text.allSatisfy(\.isWhitespace) {
            content = FeedText(text, kind: .text)
        }
        let enclosures: [Enclosure] = item.attachments.compactMap { attachment in
            guard let url = attachment.url.flatMap(resolve) else { return nil }
            return Enclosure(url: url, mediaType: attachment.mimeType, length: attachment.size)
        }
        return FeedEntry(
            id: "",
            guid: item.id,
            title: TextNormalization.collapsedOrNil(item.title),
            link: item.url.flatMap(resolve),
            rawLink: item.url,
            published: item.published.flatMap(FeedDate.parse),
            updated: item.modified.flatMap(FeedDate.parse),
            author: TextNormalization.collapsedOrNil(item.authorName),
            summary: item.summary.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : FeedText($0, kind: .text) },
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

/// The fields of a JSON Feed document Herald reads, decoded leniently: a field of the wrong type
/// is absent, an item or attachment that is not an object is skipped.
private struct JSONFeedDocument: Decodable {
    var version: String?
    var title: String?
    var homePageURL: String?
    /// `nil` when the document has no `items` array.
    var items: [Lenient<Item>]?

    private enum Keys: String, CodingKey {
        case version, title, items
        case homePageURL = "home_page_url"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        version = container.lenient(String.self, .version)
        title = container.lenient(String.self, .title)
        homePageURL = container.lenient(String.self, .homePageURL)
        items = container.lenient([Lenient<Item>].self, .items)
    }

    struct Item: Decodable {
        var id: String?
        var url: String?
        var title: String?
        var summary: String?
        var contentHTML: String?
        var contentText: String?
        var published: String?
        var modified: String?
        /// The first author's name (JSON Feed 1.1 `authors`, else 1.0 `author`).
        var authorName: String?
        var attachments: [Attachment]

        private enum Keys: String, CodingKey {
            case id, url, title, summary, authors, author, attachments
            case contentHTML = "content_html", contentText = "content_text"
            case published = "date_published", modified = "date_modified"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            // An integral number is a usable id too.
            id = container.lenient(String.self, .id) ?? container.lenient(Double.self, .id).flatMap { number in
                number == number.rounded() && abs(number) < 9.2e18 ? String(Int64(number)) : nil
            }
            url = container.lenient(String.self, .url)
            title = container.lenient(String.self, .title)
            summary = container.lenient(String.self, .summary)
            contentHTML = container.lenient(String.self, .contentHTML)
            contentText = container.lenient(String.self, .contentText)
            published = container.lenient(String.self, .published)
            modified = container.lenient(String.self, .modified)
            if let first = container.lenient([Lenient<Person>].self, .authors)?.first?.value {
                authorName = first.name
            } else {
                authorName = container.lenient(Person.self, .author)?.name
            }
            attachments = (container.lenient([Lenient<Attachment>].self, .attachments) ?? []).compactMap(\.value)
        }
    }

    struct Person: Decodable {
        var name: String?

        private enum Keys: String, CodingKey { case name }

        init(from decoder: any Decoder) throws {
            name = try decoder.container(keyedBy: Keys.self).lenient(String.self, .name)
        }
    }

    struct Attachment: Decodable {
        var url: String?
        var mimeType: String?
        var size: Int?

        private enum Keys: String, CodingKey {
            case url
            case mimeType = "mime_type", size = "size_in_bytes"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            url = container.lenient(String.self, .url)
            mimeType = container.lenient(String.self, .mimeType)
            size = container.lenient(Double.self, .size).flatMap { $0.isFinite && abs($0) < 9.2e18 ? Int($0) : nil }
        }
    }
}

/// A value that decodes to `nil` instead of failing.
private struct Lenient<Value: Decodable>: Decodable {
    var value: Value?

    init(from decoder: any Decoder) throws {
        value = try? Value(from: decoder)
    }
}

extension KeyedDecodingContainer {
    /// The value under `key` when it has the type, else `nil`.
    fileprivate func lenient<Value: Decodable>(_ type: Value.Type, _ key: Key) -> Value? {
        (try? decodeIfPresent(type, forKey: key)) ?? nil
    }
}
