import Archive
import Extractor
import Generator

/// One draft: the proposed rule beside the current one, the generator's notes, each piece of evidence in its
/// article, the forms to approve, reject and edit it, and its review log.
struct DraftPage {
    /// A piece of evidence with the archived article it quotes, when the archive still has it.
    struct EvidenceInArticle {
        var evidence: Evidence
        var article: StoredArticle?
        var analysis: TextAnalysis
    }

    let draft: RuleDraft
    /// The rule as the rulebook has it now (for amend and repeal drafts).
    let current: Rule?
    let evidence: [EvidenceInArticle]
    let log: [Decision]
    let formToken: String
    /// What the last action did, shown at the top.
    var notice: String?
    /// Why the last action failed, shown at the top.
    var problem: String?

    var html: HTML {
        let outlets = Set(draft.evidence.map { $0.site ?? $0.url }).count
        let notice: HTML = notice.map { "<p class=\"notice\">\($0)</p>" } ?? ""
        let problem: HTML = problem.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? ""
        let notes: HTML = draft.notes.isEmpty ? "" : """
            <aside class="notes"><h2>Notes for the reviewer</h2><ul>\(draft.notes.map { note -> HTML in "<li>\(note)</li>" })</ul></aside>
            """
        return Layout.page(title: draft.rule.title, section: .drafts, content: """
            <p class="crumbs"><a href="/">Drafts</a> › \(draft.id)</p>
            \(notice)\(problem)
            <div class="heading">
            <h1>\(draft.rule.title)</h1>
            <p class="badges"><span class="change \(draft.change.rawValue)">\(draft.change.rawValue)</span> \
            <span class="state \(draft.state.rawValue)">\(draft.state.rawValue)</span> \
            \(Layout.confidence(draft.confidence)) \
            <span class="muted">\(draft.evidence.count) quote\(draft.evidence.count == 1 ? "" : "s") from \
            \(outlets) outlet\(outlets == 1 ? "" : "s")</span></p>
            </div>
            \(notes)
            <section><h2>\(draft.change == .add ? "Proposed rule" : "Proposed change")</h2>
            \(ruleComparison)
            </section>
            \(draft.state == .pending ? actions : "")
            <section><h2>Evidence</h2>
            \(evidence.enumerated().map { evidenceBlock($0.element, number: $0.offset + 1) })
            </section>
            \(reviewLog)
            """)
    }

