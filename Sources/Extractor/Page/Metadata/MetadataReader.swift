/// Chooses each metadata field from the sources a page offers, most trusted first, and records
/// which source gave it.
///
/// Trust follows how deliberately a source is written for machines: JSON-LD, then OpenGraph and
/// other `<meta>` tags, then markup in the page (`<time datetime>`, `itemprop`), then the URL,
/// then text a reader sees (a dateline).
struct MetadataReader {
    let signals: PageSignals
    let linkedData: LinkedData?
    let url: String?

    /// The metadata, with ``ArticlePage/provenance`` filled; `text` is left empty.
    func read(visibleBlocks: [TextBlock]) -> ArticlePage {
        var page = ArticlePage()
        var provenance: [String: String] = [:]

        page.siteName = pick("siteName", &provenance, [
            ("og:site_name", signals.meta["og:site_name"]?.first),
            ("json-ld publisher", linkedData?.publisher),
            ("meta application-name", signals.meta["application-name"]?.first),
        ])
        if let (title, source) = firstOf([
            ("json-ld headline", linkedData?.headline),
            ("og:title", signals.meta["og:title"]?.first),
            ("twitter:title", signals.meta["twitter:title"]?.first),
            ("<title>", signals.documentTitle),
            ("<h1>", signals.firstLevelHeadings.first),
        ]) {
            let cleaned = TitleCleaning.removingSiteName(from: title, siteName: page.siteName)
            page.title = cleaned
            provenance["title"] = cleaned == title ? source : source + " (site name removed)"
        }
        page.authors = authors(&provenance)
        page.published = date("published", &provenance, [
            ("json-ld datePublished", linkedData?.datePublished),
            ("article:published_time", signals.meta["article:published_time"]?.first),
            ] + Self.publishedMetaKeys.map { ("meta " + $0, signals.meta[$0]?.first) } + [
            ("<time datetime> marked published", signals.times.first { $0.marksPublication }?.value),
            ("<time datetime>", signals.times.first?.value),
        ])
        if page.published == nil, let url, let day = DateReading.fromURL(url) {
            page.published = day
            provenance["published"] = "URL"
        }
        if page.published == nil, let day = dateline(in: visibleBlocks) {
            page.published = day
            provenance["published"] = "dateline"
        }
        page.modified = date("modified", &provenance, [
            ("json-ld dateModified", linkedData?.dateModified),
            ("article:modified_time", signals.meta["article:modified_time"]?.first),
            ("og:updated_time", signals.meta["og:updated_time"]?.first),
            ("meta dateModified", signals.meta["datemodified"]?.first),
            ("meta last-modified", signals.meta["last-modified"]?.first),
        ])
        page.canonicalURL = pick("canonicalURL", &provenance, [
            ("<link rel=canonical>", signals.canonicalLink.map(absolute)),
            ("og:url", signals.meta["og:url"]?.first.map(absolute)),
            ("json-ld url", linkedData?.url.map(absolute)),
        ])
        page.language = pick("language", &provenance, [
            ("<html lang>", signals.htmlLanguage),
            ("meta content-language", signals.meta["content-language"]?.first),
            ("json-ld inLanguage", linkedData?.language),
            ("og:locale", signals.meta["og:locale"]?.first),
        ]).flatMap(Self.languageTag)
        page.description = pick("description", &provenance, [
            ("og:description", signals.meta["og:description"]?.first),
            ("meta description", signals.meta["description"]?.first),
            ("json-ld description", linkedData?.description),
            ("twitter:description", signals.meta["twitter:description"]?.first),
        ])
        page.tags = tags(&provenance)
        page.provenance = provenance
        return page
    }

    static let publishedMetaKeys = [
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "article.published",
        "og:published_time", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
        "dc.date", "dcterms.created", "date", "article:published",
    ]

    private func firstOf(_ candidates: [(String, String?)]) -> (String, String)? {
        for (source, value) in candidates {
            if let value = value?.collapsingWhitespace(), !value.isEmpty { return (value, source) }
        }
        return nil
    }

