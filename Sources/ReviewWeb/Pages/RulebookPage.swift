import Generator

/// The rulebook: each rule with its fields, its sources and its history of approved drafts.
struct RulebookPage {
    let rulebook: Rulebook
    /// Set when the rulebook file cannot be read.
    var problem: String?

    var html: HTML {
        let problem: HTML = problem.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? ""
        let rules = rulebook.rules.sorted { $0.id < $1.id }
        let index = rules.map { rule -> HTML in
            "<li><a href=\"#\(rule.id)\">\(rule.title)</a> <span class=\"muted\">\(rule.status.rawValue)</span></li>"
        }
        let body: HTML = rules.isEmpty
            ? "<p class=\"empty\">The rulebook has no rules yet: approve a draft to add one.</p>"
            : "<ul class=\"index\">\(index)</ul>\(rules.map(card))"
        return Layout.page(title: "Rulebook", section: .rulebook, content: """
            <div class="heading"><h1>Rulebook</h1><p class="count">\(rules.count) rule\(rules.count == 1 ? "" : "s")</p></div>
            \(problem)
            \(body)
            """)
    }

    private func card(_ rule: Rule) -> HTML {
        let fields = DraftPage.fields(of: rule).filter { $0.0 != "title" && !$0.1.isEmpty }
            .map { field, value -> HTML in "<tr><th>\(field)</th><td>\(value)</td></tr>" }
        let sources = rule.sources.map { source -> HTML in
            let quote: HTML = source.quote.map { "<blockquote>\($0)</blockquote>" } ?? ""
            return "<li>\(Layout.externalLink(source.url)) <span class=\"muted\">\(source.published ?? "")</span>\(quote)</li>"
        }
        let history = rule.history.map { entry -> HTML in
            let changes: HTML = entry.changes.isEmpty ? "" : """
                <ul class="changes">\(entry.changes.map { change -> HTML in "<li>\(change)</li>" })</ul>
                """
            return """
                <li><span class="nowrap">\(Layout.time(entry.approved))</span> \
                <span class="change \(entry.change.rawValue)">\(entry.change.rawValue)</span> \
                by \(entry.reviewer), draft <a href="/drafts/\(Layout.segment(entry.draft))">\(entry.draft)</a>\(changes)</li>
                """
        }
        let sourceList: HTML = sources.isEmpty ? "<p class=\"muted\">none</p>" : "<ol class=\"sources\">\(sources)</ol>"
        let historyList: HTML = history.isEmpty
            ? "<p class=\"muted\">written by hand</p>"
            : "<ol class=\"history\">\(history)</ol>"
        return """
            <article class="rule-card" id="\(rule.id)">
            <h2>\(rule.title)</h2>
            <table class="rule"><tbody>\(fields)</tbody></table>
            <h3>Sources</h3>\(sourceList)
            <h3>History</h3>\(historyList)
            </article>
            """
    }
}
