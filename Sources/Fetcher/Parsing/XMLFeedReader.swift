import Foundation
import Markup

/// Reads RSS (0.90 to 2.0, 1.0/RDF) and Atom (0.3, 1.0) documents into a ``Feed``.
struct XMLFeedReader {
    /// The address the feed was fetched from, the last base for relative links.
    let documentURL: URL?
    /// Whether the document has an `xml:base` attribute anywhere; without one, links resolve
    /// against ``documentURL`` alone.
    var documentHasXMLBase = true

    /// The feed in the document, or `nil` when its root is not a feed element.
    func read(_ document: Document, declaresNetscapeDoctype: Bool) -> Feed? {
        guard let documentRoot = document.root,
              let (root, format) = Self.feedElement(in: documentRoot, netscape: declaresNetscapeDoctype) else {
            return nil
        }
        let isAtom = [.atom03, .atom10, .atom].contains(format)
        if isAtom, root.name == "entry" {
            // A standalone Atom entry document: one entry, no feed-level fields.
            return Feed(format: format, entries: [readEntry(root, context: Context(
                isAtom: true, isAtom03: format == .atom03, coreNamespaces: [nil, root.namespaceURI]))])
        }
        let core: Set<String?> = isAtom
            ? [nil, root.namespaceURI]
            : [nil, Namespace.rss10, Namespace.rss090, Namespace.rssUserland, Namespace.rssUserland092]
        let context = Context(isAtom: isAtom, isAtom03: format == .atom03, coreNamespaces: core)

        var feedFields = Fields()
        var itemNodes: [Node] = []
        if isAtom {
            for child in root.elementChildren {
                if context.vocabulary(of: child) == .core, child.name == "entry" {
                    itemNodes.append(child)
                } else {
                    take(child, into: &feedFields, context: context)
                }
            }
        } else {
            for child in root.elementChildren {
                let vocabulary = context.vocabulary(of: child)
                guard vocabulary == .core else { continue }
                if child.name == "channel" {
                    for channelChild in child.elementChildren {
                        if context.vocabulary(of: channelChild) == .core, channelChild.name == "item" {
                            itemNodes.append(channelChild)
                        } else {
                            take(channelChild, into: &feedFields, context: context)
                        }
                    }
                } else if child.name == "item" {
                    itemNodes.append(child)
                }
            }
        }

        let entries = itemNodes.map { readEntry($0, context: context) }
        let feedLink = feedFields.resolvedLink()
        return Feed(
            format: format,
            title: feedFields.title.map(\.plainText).flatMap { $0.isEmpty ? nil : $0 },
            link: feedLink.url,
            rawLink: feedLink.raw.isEmpty ? nil : feedLink.raw,
            updated: feedFields.updated,
            timeToLive: feedFields.interval,
            entries: entries
        )
    }

    private func readEntry(_ node: Node, context: Context) -> FeedEntry {
        var fields = Fields()
        if let about = node.attribute("about", namespace: Namespace.rdf) {
            fields.guid = about.trimmed
        }
        for child in node.elementChildren { take(child, into: &fields, context: context) }
        return fields.entry()
    }

    /// The feed element and its format: the root, or a feed wrapped in other markup (an HTML page
    /// around an Atom feed), searched a few levels deep.
    static func feedElement(in root: Node, netscape: Bool) -> (Node, FeedFormat)? {
        var level = [root]
        for _ in 0..<4 {
            for node in level {
                if let format = format(of: node, netscape: netscape) { return (node, format) }
            }
            level = level.flatMap(\.elementChildren)
            if level.isEmpty || level.count > 64 { break }
        }
        return nil
    }

