import Archive
import Extractor

/// An archived article: its text with entities and dates marked, and the list of what the analysis found.
struct ArticleView {
    let article: StoredArticle
    let analysis: TextAnalysis

    var html: HTML {
        let text = MarkedText(text: article.text, analysis: analysis)
        let entities = analysis.entities.map { entity -> HTML in
            "<li><span class=\"entity \(entity.type.rawValue)\">\(entity.name)</span> <span class=\"muted\">\(entity.type.rawValue)\(entity.code.map { " · \($0)" })</span></li>"
        }
        let dates = analysis.dates.map { date -> HTML in
            "<li><time class=\"date\">\(date.text)</time> <span class=\"muted\">\(date.value) · \(date.role.rawValue)</span></li>"
        }
        return Layout.page(title: article.title ?? "Article", section: .search, content: """
            <p class="crumbs"><a href="/search">Search</a> › article \(article.id.map(String.init))</p>
            <div class="heading"><h1>\(article.title ?? "Untitled article")</h1>
            <p class="muted">\(article.site ?? "unknown outlet") · \(article.published ?? "undated") · \
            \(Layout.externalLink(article.canonicalURL))</p></div>
            <div class="columns">
            <div class="text article">\(text.html())</div>
            <aside class="facts"><h2>Entities</h2><ul>\(entities)</ul><h2>Dates</h2><ul>\(dates)</ul></aside>
            </div>
            """)
    }
}
