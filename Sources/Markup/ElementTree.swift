import CLibXML2

/// A parsed page copied out of libxml2 into plain Swift values, in document order.
///
/// One iterative walk over the libxml2 tree fills it, so it is cheap to build, safe at any
/// nesting depth, `Sendable`, and fast to scan again and again: heuristics read arrays instead
/// of issuing XPath queries. Elements and runs of text are kept; comments, processing
/// instructions and the bodies of `<style>`, `<noscript>`, `<template>` and non-data `<script>`
/// elements are dropped.
public struct ElementTree: Sendable {
    /// One element or run of text.
    public struct Item: Sendable {
        /// The element's lower-case tag name, or `""` for a run of text.
        public var name: String
        /// The run of text (empty for elements).
        public var text: String
        /// The element's attributes, names in lower case, in document order.
        public var attributes: [(name: String, value: String)]
        /// The index of the parent item, or `-1` for a root.
        public var parent: Int
        /// One past the index of the item's last descendant: descendants are `index + 1 ..< end`.
        public var end: Int
        /// How many elements enclose this one.
        public var depth: Int

        /// Whether the item is an element (not a run of text).
        public var isElement: Bool { !name.isEmpty }

        /// The value of an attribute, if present.
        public subscript(attribute name: String) -> String? {
            for attribute in attributes where attribute.name == name { return attribute.value }
            return nil
        }
    }

    /// Every element and run of text, in document order (a pre-order walk).
    public var items: [Item]

    /// Creates a tree from items already in document order.
    public init(items: [Item]) {
        self.items = items
    }

    /// The indexes of an item's children, in document order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < items[index].end {
            result.append(child)
            child = items[child].end
        }
        return result
    }

    /// The indexes of the elements with this tag name, in document order.
    public func elements(named name: String) -> [Int] {
        items.indices.filter { items[$0].name == name }
    }

    /// The text of an item and its descendants, concatenated.
    public func text(of index: Int) -> String {
        var result = ""
        for position in index..<items[index].end where !items[position].isElement {
            result += items[position].text
        }
        return result
    }
}

extension ElementTree {
    /// Parses an HTML page as served into a tree, deciding its character encoding first.
    ///
    /// The encoding is decided as ``CharacterEncoding/detect(_:headerCharset:)`` says. UTF-8
    /// pages go through the fast Swift tree builder
    /// (``init(utf8:maximumItems:)``); pages in other encodings are decoded and parsed by
    /// libxml2 (``Document/page(_:headerCharset:limits:)``) and copied out.
    ///
    /// - Parameter keptAttributes: The attribute names to keep (lower case), or `nil` for all;
    ///   the fast path skips the others.
    public static func page(
        _ bytes: [UInt8], headerCharset: String? = nil, limits: MarkupLimits = .default,
        keptAttributes: Set<String>? = nil
    ) throws(MarkupError) -> (tree: ElementTree, encoding: CharacterEncoding) {
        try limits.check(byteCount: bytes.count)
        let encoding = CharacterEncoding.detect(bytes, headerCharset: headerCharset)
        if encoding.isUTF8 {
            let withoutMark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            return (ElementTree(utf8: withoutMark, keptAttributes: keptAttributes), encoding)
        }
        let parsed = try Document.page(bytes, headerCharset: headerCharset, limits: limits)
        return (parsed.document.elementTree(), parsed.encoding)
    }
}

extension Document {
    /// Copies the document into an ``ElementTree`` with one iterative walk.
    ///
    /// - Parameter maximumItems: A bound on how many items are copied; the walk stops there.
    public func elementTree(maximumItems: Int = 2_000_000) -> ElementTree {
        var items: [ElementTree.Item] = []
        guard let root = xmlDocGetRootElement(pointer) else { return ElementTree(items: []) }
        // The item indexes of the elements being walked, outermost first.
        var open: [Int] = []
        var current: xmlNodePtr? = root
        var depth = 0
        while let node = current, items.count < maximumItems {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = ElementTree.lowercasedName(node.pointee.name)
                let attributes = ElementTree.attributes(of: node)
                items.append(ElementTree.Item(
                    name: name, text: "", attributes: attributes, parent: open.last ?? -1, end: items.count + 1,
                    depth: depth
                ))
                if ElementTree.keepsContent(name: name, attributes: attributes) {
                    descend = node.pointee.children != nil
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    items.append(ElementTree.Item(
                        name: "", text: String(cString: content), attributes: [], parent: open.last ?? -1,
                        end: items.count + 1, depth: depth
                    ))
                }
            default:
                break
            }
            if descend, let child = node.pointee.children {
                open.append(items.count - 1)
                depth += 1
                current = child
                continue
            }
            // Move to the next sibling, closing finished elements on the way up.
            var cursor = node
            current = nil
            while cursor != root {
                if let sibling = cursor.pointee.next {
                    current = sibling
                    break
                }
                guard let parent = cursor.pointee.parent else { break }
                if let closed = open.popLast() {
                    items[closed].end = items.count
                    depth -= 1
                }
                cursor = parent
            }
        }
        // Close whatever a truncated walk left open.
        while let closed = open.popLast() { items[closed].end = items.count }
        return ElementTree(items: items)
    }
}

extension ElementTree {
    /// Elements whose content is never page text.
    static let droppedContent: Set<String> = ["style", "noscript", "template", "svg", "math", "iframe", "object"]

    static func keepsContent(name: String, attributes: [(name: String, value: String)]) -> Bool {
        if name == "script" {
            return attributes.contains { $0.name == "type" && $0.value.lowercased().contains("json") }
        }
        return !droppedContent.contains(name)
    }

    static func lowercasedName(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        var bytes: [UInt8] = []
        var cursor = name
        while cursor.pointee != 0 {
            let byte = cursor.pointee
            bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            cursor += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = lowercasedName(current.pointee.name)
            var value = ""
            // An attribute's value is its text children (one in practice).
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }
}
