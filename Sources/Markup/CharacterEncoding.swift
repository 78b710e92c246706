import CLibXML2

/// How the bytes of an HTML page are to be decoded, decided once before parsing.
///
/// The order follows the HTML standard: a byte order mark wins, then the charset of the HTTP
/// `Content-Type` header, then a `<meta>` charset near the top of the page, and finally UTF-8
/// when the bytes are valid UTF-8 or Windows-1252 when they are not. Because the choice is
/// handed to the parser explicitly, a `<meta>` that contradicts the header or the byte order
/// mark changes nothing.
public struct CharacterEncoding: Equatable, Sendable {
    /// The encoding's name as libxml2 knows it (`"UTF-8"`, `"windows-1252"`, `"UTF-16LE"`).
    public var name: String
    /// Where the choice came from.
    public var source: Source

    /// Where an encoding choice came from.
    public enum Source: String, Equatable, Sendable {
        case byteOrderMark = "byte order mark"
        case httpHeader = "HTTP header"
        case metaTag = "meta charset"
        case content = "content"
    }

    /// Whether the encoding is UTF-8.
    public var isUTF8: Bool { name == "UTF-8" }

    /// Decides the encoding of a page.
    ///
    /// - Parameters:
    ///   - bytes: The page as served.
    ///   - headerCharset: The `charset` parameter of the HTTP `Content-Type` header, if any.
    public static func detect(_ bytes: [UInt8], headerCharset: String? = nil) -> CharacterEncoding {
        if let mark = byteOrderMark(bytes) { return CharacterEncoding(name: mark.name, source: .byteOrderMark) }
        if let header = headerCharset.flatMap(canonicalName) {
            return CharacterEncoding(name: header, source: .httpHeader)
        }
        if let meta = metaCharset(bytes).flatMap(canonicalName) {
            return CharacterEncoding(name: meta, source: .metaTag)
        }
        let name = UTF8Repair.isValid(bytes) ? "UTF-8" : "windows-1252"
        return CharacterEncoding(name: name, source: .content)
    }

    /// The encoding a byte order mark announces, and the mark's length.
    static func byteOrderMark(_ bytes: [UInt8]) -> (name: String, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// Maps an encoding label to the name handed to libxml2, or `nil` for labels it cannot decode.
    ///
    /// As the HTML standard requires, Latin-1 and ASCII labels mean Windows-1252, and a UTF-16
    /// label found in ASCII-compatible bytes means UTF-8.
    static func canonicalName(_ label: String) -> String? {
        let trimmed = label.trimmingASCIIWhitespaceAndQuotes().lowercased()
        switch trimmed {
        case "": return nil
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252":
            return "windows-1252"
        default:
            // libxml2 allocates a handler (and an iconv descriptor) for each lookup of an iconv-backed encoding;
            // only its name is needed here, so the handler is closed again (built-in handlers are left alone).
            guard let handler = xmlFindCharEncodingHandler(trimmed) else { return nil }
            xmlCharEncCloseFunc(handler)
            return trimmed
        }
    }

    /// The charset a `<meta charset>` or `<meta http-equiv content>` declares in the first 4 KiB.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var index = 0
        while let meta = find(Array("<meta".utf8), in: head, from: index) {
            var tagEnd = meta
            while tagEnd < head.count, head[tagEnd] != UInt8(ascii: ">") { tagEnd += 1 }
            if let charset = find(Array("charset=".utf8), in: head, from: meta, before: tagEnd) {
                var start = charset + 8
                while start < tagEnd, [0x22, 0x27, 0x20].contains(head[start]) { start += 1 }
                var end = start
                while end < tagEnd, ![0x22, 0x27, 0x3B, 0x20, 0x2F, 0x3E].contains(head[end]) { end += 1 }
                if end > start { return String(decoding: head[start..<end], as: UTF8.self) }
            }
            index = tagEnd
        }
        return nil
    }

    /// The index of the first occurrence of `pattern` in `bytes` at or after `start` (and ending before `limit`).
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int, before limit: Int? = nil) -> Int? {
        let limit = min(limit ?? bytes.count, bytes.count)
        guard let first = pattern.first, limit - pattern.count >= start else { return nil }
        var index = start
        while index <= limit - pattern.count {
            if bytes[index] == first {
                var matched = 1
                while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }
}

/// Makes arbitrary bytes into valid UTF-8 without NUL characters.
public enum UTF8Repair {
    /// Whether the bytes are valid UTF-8.
    public static func isValid(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// Replaces invalid sequences with U+FFFD, drops NUL characters and a leading byte order mark.
    ///
    /// Valid input without NULs is returned unchanged, without copying.
    public static func repair(_ bytes: [UInt8]) -> [UInt8] {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if !body.contains(0), isValid(body) { return body }
        var repaired = Array(String(decoding: body, as: UTF8.self).utf8)
        repaired.removeAll { $0 == 0 }
        return repaired
    }
}

extension StringProtocol {
    func trimmingASCIIWhitespaceAndQuotes() -> String {
        let unwanted: Set<Character> = [" ", "\t", "\n", "\r", "\"", "'"]
        let start = firstIndex { !unwanted.contains($0) } ?? endIndex
        let end = lastIndex { !unwanted.contains($0) }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
