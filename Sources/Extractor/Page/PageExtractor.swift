import Markup

/// Reduces an article page to its main text and metadata.
///
/// The page is decoded (``CharacterEncoding``) and parsed into an ``ElementTree`` (by
/// Markup's own tree builder for UTF-8, by libxml2 otherwise). Then, in order: the boilerplate rules remove page furniture
/// (``BoilerplateRule``), the text is cut into blocks (``BlockCollector``), the content root is
/// chosen (``ContentRootFinder``), the blocks inside it are filtered (``BlockFilter``), and the
/// JSON-LD `articleBody` stands in when the page's own text is missing or much shorter. The
/// metadata comes from ``MetadataReader``.
public struct PageExtractor: Sendable {
    /// Bounds on the page.
    public var limits: MarkupLimits

    /// Creates an extractor.
    public init(limits: MarkupLimits = .default) {
        self.limits = limits
    }

    /// Extracts the main text and metadata of an HTML page.
    ///
    /// - Parameters:
    ///   - html: The page's bytes as served.
    ///   - url: The page's address, used to resolve relative links and read a date from the path.
    ///   - headerCharset: The charset of the HTTP `Content-Type` header, when the page was fetched.
    public func extract(
        html: [UInt8], url: String? = nil, headerCharset: String? = nil
    ) throws(PageExtractionError) -> ArticlePage {
        guard html.contains(where: { $0 > 0x20 }) else { throw PageExtractionError(description: "the page is empty") }
        let parsed: (tree: ElementTree, encoding: CharacterEncoding)
        do {
            parsed = try ElementTree.page(
                html, headerCharset: headerCharset, limits: limits, keptAttributes: Self.attributesRead
            )
        } catch {
            throw PageExtractionError(description: error.description)
        }
        let tree = parsed.tree
        guard !tree.items.isEmpty else { throw PageExtractionError(description: "the page has no elements") }
        var page = Self.extract(tree: tree, url: url)
        page.provenance["encoding"] = "\(parsed.encoding.name) (\(parsed.encoding.source.rawValue))"
        return page
    }

    /// Extracts text and metadata from a page already copied out of libxml2.
    static func extract(tree: ElementTree, url: String?) -> ArticlePage {
        let signals = PageSignals(tree: tree)
        let linkedData = LinkedData(scripts: signals.linkedDataScripts)
        let layout = PageLayout(tree: tree)
        let root = ContentRootFinder(layout: layout).find()
        var page = MetadataReader(signals: signals, linkedData: linkedData, url: url)
            .read(visibleBlocks: layout.blocks)
        let titles = [page.title, signals.documentTitle, signals.meta["og:title"]?.first, linkedData?.headline]
            .compactMap { $0 } + signals.firstLevelHeadings
        let body = MainText.assemble(layout: layout, root: root, titles: titles)
        if let fallback = linkedData?.articleBody, MainText.prefersLinkedDataBody(fallback, over: body) {
            page.text = fallback.collapsingWhitespaceKeepingParagraphs()
            page.provenance["text"] = "json-ld articleBody"
        } else {
            page.text = body
            page.provenance["text"] = root.heuristic.rawValue
        }
        return page
    }
}

extension PageExtractor {
    /// Every attribute the heuristics and the metadata reader look at; the parser skips the rest.
    static let attributesRead: Set<String> = [
        "class", "id", "itemprop", "role", "hidden", "aria-hidden", "style", "type", "href", "rel", "content",
        "property", "name", "http-equiv", "datetime", "lang", "xml:lang", "pubdate", "charset",
    ]
}

/// Why a page yielded no article.
public struct PageExtractionError: Error, CustomStringConvertible, Sendable {
    public var description: String
}
