/// Whitespace handling shared by every text field of a feed.
public enum TextNormalization {
    /// Replaces every run of whitespace with one space and trims both ends.
    ///
    /// Whitespace is the set feedparser's consumers agree on: the ASCII controls U+0009–U+000D
    /// and U+001C–U+001F, the space, U+0085, the no-break space and the Unicode spaces, but not
    /// the zero-width space or U+FEFF.
    public static func collapseWhitespace(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var changed = false
        for scalar in text.unicodeScalars {
            if isWhitespace(scalar) {
                if scalar != " " || pendingSpace || output.isEmpty { changed = true }
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                if scalar.isASCII {
                    output.append(UInt8(scalar.value))
                } else {
                    appendUTF8(of: scalar, to: &output)
                }
            }
        }
        if pendingSpace { changed = true }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    /// Collapses whitespace and returns `nil` when nothing is left.
    public static func collapsedOrNil(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = collapseWhitespace(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// Whether a scalar counts as whitespace for collapsing.
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }
}
