import Extractor

/// How much a draft can be trusted, from its evidence alone.
///
/// The firmest status among the evidence sets the base; each further independent outlet closes part of the
/// remaining gap to 1; hedging words in the quotes ("reportedly", "is considering") lower it.
public enum Confidence {
    /// The confidence of a body of evidence, between 0.05 and 0.99, rounded to two decimals.
    public static func score(_ evidence: [Evidence]) -> Double {
        guard !evidence.isEmpty else { return 0.05 }
        let base = evidence.map { firmness(of: $0.status) }.max() ?? 0.3
        let outlets = Set(Set(evidence.map(OutletName.init)).map(\.outlet)).count
        var score = base
        for _ in 1..<max(outlets, 1) {
            score += (1 - score) * 0.35
        }
        // A draft may quote the same sentence from many outlets: each distinct quote is looked at once.
        var quoteCounts: [String: Int] = [:]
        for piece in evidence { quoteCounts[piece.quote, default: 0] += 1 }
        let hedged = quoteCounts.reduce(0) { total, entry in total + (isHedged(entry.key) ? entry.value : 0) }
        let hedgedShare = Double(hedged) / Double(evidence.count)
        score -= 0.2 * hedgedShare
        return (min(0.99, max(0.05, score)) * 100).rounded() / 100
    }

    /// The base confidence a status gives.
    static func firmness(of status: PolicyStatus) -> Double {
        switch status {
        case .inEffect: 0.75
        case .announced: 0.7
        case .proposed: 0.45
        case .considering: 0.25
        }
    }

    /// What names the outlet that carried a piece of evidence, before it is normalized: many pieces share one.
    private struct OutletName: Hashable {
        var site: String?
        var url: String

        init(_ evidence: Evidence) {
            if let site = evidence.site, !site.isEmpty {
                self.site = site
                url = ""
            } else {
                url = evidence.url
            }
        }

        /// The site name as a slug, or else the host of the URL.
        var outlet: String {
            if let site { return slug(site) }
            let afterScheme = url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first
            let host = afterScheme.map(String.init) ?? url
            return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
    }

    /// Words that make a report less certain than it reads.
    static let hedges = [
        "reportedly", "is considering", "are considering", "considers", "could", "might", "may consider",
        "according to sources", "sources said", "people familiar", "is said to", "are said to", "rumor", "rumour",
        "is exploring", "are exploring", "weighing", "plans to", "intends to", "expected to",
    ]

    /// Whether a quote hedges.
    static func isHedged(_ quote: String) -> Bool {
        let folded = Array(quote.lowercased().utf8)
        return hedgeBytes.contains { hedge in
            guard folded.count >= hedge.count else { return false }
            return (0...(folded.count - hedge.count)).contains { start in
                folded[start] == hedge[0] && folded[start..<(start + hedge.count)].elementsEqual(hedge)
            }
        }
    }

    /// The hedges as UTF-8, for a byte-wise search.
    private static let hedgeBytes = hedges.map { Array($0.utf8) }
}
