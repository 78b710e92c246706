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
        var output = ""
        for child in node.children { write(child, escapingText: escapingText, into: &output) }
        return output
    }

    private static func write(_ node: Node, escapingText: Bool, into output: inout String) {
        switch node.kind {
        case .text:
            output += escapingText ? escape(node.text, quotes: false) : node.text
        case .element:
            let name = node.name
            output += "<" + name
            for attribute in node.attributes {
                output += " \(attribute.name)=\"\(escape(attribute.value, quotes: true))\""
            }
            output += ">"
            for child in node.children { write(child, escapingText: escapingText, into: &output) }
            output += "</" + name + ">"
        case .comment, .other:
            break
        }
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        let needsEscaping = text.utf8.contains { byte in
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || (quotes && byte == UInt8(ascii: "\""))
        }
        guard needsEscaping else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output += Array("&amp;".utf8)
            case UInt8(ascii: "<"): output += Array("&lt;".utf8)
            case UInt8(ascii: ">"): output += Array("&gt;".utf8)
            case UInt8(ascii: "\"") where quotes: output += Array("&quot;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
