/// The verbs that state a measure as a predicate of its own ("bans", "strikes off", "pushes back"), by the
/// action they take: what tells a second measure coordinated in a headline or a sentence from a list of objects.
enum MeasureVerbs {
    /// The action a finite verb (and its particle, "strikes off", "pushes back", "opens the door") takes, when it states a measure.
    static func action(of tokens: [Token], at index: Int, end: Int) -> PolicyAction? {
        guard index < end else { return nil }
        let word = tokens[index].lower
        let next = index + 1 < end ? tokens[index + 1].lower : ""
        // "caps on", "limits of", "orders for": plural nouns, not verbs.
        if ["on", "of", "for", ",", "."].contains(next), !particleVerbs.keys.contains(word) { return nil }
        if let particles = particleVerbs[word] {
            for (particle, action) in particles where next == particle { return action }
        }
        return actionByVerb[word]
    }

    /// Every finite or base form of the classes below, for clause boundaries.
    static let finite: Set<String> = Set(actionByVerb.keys).union(particleVerbs.keys)

    /// Verbs whose particle decides the action: "strikes off" revokes, "pushes back" delays, "opens up" permits.
    static let particleVerbs: [String: [(String, PolicyAction)]] = [
        "strikes": [("off", .enforce)], "struck": [("off", .enforce)], "strike": [("off", .enforce)],
        "pushes": [("back", .enforce)], "pushed": [("back", .enforce)], "push": [("back", .enforce)],
        "opens": [("door", .permit), ("the", .permit), ("up", .permit)], "opened": [("door", .permit), ("the", .permit), ("up", .permit)],
        "cracks": [("down", .enforce)], "cracked": [("down", .enforce)],
        "shuts": [("down", .prohibit)], "shut": [("down", .prohibit)],
        "phases": [("out", .prohibit)], "phased": [("out", .prohibit)],
        "rolls": [("back", .permit)], "rolled": [("back", .permit)],
    ]

    static let actionByVerb: [String: PolicyAction] = {
        var table: [String: PolicyAction] = [:]
        func add(_ words: [String], _ action: PolicyAction) { for word in words { table[word] = action } }
        add([
            "bans", "banned", "bars", "barred", "prohibits", "prohibited", "outlaws", "outlawed", "forbids", "forbade", "halts",
            "halted", "stops", "stopped", "delists", "delisted", "blacks", "blacked", "blocks", "blocked", "criminalizes",
            "criminalises", "criminalized", "criminalised",
        ], .prohibit)
        add([
            "restricts", "restricted", "caps", "capped", "limits", "limited", "curbs", "curbed", "suspends", "suspended",
            "pauses", "paused", "tightens", "tightened",
        ], .restrict)
        add([
            "requires", "required", "orders", "ordered", "obliges", "obliged", "mandates", "mandated", "taxes", "taxed",
            "imposes", "imposed", "raises", "raised", "sets", "introduces", "introduced", "ends", "ended", "scraps",
            "scrapped", "brings", "brought", "tells", "told", "demands", "demanded",
        ], .require)
        add([
            "allows", "allowed", "permits", "permitted", "approves", "approved", "authorizes", "authorises", "authorized",
            "authorised", "licenses", "licences", "licensed", "registers", "registered", "grants", "granted", "lifts", "lifted",
            "legalizes", "legalises", "legalized", "legalised", "clears", "cleared", "lets", "eases", "eased", "reopens",
            "reopened", "greenlights", "greenlighted",
        ], .permit)
        add([
            "fines", "fined", "sanctions", "sanctioned", "revokes", "revoked", "cancels", "cancelled", "canceled", "penalizes",
            "penalises", "penalized", "penalised", "sues", "sued", "charges", "charged", "delays", "delayed", "postpones",
            "postponed", "extends", "extended", "defers", "deferred", "freezes", "froze",
        ], .enforce)
        add(["warns", "warned", "cautions", "cautioned", "blacklists", "blacklisted", "urges", "urged"], .warn)
        return table
    }()
}
