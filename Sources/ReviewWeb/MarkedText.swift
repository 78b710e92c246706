import Extractor

/// An article's text cut into paragraphs, with the quoted sentence, the entities and the dates marked up.
///
/// Offsets count Unicode scalars, as the analysis does. Marks that fall outside the text, or that cross the
/// quote's edge or another mark, are left out rather than nested wrongly.
struct MarkedText {
    /// A span of the text to mark, and how.
    struct Mark: Equatable {
        enum Kind: Equatable {
            case entity(EntityType, name: String)
            case date(value: String)
        }

        var start: Int
        var end: Int
        var kind: Kind
    }

    let scalars: [Unicode.Scalar]
    let quote: Range<Int>?
    let marks: [Mark]

    /// - Parameters:
    ///   - quote: The quoted sentence, highlighted.
    ///   - analysis: Its entities and dates are marked.
    init(text: String, quote: Range<Int>? = nil, analysis: TextAnalysis = TextAnalysis()) {
        scalars = Array(text.unicodeScalars)
        let count = scalars.count
        let quote = quote.flatMap { $0.lowerBound >= 0 && $0.upperBound <= count && !$0.isEmpty ? $0 : nil }
        self.quote = quote
        var candidates: [Mark] = []
        for entity in analysis.entities {
            for mention in entity.mentions {
                candidates.append(Mark(start: mention.start, end: mention.end,
                                       kind: .entity(entity.type, name: entity.name)))
            }
        }
        for date in analysis.dates {
            candidates.append(Mark(start: date.start, end: date.end, kind: .date(value: date.value)))
        }
        candidates.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var kept: [Mark] = []
        for mark in candidates where mark.start >= 0 && mark.start < mark.end && mark.end <= count {
            if let last = kept.last, mark.start < last.end { continue }
            if let quote, mark.start < quote.lowerBound, mark.end > quote.lowerBound { continue }
            if let quote, mark.start < quote.upperBound, mark.end > quote.upperBound { continue }
            kept.append(mark)
        }
        marks = kept
    }

    /// The paragraphs (separated by blank lines) as scalar ranges, empty ones left out.
    var paragraphs: [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\n", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                result.append(start..<index)
                while index < scalars.count, scalars[index] == "\n" { index += 1 }
                start = index
            } else {
                index += 1
            }
        }
        result.append(start..<scalars.count)
        return result.filter { range in range.contains { !scalars[$0].properties.isWhitespace } }
    }

    /// The index of the paragraph that holds the quote's start.
    var quoteParagraph: Int? {
        guard let quote else { return nil }
        return paragraphs.firstIndex { $0.contains(quote.lowerBound) }
    }

    /// Paragraphs as `<p>` elements; the first quoted paragraph gets `id`.
    func html(paragraphs selected: Range<Int>? = nil, quoteID: String? = nil) -> HTML {
        let all = paragraphs
        let range = selected.map { $0.clamped(to: all.indices) } ?? all.indices
        return all[range].map { paragraph in
            let holdsQuote = quote.map { paragraph.overlaps($0) } ?? false
            let id: HTML = holdsQuote && quoteID != nil ? " id=\"\(quoteID)\"" : ""
            return "<p\(id)>\(body(of: paragraph))</p>\n"
        }.joined()
    }

    /// The markup of one paragraph: text escaped, marks opened and closed at their offsets.
    private func body(of paragraph: Range<Int>) -> HTML {
        var boundaries = Set([paragraph.lowerBound, paragraph.upperBound])
        if let quote {
            boundaries.formUnion([quote.lowerBound, quote.upperBound].filter { paragraph.contains($0) })
        }
        for mark in marks where mark.start >= paragraph.lowerBound && mark.end <= paragraph.upperBound {
            boundaries.formUnion([mark.start, mark.end])
        }
        let points = boundaries.sorted()
        var parts: [HTML] = []
        var inQuote = false
        var openMark: Mark?
        for (from, to) in zip(points, points.dropFirst()) {
            let quoted = quote?.contains(from) ?? false
            if openMark != nil, openMark?.end == from {
                parts.append(Self.closing(openMark))
                openMark = nil
            }
            if inQuote, !quoted {
                parts.append("</mark>")
                inQuote = false
            }
            if quoted, !inQuote {
                parts.append("<mark class=\"quote\">")
                inQuote = true
            }
            if openMark == nil, let mark = marks.first(where: { $0.start == from && $0.end <= paragraph.upperBound }) {
                parts.append(Self.opening(mark))
                openMark = mark
            }
            parts.append("\(text(from..<to))")
        }
        if openMark != nil { parts.append(Self.closing(openMark)) }
        if inQuote { parts.append("</mark>") }
        return parts.joined()
    }

    private func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    private static func opening(_ mark: Mark) -> HTML {
        switch mark.kind {
        case let .entity(type, name):
            "<span class=\"entity \(type.rawValue)\" title=\"\(type.rawValue): \(name)\">"
        case let .date(value):
            "<time class=\"date\" title=\"date: \(value)\">"
        }
    }

    private static func closing(_ mark: Mark?) -> HTML {
        if case .date = mark?.kind { return "</time>" }
        return "</span>"
    }
}
