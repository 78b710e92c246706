/// The words that make a sentence state a policy, and how they decide its action and status.
enum PolicyCues {
    /// A policy cue found in a sentence: what it does and the token where it stands.
    struct Cue {
        var action: PolicyAction?
        var index: Int
    }

    /// Finds the sentence's policy cue, by priority: lifting a ban, carve-outs, sanctions, bans,
    /// restrictions, obligations, permissions, crackdowns, warnings, then words that only say a
    /// measure exists ("comes into force", "the proposal": `action` nil, taken from the article).
    static func cue(in words: [String], from start: Int) -> Cue? {
        let count = words.count
        func negated(_ index: Int) -> Bool {
            for back in 1...3 where index - back >= 0 {
                if ["not", "n't", "'t", "never", "no", "without"].contains(words[index - back]) { return true }
            }
            return false
        }
        func isPassiveOrTo(_ index: Int) -> Bool {
            (index > start && ["be", "is", "are", "was", "were", "been", "being", "remain", "remains"].contains(words[index - 1]))
                || (index + 1 < count && words[index + 1] == "to")
        }
        func within(_ index: Int, _ distance: Int, _ targets: Set<String>) -> Bool {
            guard index + 1 < count else { return false }
            return words[(index + 1)..<min(count, index + 1 + distance)].contains { targets.contains($0) }
        }
        func before(_ index: Int, _ distance: Int, _ targets: Set<String>) -> Bool {
            words[max(start, index - distance)..<index].contains { targets.contains($0) }
        }
        let hasForceWord = words[start..<count].contains { ["force", "forced", "forcing", "order", "ordered", "orders"].contains($0) }
        let hasProcedureWord = words[start..<count].contains { ["proposal", "proposed", "vote", "draft", "bill"].contains($0) }
        var best: (priority: Int, cue: Cue)?
        func offer(_ priority: Int, _ action: PolicyAction?, _ index: Int) {
            // "... after it previously barred such loans": background to the sentence's news.
            let background = before(index, 3, ["after", "previously", "following", "since"]) && action != nil
            let rank = background ? priority - 60 : priority
            if best == nil || rank > best!.priority { best = (rank, Cue(action: action, index: index)) }
        }
        for index in start..<count {
            let word = words[index]
            guard relevantWords.contains(word) else { continue }
            if liftWords.contains(word), within(index, 4, banNouns) {
                offer(100, negated(index) ? .warn : .permit, index)
            }
            if ["banned", "prohibited", "illegal", "restricted", "forbidden"].contains(word), before(index, 3, ["remain", "remains", "still"]) {
                offer(95, .warn, index)
            }
            if ["unaffected", "exempt", "exempted"].contains(word) || word == "affected" && negated(index) {
                offer(95, .warn, index)
            }
            if enforceWords.contains(word) && !negated(index) || enforceWords.contains(word) && word.hasPrefix("sanction") {
                offer(90, .enforce, index)
            }
            if word == "grace", index + 1 < count, words[index + 1] == "period" { offer(90, .enforce, index) }
            // "charged with fraud", "settled with the regulator", "agreed to pay $4 million".
            if ["charged", "charges", "settled", "settle", "settles"].contains(word), within(index, 2, ["with", "against"]) { offer(88, .enforce, index) }
            if word == "pay", index > start + 1, words[index - 1] == "to", words[index - 2].hasPrefix("agree") { offer(88, .enforce, index) }
            if investigationWords.contains(word) { offer(42, .enforce, index) }
            // "only accredited investors may buy": a restriction.
            if word == "only", within(index, 4, ["may", "can", "allowed", "permitted", "eligible"]) { offer(70, .restrict, index) }
            if word == "shut" || word == "closed" || word == "shutdown", within(index, 3, ["by"]) { offer(90, .enforce, index) }
            if banWords.contains(word) { offer(80, .prohibit, index) }
            // "may not settle", "can no longer accept", "will no longer be allowed to": a prohibition.
            if word == "not" || word == "longer", index > start, ["may", "must", "can", "cannot", "shall", "no"].contains(words[index - 1]) || word == "not" && words[index - 1] == "can" {
                offer(78, .prohibit, index)
            }
            if word == "cannot" || word == "mustn't" { offer(78, .prohibit, index) }
            // "No crypto payments at merchants from February 1": a headline's ban.
            if word == "no", index == start, count - start > 3, !["longer", "one", "doubt"].contains(words[index + 1]) { offer(60, .prohibit, index) }
            if word == "able", index > start, ["be", "been"].contains(words[index - 1]), !negated(index) { offer(50, .permit, index) }
            if permitWords.contains(word), negated(index), !word.hasPrefix("licen"), !word.hasPrefix("approv") { offer(78, .prohibit, index) }
            // "merchants have until June 15 to stop": a grace period.
            if word == "until", index > start, ["have", "has", "had", "get", "gets", "given"].contains(words[index - 1]) { offer(85, .enforce, index) }
            // "can keep running", "may continue to operate": a carve-out.
            if ["keep", "continue", "continues"].contains(word), index > start, ["can", "may", "will", "still"].contains(words[index - 1]), !words.contains("ban") {
                offer(72, .warn, index)
            }
            if word == "illegal" || word == "unlawful", before(index, 3, ["are", "is", "be", "been", "was", "were", "considered", "deemed", "declared", "make", "makes", "made", "as"]) {
                offer(80, .prohibit, index)
            }
            // "stop allowing users to register" limits new users; "stop servicing users" ends a service.
            if stopWords.contains(word) {
                if within(index, 10, newUserWords) { offer(75, .restrict, index) }
                else if within(index, 5, serviceWords) { offer(80, .prohibit, index) }
            }
            if ["close", "closed", "closure", "shut"].contains(word), hasForceWord {
                offer(78, .prohibit, index)
            }
            if restrictWords.contains(word) && !(word == "limit" && index + 1 < count && ["order", "orders"].contains(words[index + 1])),
               !(word == "cap" && index > start && words[index - 1] == "market"),
               !["limited", "restricted"].contains(word) || isPassiveOrTo(index) {
                offer(70, .restrict, index)
            }
            if requireWords.contains(word) || (word == "have" || word == "has" || word == "had") && index + 1 < count && words[index + 1] == "to" {
                offer(60, .require, index)
            }
            let procedural = word.hasPrefix("approv") && hasProcedureWord
            // A licence noun is a permission only when it is granted, issued or won.
            let bareLicence = word.hasPrefix("licen") && !words[start..<count].contains { grantWords.contains($0) }
            if permitWords.contains(word), !procedural, !bareLicence, !negated(index), !before(index, 2, stopWords) { offer(50, .permit, index) }
            if word == "legal", index + 1 < count, words[index + 1] == "tender" { offer(55, .warn, index) }
            if crackdownWords.contains(word) || (word == "crack" || word == "clamp" || word == "cracking" || word == "clamping") && within(index, 1, ["down"]) {
                offer(40, .enforce, index)
            }
            if warnWords.contains(word) { offer(30, .warn, index) }
            if (word == "force" || word == "effect") && before(index, 2, ["into", "take", "takes", "took", "taking"]) { offer(20, nil, index) }
            if ["proposal", "proposed", "draft", "rulemaking"].contains(word) { offer(10, nil, index) }
        }
        return best?.cue
    }

