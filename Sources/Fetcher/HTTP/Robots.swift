import Foundation

/// The rules of a robots.txt file (RFC 9309), for one crawler.
public struct RobotsRules: Sendable, Hashable {
    /// One `Allow` or `Disallow` line.
    struct Rule: Sendable, Hashable {
        var pattern: String
        var allows: Bool
    }

    /// A `User-agent` group.
    struct Group: Sendable, Hashable {
        var agents: [String]
        var rules: [Rule]
    }

    private var groups: [Group]
    private var blanket: Bool?

    /// Rules that allow everything (no robots.txt).
    public static let allowAll = RobotsRules(groups: [], blanket: true)
    /// Rules that allow nothing (robots.txt unreachable).
    public static let disallowAll = RobotsRules(groups: [], blanket: false)

    private init(groups: [Group], blanket: Bool?) {
        self.groups = groups
        self.blanket = blanket
    }

    /// Parses the text of a robots.txt file.
    public init(parsing text: String) {
        var groups: [Group] = []
        var current: Group? = nil
        var lastWasAgent = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            let field = parts[0].lowercased()
            let value = parts[1]
            switch field {
            case "user-agent":
                if lastWasAgent, current != nil {
                    current?.agents.append(value.lowercased())
                } else {
                    if let finished = current { groups.append(finished) }
                    current = Group(agents: [value.lowercased()], rules: [])
                }
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard current != nil else { continue }
                // An empty Disallow allows everything; an empty Allow means nothing.
                guard !value.isEmpty else { continue }
                current?.rules.append(Rule(pattern: value, allows: field == "allow"))
            default:
                lastWasAgent = false
            }
        }
        if let finished = current { groups.append(finished) }
        self.init(groups: groups, blanket: nil)
    }

    /// Whether a crawler named `userAgent` may fetch the path (with its query).
    public func allows(path: String, userAgent: String) -> Bool {
        if let blanket { return blanket }
        let token = userAgent.lowercased()
        let specific = groups.filter { group in group.agents.contains { $0 != "*" && token.contains($0) } }
        let applicable = specific.isEmpty ? groups.filter { $0.agents.contains("*") } : specific
        let rules = applicable.flatMap(\.rules)
        var best: Rule? = nil
        for rule in rules where Self.matches(pattern: rule.pattern, path: path) {
            if let current = best {
                if rule.pattern.count > current.pattern.count || (rule.pattern.count == current.pattern.count && rule.allows) {
                    best = rule
                }
            } else {
                best = rule
            }
        }
        return best?.allows ?? true
    }

    /// Matches a robots.txt path pattern with `*` wildcards and a `$` end anchor.
    static func matches(pattern: String, path: String) -> Bool {
        var pattern = Substring(pattern)
        let anchored = pattern.hasSuffix("$")
        if anchored { pattern = pattern.dropLast() }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var remainder = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard remainder.hasPrefix(piece) else { return false }
                remainder = remainder.dropFirst(piece.count)
            } else if piece.isEmpty {
                continue
            } else if index == pieces.count - 1 && anchored {
                return remainder.hasSuffix(piece)
            } else {
                guard let range = remainder.range(of: piece) else { return false }
                remainder = remainder[range.upperBound...]
            }
        }
        return !anchored || remainder.isEmpty || pieces.last?.isEmpty == true
    }
}

/// robots.txt rules fetched once per origin and kept for the fetcher's lifetime (at most a day).
actor RobotsCache {
    private var cached: [String: (rules: RobotsRules, fetched: Date)] = [:]
    private var pending: [String: Task<RobotsRules, Never>] = [:]

    func rules(for origin: URL, load: @escaping @Sendable (URL) async -> RobotsRules) async -> RobotsRules {
        let key = origin.absoluteString
        if let entry = cached[key], Date().timeIntervalSince(entry.fetched) < 86_400 { return entry.rules }
        if let task = pending[key] { return await task.value }
        let robotsURL = origin.appendingPathComponent("robots.txt")
        let task = Task { await load(robotsURL) }
        pending[key] = task
        let rules = await task.value
        pending[key] = nil
        cached[key] = (rules, Date())
        return rules
    }

    /// `scheme://host[:port]` of a URL.
    static func origin(of url: URL) -> URL? {
        guard let scheme = url.scheme, let host = url.host else { return nil }
        var components = URLComponents()
        components.scheme = scheme
        components.host = host
        components.port = url.port
        return components.url
    }

    /// The path and query of a URL, as robots.txt patterns see it.
    static func pathAndQuery(of url: URL) -> String {
        let components = URLComponents(url: url, resolvingAgainstBaseURL: true)
        var path = components?.percentEncodedPath ?? url.path
        if path.isEmpty { path = "/" }
        if let query = components?.percentEncodedQuery { path += "?" + query }
        return path
    }
}
