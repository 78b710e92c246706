import Archive
import Extractor

/// The archive search: the form, and the matching articles with the passage that matched.
struct SearchPage {
    var text = ""
    var since: CalendarDay?
    var entity = ""
    var type: EntityType?
    var hits: [SearchHit] = []
    var problem: String?

    var html: HTML {
        let types = EntityType.allCases.map {
            DraftListPage.option($0.rawValue, label: $0.rawValue, selected: type == $0)
        }
        let alert: HTML = problem.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? ""
        let results: HTML
        if text.isEmpty {
            results = "<p class=\"muted\">Words, \"a phrase\", prefix* and AND / OR / NOT work.</p>"
        } else if hits.isEmpty {
            results = problem == nil ? "<p class=\"empty\">No article matches.</p>" : ""
        } else {
            results = "<ol class=\"hits\">\(hits.map(hit))</ol>"
        }
        return Layout.page(title: text.isEmpty ? "Search" : "Search: \(text)", section: .search, content: """
            <div class="heading"><h1>Search the archive</h1></div>
            <form class="filters search" method="get" action="/search">
            <label class="wide">Words <input type="search" name="q" value="\(text)" autofocus></label>
            <label>Since <input type="date" name="since" value="\(since?.description)"></label>
            <label>Entity <input name="entity" value="\(entity)"></label>
            <label>Type <select name="type"><option value="">any</option>\(types)</select></label>
            <div class="buttons"><button type="submit">Search</button></div>
            </form>
            \(alert)
            \(results)
            """)
    }

    private func hit(_ hit: SearchHit) -> HTML {
        """
        <li><a href="/articles/\(hit.article)">\(hit.title ?? hit.url)</a>
        <div class="muted small">\(hit.site ?? "") · \(hit.published ?? "undated")</div>
        <p>\(Self.snippet(hit.snippet))</p></li>
        """
    }

    /// The snippet escaped, with the matched words (between `[` and `]`) marked.
    static func snippet(_ text: String) -> HTML {
        var parts: [HTML] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            parts.append("\(String(rest[..<open]))<mark>\(String(rest[rest.index(after: open)..<close]))</mark>")
            rest = rest[rest.index(after: close)...]
        }
        parts.append("\(String(rest))")
        return parts.joined()
    }
}
