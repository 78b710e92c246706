import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A feed document turned into clean UTF-8, ready for the XML parser.
struct DecodedDocument {
    /// The document in UTF-8, its XML declaration (if any) relabelled as UTF-8, illegal
    /// control characters removed.
    var utf8: [UInt8]
    /// The encoding the bytes were read with, lower case.
    var encoding: String
    /// Whether the declared encoding was wrong and another one had to be used.
    var encodingOverridden: Bool
    /// Whether something sat before the XML declaration (whitespace, a comment) and had to be moved.
    var hadLeadingJunk: Bool
}

/// Works out a feed's character encoding and decodes it.
///
/// The order is the byte order mark, then the HTTP `charset`, then the XML declaration, then
/// UTF-8. A document that does not decode with the label it carries is read as UTF-8, and failing
/// that as windows-1252, which also repairs the common case of windows-1252 labelled ISO-8859-1.
enum FeedDecoding {
    static func decode(_ bytes: [UInt8], httpCharset: String? = nil) -> DecodedDocument {
        var body = bytes[...]
        var sniffed: String? = nil
        if body.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = body.dropFirst(3)
            sniffed = "utf-8"
        } else if body.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || body.starts(with: [0x00, 0x00, 0x00, 0x3C]) {
            sniffed = "utf-32be"
            if body.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { body = body.dropFirst(4) }
        } else if body.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || body.starts(with: [0x3C, 0x00, 0x00, 0x00]) {
            sniffed = "utf-32le"
            if body.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { body = body.dropFirst(4) }
        } else if body.starts(with: [0xFE, 0xFF]) || body.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
            sniffed = "utf-16be"
            if body.starts(with: [0xFE, 0xFF]) { body = body.dropFirst(2) }
        } else if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
            sniffed = "utf-16le"
            if body.starts(with: [0xFF, 0xFE]) { body = body.dropFirst(2) }
        }
        let declared = sniffed == nil || sniffed == "utf-8" ? declaredEncoding(in: body) : nil
        let label = canonicalLabel(sniffed ?? httpCharset ?? declared ?? "utf-8")

        var decoded: [UInt8]? = transcode(body, from: label)
        var used = label
        var overridden = false
        if decoded == nil {
            overridden = true
            if let utf8 = transcode(body, from: "utf-8") {
                decoded = utf8
                used = "utf-8"
            } else {
                decoded = windows1252ToUTF8(body)
                used = "windows-1252"
            }
        } else if label == "iso-8859-1", body.contains(where: { (0x80...0x9F).contains($0) }) {
            // Labelled Latin-1 but using windows-1252's printable range: read it as windows-1252.
            decoded = windows1252ToUTF8(body)
            used = "windows-1252"
        }
        var clean = removingIllegalCharacters(decoded ?? [])
        let leadingJunk = movedDeclarationToFront(&clean)
        relabelDeclarationAsUTF8(&clean)
        return DecodedDocument(utf8: clean, encoding: used, encodingOverridden: overridden, hadLeadingJunk: leadingJunk)
    }

    /// The `encoding` pseudo-attribute of an ASCII-compatible XML declaration.
    static func declaredEncoding(in bytes: ArraySlice<UInt8>) -> String? {
        let head = Array(bytes.prefix(512))
        guard let start = ByteSearch.firstIndex(of: Array("<?xml".utf8), in: head),
              let end = ByteSearch.firstIndex(of: Array("?>".utf8), in: head, from: start + 5),
              let keyword = ByteSearch.firstIndex(of: Array("encoding".utf8), in: head, from: start + 5, to: end)
        else { return nil }
        var rest = head[(keyword + 8)..<end].drop { $0 == 0x20 || $0 == UInt8(ascii: "=") || $0 == 0x09 }
        guard let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        rest = rest.dropFirst()
        let value = rest.prefix { $0 != quote }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    static func canonicalLabel(_ label: String) -> String {
        if label == "utf-8" { return label }
        let lower = label.trimmingCharacters(in: .whitespaces).lowercased()
        switch lower {
        case "utf8", "unicode-1-1-utf-8": return "utf-8"
        case "latin1", "latin-1", "iso8859-1", "iso_8859-1", "l1", "us-ascii", "ascii", "iso-ir-100": return "iso-8859-1"
        case "cp1252", "x-cp1252", "win-1252": return "windows-1252"
        case "gb2312", "gbk", "x-gbk": return "gb18030"
        case "utf-16", "unicode": return "utf-16le"
        default: return lower
        }
    }

    /// Decodes strictly; `nil` when the bytes are not valid in that encoding.
    static func transcode(_ bytes: ArraySlice<UInt8>, from label: String) -> [UInt8]? {
        switch label {
        case "utf-8":
            let array = Array(bytes)
            return array.withUnsafeBufferPointer(UTF8Validation.isValid) ? array : nil
        case "iso-8859-1":
            return latin1ToUTF8(bytes)
        case "windows-1252":
            return windows1252ToUTF8(bytes)
        default:
            return iconvToUTF8(bytes, from: label)
        }
    }

    private static func latin1ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                output.append(0xC0 | (byte >> 6))
                output.append(0x80 | (byte & 0x3F))
            }
        }
        return output
    }

    /// windows-1252 as browsers read it: the five undefined bytes map to the C1 controls.
    static func windows1252ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else if byte < 0xA0 {
                appendUTF8(of: CharacterReference.scalar(forNumericReference: UInt32(byte)), to: &output)
            } else {
                output.append(0xC0 | (byte >> 6))
                output.append(0x80 | (byte & 0x3F))
            }
        }
        return output
    }

    private static func iconvToUTF8(_ bytes: ArraySlice<UInt8>, from label: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", label.uppercased())
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let outputCapacity = output.count
        var produced = 0
        let succeeded: Bool = input.withUnsafeMutableBytes { inputBuffer in
            output.withUnsafeMutableBytes { outputBuffer in
                var inPointer = inputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputBuffer.count
                var outPointer = outputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outputCapacity
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                produced = outputCapacity - outLeft
                return result != -1 && inLeft == 0
            }
        }
        guard succeeded else { return nil }
        output.removeSubrange(produced...)
        return output
    }

    /// Drops the characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return;
    /// U+FFFE and U+FFFF), which real feeds contain and which stop an XML parser.
    static func removingIllegalCharacters(_ utf8: [UInt8]) -> [UInt8] {
        if !utf8.withUnsafeBufferPointer(mayHoldIllegalCharacters) { return utf8 }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
                index += 1
                continue
            }
            if byte == 0xEF, index + 2 < utf8.count, utf8[index + 1] == 0xBF,
               utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF {
                index += 3
                continue
            }
            output.append(byte)
            index += 1
        }
        return output
    }

    /// Whether the bytes hold a C0 control other than tab, line feed and carriage return, or the
    /// lead byte 0xEF of U+FFFE and U+FFFF; eight bytes at a time.
    private static func mayHoldIllegalCharacters(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return false }
        let count = buffer.count
        var index = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if SWAR.hasByteBelow0x20(word) || SWAR.hasByte(0xEF, in: word) {
                for offset in 0..<8 where isIllegalOrLead(base[index + offset]) { return true }
            }
            index += 8
        }
        while index < count {
            if isIllegalOrLead(base[index]) { return true }
            index += 1
        }
        return false
    }

    private static func isIllegalOrLead(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF
    }

    /// Moves an XML declaration preceded by whitespace or a comment to the front, where the XML
    /// parser requires it. Returns whether anything was moved.
    static func movedDeclarationToFront(_ utf8: inout [UInt8]) -> Bool {
        guard let first = utf8.firstIndex(where: { !isSpace($0) }) else { return false }
        let declarationStart = Array("<?xml".utf8)
        if first == 0 { 
            if utf8.starts(with: declarationStart) { return false }
        }
        guard let start = ByteSearch.firstIndex(of: declarationStart, in: utf8, to: 4096), start > 0,
              let end = ByteSearch.firstIndex(of: Array("?>".utf8), in: utf8, from: start, to: 4096) else { return false }
        let declaration = Array(utf8[start..<(end + 2)])
        utf8.removeSubrange(start..<(end + 2))
        utf8.insert(contentsOf: declaration, at: 0)
        return true
    }

    /// Rewrites the declaration's `encoding` to `utf-8`, since the bytes now are UTF-8.
    static func relabelDeclarationAsUTF8(_ utf8: inout [UInt8]) {
        // The usual declaration already says so: spare moving the whole document.
        if utf8.starts(with: utf8Declaration) || utf8.starts(with: upperCaseUTF8Declaration) { return }
        guard utf8.starts(with: Array("<?xml".utf8)),
              let end = ByteSearch.firstIndex(of: Array("?>".utf8), in: utf8, to: 512) else { return }
        utf8.replaceSubrange(0..<(end + 2), with: utf8Declaration)
    }

    private static let utf8Declaration = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?>".utf8)
    private static let upperCaseUTF8Declaration = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".utf8)
}
