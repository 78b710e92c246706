/// How news words the life of a licence, registration or approval: handed out ("grants licences to", "awarded
/// permits", "licences were issued"), won ("received their licences", "secured an authorisation"), used ("the licence
/// lets it offer"), refused ("rejected the application", "disapproved a proposal to list") and taken away ("removed
/// three firms from its register", "deregistered"). Each phrase reads a verb with the licence noun it governs, so a
/// grant from a foundation, a licence plate or an app removed from a phone states nothing.
enum LicensingCues {
    /// The licensing phrase the word at `index` opens, if any.
    static func reading(at index: Int, in words: [String], from start: Int) -> CueReading? {
        let word = words[index]
        guard cueWords.contains(word), !PolicyCues.isNegated(index, in: words, from: start) else { return nil }
        let ahead = window(words, after: index, 5)
        // "rejected the exchange's licence application", "refused to grant": a refused application is an act of enforcement
        // (the call the annotated sets follow since `blind59`); "disapproved a proposal to list the trust" forbids the listing.
        if refusalVerbs.contains(word), !before(index, words, from: start, 1, ["the", "a", "its", "their"]), !word.hasPrefix("turn") || ahead.first == "down" {
            if ahead.contains(where: { licenceNouns.contains($0) || requestNouns.contains($0) }) || word.hasPrefix("disapprov") {
                return CueReading(action: word.hasPrefix("disapprov") ? .prohibit : .enforce, priority: 72)
            }
        }
        // "removed three firms from its register", "struck two brokers off the register", "deregistered" (as weak as a
        // grant: "has authorized three exchanges ..., the first time it has struck one off its register" is a grant).
        if removalVerbs.contains(word), let from = window(words, after: index, 8).firstIndex(where: { ["from", "off"].contains($0) }),
           words[from..<min(words.count, from + 4)].contains(where: registerNouns.contains) {
            return CueReading(action: .enforce, priority: 50)
        }
        if deregistrationWords.contains(word) { return CueReading(action: .enforce, priority: 50) }
        // "grants licences to", "issued two new licences", "handed a full authorisation to": an authority hands one out.
        // ("the issue of licences": a noun after a determiner hands out nothing.)
        // "will issue no new permits", "no further licences will be granted": none handed out forbids, as a "no" subject does
        // (`ClauseSense.negatedSubjectAction`).
        if grantVerbs.contains(word), namesLicence(words, after: index), !before(index, words, from: start, 1, ["the", "a", "an", "this", "that", "its"]) {
            return CueReading(action: withholdsLicences(words, from: start, around: index) ? .prohibit : .permit, priority: 55)
        }
        // "received their licences", "won approval to", "secured an authorisation": a firm is handed one.
        // ("has yet to receive a licence", "expects to obtain one": not yet.)
        if receiptVerbs.contains(word), namesLicence(words, after: index),
           !before(index, words, from: start, 3, ["yet", "expects", "expected", "hopes", "hoped", "seeks", "seeking", "aims", "plans", "wants", "applied"]) {
            return CueReading(action: .permit, priority: 55)
        }
        // "licences were granted", "two permits will be issued": the passive of a grant.
        if passiveGrants.contains(word), before(index, words, from: start, 2, ["was", "were", "been", "be", "being"]),
           before(index, words, from: start, 8, licenceNouns) {
            return CueReading(action: withholdsLicences(words, from: start, around: index) ? .prohibit : .permit, priority: 55)
        }
        // "The licence lets it offer trading", "the authorisation entitles the firm to serve clients".
        if licenceUseVerbs.contains(word), before(index, words, from: start, 3, licenceNouns) {
            return CueReading(action: .permit, priority: 56)
        }
        // "the central bank licenses crypto exchanges", "it registers virtual asset service providers": the verb before a kind
        // of firm, counted by no number, states the regime the authority runs, which obliges firms to hold a licence.
        if regimeVerbs.contains(word), index > start, !["which", "that", "who", ","].contains(words[index - 1]), namesAKindOfFirm(ahead) {
            return CueReading(action: .require, priority: 55)
        }
        // "Vietnam licenses first two crypto exchanges", "Regulator authorises three custodians": a headline's verb
        // before what it licenses (a plural noun is followed by a preposition or a verb instead).
        // ("the board, which licenses crypto providers": a relative clause describes the authority.)
        if headlineLicensingVerbs.contains(word), index > start, !["which", "that", "who", ","].contains(words[index - 1]), let next = ahead.first,
           objectOpeners.contains(next) || next.first?.isNumber == true || ClauseSense.firmNouns.contains(next) {
            return CueReading(action: .permit, priority: 55)
        }
        return nil
    }

    /// A licence noun among the next five words, not counting punctuation: "licence", "approval", "charter", a
    /// "no-action letter" (also written in quotes), relief from a rule ("gave the exchange relief", "granted an exemption").
    private static func namesLicence(_ words: [String], after index: Int) -> Bool {
        (index + 1..<min(words.count, index + 12)).lazy.filter { words[$0].first?.isLetter ?? false }.prefix(5).contains { position in
            licenceNouns.contains(words[position]) || reliefNouns.contains(words[position])
                || ["letter", "letters"].contains(words[position]) && words[max(0, position - 4)..<position].contains("action")
        }
    }

