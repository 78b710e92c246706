import Markup

/// Writes the children of an element back as markup, for feeds that put unescaped HTML or
/// XHTML inside an element.
enum MarkupSerializer {
    /// The markup of the node's children.
    static func innerMarkup(of node: Node) -> String {
        var output = ""
        for child in node.children { write(child, into: &output) }
        return output
    }

    private static func write(_ node: Node, into output: inout String) {
        switch node.kind {
        case .text:
            output += escape(node.text, quotes: false)
        case .element:
            let name = node.name
            output += "<" + name
            for attribute in node.attributes {
                output += " \(attribute.name)=\"\(escape(attribute.value, quotes: true))\""
            }
            output += ">"
            for child in node.children { write(child, into: &output) }
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
