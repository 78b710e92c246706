/// How SCHEMA.md compares names and quotes: case-insensitive, quotes and apostrophes folded,
/// white space collapsed, and (for names) a leading "the" dropped.
public enum NameMatching {
    /// The comparable form of an entity name.
    public static func normalizedName(_ name: String) -> String {
        var folded = normalizedText(name)
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return folded
    }

    /// The comparable form of a quote or sentence: lower case, folded quotes, collapsed spaces.
    public static func normalizedText(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(folded(scalar))
        }
        return String(result)
    }

    private static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x0060, 0x00B4: "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: "\""
        default: scalar
        }
    }
}
