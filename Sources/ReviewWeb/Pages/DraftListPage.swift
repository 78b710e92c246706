import Extractor
import Generator

/// The list of drafts: the filter form with the count of each choice, and a table of the drafts that pass.
struct DraftListPage {
    let listing: DraftListing
    /// Every draft in the listing's state, before the other filters.
    let inState: [RuleDraft]

    var shown: [RuleDraft] {
        inState.filter(listing.admits)
    }

    var html: HTML {
        let shown = shown
        let counts = DraftCounts(inState)
        let heading = "\(listing.state.rawValue.capitalized) drafts"
        let summary: HTML = shown.count == inState.count
            ? "\(inState.count) draft\(inState.count == 1 ? "" : "s")"
            : "\(shown.count) of \(inState.count) drafts match the filters"
        let rows = shown.map(row)
        let table: HTML = rows.isEmpty
            ? "<p class=\"empty\">No drafts match.</p>"
            : """
                <table class="drafts">
                <thead><tr><th>Confidence</th><th>Draft</th><th>Action</th><th>Where</th><th>Subjects</th>\
                <th>Reported</th><th>Evidence</th></tr></thead>
                <tbody>
                \(rows)
                </tbody>
                </table>
                """
        return Layout.page(title: heading, section: .drafts, content: """
            <div class="heading"><h1>\(heading)</h1><p class="count">\(summary)</p></div>
            \(filters(counts))
            \(table)
            """)
    }

    private func row(_ draft: RuleDraft) -> HTML {
        let outlets = Set(draft.evidence.map { $0.site ?? $0.url }).count
        let subjects = draft.rule.subjects.map { subject -> HTML in "<span class=\"tag\">\(subject.rawValue)</span>" }
        return """
            <tr>
            <td>\(Layout.confidence(draft.confidence))</td>
            <td><span class="change \(draft.change.rawValue)">\(draft.change.rawValue)</span> \
            <a href="/drafts/\(Layout.segment(draft.id))">\(draft.rule.title)</a>\
            \(Self.firstQuote(of: draft))</td>
            <td><span class="action \(draft.rule.action.rawValue)">\(draft.rule.action.rawValue)</span></td>
            <td>\(draft.rule.jurisdiction ?? "–")</td>
            <td>\(subjects)</td>
            <td class="nowrap">\(DraftListing.firstReported(draft).description)</td>
            <td>\(draft.evidence.count) quote\(draft.evidence.count == 1 ? "" : "s"), \
            \(outlets) outlet\(outlets == 1 ? "" : "s")</td>
            </tr>
            """
    }

    private func filters(_ counts: DraftCounts) -> HTML {
        let states = DraftState.allCases.map { state in
            Self.option(state.rawValue, label: state.rawValue, selected: listing.state == state)
        }
        let actions = PolicyAction.allCases.map { action in
            Self.option(action.rawValue, label: "\(action.rawValue) (\(counts.byAction[action] ?? 0))",
                        selected: listing.action == action)
        }
        var places = Set(counts.byJurisdiction.keys.filter { $0 != "–" })
        if let chosen = listing.jurisdiction { places.insert(chosen) }
        let jurisdictions = places.sorted().map { code in
            Self.option(code, label: "\(code) (\(counts.byJurisdiction[code] ?? 0))",
                        selected: listing.jurisdiction == code)
        }
        let subjects = PolicySubject.allCases.filter { counts.bySubject[$0] != nil || listing.subject == $0 }
            .map { subject in
                Self.option(subject.rawValue, label: "\(subject.rawValue) (\(counts.bySubject[subject] ?? 0))",
                            selected: listing.subject == subject)
            }
        let confidence = listing.minimumConfidence.map { String(format: "%.2f", $0) } ?? ""
        return """
            <form class="filters" method="get" action="/">
            <label>State <select name="state">\(states)</select></label>
            <label>Action <select name="action"><option value="">any (\(counts.total))</option>\(actions)</select></label>
            <label>Jurisdiction <select name="jurisdiction"><option value="">any</option>\(jurisdictions)</select></label>
            <label>Subject <select name="subject"><option value="">any</option>\(subjects)</select></label>
            <label>Confidence ≥ <input type="number" name="confidence" min="0" max="1" step="0.05" \
            value="\(confidence)" placeholder="0.00"></label>
            <label>Reported from <input type="date" name="from" value="\(listing.from?.description)"></label>
            <label>until <input type="date" name="until" value="\(listing.until?.description)"></label>
            <div class="buttons"><button type="submit">Filter</button> <a href="/">Clear</a></div>
            </form>
            """
    }

    /// The first quote of a draft's evidence, cut to about 160 characters at a word.
    static func firstQuote(of draft: RuleDraft) -> HTML {
        guard let quote = draft.evidence.first?.quote, !quote.isEmpty else { return "" }
        var shown = quote
        if quote.count > 160 {
            let cut = quote.prefix(160)
            shown = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
        }
        return "<div class=\"quote-line\">“\(shown)”</div>"
    }

    static func option(_ value: String, label: String, selected: Bool) -> HTML {
        "<option value=\"\(value)\"\(selected ? HTML(" selected") : HTML(""))>\(label)</option>"
    }
}
