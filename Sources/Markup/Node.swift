import CLibXML2

/// A node of a ``Document``: an element, a run of text, a comment.
///
/// A node keeps its document alive, so it can be used after the document variable is gone,
/// but like its document it must stay on one thread.
public struct Node {
    let pointer: xmlNodePtr
    let document: Document

    init(pointer: xmlNodePtr, document: Document) {
        self.pointer = pointer
        self.document = document
    }

    /// What kind of node this is.
    public enum Kind: Equatable, Sendable {
        case element, text, comment, other
    }

    /// The node's kind. CDATA sections count as text.
    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: .text
        case XML_COMMENT_NODE: .comment
        default: .other
        }
    }

    /// Whether the node is an element.
    public var isElement: Bool { kind == .element }

    /// The element's local name (`"p"`, `"entry"`), without namespace prefix. HTML names are lower case.
    public var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// The namespace URI of the element, if any.
    public var namespaceURI: String? {
        pointer.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The namespace prefix of the element as written, if any.
    public var namespacePrefix: String? {
        pointer.pointee.ns?.pointee.prefix.map { String(cString: $0) }
    }

    /// The concatenated text of the node and all its descendants.
    public var text: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { clibxml2_free(content) }
        return String(cString: content)
    }

    /// The value of the attribute with this name (without namespace), if present.
    public subscript(attribute name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    /// The value of an attribute in a namespace, such as `xml:base`.
    public func attribute(_ name: String, namespace: String) -> String? {
        guard let value = xmlGetNsProp(pointer, name, namespace) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    /// The element's attributes, in document order.
    public var attributes: [(name: String, value: String)] {
        var result: [(String, String)] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            let name = current.pointee.name.map { String(cString: $0) } ?? ""
            var value = ""
            if let content = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                value = String(cString: content)
                clibxml2_free(content)
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }

    /// The parent node, or `nil` at the root.
    public var parent: Node? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return Node(pointer: parent, document: document)
    }

    /// The node's children of every kind, in document order.
    public var children: Children { Children(first: pointer.pointee.children, document: document) }

    /// The node's element children, in document order.
    public var elementChildren: [Node] { children.filter(\.isElement) }

    /// The next sibling of any kind.
    public var nextSibling: Node? {
        pointer.pointee.next.map { Node(pointer: $0, document: document) }
    }

    /// The previous sibling of any kind.
    public var previousSibling: Node? {
        pointer.pointee.prev.map { Node(pointer: $0, document: document) }
    }

    /// Evaluates an XPath expression with this node as the context node.
    ///
    /// - Parameter namespaces: Prefixes to register, mapping prefix to namespace URI.
    public func select(_ expression: String, namespaces: [String: String] = [:]) throws(MarkupError) -> [Node] {
        guard let context = xmlXPathNewContext(document.pointer) else { return [] }
        defer { xmlXPathFreeContext(context) }
        context.pointee.node = pointer
        for (prefix, uri) in namespaces {
            xmlXPathRegisterNs(context, prefix, uri)
        }
        guard let object = xmlXPathEvalExpression(expression, context) else {
            throw .invalidXPath(expression)
        }
        defer { xmlXPathFreeObject(object) }
        guard let set = object.pointee.nodesetval, let table = set.pointee.nodeTab else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { index in
            table[index].map { Node(pointer: $0, document: document) }
        }
    }

    /// The first node an XPath expression selects, if any.
    public func first(_ expression: String, namespaces: [String: String] = [:]) throws(MarkupError) -> Node? {
        try select(expression, namespaces: namespaces).first
    }
}

extension Node: Hashable {
    /// Two values are equal when they refer to the same node.
    public static func == (lhs: Node, rhs: Node) -> Bool { lhs.pointer == rhs.pointer }

    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}

extension Node {
    /// A node's children, walked lazily.
    public struct Children: Sequence {
        let first: xmlNodePtr?
        let document: Document

        public func makeIterator() -> Iterator { Iterator(upcoming: first, document: document) }

        /// Iterates over sibling nodes.
        public struct Iterator: IteratorProtocol {
            var upcoming: xmlNodePtr?
            let document: Document

            public mutating func next() -> Node? {
                guard let current = upcoming else { return nil }
                upcoming = current.pointee.next
                return Node(pointer: current, document: document)
            }
        }
    }
}
