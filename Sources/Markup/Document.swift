import CLibXML2

/// A parsed HTML or XML document, owned by Swift and freed when the last reference goes away.
///
/// Documents are not `Sendable`: parse, query and read them inside one function, and pass on
/// Swift values. Parsing never touches the network, never loads a DTD and never substitutes
/// external entities.
public final class Document {
    let pointer: xmlDocPtr

    private init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// Parses an HTML page with libxml2's recovering parser.
    ///
    /// - Parameters:
    ///   - bytes: The page as it came over the wire.
    ///   - encoding: The character encoding to assume (an IANA name such as `"utf-8"`), or `nil`
    ///     to let the parser read a byte order mark or `<meta charset>`.
    ///   - limits: Bounds on the input.
    public static func html(
        _ bytes: some Collection<UInt8>,
        encoding: String? = nil,
        limits: MarkupLimits = .default
    ) throws(MarkupError) -> Document {
        try limits.check(byteCount: bytes.count)
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
            | UInt32(XML_PARSE_HUGE.rawValue)
        let parse = { (buffer: UnsafeBufferPointer<UInt8>) -> xmlDocPtr? in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                LibXML2.prepare()
                return htmlReadMemory(
                    chars.baseAddress, Int32(chars.count), nil, encoding, Int32(bitPattern: UInt32(options))
                )
            }
        }
        let pointer = bytes.withContiguousStorageIfAvailable(parse) ?? Array(bytes).withUnsafeBufferPointer(parse)
        guard let pointer else { throw .unparseable("the HTML parser returned no document") }
        return Document(pointer: pointer)
    }

    /// Parses an HTML page as served, deciding its character encoding first.
    ///
    /// The encoding comes from the byte order mark, the HTTP header's charset, a `<meta>` charset
    /// or the bytes themselves, in that order (see ``CharacterEncoding``), and is handed to the
    /// parser explicitly. UTF-8 input is repaired first: invalid sequences become U+FFFD and NUL
    /// characters are dropped, so the parser never stops early or mis-decodes the rest.
    ///
    /// - Parameters:
    ///   - bytes: The page as it came over the wire.
    ///   - headerCharset: The `charset` parameter of the HTTP `Content-Type` header, if known.
    ///   - limits: Bounds on the input.
    /// - Returns: The document and the encoding used to decode it.
    public static func page(
        _ bytes: [UInt8],
        headerCharset: String? = nil,
        limits: MarkupLimits = .default
    ) throws(MarkupError) -> (document: Document, encoding: CharacterEncoding) {
        try limits.check(byteCount: bytes.count)
        let encoding = CharacterEncoding.detect(bytes, headerCharset: headerCharset)
        let prepared: [UInt8]
        if encoding.isUTF8 {
            prepared = UTF8Repair.repair(bytes)
        } else if encoding.name.hasPrefix("UTF-16") {
            prepared = bytes
        } else {
            prepared = bytes.contains(0) ? bytes.filter { $0 != 0 } : bytes
        }
        return (try html(prepared, encoding: encoding.name, limits: limits), encoding)
    }

    /// Parses an HTML page held in a string.
    public static func html(_ string: String, limits: MarkupLimits = .default) throws(MarkupError) -> Document {
        try html(Array(string.utf8), encoding: "utf-8", limits: limits)
    }

    /// Parses an XML document (a feed, an OPML file) safely.
    ///
    /// The parser recovers from well-formedness errors where it can, never reaches the network,
    /// never loads a DTD or substitutes an external entity, and refuses documents that declare
    /// entities of their own: feeds never need them, and they are the vehicle of XXE and
    /// entity-expansion attacks.
    public static func xml(
        _ bytes: some Collection<UInt8>,
        encoding: String? = nil,
        limits: MarkupLimits = .default
    ) throws(MarkupError) -> Document {
        try limits.check(byteCount: bytes.count)
        let options = XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
        let pointer: xmlDocPtr? = Array(bytes).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                LibXML2.prepare()
                return xmlReadMemory(
                    chars.baseAddress, Int32(chars.count), nil, encoding, Int32(bitPattern: UInt32(options))
                )
            }
        }
        guard let pointer else { throw .unparseable("not well-formed XML") }
        let document = Document(pointer: pointer)
        if let subset = pointer.pointee.intSubset, subset.pointee.entities != nil {
            throw .entityDeclarations
        }
        return document
    }

    /// Parses an XML document held in a string.
    public static func xml(_ string: String, limits: MarkupLimits = .default) throws(MarkupError) -> Document {
        try xml(Array(string.utf8), encoding: "utf-8", limits: limits)
    }

    /// The document's root element, if it has one.
    public var root: Node? {
        xmlDocGetRootElement(pointer).map { Node(pointer: $0, document: self) }
    }

    /// The encoding the parser used to decode the document, as libxml2 names it.
    public var encoding: String? {
        pointer.pointee.encoding.map { String(cString: $0) }
    }

    /// Evaluates an XPath expression from the document's root and returns the nodes it selects.
    public func select(_ expression: String, namespaces: [String: String] = [:]) throws(MarkupError) -> [Node] {
        guard let root else { return [] }
        return try root.select(expression, namespaces: namespaces)
    }
}

/// Bounds on what the parsers accept.
public struct MarkupLimits: Sendable {
    /// The largest input accepted, in bytes.
    public var maximumBytes: Int

    /// Creates limits.
    public init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    /// 64 MiB, well above any real page or feed.
    public static let `default` = MarkupLimits(maximumBytes: 64 << 20)

    func check(byteCount: Int) throws(MarkupError) {
        if byteCount > maximumBytes {
            throw .tooLarge(byteCount: byteCount, limit: maximumBytes)
        }
    }
}

/// Why a document could not be parsed or queried.
public enum MarkupError: Error, Equatable, CustomStringConvertible {
    /// The input is larger than the limit.
    case tooLarge(byteCount: Int, limit: Int)
    /// The parser could not make a document of the input.
    case unparseable(String)
    /// The XML document declares entities in its internal DTD subset.
    case entityDeclarations
    /// The XPath expression is invalid.
    case invalidXPath(String)

    public var description: String {
        switch self {
        case let .tooLarge(byteCount, limit):
            "document of \(byteCount) bytes exceeds the limit of \(limit) bytes"
        case let .unparseable(reason):
            "cannot parse document: \(reason)"
        case .entityDeclarations:
            "document declares XML entities, which Herald refuses (XXE and entity-expansion protection)"
        case let .invalidXPath(expression):
            "invalid XPath expression: \(expression)"
        }
    }
}

/// Process-wide libxml2 set-up, done once.
enum LibXML2 {
    private static let initialized: Bool = {
        xmlInitParser()
        clibxml2_silence_errors()
        return true
    }()

    static func prepare() {
        _ = initialized
        // libxml2 keeps its error handlers per thread: silence them on this one too.
        clibxml2_silence_errors()
    }
}
