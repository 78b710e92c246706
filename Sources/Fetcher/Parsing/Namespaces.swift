/// The XML vocabularies a feed mixes, identified by namespace URI.
enum Vocabulary {
    case core, atom, dublinCore, dublinCoreTerms, content, iTunes, media, syndication, xhtml, rdf, other

    static func of(_ namespace: String?, coreNamespaces: Set<String?>) -> Vocabulary {
        if coreNamespaces.contains(namespace) { return .core }
        switch namespace {
        case Namespace.atom10, Namespace.atom03: return .atom
        case Namespace.dublinCore: return .dublinCore
        case Namespace.dublinCoreTerms: return .dublinCoreTerms
        case Namespace.content: return .content
        case Namespace.iTunes, Namespace.iTunesAlternative: return .iTunes
        case Namespace.media: return .media
        case Namespace.syndication: return .syndication
        case Namespace.xhtml: return .xhtml
        case Namespace.rdf: return .rdf
        default:
            // Feeds spell the iTunes namespace with any capitalization.
            if let namespace, namespace.utf8.count == lowercaseITunes.utf8.count,
               namespace.lowercased() == lowercaseITunes { return .iTunes }
            return .other
        }
    }

    private static let lowercaseITunes = Namespace.iTunes.lowercased()
}

/// Namespace URIs of the feed vocabularies.
enum Namespace {
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rssUserland = "http://backend.userland.com/rss2"
    static let rssUserland092 = "http://backend.userland.com/rss092"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let iTunes = "http://www.itunes.com/dtds/podcast-1.0.dtd"
    static let iTunesAlternative = "http://www.itunes.com/DTDs/Podcast-1.0.dtd"
    static let media = "http://search.yahoo.com/mrss/"
    static let syndication = "http://purl.org/rss/1.0/modules/syndication/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let xml = "http://www.w3.org/XML/1998/namespace"
}
