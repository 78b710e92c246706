/// How news words an order to cut a market off from a service: blocking websites, apps or payments ("will have their
/// websites blocked", "orders a block on four exchanges", "asked app stores to take down the apps", "cut off access
/// to the sites"). Cutting off the service prohibits it, whoever carries the order out; a site down for a fault or an
/// attack is no measure.
enum AccessCues {
    /// The action and priority of an access phrase at a word, if the word opens one.
    static func reading(at index: Int, in words: [String], from start: Int) -> CueReading? {
        let word = words[index]
        guard cueWords.contains(word) else { return nil }
        let next = index + 1 < words.count ? words[index + 1] : ""
        let clause = words[start..<min(words.count, index + 10)]
        guard !clause.contains(where: faultWords.contains) else { return nil }
        // "This tool can disable internet access for specified apps": what a product can do is no order.
        if words[max(start, index - 2)..<index].contains(where: { ["can", "could", "might", "lets", "helps", "allows"].contains($0) }) { return nil }
        // "orders a block on four offshore exchanges".
        if ["block", "blocks", "blockade"].contains(word), next == "on", index > start, ["a", "the", "its", "orders", "ordered", "order", "imposes", "imposed", "impose"].contains(words[index - 1]) {
            return CueReading(action: .prohibit, priority: 80)
        }
        let near = words[max(start, index - 6)..<min(words.count, index + 7)]
        guard near.contains(where: accessNouns.contains) else { return nil }
        // "had their websites blocked", "blocked the apps of three brokers", "access ... has been blocked".
        if ["blocked", "blocking", "block", "blocks", "disabled", "disable", "disables"].contains(word) { return CueReading(action: .prohibit, priority: 80) }
        // "cut off access", "shut off the sites", "take down the apps", "taken offline".
        if cutVerbs.contains(word), ["off", "down", "offline"].contains(next) { return CueReading(action: .prohibit, priority: 80) }
        // "remove the exchanges' apps from their stores".
        // ("He removed the wallet app from his phone": an app removed by its user is no order.)
        if ["remove", "removes", "removed", "removing"].contains(word),
           words[(index + 1)..<min(words.count, index + 6)].contains(where: { ["apps", "app", "applications"].contains($0) }),
           near.contains(where: { ["store", "stores"].contains($0) }) || words[max(start, index - 8)..<index].contains(where: orderVerbs.contains) {
            return CueReading(action: .prohibit, priority: 80)
        }
        return nil
    }

    static let cueWords = WordSet(Set([
        "block", "blocks", "blocked", "blocking", "blockade", "disabled", "disable", "disables", "remove", "removes", "removed", "removing",
    ]).union(cutVerbs))
    static let orderVerbs: WordSet = ["asked", "asks", "ordered", "orders", "told", "tells", "directed", "directs", "instructed", "instructs", "requested", "requests"]
    static let cutVerbs: WordSet = ["cut", "cuts", "cutting", "shut", "shuts", "shutting", "take", "takes", "took", "taken", "taking"]
    static let accessNouns: WordSet = [
        "access", "website", "websites", "site", "sites", "app", "apps", "application", "applications", "domain", "domains", "urls", "pages",
    ]
    /// Words of an outage: a site down for these reasons is no measure.
    static let faultWords: WordSet = ["fault", "outage", "glitch", "attack", "attackers", "hack", "hackers", "error", "bug", "maintenance", "ddos", "upgrade", "update", "migration", "redesign"]
}