    static func format(of root: Node, netscape: Bool) -> FeedFormat? {
        switch root.name.lowercased() {
        case "rss":
            let version = root[attribute: "version"]?.trimmed ?? ""
            switch version {
            case "0.91": return netscape ? .rss091n : .rss091u
            case "0.92": return .rss092
            case "0.93": return .rss093
            case "0.94": return .rss094
            case "0.90", "0.9": return .rss090
            default: return version.hasPrefix("2.") ? .rss20 : .rss
            }
        case "rdf":
            let children = root.elementChildren
            if children.contains(where: { $0.namespaceURI == Namespace.rss090 }) { return .rss090 }
            if children.contains(where: { $0.namespaceURI == Namespace.rss10 }) { return .rss10 }
            return children.contains { $0.name == "channel" || $0.name == "item" } ? .rss10 : nil
        case "feed":
            if root.namespaceURI == Namespace.atom10 { return .atom10 }
            switch root[attribute: "version"]?.trimmed {
            case "0.3": return .atom03
            case "1.0": return .atom10
            default: return .atom
            }
        case "entry" where root.namespaceURI == Namespace.atom10 && root.parent == nil:
            return .atom10
        default:
            return nil
        }
    }

    /// What the reader knows about the document while reading its elements.
    struct Context {
        let isAtom: Bool
        let isAtom03: Bool
        let coreNamespaces: Set<String?>

        func vocabulary(of node: Node) -> Vocabulary {
            Vocabulary.of(node.namespaceURI, coreNamespaces: coreNamespaces)
        }
    }

    /// Reads one child of a channel, feed, item or entry into the fields gathered so far.
    private func take(_ child: Node, into fields: inout Fields, context: Context) {
        let vocabulary = context.vocabulary(of: child)
        let name = child.name
        switch (vocabulary, name) {
        case (.core, "title"):
            fields.title = context.isAtom ? atomText(child, context: context) : rssText(child, guessing: true)
        case (.atom, "title") where fields.title == nil, (.dublinCore, "title") where fields.title == nil,
             (.media, "title") where fields.title == nil:
            fields.title = vocabulary == .atom ? atomText(child, context: context) : rssText(child, guessing: true)
        case (.core, "link") where !context.isAtom:
            let text = trimmed(child.text)
            if let text, !text.isEmpty {
                fields.rssLink = LinkCandidate(raw: text, url: resolve(text, at: child))
            } else if child[attribute: "href"] != nil {
                takeAtomLink(child, into: &fields)
            }
        case (.core, "link"), (.atom, "link"):
            takeAtomLink(child, into: &fields)
        case (.core, "guid") where !context.isAtom:
            fields.guid = trimmed(child.text)
            fields.guidIsPermaLink = (child[attribute: "isPermaLink"] ?? "true") == "true"
        case (.core, "id") where context.isAtom, (.atom, "id") where fields.guid == nil:
            fields.guid = trimmed(child.text)
            fields.guidIsPermaLink = true
        case (.core, "pubDate"), (.core, "published"), (.atom, "published"), (.core, "issued"),
             (.dublinCoreTerms, "issued"):
            fields.published = FeedDate.parse(child.text)
        case (.core, "updated"), (.atom, "updated"), (.core, "modified"), (.dublinCore, "date"),
             (.dublinCoreTerms, "modified"), (.core, "lastBuildDate"):
            fields.updated = FeedDate.parse(child.text)
        case (.core, "author") where context.isAtom, (.atom, "author"):
            if let person = atomPerson(child, context: context) { fields.authors.append(person) }
        case (.core, "author"), (.dublinCore, "creator"), (.iTunes, "author"):
            let named = child.elementChildren.first { $0.name == "name" }
            if let author = AuthorName.fromRSS(named?.text ?? child.text) { fields.authors.append(author) }
        case (.core, "description") where !context.isAtom, (.dublinCore, "description"), (.media, "description"):
            fields.takeSummary(rssText(child, guessing: false), asContent: rssText(child, guessing: true))
        case (.core, "summary") where context.isAtom, (.atom, "summary"):
            let text = atomText(child, context: context)
            fields.takeSummary(text, asContent: text)
        case (.iTunes, "summary"):
            let text = rssText(child, guessing: true)
            fields.takeSummary(text, asContent: text)
        case (.media, "group"):
            for grandchild in child.elementChildren { take(grandchild, into: &fields, context: context) }
        case (.content, "encoded"):
            fields.takeContent(rssText(child, guessing: false))
        case (.core, "content") where context.isAtom, (.atom, "content"):
            if child[attribute: "src"] != nil {
                fields.contentSeen = true
            } else {
                fields.takeContent(atomText(child, context: context))
            }
        case (.xhtml, "body"):
            fields.takeContent(FeedText(MarkupSerializer.innerMarkup(of: child), kind: .xhtml))
        case (.core, "enclosure"):
            for grandchild in child.elementChildren where context.vocabulary(of: grandchild) == .media {
                take(grandchild, into: &fields, context: context)
            }
            if let href = child[attribute: "url"].flatMap(trimmed), let url = resolve(href, at: child) {
                fields.enclosures.append(Enclosure(
                    url: url, mediaType: child[attribute: "type"], length: child[attribute: "length"].flatMap { Int($0) }))
            }
        case (.core, "ttl"):
            if let minutes = trimmed(child.text).flatMap({ Double($0) }), minutes > 0 {
                fields.timeToLive = minutes * 60
            }
        case (.syndication, "updatePeriod"):
            fields.syndicationPeriod = trimmed(child.text)?.lowercased()
        case (.syndication, "updateFrequency"):
            fields.syndicationFrequency = trimmed(child.text).flatMap { Double($0) }
        default:
            break
        }
    }

