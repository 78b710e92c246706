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
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || (quotes && $0 == "\"") }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quotes: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
