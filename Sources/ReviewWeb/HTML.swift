/// A piece of HTML that is safe to send: text interpolated into it is escaped, and only other `HTML` values go
/// in as they are.
///
/// Every page is built from these, so scraped text (titles, quotes, article text, URLs) cannot add markup:
/// ```swift
/// let title = "<script>alert(1)</script>"
/// let page: HTML = "<h1>\(title)</h1>"   // <h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>
/// ```
public struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var rendered: String

    public init(stringLiteral value: String) {
        rendered = value
    }

    public init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.rendered
    }

    /// Markup taken as it is; only for markup this module writes itself.
    init(trusted markup: String) {
        rendered = markup
    }

    public var description: String { rendered }

    /// Builds HTML from literal markup and escaped values.
    public struct Interpolation: StringInterpolationProtocol {
        var rendered = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            rendered.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            rendered += literal
        }

        /// Text, escaped.
        public mutating func appendInterpolation(_ text: String) {
            rendered += escapeHTML(text)
        }

        /// Optional text, escaped; nothing when `nil`.
        public mutating func appendInterpolation(_ text: String?) {
            if let text { rendered += escapeHTML(text) }
        }

        /// A number or other value, by its description, escaped.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            rendered += escapeHTML(value.description)
        }

        /// Markup as it is.
        public mutating func appendInterpolation(_ html: HTML) {
            rendered += html.rendered
        }

        /// A list of markup, one after the other.
        public mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { rendered += part.rendered }
        }
    }
}

extension Array where Element == HTML {
    /// The parts one after the other.
    func joined() -> HTML {
        HTML(trusted: map(\.rendered).joined())
    }
}

/// The one escaping function: makes text safe inside element content and inside quoted attribute values.
///
/// `&`, `<`, `>`, `"` and `'` become character references; nothing else changes.
public func escapeHTML(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        case "\u{0}": escaped += "\u{FFFD}"
        default: escaped.unicodeScalars.append(character)
        }
    }
    return escaped
}