    /// Whether the licence noun nearest the grant verb at `index` opens with "no" ("no new permits will be issued",
    /// "will issue no further licences"): the authority hands none out, a freeze on new licences.
    private static func withholdsLicences(_ words: [String], from start: Int, around index: Int) -> Bool {
        let nearby = max(start, index - 8)..<min(words.count, index + 12)
        guard let noun = nearby.filter({ licenceNouns.contains(words[$0]) }).min(by: { abs($0 - index) < abs($1 - index) }) else {
            return false
        }
        let phrase = words[max(start, noun - 4)..<noun]
        guard let no = phrase.lastIndex(of: "no") else { return false }
        return !words[no..<noun].contains { $0.first?.isPunctuation == true }
    }

    /// "crypto exchanges", "digital asset exchanges, brokers", "the service providers", "kiosk operators": a plural firm
    /// noun the words before reach with no count ("first two exchanges", "three custodians", "a platform" name certain firms).
    private static func namesAKindOfFirm(_ ahead: ArraySlice<String>) -> Bool {
        for word in ahead {
            if countWords.contains(word) || word.first?.isNumber == true { return false }
            if ClauseSense.firmNouns.contains(word) { return word.hasSuffix("s") && word != "as" }
            if word != "-", word.first?.isLetter != true { return false }
        }
        return false
    }

    private static func window(_ words: [String], after index: Int, _ distance: Int) -> ArraySlice<String> {
        words[min(words.count, index + 1)..<min(words.count, index + 1 + distance)]
    }

    /// Whether one of `targets` is among the `distance` words before `index` (not before `start`). The targets are a
    /// `WordSet` or a short list written at the call, asked without building a set at each call.
    private static func before<Targets: Sequence<String>>(_ index: Int, _ words: [String], from start: Int, _ distance: Int, _ targets: Targets) -> Bool {
        words[max(start, index - distance)..<index].contains { targets.contains($0) }
    }

    /// Every word a licensing phrase starts from.
    static let cueWords = WordSet(Set(refusalVerbs).union(removalVerbs).union(deregistrationWords).union(grantVerbs)
        .union(receiptVerbs).union(passiveGrants).union(licenceUseVerbs).union(headlineLicensingVerbs))

    static let licenceNouns: WordSet = [
        "licence", "licences", "license", "licenses", "permit", "permits", "authorisation", "authorisations", "authorization",
        "authorizations", "approval", "approvals", "registration", "registrations", "charter", "charters", "accreditation",
    ]
    /// Relief from a rule, handed out as a licence is: "granted a conditional exemption", "gave similar relief", "gives
    /// markets leeway on reporting rules".
    static let reliefNouns: WordSet = ["relief", "exemption", "exemptions", "waiver", "waivers", "leeway"]
    static let requestNouns: WordSet = ["application", "applications", "request", "requests", "listing", "filing"]
    static let registerNouns: WordSet = ["register", "registry", "roster", "list", "whitelist", "records"]
    static let refusalVerbs: WordSet = [
        "reject", "rejects", "rejected", "rejecting", "refuse", "refuses", "refused", "refusing", "deny", "denies", "denied",
        "denying", "disapprove", "disapproves", "disapproved", "disapproving", "turned", "turns",
    ]
    static let removalVerbs: WordSet = [
        "remove", "removes", "removed", "removing", "struck", "strikes", "strike", "striking", "delete", "deletes", "deleted",
        "expel", "expels", "expelled", "erased", "dropped", "drops", "taken", "took", "takes",
    ]
    static let deregistrationWords: WordSet = [
        "deregister", "deregisters", "deregistered", "deregistering", "deregistration", "delicensed", "delicenses", "delicences",
    ]
    static let grantVerbs: WordSet = [
        "grant", "grants", "granted", "granting", "award", "awards", "awarded", "awarding", "issue", "issues", "issued", "issuing",
        "hand", "hands", "handed", "handing", "give", "gives", "gave", "given", "giving", "confer", "confers", "conferred",
    ]
    static let receiptVerbs: WordSet = [
        "receive", "receives", "received", "receiving", "win", "wins", "won", "winning", "secure", "secures", "secured",
        "securing", "obtain", "obtains", "obtained", "obtaining", "get", "gets", "got", "land",
        "lands", "landed", "clinch", "clinches", "clinched", "bag", "bags", "bagged",
    ]
    static let passiveGrants: WordSet = ["granted", "issued", "awarded", "handed", "given", "approved", "conferred"]
    static let licenceUseVerbs: WordSet = [
        "lets", "let", "allows", "allow", "permits", "enables", "enable", "entitles", "entitle", "authorises", "authorizes", "covers",
    ]
    /// Verbs of an authority's licensing, in the present, that may state the regime it runs.
    static let regimeVerbs: WordSet = ["licenses", "registers", "authorises", "authorizes"]
    /// Words that count the firms a licensing verb names.
    static let countWords: WordSet = [
        "a", "an", "its", "first", "second", "third", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "more", "new", "another", "several", "further",
    ]
    static let headlineLicensingVerbs: WordSet = ["licenses", "licences", "authorises", "authorizes", "registers", "approves", "accredits"]
    static let objectOpeners: WordSet = [
        "the", "a", "an", "its", "first", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more", "new", "local", "crypto",
    ]
}
