/// Decides whether text that a feed did not label is HTML, as feed readers must for RSS titles.
enum HTMLGuess {
    /// True when the text has an end tag or a character reference, every tag is a known HTML
    /// element and every named reference is a known entity.
    static func looksLikeHTML(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return false }
        let bytes = Array(text.utf8)
        var hasEndTagOrReference = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                var cursor = index + 1
                let isEnd = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "/")
                if isEnd { cursor += 1 }
                let nameStart = cursor
                while cursor < bytes.count, isWordByte(bytes[cursor]) { cursor += 1 }
                if cursor > nameStart {
                    let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
                    guard knownElements.contains(name) else { return false }
                    if isEnd, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ">") { hasEndTagOrReference = true }
                }
                index = cursor
            } else if byte == UInt8(ascii: "&") {
                var cursor = index + 1
                let isNumeric = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "#")
                if isNumeric { cursor += 1 }
                let nameStart = cursor
                while cursor < bytes.count, isWordByte(bytes[cursor]) { cursor += 1 }
                if cursor > nameStart, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") {
                    hasEndTagOrReference = true
                    if !isNumeric {
                        let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
                        guard HTMLEntities.table[name + ";"] != nil else { return false }
                    }
                }
                index = cursor
            } else {
                index += 1
            }
        }
        return hasEndTagOrReference
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private static let knownElements: Set<String> = [
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big", "blockquote", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command", "datagrid",
        "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "event-source",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "i", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "m", "map", "menu", "meter",
        "multicol", "nav", "nextid", "noscript", "ol", "optgroup", "option", "output", "p", "pre", "progress", "q",
        "s", "samp", "section", "select", "small", "sound", "source", "spacer", "span", "strike", "strong", "sub",
        "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var",
        "video",
    ]
}
