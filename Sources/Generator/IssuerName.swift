/// An issuer's name reduced for comparison: case folded, punctuation and a leading "the" dropped.
///
/// Two names match when they are equal, or when one is the other followed only by a company-form word
/// (`Alibaba` and `Alibaba.com`, `Binance` and `Binance Holdings Ltd`). `U.S.` and `U.S. SEC` do not match:
/// other short forms come through the entity's aliases.
public struct IssuerName: Hashable, Sendable {
    public let words: [String]

    public init(_ name: String) {
        var words = slug(name).split(separator: "-").map(String.init)
        if words.first == "the" { words.removeFirst() }
        self.words = words
    }

    /// Whether two names refer to the same issuer.
    public func matches(_ other: IssuerName) -> Bool {
        guard !words.isEmpty, !other.words.isEmpty else { return false }
        let (shorter, longer) = words.count <= other.words.count ? (words, other.words) : (other.words, words)
        return Array(longer.prefix(shorter.count)) == shorter
            && longer.dropFirst(shorter.count).allSatisfy(Self.companyForms.contains)
    }

    /// Words that name a company's legal form or web address rather than the company.
    static let companyForms: Set<String> = [
        "com", "io", "net", "org", "inc", "incorporated", "ltd", "limited", "llc", "plc", "corp", "corporation",
        "co", "company", "group", "holding", "holdings", "sa", "ag", "gmbh", "nv", "bv", "pte", "global",
        "international",
    ]
}

/// What an article says about the names of an announcement's issuer: its other names (aliases of the same
/// entity), and the names of the country whose code is the announcement's jurisdiction.
struct IssuerContext {
    var aliases: [String] = []
    var countryNames: [String] = []
}

/// Whether two optional issuers are the same: both absent, names that match (directly or through aliases), or
/// one of them is the jurisdiction's country itself, which news names for any of its authorities
/// ("the Philippines will ban…" and "the Bangko Sentral ng Pilipinas will ban…").
func sameIssuer(_ first: String?, _ second: String?, context: IssuerContext = IssuerContext()) -> Bool {
    switch (first, second) {
    case (nil, nil):
        return true
    case let (first?, second?):
        let target = IssuerName(second)
        if ([first] + context.aliases).contains(where: { IssuerName($0).matches(target) }) { return true }
        let countries = context.countryNames.map(IssuerName.init)
        return [IssuerName(first), target].contains { name in countries.contains { $0.matches(name) } }
    default:
        return false
    }
}