    /// The rule's fields: for an add, the proposed values; otherwise the current and proposed values side by side,
    /// changed fields marked.
    private var ruleComparison: HTML {
        let proposed = Self.fields(of: draft.rule)
        guard draft.change != .add, let current = current ?? draft.base else {
            let rows = proposed.map { field, value -> HTML in "<tr><th>\(field)</th><td>\(value)</td></tr>" }
            return "<table class=\"rule\"><tbody>\(rows)</tbody></table>"
        }
        let before = Dictionary(uniqueKeysWithValues: Self.fields(of: current))
        let rows = proposed.map { field, value -> HTML in
            let old = before[field] ?? ""
            guard old != value else {
                return "<tr><th>\(field)</th><td>\(old)</td><td class=\"same\">unchanged</td></tr>"
            }
            return """
                <tr class="changed"><th>\(field)</th><td><del>\(old.isEmpty ? "–" : old)</del></td>\
                <td><ins>\(value.isEmpty ? "–" : value)</ins></td></tr>
                """
        }
        return """
            <table class="rule compare"><thead><tr><th></th><th>Current rule <code>\(current.id)</code></th>\
            <th>Proposed</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    static func fields(of rule: Rule) -> [(String, String)] {
        [
            ("id", rule.id), ("title", rule.title), ("action", rule.action.rawValue),
            ("subjects", rule.subjects.map(\.rawValue).joined(separator: ", ")),
            ("jurisdiction", rule.jurisdiction ?? ""), ("issuer", rule.issuer ?? ""),
            ("effective", rule.effective ?? ""), ("enforcement", rule.enforcement ?? ""),
            ("status", rule.status.rawValue),
        ]
    }

    private func evidenceBlock(_ piece: EvidenceInArticle, number: Int) -> HTML {
        let evidence = piece.evidence
        let title = piece.article?.title ?? evidence.site ?? evidence.url
        let header: HTML = """
            <header><span class="number">\(number)</span> <strong>\(title)</strong>
            <span class="muted">\(evidence.site ?? "unknown outlet") · \(evidence.published ?? "undated") · \
            \(evidence.status.rawValue)</span>
            <div class="small">\(Layout.externalLink(evidence.url))\
            \(piece.article?.id.map { id -> HTML in " · <a href=\"/articles/\(id)\">archived text</a>" } ?? "")</div>
            </header>
            """
        guard let article = piece.article else {
            return """
                <article class="evidence">\(header)
                <blockquote><mark class="quote">\(evidence.quote)</mark></blockquote>
                <p class="muted small">The archive no longer holds this article.</p></article>
                """
        }
        let quote = evidence.start.flatMap { start in evidence.end.map { start..<max(start, $0) } }
        let text = MarkedText(text: article.text, quote: quote, analysis: piece.analysis)
        let excerpt: HTML
        if let at = text.quoteParagraph {
            excerpt = text.html(paragraphs: (at - 1)..<(at + 2), quoteID: "quote-\(number)")
        } else {
            excerpt = "<blockquote><mark class=\"quote\">\(evidence.quote)</mark></blockquote>"
        }
        let count = text.paragraphs.count
        return """
            <article class="evidence">\(header)
            <div class="text excerpt">\(excerpt)</div>
            <details><summary>Whole article (\(count) paragraph\(count == 1 ? "" : "s"))</summary>
            <div class="text">\(text.html())</div></details>
            </article>
            """
    }

    private var actions: HTML {
        let rule = draft.rule
        let actions = PolicyAction.allCases.map {
            DraftListPage.option($0.rawValue, label: $0.rawValue, selected: rule.action == $0)
        }
        let statuses = RuleStatus.allCases.map {
            DraftListPage.option($0.rawValue, label: $0.rawValue, selected: rule.status == $0)
        }
        let path = "/drafts/\(Layout.segment(draft.id))"
        let idField: HTML = draft.change == .add
            ? "<label>Rule id <input name=\"id\" value=\"\(rule.id)\" pattern=\"[a-z0-9]+(-[a-z0-9]+)*\"></label>"
            : ""
        return """
            <section class="decide"><h2>Decide</h2>
            <div class="forms">
            <form method="post" action="\(path)/approve" class="approve">
            \(Layout.formToken(formToken))
            <label>Note (optional) <input name="reason" placeholder="why it is right"></label>
            <button type="submit" class="primary" id="approve">Approve and apply</button>
            </form>
            <form method="post" action="\(path)/reject" class="reject">
            \(Layout.formToken(formToken))
            <label>Reason <input name="reason" required placeholder="why it is wrong"></label>
            <button type="submit" class="danger" id="reject">Reject</button>
            </form>
            </div>
            <details class="edit"><summary>Edit the proposed rule</summary>
            <form method="post" action="\(path)/edit" class="edit-form">
            \(Layout.formToken(formToken))
            \(idField)
            <label>Title <input name="title" value="\(rule.title)" required></label>
            <label>Action <select name="action">\(actions)</select></label>
            <label>Subjects <input name="subjects" value="\(rule.subjects.map(\.rawValue).joined(separator: ", "))"></label>
            <label>Jurisdiction <input name="jurisdiction" value="\(rule.jurisdiction)" size="8"></label>
            <label>Issuer <input name="issuer" value="\(rule.issuer)"></label>
            <label>Effective <input name="effective" value="\(rule.effective)" placeholder="2031-10-08"></label>
            <label>Enforcement <input name="enforcement" value="\(rule.enforcement)"></label>
            <label>Status <select name="status">\(statuses)</select></label>
            <label>Why (optional) <input name="reason"></label>
            <button type="submit">Save changes</button>
            </form></details>
            </section>
            """
    }

    private var reviewLog: HTML {
        guard !log.isEmpty else { return "" }
        let rows = log.map { decision -> HTML in
            """
            <tr><td class="nowrap">\(Layout.time(decision.time))</td><td>\(decision.verdict.rawValue)</td>\
            <td>\(decision.reviewer)</td><td>\(decision.reason ?? "")</td><td>\(decision.detail ?? "")</td></tr>
            """
        }
        return """
            <section><h2>Review log</h2><table class="log"><thead><tr><th>When</th><th>What</th><th>Who</th>\
            <th>Why</th><th>Changes</th></tr></thead><tbody>\(rows)</tbody></table></section>
            """
    }
}
