/// Byte-level repairs made before a feed reaches the XML parser.
enum XMLRepair {
    /// Rewrites what XML would reject but feeds commonly contain, outside CDATA sections:
    /// HTML named entities (`&nbsp;`, `&eacute;`) become numeric references, a bare `&`
    /// becomes `&amp;`, and the document type declaration is removed (feeds never need it, and its
    /// internal subset is where entity attacks live). Returns whether the document was malformed
    /// (an entity or ampersand had to be repaired).
    static func repair(_ bytes: inout [UInt8]) -> Bool {
        guard containsDoctype(bytes) || !allAmpersandsAreWellFormed(bytes) else { return false }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var changed = false
        var index = 0
        let cdataOpen = Array("<![CDATA[".utf8)
        let cdataClose = Array("]]>".utf8)
        let doctype = Array("<!DOCTYPE".utf8)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), matches(cdataOpen, in: bytes, at: index) {
                let end = find(cdataClose, in: bytes, from: index + cdataOpen.count).map { $0 + cdataClose.count }
                    ?? bytes.count
                output.append(contentsOf: bytes[index..<end])
                index = end
            } else if byte == UInt8(ascii: "<"), matchesIgnoringCase(doctype, in: bytes, at: index) {
                index = endOfDoctype(bytes, from: index + doctype.count)
            } else if byte == UInt8(ascii: "&") {
                let (replacement, consumed) = ampersand(bytes, at: index)
                if let replacement {
                    output.append(contentsOf: replacement)
                    changed = true
                } else {
                    output.append(contentsOf: bytes[index..<(index + consumed)])
                }
                index += consumed
            } else {
                // Copy the run up to the next byte that may need attention in one go.
                let next = ByteSearch.firstIndex(of: UInt8(ascii: "<"), or: UInt8(ascii: "&"), in: bytes, from: index + 1)
                output.append(contentsOf: bytes[index..<next])
                index = next
            }
        }
        bytes = output
        return changed
    }

    /// Whether the bytes start with a document type that names Netscape (RSS 0.91 Netscape).
    static func declaresNetscapeDoctype(_ bytes: [UInt8]) -> Bool {
        guard let start = ByteSearch.firstIndex(of: Array("<!DOCTYPE".utf8), in: bytes, to: 2048) else { return false }
        let end = bytes[start...].prefix(2048).firstIndex(of: UInt8(ascii: ">")) ?? min(bytes.count, start + 2048)
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased().contains("netscape")
    }

    /// Whether every `&` already starts a reference XML understands, so that nothing needs rewriting.
    private static func allAmpersandsAreWellFormed(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while true {
            index = ByteSearch.firstIndex(of: UInt8(ascii: "&"), or: UInt8(ascii: "&"), in: bytes, from: index)
            guard index < bytes.count else { return true }
            let (replacement, consumed) = ampersand(bytes, at: index)
            if replacement != nil { return false }
            index += consumed
        }
    }

    private static func containsDoctype(_ bytes: [UInt8]) -> Bool {
        ByteSearch.firstIndex(of: Array("<!DOCTYPE".utf8), in: bytes, to: 4096) != nil
    }

    /// What to write for the `&` at `start`, and how many bytes it covers. `nil` keeps them as they are.
    private static func ampersand(_ bytes: [UInt8], at start: Int) -> ([UInt8]?, Int) {
        var cursor = start + 1
        if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let isHex = cursor < bytes.count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
            if isHex { cursor += 1 }
            let digitsStart = cursor
            while cursor < bytes.count,
                  isHex ? isHexDigit(bytes[cursor]) : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) {
                cursor += 1
            }
            if cursor > digitsStart, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") {
                return (nil, cursor + 1 - start)
            }
            return (Array("&amp;".utf8), 1)
        }
        while cursor < bytes.count, cursor - start <= 40,
              isASCIIAlphanumeric(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "_")
                || bytes[cursor] == UInt8(ascii: "-") || bytes[cursor] == UInt8(ascii: ".") {
            cursor += 1
        }
        guard cursor > start + 1, cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") else {
            return (Array("&amp;".utf8), 1)
        }
        let nameBytes = bytes[(start + 1)..<cursor]
        if predefinedEntities.contains(where: { nameBytes.elementsEqual($0) }) { return (nil, cursor + 1 - start) }
        let name = String(decoding: nameBytes, as: UTF8.self)
        guard let scalars = HTMLEntities.table[name + ";"] else {
            // An unknown entity would be dropped by the parser: keep its text visible instead.
            return (Array("&amp;".utf8), 1)
        }
        let references = scalars.map { "&#\($0.value);" }.joined()
        return (Array(references.utf8), cursor + 1 - start)
    }

    /// The entities XML itself defines.
    private static let predefinedEntities: [[UInt8]] = ["amp", "lt", "gt", "quot", "apos"].map { Array($0.utf8) }

    private static func endOfDoctype(_ bytes: [UInt8], from start: Int) -> Int {
        var cursor = start
        var bracketDepth = 0
        while cursor < bytes.count {
            switch bytes[cursor] {
            case UInt8(ascii: "["): bracketDepth += 1
            case UInt8(ascii: "]"): bracketDepth = max(0, bracketDepth - 1)
            case UInt8(ascii: ">") where bracketDepth == 0: return cursor + 1
            default: break
            }
            cursor += 1
        }
        return bytes.count
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at position: Int) -> Bool {
        guard position + pattern.count <= bytes.count else { return false }
        return bytes[position..<(position + pattern.count)].elementsEqual(pattern)
    }

    private static func matchesIgnoringCase(_ pattern: [UInt8], in bytes: [UInt8], at position: Int) -> Bool {
        guard position + pattern.count <= bytes.count else { return false }
        return zip(bytes[position..<(position + pattern.count)], pattern).allSatisfy { lowercase($0) == lowercase($1) }
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        ByteSearch.firstIndex(of: pattern, in: bytes, from: start)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }
}
