import Markup

/// The raw metadata a page declares, gathered in one pass over its elements.
struct PageSignals {
    /// `<meta>` contents by lower-case key (`property`, `name`, `itemprop` or `http-equiv`), in page order.
    var meta: [String: [String]] = [:]
    /// The `<title>` element's text.
    var documentTitle: String?
    /// The texts of the `<h1>` elements.
    var firstLevelHeadings: [String] = []
    /// `<link rel="canonical">`.
    var canonicalLink: String?
    /// The `lang` attribute of `<html>`.
    var htmlLanguage: String?
    /// `datetime` values of `<time>` elements, with whether the element is marked as the publication date.
    var times: [(value: String, marksPublication: Bool)] = []
    /// Texts of `itemprop="author"` elements and `rel="author"` links.
    var authorMarkup: [String] = []
    /// Texts of visible bylines: links to author pages, elements classed as author names.
    var bylineNames: [String] = []
    /// The bodies of `<script type="application/ld+json">` elements.
    var linkedDataScripts: [String] = []

    init(tree: ElementTree) {
        for index in tree.items.indices {
            let item = tree.items[index]
            guard item.isElement else { continue }
            switch item.name {
            case "meta":
                let key = item[attribute: "property"] ?? item[attribute: "name"] ?? item[attribute: "itemprop"]
                    ?? item[attribute: "http-equiv"]
                if let key, let content = item[attribute: "content"] ?? item[attribute: "datetime"] {
                    let value = content.collapsingWhitespace()
                    if !value.isEmpty { meta[key.lowercased(), default: []].append(value) }
                }
            case "title" where documentTitle == nil:
                documentTitle = tree.text(of: index).collapsingWhitespace()
            case "h1" where firstLevelHeadings.count < 5:
                let text = tree.text(of: index).collapsingWhitespace()
                if !text.isEmpty { firstLevelHeadings.append(text) }
            case "link":
                if item[attribute: "rel"]?.lowercased() == "canonical", canonicalLink == nil {
                    canonicalLink = item[attribute: "href"]
                }
            case "html":
                htmlLanguage = htmlLanguage ?? item[attribute: "lang"] ?? item[attribute: "xml:lang"]
            case "time":
                if let value = item[attribute: "datetime"] {
                    let marks = item[attribute: "itemprop"] == "datePublished" || item[attribute: "pubdate"] != nil
                        || (item[attribute: "class"]?.lowercased().containsBytes("publish") ?? false)
                    times.append((value, marks))
                }
            case "script":
                if item[attribute: "type"]?.lowercased().containsBytes("ld+json") == true, linkedDataScripts.count < 20 {
                    linkedDataScripts.append(tree.text(of: index))
                }
            default:
                break
            }
            if bylineNames.count < 10, Self.looksLikeByline(item) {
                let name = tree.text(of: index).collapsingWhitespace()
                if (3...60).contains(name.count) { bylineNames.append(name) }
            }
            let marksAuthor = item[attribute: "itemprop"] == "author" || (item.name == "a" && item[attribute: "rel"] == "author")
            if marksAuthor, authorMarkup.count < 10 {
                let name = item[attribute: "content"] ?? tree.text(of: index).collapsingWhitespace()
                if !name.isEmpty, name.count < 80 { authorMarkup.append(name) }
            }
        }
    }

    /// A link to an author page (`/author/jane-roe`), or an element classed as an author's name.
    static func looksLikeByline(_ item: ElementTree.Item) -> Bool {
        if item.name == "a", let href = item[attribute: "href"]?.lowercased(),
           href.containsBytes("/author/") || href.containsBytes("/authors/") {
            return true
        }
        guard let original = item[attribute: "class"], original.containsBytes("uthor") || original.containsBytes("yline")
        else { return false }
        let classes = original.lowercased()
        return classes.containsBytes("author-name") || classes.containsBytes("authorname") || classes.containsBytes("byline-name")
            || classes.containsBytes("byline__name") || classes.containsBytes("author__name")
    }

    /// The first non-empty value of the first of these meta keys that the page has, and the key.
    func firstMeta(_ keys: [String]) -> (value: String, key: String)? {
        for key in keys {
            if let value = meta[key]?.first { return (value, key) }
        }
        return nil
    }
}

extension String {
    /// The string with runs of white space made single spaces and both ends trimmed.
    func collapsingWhitespace() -> String {
        // Most values are already clean: one pass over the bytes to tell.
        var previousWasSpace = true
        var clean = true
        for byte in utf8 {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
            if isSpace && (previousWasSpace || byte != 0x20) || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 {
                clean = false
                break
            }
            previousWasSpace = isSpace
        }
        if clean && !previousWasSpace { return self }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
