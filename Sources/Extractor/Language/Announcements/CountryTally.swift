/// Country codes counted as a text names them: the one counted most leads, and on a tie the one first seen.
///
/// A place and a demonym can start at the same word ("British Virgin Islands" counts the islands and, for "British",
/// Britain); the code counted first there, the place's, comes first. The leader never depends on the order in which a
/// dictionary happens to hold its keys, which changes from one run to the next.
struct CountryTally {
    /// How often each code was counted.
    private(set) var counts: [String: Int] = [:]
    /// Where each code was first seen, and how many codes were seen before it.
    private var firstSeen: [String: (index: Int, order: Int)] = [:]

    /// Counts `code` for a mention at token `index`.
    mutating func count(_ code: String, at index: Int) {
        counts[code, default: 0] += 1
        if firstSeen[code] == nil { firstSeen[code] = (index, firstSeen.count) }
    }

    /// The code counted most; on a tie the one seen at the earliest token, then the one counted first.
    var leader: String? {
        counts.keys.min { lhs, rhs in
            let left = counts[lhs]!, right = counts[rhs]!
            if left != right { return left > right }
            let leftSeen = firstSeen[lhs]!, rightSeen = firstSeen[rhs]!
            return leftSeen.index != rightSeen.index ? leftSeen.index < rightSeen.index : leftSeen.order < rightSeen.order
        }
    }
}
