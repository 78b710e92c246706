import Foundation

/// The frame every page shares: the head, the top bar with its three sections, and the main column.
enum Layout {
    /// The sections of the site, as the top bar names them.
    enum Section: String {
        case drafts, rulebook, search
    }

    static func page(title: String, section: Section?, content: HTML) -> HTML {
        func link(_ target: Section, _ label: String, _ href: String) -> HTML {
            let current: HTML = target == section ? " aria-current=\"page\"" : ""
            return "<a href=\"\(href)\"\(current)>\(label)</a>"
        }
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Herald</title>
            <link rel="stylesheet" href="/static/herald.css">
            </head>
            <body>
            <header class="bar"><div class="bar-inner">
            <a class="brand" href="/">Herald <span>review</span></a>
            <nav>\(link(.drafts, "Drafts", "/"))\(link(.rulebook, "Rulebook", "/rules"))\(link(.search, "Search", "/search"))</nav>
            </div></header>
            <main>
            \(content)
            </main>
            </body>
            </html>
            """
    }

    /// A link to an article's address when it is http or https; any other scheme (`javascript:`, `data:`) is
    /// shown as text, never as a link.
    static func externalLink(_ address: String, label: String? = nil) -> HTML {
        let text = label ?? address
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil else {
            return "<span class=\"address\">\(text)</span>"
        }
        return "<a class=\"external\" href=\"\(address)\" rel=\"noopener noreferrer nofollow\">\(text)</a>"
    }

    /// A hidden field carrying the form token that every POST must send back.
    static func formToken(_ token: String) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(token)\">"
    }

    /// A confidence as a percentage with a small bar.
    static func confidence(_ value: Double) -> HTML {
        let percent = Int((min(max(value, 0), 1) * 100).rounded())
        let level = value >= 0.75 ? "high" : value >= 0.5 ? "medium" : "low"
        return """
            <span class="confidence \(level)" title="confidence \(String(format: "%.2f", value))">\
            <meter min="0" max="100" value="\(percent)"></meter> \(percent)%</span>
            """
    }

    /// A day and time in UTC, to the minute.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }

    /// A query string from names and values, empty values left out.
    static func query(_ fields: [(String, String?)]) -> String {
        let parts = fields.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return "\(name)=\(segment(value))"
        }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    /// The characters a URL component keeps as they are (RFC 3986 "unreserved").
    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"
    )

    /// A path segment or query value, percent-encoded.
    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
