import Markup

/// Cuts a subtree's text into blocks in reading order.
///
/// A block element (`p`, `h2`, `li`, `blockquote`, `div`, `tr`, …) ends the running block and
/// starts a new one; inline elements add to it; `<br>` adds a line break; table cells are
/// separated by a space. White space is collapsed on the way, into a byte buffer, so the cost
/// is linear in the text.
struct BlockCollector {
    let tree: ElementTree
    let excluded: [Bool]

    static let blockTags: WordSet = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
        "caption", "summary", "html", "dir", "menu", "legend",
    ]

    /// The blocks of the subtree rooted at `root`, skipping excluded items.
    func blocks(in root: Int) -> [TextBlock] {
        guard root < tree.items.count else { return [] }
        var state = State()
        // Open elements that matter when they close: block elements and links.
        var open: [(end: Int, isBlock: Bool, isLink: Bool, index: Int)] = []
        var index = root
        let end = tree.items[root].end
        while index < end {
            while let last = open.last, last.end <= index {
                open.removeLast()
                if last.isBlock { state.flush(owner: last.index, tree: tree) }
                if last.isLink { state.linkDepth -= 1 }
            }
            let item = tree.items[index]
            if excluded[index] {
                index = item.end
                continue
            }
            if !item.isElement {
                if item.parent >= 0, tree.items[item.parent].name == "script" {
                    index += 1
                    continue
                }
                state.append(item.text)
                index += 1
                continue
            }
            switch item.name {
            case "br":
                state.appendLineBreak()
            case "td", "th":
                state.appendSpace()
            case "script":
                index = item.end
                continue
            default:
                break
            }
            let isBlock = Self.blockTags.contains(item.name)
            if isBlock {
                state.flush(owner: open.last { $0.isBlock }?.index ?? root, tree: tree)
            }
            let isLink = item.name == "a"
            if isLink { state.linkDepth += 1 }
            if isBlock || isLink {
                open.append((item.end, isBlock, isLink, index))
            }
            index += 1
        }
        while let last = open.popLast() {
            if last.isBlock { state.flush(owner: last.index, tree: tree) }
        }
        state.flush(owner: root, tree: tree)
        return state.blocks
    }

    /// The running block.
    struct State {
        var blocks: [TextBlock] = []
        var buffer: [UInt8] = []
        var characters = 0
        var linkCharacters = 0
        var commas = 0
        var linkDepth = 0
        var pendingSpace = false

        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    switch byte {
                    case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                        pendingSpace = true
                    default:
                        if pendingSpace, let last = buffer.last, last != 0x0A { buffer.append(0x20) }
                        pendingSpace = false
                        buffer.append(byte)
                        if byte & 0xC0 != 0x80 {
                            characters += 1
                            if linkDepth > 0 { linkCharacters += 1 }
                            if byte == UInt8(ascii: ",") { commas += 1 }
                        } else if byte == 0xA0, buffer.count >= 2, buffer[buffer.count - 2] == 0xC2 {
                            // A no-break space is space, not text.
                            characters -= 1
                            if linkDepth > 0 { linkCharacters -= 1 }
                        }
                    }
                }
            }
        }

        mutating func appendSpace() {
            pendingSpace = true
        }

        mutating func appendLineBreak() {
            pendingSpace = false
            if let last = buffer.last, last != 0x0A { buffer.append(0x0A) }
        }

        mutating func flush(owner: Int, tree: ElementTree) {
            defer {
                buffer.removeAll(keepingCapacity: true)
                characters = 0
                linkCharacters = 0
                commas = 0
                pendingSpace = false
            }
            while buffer.last == 0x0A || buffer.last == 0x20 { buffer.removeLast() }
            guard characters > 0, !buffer.isEmpty else { return }
            blocks.append(TextBlock(
                text: String(decoding: buffer, as: UTF8.self), owner: owner, tag: tree.items[owner].name,
                characters: characters, linkCharacters: max(0, min(linkCharacters, characters)), commas: commas
            ))
        }
    }
}
