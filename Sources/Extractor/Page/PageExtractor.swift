import Markup

/// Reduces an article page to its main text and metadata.
public struct PageExtractor: Sendable {
    public init() {}

    /// Extracts the main text and metadata of an HTML page.
    ///
    /// - Parameters:
    ///   - html: The page's bytes as served.
    ///   - url: The page's address, used to resolve relative links and read a date from the path.
    public func extract(html: [UInt8], url: String? = nil) throws(PageExtractionError) -> ArticlePage {
        let document: Document
        do {
            document = try Document.html(html)
        } catch {
            throw PageExtractionError(description: error.description)
        }
        let title = (try? document.first("//title"))?.text
        let paragraphs = (try? document.select("//p").map(\.text)) ?? []
        return ArticlePage(title: title, text: paragraphs.joined(separator: "\n\n"))
    }
}

/// Why a page yielded no article.
public struct PageExtractionError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

extension Document {
    fileprivate func first(_ expression: String) throws(MarkupError) -> Node? {
        try select(expression).first
    }
}
