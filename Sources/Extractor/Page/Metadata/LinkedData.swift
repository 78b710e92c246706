import Foundation

/// The article a page describes in JSON-LD (schema.org), reduced to the fields Herald reads.
///
/// Scripts that are not valid JSON are skipped. The article is the first object, searched
/// through arrays and `@graph`, whose `@type` is an article type (`NewsArticle`, `BlogPosting`,
/// …); the site name comes from its publisher or from a `WebSite` object.
struct LinkedData: Equatable {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var dateModified: String?
    var publisher: String?
    /// The article's text as the page declares it, white space untouched.
    var articleBody: String?
    var keywords: [String] = []
    var description: String?
    var language: String?
    var url: String?

    static let articleTypes: WordSet = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle", "socialmediaposting",
        "liveblogposting", "posting", "report", "webpage",
    ]

    /// Reads the scripts; `nil` when none describes an article.
    init?(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            Self.collectObjects(json, into: &objects, depth: 0)
        }
        // Prefer a real article type over a generic WebPage.
        let article = objects.first { Self.types(of: $0).contains { Self.articleTypes.contains($0) && $0 != "webpage" } }
            ?? objects.first { Self.types(of: $0).contains("webpage") && $0["headline"] != nil }
        guard let article else { return nil }
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        authors = Self.names(article["author"])
        datePublished = Self.string(article["datePublished"]) ?? Self.string(article["dateCreated"])
        dateModified = Self.string(article["dateModified"])
        publisher = Self.names(article["publisher"]).first
            ?? objects.first { Self.types(of: $0).contains("website") }.flatMap { Self.string($0["name"]) }
        articleBody = Self.string(article["articleBody"])
        keywords = Self.list(article["keywords"])
        description = Self.string(article["description"])
        language = Self.string(article["inLanguage"])
        url = Self.string(article["url"]) ?? Self.string((article["mainEntityOfPage"] as? [String: Any])?["@id"])
            ?? Self.string(article["mainEntityOfPage"])
    }

    static func collectObjects(_ json: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 8, objects.count < 100 else { return }
        if let array = json as? [Any] {
            for element in array { collectObjects(element, into: &objects, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { collectObjects(graph, into: &objects, depth: depth + 1) }
        }
    }

    static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        return (object["@type"] as? [Any])?.compactMap { ($0 as? String)?.lowercased() } ?? []
    }

    static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            return text.contains(where: { !$0.isWhitespace }) ? text : nil
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names of people or organizations, given as strings, objects with `name`, or arrays of either.
    static func names(_ value: Any?) -> [String] {
        if let text = string(value as? String) { return [text] }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }

    /// A list given as an array or as one comma-separated string.
    static func list(_ value: Any?) -> [String] {
        if let text = value as? String {
            return text.split(separator: ",").map { $0.collapsingWhitespaceOfSubstring() }.filter { !$0.isEmpty }
        }
        if let array = value as? [Any] { return array.flatMap { list($0) } }
        return []
    }
}

extension String {
    /// Collapses white space within lines and keeps line breaks as paragraph separators.
    func collapsingWhitespaceKeepingParagraphs() -> String {
        split(whereSeparator: \.isNewline).map { $0.collapsingWhitespaceOfSubstring() }.filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }
}

extension Substring {
    func collapsingWhitespaceOfSubstring() -> String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
