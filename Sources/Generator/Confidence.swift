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
        let outlets = Set(evidence.map(outlet(of:))).count
        var score = base
        for _ in 1..<max(outlets, 1) {
            score += (1 - score) * 0.35
        }
        let hedgedShare = Double(evidence.filter { isHedged($0.quote) }.count) / Double(evidence.count)
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

    /// The outlet that carried a piece of evidence: its site name, or else the host of its URL.
    static func outlet(of evidence: Evidence) -> String {
        if let site = evidence.site, !site.isEmpty { return slug(site) }
        let afterScheme = evidence.url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first
        let host = afterScheme.map(String.init) ?? evidence.url
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Words that make a report less certain than it reads.
    static let hedges = [
        "reportedly", "is considering", "are considering", "considers", "could", "might", "may consider",
        "according to sources", "sources said", "people familiar", "is said to", "are said to", "rumor", "rumour",
        "is exploring", "are exploring", "weighing", "plans to", "intends to", "expected to",
    ]

    /// Whether a quote hedges.
    static func isHedged(_ quote: String) -> Bool {
        let folded = quote.lowercased()
        return hedges.contains { folded.contains($0) }
    }
}
