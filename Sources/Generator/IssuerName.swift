/// An issuer's name reduced for comparison: case folded, punctuation and a leading "the" dropped.
///
/// Two names match when they are equal or one's words begin the other's (`Alibaba` and `Alibaba.com`),
/// so the short and the full form of a company name refer to the same issuer.
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
    }
}

/// Whether two optional issuers are the same: both absent, or names that match (directly or through aliases).
func sameIssuer(_ first: String?, _ second: String?, aliases: [String] = []) -> Bool {
    switch (first, second) {
    case (nil, nil):
        return true
    case let (first?, second?):
        let target = IssuerName(second)
        return ([first] + aliases).contains { IssuerName($0).matches(target) }
    default:
        return false
    }
}
