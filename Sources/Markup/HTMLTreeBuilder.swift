import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ElementTree {
    /// Builds the tree of a UTF-8 HTML page directly from its bytes, without a libxml2 document.
    ///
    /// This is the fast path for article extraction: one pass over the bytes, in Swift, that
    /// tokenizes tags, attributes, text and character references and builds the tree with the
    /// HTML rules that matter for reading text: void elements, raw-text elements (`<script>`,
    /// `<style>`), implied end tags (`<p>`, `<li>`, `<td>`, `<tr>`, `<option>`, `<dt>`, `<dd>`),
    /// end tags that close the elements left open inside them, an implied `<head>` and `<body>`.
    /// It drops the same content ``Document/elementTree(maximumItems:)`` drops. Character
    /// references are decoded with libxml2's HTML entity table.
    ///
    /// - Parameters:
    ///   - utf8: The page as UTF-8. Invalid sequences become U+FFFD and NUL characters are dropped.
    ///   - maximumItems: A bound on how many items are built; the rest of the page is ignored.
    ///   - keptAttributes: The attribute names (lower case) to keep, or `nil` for all. Callers
    ///     that read a few attributes save the cost of copying the others (`srcset`, `data-*`).
    public init(utf8 bytes: [UInt8], maximumItems: Int = 2_000_000, keptAttributes: Set<String>? = nil) {
        var builder = HTMLTreeBuilder(maximumItems: maximumItems, keptAttributes: keptAttributes)
        bytes.withUnsafeBufferPointer { builder.build($0) }
        self.init(items: builder.items)
    }
}

/// The tokenizer and tree builder behind ``ElementTree/init(utf8:maximumItems:)``.
struct HTMLTreeBuilder {
    var items: [ElementTree.Item] = []
    /// Indexes of the open elements, outermost first.
    var open: [Int] = []
    /// The traits of the open elements, in the same order.
    var openTraits: [TagTraits] = []
    var head = -1
    var body = -1
    let maximumItems: Int
    var text: [UInt8] = []

    /// How far down the stack of open elements an end tag or an implied end tag looks.
    static let stackSearchLimit = 256

    let keptAttributes: Set<String>?

    init(maximumItems: Int, keptAttributes: Set<String>? = nil) {
        self.maximumItems = maximumItems
        self.keptAttributes = keptAttributes
        items.reserveCapacity(4096)
    }

    mutating func build(_ input: UnsafeBufferPointer<UInt8>) {
        let html = ElementTree.Item(name: "html", text: "", attributes: [], parent: -1, end: 1, depth: 0)
        items.append(html)
        open.append(0)
        openTraits.append(TagTraits.of("html"))
        var position = 0
        let count = input.count
        while position < count, items.count < maximumItems {
            let byte = input[position]
            if byte != UInt8(ascii: "<") {
                let next = Self.find(UInt8(ascii: "<"), in: input, from: position)
                appendText(input, position, next)
                position = next
                continue
            }
            position = readMarkup(input, at: position)
        }
        flushText()
        while let last = open.popLast() { items[last].end = items.count }
    }

    // MARK: Tokenizing

