#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast searches in byte arrays (Foundation's generic `firstRange(of:)` is far too slow for
/// whole documents).
enum ByteSearch {
    /// The index where `pattern` first occurs in `bytes[range]`, if it does.
    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> Int? {
        let limit = min(end ?? bytes.count, bytes.count)
        guard !pattern.isEmpty, start >= 0, limit - start >= pattern.count else { return nil }
        return bytes.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return nil }
                let first = Int32(needle[0])
                var position = start
                let lastStart = limit - needle.count
                while position <= lastStart {
                    guard let hit = memchr(base + position, first, lastStart - position + 1) else { return nil }
                    let index = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                    if memcmp(base + index, needleBase, needle.count) == 0 { return index }
                    position = index + 1
                }
                return nil
            }
        }
    }

    /// The index of the first occurrence of either byte from `start` on, or `bytes.count`.
    static func firstIndex(of first: UInt8, or second: UInt8, in bytes: [UInt8], from start: Int) -> Int {
        if first == second {
            guard start < bytes.count else { return bytes.count }
            return bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress,
                      let hit = memchr(base + start, Int32(first), buffer.count - start) else { return buffer.count }
                return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            }
        }
        var index = start
        let count = bytes.count
        return bytes.withUnsafeBufferPointer { buffer in
            while index < count {
                let byte = buffer[index]
                if byte == first || byte == second { return index }
                index += 1
            }
            return count
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing whitespace (Unicode white space and newlines),
    /// without going through `NSString`.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex, let whole = self as? String {
            return whole
        }
        return String(self[first...last])
    }
}