    /// The status the sentence's own words give, if any.
    static func status(in words: [String]) -> PolicyStatus? {
        var proposed = false
        for (index, word) in words.enumerated() {
            if consideringWords.contains(word) { return .considering }
            if word == "plans" || word == "plan" || word == "planning", index + 1 < words.count, words[index + 1] == "to",
               index == 0 || !["the", "a", "an", "its", "their", "this", "that"].contains(words[index - 1]),
               !words.contains("draft") { return .considering }
            if proposedWords.contains(word) { proposed = true }
            if word == "if", index + 1 < words.count, words[index + 1] == "passed" || words[index + 1] == "approved" { proposed = true }
        }
        return proposed ? .proposed : nil
    }

    /// Every word a cue rule starts from; the others are skipped with one look-up.
    static let relevantWords: Set<String> = liftWords.union(enforceWords).union(banWords).union(stopWords)
        .union(restrictWords).union(requireWords).union(permitWords).union(crackdownWords).union(warnWords)
        .union(["banned", "prohibited", "illegal", "restricted", "forbidden", "unaffected", "exempt", "exempted",
                "affected", "grace", "shut", "closed", "shutdown", "close", "closure", "unlawful", "have", "has", "had",
                "legal", "crack", "clamp", "cracking", "clamping", "force", "effect", "proposal", "proposed", "draft",
                "rulemaking", "not", "longer", "cannot", "mustn't", "until", "keep", "continue", "continues", "no", "able",
                "charged", "charges", "settled", "settle", "settles", "pay", "investigation", "investigating", "probe",
                "probing", "subpoena", "subpoenaed", "only"])
    static let liftWords: Set<String> = ["lift", "lifts", "lifted", "lifting", "repeal", "repeals", "repealed", "overturn", "overturned", "scrap", "scraps", "scrapped", "end", "ends", "ended", "reverse", "reverses", "reversed"]
    static let banNouns: Set<String> = ["ban", "bans", "prohibition", "restriction", "restrictions", "moratorium", "embargo"]
    static let enforceWords: Set<String> = [
        "sanction", "sanctions", "sanctioned", "sanctioning", "fined", "fines", "penalty", "penalties", "penalize",
        "penalized", "penalise", "penalised", "consequences", "lawsuit", "lawsuits", "sued", "sues", "suing",
        "indicted", "indictment", "arrested", "arrests", "seized", "seizure", "prosecute", "prosecuted",
        "prosecution", "enforcement", "raided", "confiscated", "convicted", "sentenced",
    ]
    static let grantWords: Set<String> = [
        "granted", "grants", "grant", "awarded", "issued", "issues", "receives", "received", "wins", "won", "obtained",
        "obtains", "secures", "secured", "approved", "gets", "got", "licensed", "approves",
    ]
    static let banWords: Set<String> = [
        "bar", "bars", "barred", "barring",
        "ban", "bans", "banned", "banning", "prohibit", "prohibits", "prohibited", "prohibiting", "prohibition",
        "outlaw", "outlaws", "outlawed", "outlawing", "forbid", "forbids", "forbidden", "forbade", "delist",
        "delists", "delisted", "delisting", "criminalize", "criminalizes", "criminalized", "criminalise",
    ]
    static let stopWords: Set<String> = ["stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting", "cease", "ceases", "ceased", "ceasing", "discontinue", "discontinues", "discontinued"]
    static let newUserWords: Set<String> = ["register", "registering", "registration", "registrations", "sign", "signups", "sign-ups", "onboarding", "onboard", "new", "opening", "open", "deposits", "deposit", "withdrawals"]
    static let serviceWords: Set<String> = [
        "selling", "sales", "sale", "sell", "servicing", "services", "service", "support", "operations", "operating",
        "trading", "offering", "providing", "accepting", "serving", "business", "listing", "users", "customers",
    ]
    static let restrictWords: Set<String> = [
        "restrict", "restricts", "restricted", "restricting", "restriction", "restrictions", "limit", "limits",
        "limited", "limiting", "cap", "caps", "capped", "capping", "curb", "curbs", "curbed", "curbing", "suspend",
        "suspends", "suspended", "suspending", "suspension", "pause", "pauses", "paused", "pausing", "discourage",
        "discourages", "tighten", "tightens", "tightened", "tightening", "freeze", "froze", "frozen", "blocked",
    ]
    static let requireWords: Set<String> = [
        "require", "requires", "required", "requiring", "requirement", "requirements", "must", "obliged",
        "obligated", "obligation", "obligations", "mandatory", "mandate", "mandates", "mandated", "compel",
        "compels", "tax", "taxes", "taxed", "taxation", "taxing", "levy", "kyc", "licensing", "orders", "ordered",
    ]
    static let permitWords: Set<String> = [
        "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting", "approve", "approves",
        "approved", "approval", "approving", "legalize", "legalizes", "legalized", "legalise", "legalised",
        "legalising", "legalizing", "authorize", "authorized", "authorizes", "resume", "resumes", "resumed",
        "greenlight", "greenlights", "greenlighted", "licensed", "license", "licence", "granted", "cleared", "clears",
    ]
    static let crackdownWords: Set<String> = ["crackdown", "clampdown", "crackdowns", "clampdowns", "raid", "raids"]
    static let investigationWords: Set<String> = ["investigation", "investigating", "probe", "probing", "subpoena", "subpoenaed"]
    static let warnWords: Set<String> = [
        "warn", "warns", "warned", "warning", "warnings", "caution", "cautions", "cautioned", "cautioning", "guidance",
        "guidelines", "advisory", "urged", "urges", "reminded",
    ]
    static let consideringWords: Set<String> = [
        "considering", "contemplating", "mulling", "weighing", "exploring", "eyeing", "pondering", "reportedly",
        "studying", "evaluating", "assessing", "discussing", "debating",
        "intends", "intend", "intending", "mull", "mulls", "contemplates", "considers", "rumored", "rumoured",
    ]
    static let proposedWords: Set<String> = ["proposed", "proposal", "proposals", "proposes", "propose", "draft", "bill", "consultation", "rulemaking", "drafted"]
}
