import Foundation
import Markup

/// Reads and writes OPML subscription lists, the format feed readers exchange.
public enum OPML {
    /// The feeds of an OPML 1.0 or 2.0 document: every `<outline>` with an `xmlUrl`, at any depth,
    /// in document order, without duplicates. Relative `xmlUrl`s resolve against `baseURL`.
    public static func feeds(in bytes: some Collection<UInt8>, baseURL: URL? = nil) throws(OPMLError) -> [FeedSource] {
        let document: Document
        do {
            document = try Document.xml(bytes)
        } catch {
            throw .unreadable(error.description)
        }
        guard let root = document.root, root.name.lowercased() == "opml" else {
            throw .notOPML(document.root?.name ?? "nothing")
        }
        let outlines: [Node]
        do {
            outlines = try document.select("//*[local-name()='outline']")
        } catch {
            throw .unreadable(error.description)
        }
        var seen: Set<URL> = []
        var feeds: [FeedSource] = []
        for outline in outlines {
            guard let address = attribute(outline, "xmlUrl")?.trimmingCharacters(in: .whitespacesAndNewlines),
                  !address.isEmpty,
                  let url = URL(string: address, relativeTo: baseURL)?.absoluteURL,
                  ["http", "https", "file"].contains(url.scheme?.lowercased() ?? "") else { continue }
            guard seen.insert(url).inserted else { continue }
            let name = (attribute(outline, "title") ?? attribute(outline, "text"))
                .map(TextNormalization.collapseWhitespace)
            feeds.append(FeedSource(url: url, name: name?.isEmpty == true ? nil : name))
        }
        return feeds
    }

    /// An OPML 2.0 document listing the feeds.
    public static func document(for feeds: [FeedSource], title: String = "Herald feeds", created: Date? = nil) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<opml version=\"2.0\">",
            "  <head>",
            "    <title>\(escape(title))</title>",
        ]
        if let created { lines.append("    <dateCreated>\(rfc822(created))</dateCreated>") }
        lines += ["  </head>", "  <body>"]
        for feed in feeds {
            let name = escape(feed.name ?? feed.url.absoluteString)
            lines.append("    <outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(escape(feed.url.absoluteString))\"/>")
        }
        lines += ["  </body>", "</opml>", ""]
        return lines.joined(separator: "\n")
    }

    /// Attributes are case-insensitive in the wild (`xmlUrl`, `xmlurl`, `XMLURL`).
    private static func attribute(_ node: Node, _ name: String) -> String? {
        node.attributes.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}

/// Why an OPML document could not be read.
public enum OPMLError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case notOPML(String)

    public var description: String {
        switch self {
        case let .unreadable(reason): "cannot read OPML: \(reason)"
        case let .notOPML(root): "not an OPML document (its root element is <\(root)>)"
        }
    }
}
