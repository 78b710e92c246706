import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or a query string, in order; a name given twice
/// keeps its first value in ``subscript(_:)`` and all of them in ``values(_:)``.
struct FormFields: Equatable, Sendable {
    private(set) var pairs: [(name: String, value: String)]

    init(encoded text: String) {
        pairs = text.split(separator: "&").compactMap { field in
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), !name.isEmpty else { return nil }
            let value = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
            return (name, value)
        }
    }

    subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    func values(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The first value of each name.
    var dictionary: [String: String] {
        var result: [String: String] = [:]
        for pair in pairs where result[pair.name] == nil { result[pair.name] = pair.value }
        return result
    }

    static func == (lhs: FormFields, rhs: FormFields) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0 == $1 }
    }

    /// `+` is a space; percent escapes are UTF-8. An invalid escape makes the whole part `nil`.
    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