    private func pick(_ field: String, _ provenance: inout [String: String], _ candidates: [(String, String?)])
        -> String?
    {
        guard let (value, source) = firstOf(candidates) else { return nil }
        provenance[field] = source
        return value
    }

    private func date(_ field: String, _ provenance: inout [String: String], _ candidates: [(String, String?)])
        -> String?
    {
        for (source, value) in candidates {
            if let value, let normalized = DateReading.normalize(value) {
                provenance[field] = source
                return normalized
            }
        }
        return nil
    }

    private func authors(_ provenance: inout [String: String]) -> [String] {
        let metaAuthors = (signals.meta["article:author"] ?? []) + (signals.meta["author"] ?? [])
            + (signals.meta["parsely-author"] ?? []) + (signals.meta["sailthru.author"] ?? [])
            + (signals.meta["dc.creator"] ?? [])
        let sources: [(String, [String])] = [
            ("json-ld author", linkedData?.authors ?? []),
            ("meta author", metaAuthors),
            ("itemprop author", signals.authorMarkup),
            ("byline", signals.bylineNames),
        ]
        for (source, names) in sources {
            let cleaned = Self.cleanAuthors(names)
            if !cleaned.isEmpty {
                provenance["authors"] = source
                return cleaned
            }
        }
        return []
    }

    /// Author names without `By`, URLs, or duplicates; `A and B` split in two.
    static func cleanAuthors(_ names: [String]) -> [String] {
        var result: [String] = []
        for name in names where !name.containsBytes("://") && !name.hasPrefix("@") {
            var text = name.collapsingWhitespace()
            if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
            for part in text.splitting(on: " and ").flatMap({ $0.split(separator: ",").map(String.init) }) {
                let author = part.collapsingWhitespace()
                guard !author.isEmpty, author.count <= 60, !result.contains(author) else { continue }
                result.append(author)
            }
        }
        return Array(result.prefix(10))
    }

    private func tags(_ provenance: inout [String: String]) -> [String] {
        let sources: [(String, [String])] = [
            ("article:tag", signals.meta["article:tag"] ?? []),
            ("json-ld keywords", linkedData?.keywords ?? []),
            ("meta news_keywords", (signals.meta["news_keywords"] ?? []).flatMap { $0.split(separator: ",").map(String.init) }),
            ("meta keywords", (signals.meta["keywords"] ?? []).flatMap { $0.split(separator: ",").map(String.init) }),
        ]
        for (source, values) in sources {
            var tags: [String] = []
            for value in values {
                let tag = value.collapsingWhitespace()
                if !tag.isEmpty, tag.count <= 60, !tags.contains(tag) { tags.append(tag) }
            }
            if !tags.isEmpty {
                provenance["tags"] = source
                return Array(tags.prefix(30))
            }
        }
        return []
    }

    /// The first human-readable date in a short block near the top of the page.
    private func dateline(in blocks: [TextBlock]) -> String? {
        for block in blocks.prefix(60) where block.characters <= 120 {
            if let day = DateReading.human(block.text) { return day }
        }
        return nil
    }

    /// A root-relative or scheme-relative link made absolute against the page URL.
    private func absolute(_ link: String) -> String {
        guard let url, !link.containsBytes("://") else { return link }
        if link.hasPrefix("//") { return (url.splitting(on: "//").first ?? "https:") + link }
        guard link.hasPrefix("/"), let schemeEnd = url.firstRange(of: "://") else { return link }
        let host = url[schemeEnd.upperBound...].prefix { $0 != "/" }
        return url[..<schemeEnd.upperBound] + host + link
    }

    /// `en_US` → `en-US`; anything that does not look like a language tag gives `nil`.
    static func languageTag(_ value: String) -> String? {
        let tag = value.trimmingCharacters(in: " ").replacingUnderscores()
        let parts = tag.split(separator: "-")
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy(\.isLetter) else {
            return nil
        }
        return ([language.lowercased()] + parts.dropFirst().map(String.init)).joined(separator: "-")
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