    private func takeAtomLink(_ child: Node, into fields: inout Fields) {
        guard let href = child[attribute: "href"].flatMap(trimmed) else { return }
        let relation = child[attribute: "rel"]?.trimmed.lowercased() ?? "alternate"
        let type = child[attribute: "type"]?.lowercased()
        switch relation {
        case "alternate":
            if type == nil || type == "text/html" || type == "application/xhtml+xml" {
                fields.atomLink = LinkCandidate(raw: href, url: resolve(href, at: child))
            }
        case "enclosure":
            if let url = resolve(href, at: child) {
                fields.enclosures.append(Enclosure(
                    url: url, mediaType: type, length: child[attribute: "length"].flatMap { Int($0) }))
            }
        default:
            break
        }
    }

    /// An RSS text element: HTML for descriptions, plain text for titles unless it looks like HTML.
    private func rssText(_ node: Node, guessing: Bool) -> FeedText {
        if node.elementChildren.isEmpty == false {
            return FeedText(MarkupSerializer.innerMarkup(of: node, escapingText: false), kind: .html)
        }
        let value = node.text
        if guessing {
            return FeedText(value, kind: HTMLGuess.looksLikeHTML(value) ? .html : .text)
        }
        return FeedText(value, kind: .html)
    }

    /// An Atom text construct, with Atom 0.3's MIME types and `mode` understood.
    private func atomText(_ node: Node, context: Context) -> FeedText? {
        let declared = node[attribute: "type"]?.trimmed.lowercased()
        let type = declared ?? (context.isAtom03 ? "text/plain" : "text")
        let mode = node[attribute: "mode"]?.lowercased()
        if mode == "base64" {
            let decoded = Data(base64Encoded: node.text, options: .ignoreUnknownCharacters)
                .map { String(decoding: $0, as: UTF8.self) } ?? ""
            return FeedText(decoded, kind: type.contains("html") ? .html : .text)
        }
        switch type {
        case "text", "text/plain":
            if mode == "xml", !node.elementChildren.isEmpty {
                return FeedText(MarkupSerializer.innerMarkup(of: node), kind: .html)
            }
            return FeedText(node.text, kind: .text)
        case "html", "text/html":
            if !node.elementChildren.isEmpty {
                return FeedText(MarkupSerializer.innerMarkup(of: node), kind: .html)
            }
            return FeedText(node.text, kind: .html)
        case "xhtml", "application/xhtml+xml":
            let elements = node.elementChildren
            if elements.count == 1, let division = elements.first, division.name == "div" {
                return FeedText(MarkupSerializer.innerMarkup(of: division), kind: .xhtml)
            }
            return FeedText(MarkupSerializer.innerMarkup(of: node), kind: .xhtml)
        default:
            if type.hasPrefix("text/") || type.hasSuffix("+xml") || type.hasSuffix("/xml") {
                return FeedText(node.text, kind: .text)
            }
            return nil
        }
    }