    static func find(_ target: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < input.count, let base = input.baseAddress else { return input.count }
        guard let found = memchr(base + start, Int32(target), input.count - start) else { return input.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The index just past the first occurrence of `pattern` (ASCII, matched case-insensitively), or the end.
    static func skip(past pattern: [UInt8], in input: UnsafeBufferPointer<UInt8>, from start: Int) -> (found: Int, after: Int) {
        guard let first = pattern.first else { return (start, start) }
        // The patterns start with punctuation (`<`, `-`), so the first byte can be found with memchr.
        var index = find(first, in: input, from: start)
        while index + pattern.count <= input.count {
            if lowercase(input[index]) == first {
                var matched = 1
                while matched < pattern.count, lowercase(input[index + matched]) == pattern[matched] { matched += 1 }
                if matched == pattern.count { return (index, index + pattern.count) }
            }
            index = find(first, in: input, from: index + 1)
        }
        return (input.count, input.count)
    }

    @inline(__always) static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 97 && (byte | 0x20) <= 122
    }

    /// Reads what starts with `<` at `start`; returns the index after it.
    mutating func readMarkup(_ input: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        let count = input.count
        let next = start + 1 < count ? input[start + 1] : 0
        if next == UInt8(ascii: "!") {
            if start + 3 < count, input[start + 2] == UInt8(ascii: "-"), input[start + 3] == UInt8(ascii: "-") {
                return Self.skip(past: Array("-->".utf8), in: input, from: start + 4).after
            }
            return min(Self.find(UInt8(ascii: ">"), in: input, from: start) + 1, count)
        }
        if next == UInt8(ascii: "?") {
            return min(Self.find(UInt8(ascii: ">"), in: input, from: start) + 1, count)
        }
        if next == UInt8(ascii: "/") {
            guard start + 2 < count, Self.isLetter(input[start + 2]) else {
                if start + 2 < count, input[start + 2] == UInt8(ascii: ">") { return start + 3 }
                return min(Self.find(UInt8(ascii: ">"), in: input, from: start) + 1, count)
            }
            var index = start + 2
            let name = readName(input, &index)
            let close = min(Self.find(UInt8(ascii: ">"), in: input, from: index) + 1, count)
            flushText()
            endTag(name)
            return close
        }
        guard Self.isLetter(next) else {
            appendText(input, start, start + 1)
            return start + 1
        }
        var index = start + 1
        let name = readName(input, &index)
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while index < count {
            while index < count, Self.isSpace(input[index]) { index += 1 }
            guard index < count else { break }
            let byte = input[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                selfClosing = index + 1 < count && input[index + 1] == UInt8(ascii: ">")
                index += 1
                continue
            }
            let nameStart = index
            while index < count {
                let current = input[index]
                if Self.isSpace(current) || current == UInt8(ascii: "=") || current == UInt8(ascii: ">")
                    || (current == UInt8(ascii: "/") && index > nameStart) {
                    break
                }
                index += 1
            }
            let attributeName = Self.lowercasedString(input, nameStart, max(index, nameStart + 1))
            let kept = keptAttributes?.contains(attributeName) ?? true
            if index == nameStart { index += 1 }
            while index < count, Self.isSpace(input[index]) { index += 1 }
            var value = ""
            if index < count, input[index] == UInt8(ascii: "=") {
                index += 1
                while index < count, Self.isSpace(input[index]) { index += 1 }
                if index < count, input[index] == UInt8(ascii: "\"") || input[index] == UInt8(ascii: "'") {
                    let quote = input[index]
                    let valueEnd = Self.find(quote, in: input, from: index + 1)
                    if kept { value = Self.decoded(input, index + 1, valueEnd) }
                    index = min(valueEnd + 1, count)
                } else {
                    let valueStart = index
                    while index < count, !Self.isSpace(input[index]), input[index] != UInt8(ascii: ">") { index += 1 }
                    if kept { value = Self.decoded(input, valueStart, index) }
                }
            }
            if kept, !attributes.contains(where: { $0.name == attributeName }) {
                attributes.append((attributeName, value))
            }
        }
        flushText()
        startTag(name, attributes: attributes, selfClosing: selfClosing)
        if selfClosing { return index }
        return skipRawText(after: name, attributes: attributes, in: input, from: index)
    }

    /// Reads a tag name (lower-cased) at `index` and moves past it.
    func readName(_ input: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> String {
        let start = index
        while index < input.count {
            let byte = input[index]
            if Self.isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { break }
            index += 1
        }
        return Self.lowercasedString(input, start, index)
    }

    static func lowercasedString(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let end = min(end, input.count)
        guard start < end else { return "" }
        var needsLowering = false
        for index in start..<end where input[index] >= 65 && input[index] <= 90 {
            needsLowering = true
            break
        }
        let slice = UnsafeBufferPointer(rebasing: input[start..<end])
        if !needsLowering { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice.map(lowercase), as: UTF8.self)
    }

    /// The content of raw-text elements: kept as text for JSON data scripts, `<title>` and
    /// `<textarea>`; skipped for other scripts, styles and elements whose content is never text.
    mutating func skipRawText(
        after name: String, attributes: [(name: String, value: String)], in input: UnsafeBufferPointer<UInt8>,
        from index: Int
    ) -> Int {
        let traits = TagTraits.of(name)
        guard traits.contains(.rawText) else { return index }
        let keepsText: Bool
        if name == "script" {
            keepsText = attributes.contains { $0.name == "type" && $0.value.lowercased().contains("json") }
        } else {
            keepsText = traits.contains(.textualRawText)
        }
        let closing = Self.skip(past: Array("</\(name)".utf8), in: input, from: index)
        if keepsText {
            if name == "script" {
                appendRaw(input, index, closing.found)
            } else {
                appendText(input, index, closing.found)
            }
            flushText()
        }
        endTag(name)
        return min(Self.find(UInt8(ascii: ">"), in: input, from: closing.after) + 1, input.count)
    }

    // MARK: Text

    mutating func appendText(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        guard start < end else { return }
        var index = start
        while index < end {
            let byte = input[index]
            if byte == UInt8(ascii: "&") {
                let (scalarBytes, after) = Self.characterReference(input, index, end)
                text.append(contentsOf: scalarBytes)
                index = after
            } else {
                // NUL characters are dropped; invalid UTF-8 is repaired when the text becomes a String.
                if byte != 0 { text.append(byte) }
                index += 1
            }
        }
    }

    mutating func appendRaw(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        guard start < end else { return }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<end]))
    }

    static func decoded(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let end = min(end, input.count)
        guard start < end else { return "" }
        let slice = UnsafeBufferPointer(rebasing: input[start..<end])
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var bytes: [UInt8] = []
        var index = start
        while index < end {
            if input[index] == UInt8(ascii: "&") {
                let (scalarBytes, after) = characterReference(input, index, end)
                bytes.append(contentsOf: scalarBytes)
                index = after
            } else {
                bytes.append(input[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes the character reference at `start` (which holds `&`): its UTF-8 bytes and the index after it.
    /// An unknown reference stays as written.
    static func characterReference(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ([UInt8], Int) {
        var index = start + 1
        if index < end, input[index] == UInt8(ascii: "#") {
            index += 1
            var value: UInt32 = 0
            var digits = 0
            let hex = index < end && (input[index] | 0x20) == UInt8(ascii: "x")
            if hex { index += 1 }
            while index < end, digits < 8 {
                let byte = input[index]
                let digit: UInt32
                switch byte {
                case 48...57: digit = UInt32(byte - 48)
                case 97...102 where hex: digit = UInt32(byte - 87)
                case 65...70 where hex: digit = UInt32(byte - 55)
                default: digit = 99
                }
                if digit == 99 { break }
                value = value * (hex ? 16 : 10) + digit
                digits += 1
                index += 1
            }
            guard digits > 0 else { return ([UInt8(ascii: "&")], start + 1) }
            if index < end, input[index] == UInt8(ascii: ";") { index += 1 }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (Array(String(Character(scalar ?? "\u{FFFD}")).utf8), index)
        }
        let nameStart = index
        while index < end, index - nameStart < 32, isLetter(input[index]) || (input[index] >= 48 && input[index] <= 57) {
            index += 1
        }
        guard index > nameStart else { return ([UInt8(ascii: "&")], start + 1) }
        let name = Array(UnsafeBufferPointer(rebasing: input[nameStart..<index]))
        let hasSemicolon = index < end && input[index] == UInt8(ascii: ";")
        if let scalar = namedReference(name) {
            return (Array(String(Character(scalar)).utf8), hasSemicolon ? index + 1 : index)
        }
        return ([UInt8(ascii: "&")], start + 1)
    }

    static func namedReference(_ name: [UInt8]) -> Unicode.Scalar? {
        switch name.count {
        case 2:
            if name == [108, 116] { return "<" }  // lt
            if name == [103, 116] { return ">" }  // gt
        case 3:
            if name == [97, 109, 112] { return "&" }  // amp
        case 4:
            if name == [110, 98, 115, 112] { return "\u{A0}" }  // nbsp
            if name == [113, 117, 111, 116] { return "\"" }  // quot
            if name == [97, 112, 111, 115] { return "'" }  // apos
        default:
            break
        }
        let entity: UnsafePointer<htmlEntityDesc>? = (name + [0]).withUnsafeBufferPointer { buffer in
            htmlEntityLookup(buffer.baseAddress)
        }
        return entity.flatMap { Unicode.Scalar($0.pointee.value) }
    }

    mutating func flushText() {
        guard !text.isEmpty else { return }
        defer { text.removeAll(keepingCapacity: true) }
        if body < 0 {
            // Text before the body: white space is dropped, anything else starts the body.
            guard text.contains(where: { !Self.isSpace($0) }) else { return }
            if !isOpen("title"), !isOpen("script"), !isOpen("textarea") { openBody(attributes: []) }
        }
        guard items.count < maximumItems else { return }
        items.append(ElementTree.Item(
            name: "", text: String(decoding: text, as: UTF8.self), attributes: [], parent: open.last ?? -1,
            end: items.count + 1, depth: open.count
        ))
    }

    // MARK: Tree construction

    func isOpen(_ name: String) -> Bool {
        guard let last = open.last else { return false }
        return items[last].name == name
    }

    mutating func openBody(attributes: [(name: String, value: String)]) {
        // Close the head and whatever it left open.
        while open.count > 1 { closeTop() }
        body = push("body", traits: TagTraits.of("body"), attributes: attributes)
    }

    @discardableResult
    mutating func push(_ name: String, traits: TagTraits, attributes: [(name: String, value: String)]) -> Int {
        let index = items.count
        items.append(ElementTree.Item(
            name: name, text: "", attributes: attributes, parent: open.last ?? -1, end: index + 1, depth: open.count
        ))
        open.append(index)
        openTraits.append(traits)
        return index
    }

    mutating func closeTop() {
        guard let last = open.popLast() else { return }
        openTraits.removeLast()
        items[last].end = items.count
    }

    /// Closes the nearest open element with one of the `target` traits, and everything opened
    /// inside it, unless an element with one of the `boundaries` traits comes first.
    mutating func closeNearest(_ target: TagTraits, boundaries: TagTraits = .scopeBoundary) {
        var position = open.count - 1
        var searched = 0
        while position > 0, searched < Self.stackSearchLimit {
            let traits = openTraits[position]
            if !traits.isDisjoint(with: target) {
                while open.count > position { closeTop() }
                return
            }
            if !traits.isDisjoint(with: boundaries) { return }
            position -= 1
            searched += 1
        }
    }

    mutating func startTag(_ name: String, attributes: [(name: String, value: String)], selfClosing: Bool) {
        guard items.count < maximumItems else { return }
        let traits = TagTraits.of(name)
        switch name {
        case "html":
            for attribute in attributes where items[0][attribute: attribute.name] == nil {
                items[0].attributes.append(attribute)
            }
            return
        case "head":
            if head < 0, body < 0 { head = push("head", traits: traits, attributes: attributes) }
            return
        case "body":
            if body < 0 {
                openBody(attributes: attributes)
            } else {
                for attribute in attributes where items[body][attribute: attribute.name] == nil {
                    items[body].attributes.append(attribute)
                }
            }
            return
        default:
            break
        }
        if body < 0 {
            if traits.contains(.headContent) {
                if head < 0 { head = push("head", traits: TagTraits.of("head"), attributes: []) }
            } else {
                openBody(attributes: [])
            }
        }
        if traits.contains(.closesParagraph) { closeNearest(.paragraph) }
        if traits.contains(.listItem) {
            closeNearest(.listItem, boundaries: [.scopeBoundary, .list])
        } else if traits.contains(.definitionItem) {
            closeNearest(.definitionItem, boundaries: [.scopeBoundary, .definitionList])
        } else if traits.contains(.row) {
            closeNearest(.row, boundaries: [.table, .htmlOrBody, .tableSection])
        } else if traits.contains(.cell) {
            closeNearest(.cell, boundaries: [.table, .htmlOrBody, .row])
        } else if traits.contains(.tableSection) {
            closeNearest(.tableSection, boundaries: [.table, .htmlOrBody])
        } else if traits.contains(.option) {
            closeNearest(.option, boundaries: [.select, .htmlOrBody])
        } else if traits.contains(.heading) {
            if let last = openTraits.last, last.contains(.heading) { closeTop() }
        } else if traits.contains(.anchor) {
            closeNearest(.anchor)
        }
        push(name, traits: traits, attributes: attributes)
        if traits.contains(.void) || (selfClosing && !traits.contains(.closesParagraph) && !traits.contains(.anchor)) {
            closeTop()
        }
    }

    mutating func endTag(_ name: String) {
        switch name {
        case "html", "body":
            return
        case "head":
            if head >= 0, body < 0 { closeNearest(.head, boundaries: []) }
            return
        case "br":
            startTag("br", attributes: [], selfClosing: true)
            return
        default:
            break
        }
        if TagTraits.of(name).contains(.void) { return }
        var position = open.count - 1
        var searched = 0
        while position > 0, searched < Self.stackSearchLimit {
            if items[open[position]].name == name {
                while open.count > position { closeTop() }
                return
            }
            position -= 1
            searched += 1
        }
    }
}

/// What the tree builder needs to know about a tag name, looked up once per tag.
struct TagTraits: OptionSet {
    let rawValue: UInt32

    static let void = TagTraits(rawValue: 1 << 0)
    static let closesParagraph = TagTraits(rawValue: 1 << 1)
    static let scopeBoundary = TagTraits(rawValue: 1 << 2)
    static let heading = TagTraits(rawValue: 1 << 3)
    static let headContent = TagTraits(rawValue: 1 << 4)
    static let paragraph = TagTraits(rawValue: 1 << 5)
    static let listItem = TagTraits(rawValue: 1 << 6)
    static let list = TagTraits(rawValue: 1 << 7)
    static let definitionItem = TagTraits(rawValue: 1 << 8)
    static let definitionList = TagTraits(rawValue: 1 << 9)
    static let row = TagTraits(rawValue: 1 << 10)
    static let cell = TagTraits(rawValue: 1 << 11)
    static let tableSection = TagTraits(rawValue: 1 << 12)
    static let table = TagTraits(rawValue: 1 << 13)
    static let option = TagTraits(rawValue: 1 << 14)
    static let select = TagTraits(rawValue: 1 << 15)
    static let anchor = TagTraits(rawValue: 1 << 16)
    static let head = TagTraits(rawValue: 1 << 17)
    static let htmlOrBody = TagTraits(rawValue: 1 << 18)
    /// Content is not markup: skipped up to the end tag.
    static let rawText = TagTraits(rawValue: 1 << 19)
    /// Raw text that is kept as text (`<title>`, `<textarea>`).
    static let textualRawText = TagTraits(rawValue: 1 << 20)

    static func of(_ name: String) -> TagTraits {
        byName[name] ?? []
    }

    private static let byName: [String: TagTraits] = {
        var table: [String: TagTraits] = [:]
        func add(_ names: [String], _ traits: TagTraits) {
            for name in names { table[name, default: []].formUnion(traits) }
        }
        add(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
             "wbr", "keygen", "basefont", "bgsound", "frame"], .void)
        add(["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
             "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
             "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul", "li", "dd", "dt",
             "summary", "listing", "plaintext", "xmp"], .closesParagraph)
        add(["html", "body", "table", "td", "th", "caption", "button", "object", "template", "marquee", "applet"],
            .scopeBoundary)
        add(["h1", "h2", "h3", "h4", "h5", "h6"], .heading)
        add(["meta", "title", "link", "script", "style", "base", "noscript", "template"], .headContent)
        add(["p"], .paragraph)
        add(["li"], .listItem)
        add(["ul", "ol"], .list)
        add(["dt", "dd"], .definitionItem)
        add(["dl"], .definitionList)
        add(["tr"], .row)
        add(["td", "th"], .cell)
        add(["thead", "tbody", "tfoot"], .tableSection)
        add(["table"], .table)
        add(["option"], .option)
        add(["select"], .select)
        add(["a"], .anchor)
        add(["head"], .head)
        add(["html", "body"], .htmlOrBody)
        add(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "xmp", "noembed",
             "noframes", "title", "textarea"], .rawText)
        add(["title", "textarea"], .textualRawText)
        return table
    }()
}
