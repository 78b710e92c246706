import Markup

/// Writes the children of an element back as markup, for feeds that put unescaped HTML or
/// XHTML inside an element.
enum MarkupSerializer {
    /// The markup of the node's children.
    ///
    /// - Parameter escapingText: Whether text is escaped. RSS elements that mix raw tags with
    ///   escaped markup (`<description>&lt;p&gt;…<a href=…>…</a></description>`) mean their text as
    ///   HTML source, as every feed reader reads them; XHTML content escapes its text.
    static func innerMarkup(of node: Node, escapingText: Bool = true) -> String {
        var output: [UInt8] = []
        for child in node.children { write(child, escapingText: escapingText, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    private static func write(_ node: Node, escapingText: Bool, into output: inout [UInt8]) {
        switch node.kind {
        case .text:
            append(node.text, escaping: escapingText, quotes: false, to: &output)
        case .element:
            let name = node.name
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: name.utf8)
            for attribute in node.attributes {
                output.append(UInt8(ascii: " "))
                output.append(contentsOf: attribute.name.utf8)
                output.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
                append(attribute.value, escaping: true, quotes: true, to: &output)
                output.append(UInt8(ascii: "\""))
            }
            output.append(UInt8(ascii: ">"))
            for child in node.children { write(child, escapingText: escapingText, into: &output) }
            output.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
            output.append(contentsOf: name.utf8)
            output.append(UInt8(ascii: ">"))
        case .comment, .other:
            break
        }
    }

    /// Appends the text, with `&`, `<`, `>` (and `"` in attribute values) escaped when asked.
    private static func append(_ text: String, escaping: Bool, quotes: Bool, to output: inout [UInt8]) {
        guard escaping else {
            output.append(contentsOf: text.utf8)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: ampersand)
            case UInt8(ascii: "<"): output.append(contentsOf: lessThan)
            case UInt8(ascii: ">"): output.append(contentsOf: greaterThan)
            case UInt8(ascii: "\"") where quotes: output.append(contentsOf: quote)
            default: output.append(byte)
            }
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
}