    private func atomPerson(_ node: Node, context: Context) -> String? {
        var name: String? = nil
        var email: String? = nil
        for child in node.elementChildren {
            let vocabulary = context.vocabulary(of: child)
            guard vocabulary == .core || vocabulary == .atom else { continue }
            if child.name == "name" { name = TextNormalization.collapsedOrNil(child.text) }
            if child.name == "email" { email = TextNormalization.collapsedOrNil(child.text) }
        }
        if node.elementChildren.isEmpty { return AuthorName.fromRSS(node.text) }
        return name ?? email
    }

    /// Resolves a link against the `xml:base` attributes in scope and the document's address.
    private func resolve(_ raw: String, at node: Node) -> URL? {
        var bases: [String] = []
        var current: Node? = documentHasXMLBase ? node : nil
        while let element = current {
            if let base = element.attribute("base", namespace: Namespace.xml) { bases.append(base) }
            current = element.parent
        }
        var base = documentURL
        for declared in bases.reversed() {
            base = URL(string: declared.trimmed, relativeTo: base)?.absoluteURL
                ?? base
        }
        guard let url = URL(string: raw, relativeTo: base)?.absoluteURL, url.scheme != nil else { return nil }
        return url
    }

    private func trimmed(_ text: String) -> String? {
        let value = text.trimmed
        return value.isEmpty ? nil : value
    }
}

/// A link as written and as resolved.
struct LinkCandidate {
    var raw: String
    var url: URL?
}

/// The fields gathered from the children of a channel, feed, item or entry.
struct Fields {
    var title: FeedText?
    var rssLink: LinkCandidate?
    var atomLink: LinkCandidate?
    var guid: String?
    var guidIsPermaLink = true
    var published: Date?
    var updated: Date?
    var authors: [String] = []
    var summary: FeedText?
    var summarySeen = false
    var content: FeedText?
    var contentSeen = false
    var enclosures: [Enclosure] = []
    var timeToLive: TimeInterval?
    var syndicationPeriod: String?
    var syndicationFrequency: Double?

    /// A description or summary element. As in feedparser, a second one before any content is the
    /// content (podcast feeds put the short text in `<description>` and the long one in
    /// `<itunes:summary>`); otherwise the last non-empty one wins.
    mutating func takeSummary(_ text: FeedText?, asContent: FeedText?) {
        if summarySeen, !contentSeen {
            takeContent(asContent)
            return
        }
        summarySeen = true
        guard let text, !text.value.allSatisfy(\.isWhitespace) else { return }
        summary = text
    }

    mutating func takeContent(_ text: FeedText?) {
        guard !contentSeen else { return }
        contentSeen = true
        guard let text, !text.value.allSatisfy(\.isWhitespace) else { return }
        content = text
    }

    /// The entry's link: the RSS `<link>`, else the last alternate Atom link, else the GUID when
    /// the feed offers it as a permalink.
    func resolvedLink() -> LinkCandidate {
        if let link = rssLink ?? atomLink { return link }
        if let guid, guidIsPermaLink {
            let url = URL(string: guid).flatMap { ["http", "https"].contains($0.scheme?.lowercased()) ? $0 : nil }
            return LinkCandidate(raw: guid, url: url)
        }
        return LinkCandidate(raw: "", url: nil)
    }

    var interval: TimeInterval? {
        if let timeToLive { return timeToLive }
        guard let syndicationPeriod else { return nil }
        let period: TimeInterval? = switch syndicationPeriod {
        case "hourly": 3600
        case "daily": 86_400
        case "weekly": 604_800
        case "monthly": 2_592_000
        case "yearly": 31_536_000
        default: nil
        }
        guard let period else { return nil }
        return period / max(1, syndicationFrequency ?? 1)
    }

    func entry() -> FeedEntry {
        let link = resolvedLink()
        return FeedEntry(
            id: "",
            guid: guid,
            title: title.map(\.plainText).flatMap { $0.isEmpty ? nil : $0 },
            link: link.url,
            rawLink: link.raw.isEmpty ? nil : link.raw,
            published: published,
            updated: updated,
            author: authors.first,
            summary: summary,
            content: content,
            enclosures: enclosures
        )
    }
}
