/// What the whole article says that single sentences lean on: entity names and types by key,
/// the country it is mostly about, and whether it reports a hack or an exploit.
struct ArticleContext {
    private(set) var nameByKey: [String: String] = [:]
    private(set) var typeByKey: [String: EntityType] = [:]
    private(set) var countryByKey: [String: String] = [:]
    /// The country whose rules an entity makes, read in the article's context: a bare "Parliament" in an article
    /// about Ghana is Ghana's, though the tables give Britain's (`countryByKey` keeps the tables' country).
    private(set) var jurisdictionByKey: [String: String] = [:]
    private var keyByCountryCode: [String: String] = [:]
    private var authorityKeyByCountry: [String: String] = [:]
    private var leadingAuthorityKey: String?
    /// How often the article names each authority, by key.
    private var authorityMentionCounts: [String: Int] = [:]
    /// The central bank or ministry that a department of its own acts for, by the department's key ("the central bank's
    /// Banking Supervision Department", "the SBP's Payment Systems Department").
    private var parentByDepartmentKey: [String: String] = [:]
    /// The country code mentioned most (entities and demonyms), first mentioned on a tie.
    private(set) var dominantCountry: String?
    /// The article reports an incident (hack, exploit): service pauses there are no policy.
    private(set) var isIncidentReport = false
    /// The article speaks of crypto (a crypto word or a named asset) twice, or once in its headline or opening
    /// sentence: a compliance rulebook for crypto drafts nothing from a firecracker ban or a trade deal.
    private(set) var isAboutCrypto = false
    /// The article is about a central bank digital currency: its pilot and rollout are permissions.
    private(set) var isAboutCBDC = false

    /// The entity is a country itself ("Peru"), not a body or a place of it.
    func isCountry(_ key: String) -> Bool {
        countryByKey[key].map { keyByCountryCode[$0] == key } ?? false
    }

    init(document: AnalyzedText, entities: EntityReading, keyedEntities: [(key: String, entity: Entity)]) {
        for (key, entity) in keyedEntities {
            nameByKey[key] = entity.name
            typeByKey[key] = entity.type
        }
        for key in Self.organizationsDescribedAsAuthorities(document, entities.mentions) where typeByKey[key] == .organization {
            typeByKey[key] = .authority
        }
        // The world's standard setters issue measures as authorities do (`EntityReading.withWorldBodiesAsIssuers`).
        for mention in entities.mentions where mention.type == .authority && typeByKey[mention.key] == .organization
            && mention.country == Gazetteer.worldJurisdiction {
            typeByKey[mention.key] = .authority
        }
        var tally = CountryTally()
        func count(_ code: String, at index: Int) {
            guard code.count == 2, code != "EU" else { return }
            tally.count(code, at: index)
        }
        for mention in entities.mentions {
            if mention.type == .location, let code = mention.code, keyByCountryCode[code] == nil { keyByCountryCode[code] = mention.key }
            if mention.type == .location, let code = mention.code ?? mention.country { count(code, at: mention.first) }
        }
        for demonym in entities.demonyms { count(demonym.code, at: demonym.index) }
        dominantCountry = tally.leader
        var ownedBy: [String: String] = [:]
        for mention in entities.mentions {
            if let country = mention.country, countryByKey[mention.key] == nil { countryByKey[mention.key] = country }
            if mention.type == .authority, ownedBy[mention.key] == nil, let owner = Self.owner(of: mention, document, entities.mentions) {
                ownedBy[mention.key] = owner
            }
            if jurisdictionByKey[mention.key] == nil,
               let placed = Self.country(of: mention, document, entities.mentions, counted: tally.counts, dominant: dominantCountry) {
                jurisdictionByKey[mention.key] = placed
            }
        }
        // "Thailand's Securities and Exchange Commission" is Thailand's, whatever the tables say of its name.
        jurisdictionByKey.merge(ownedBy) { _, owner in owner }
        var authorityMentions: [String: Int] = [:]
        for mention in entities.mentions where mention.type == .authority { authorityMentions[mention.key, default: 0] += 1 }
        authorityMentionCounts = authorityMentions
        leadingAuthorityKey = entities.mentions.lazy.filter { $0.type == .authority }.map(\.key)
            .max { authorityMentions[$0, default: 0] < authorityMentions[$1, default: 0] }
        for mention in entities.mentions where mention.type == .authority {
            guard let country = mention.country else { continue }
            if let current = authorityKeyByCountry[country], authorityMentions[current, default: 0] >= authorityMentions[mention.key, default: 0] { continue }
            authorityKeyByCountry[country] = mention.key
        }
        for mention in entities.mentions where mention.type == .authority && parentByDepartmentKey[mention.key] == nil {
            guard Self.isDepartment(nameByKey[mention.key] ?? ""),
                  let parent = Self.bankOrMinistry(owning: mention, document, entities.mentions, nameByKey: nameByKey, mentionCounts: authorityMentions)
            else { continue }
            parentByDepartmentKey[mention.key] = parent
        }
        // An authority the tables do not place belongs to the country the article is about.
        if let dominantCountry {
            for (key, type) in typeByKey where type == .authority && countryByKey[key] == nil {
                countryByKey[key] = dominantCountry
                jurisdictionByKey[key] = jurisdictionByKey[key] ?? dominantCountry
            }
        }
        // Twice anywhere, or once in the headline or the opening sentence.
        let opening = document.sentences.prefix(2).last?.end ?? 0
        var cryptoMentions = Set(entities.mentions.filter { $0.type == .asset }.map(\.first))
        for index in document.tokens.indices where Self.namesCrypto(document.tokens, at: index) { cryptoMentions.insert(index) }
        isAboutCrypto = cryptoMentions.count >= 2 || cryptoMentions.contains { $0 < opening }
        // (The tokens are read in place, and the words for mentionsCBDC taken in one array: a copy of each token, in the loop
        // or in a lazy map, would retain both its strings.)
        let tokens = document.tokens
        let incidentWords = tokens.indices.count { tokens[$0].kind == .word && Self.incidentWords.contains(tokens[$0]) }
        isIncidentReport = incidentWords >= 3
        isAboutCBDC = PolicyCues.mentionsCBDC(tokens.map(\.lower))
    }

    /// The country an entity's rules belong to. A bare institution ("Parliament", "Congress", "the Treasury")
    /// is the one of the country that owns it in the text ("Ghana's Parliament") or, failing that, of the
    /// article's country, unless the article names the country the tables give it.
    private static func country(
        of mention: EntityMention, _ document: AnalyzedText, _ mentions: [EntityMention], counted: [String: Int], dominant: String?
    ) -> String? {
        guard mention.type == .authority else { return mention.country }
        if let owner = owner(of: mention, document, mentions) { return owner }
        if let country = mention.country, counted[country, default: 0] > 0 || Self.supranationalCodes.contains(country) { return country }
        // "Autorité des marchés financiers" is France's and Quebec's: a name that names no place belongs to the
        // article's country when the article never names the country the tables give.
        guard isBareInstitution(mention, document) || !namesPlace(mention, document) else { return mention.country }
        return dominant ?? mention.country
    }

    /// The tables' codes of bodies above any country ("ESMA" is the EU's, "FATF" the world's), whatever country the
    /// article is about.
    static let supranationalCodes: WordSet = ["EU", "GLOBAL"]

    /// The name holds a place or a demonym ("Monetary Authority of Singapore", "Central Bank of Nigeria", "U.S. SEC").
    private static func namesPlace(_ mention: EntityMention, _ document: AnalyzedText) -> Bool {
        let gazetteer = Gazetteer.shared
        return document.tokens[mention.first..<mention.end].contains { token in
            guard token.isWord, token.isCapitalized else { return false }
            if gazetteer.demonyms[token.text] != nil { return true }
            return gazetteer.formsByFirstToken[token.lower]?.contains { form in
                form.tokens.count == 1 && gazetteer.entries[form.entry].type == .location
            } ?? false
        }
    }

    /// The country named in the possessive before an authority: "Ghana's Parliament", "Thailand's SEC".
    private static func owner(of mention: EntityMention, _ document: AnalyzedText, _ mentions: [EntityMention]) -> String? {
        guard mention.first >= 2, document.tokens[mention.first - 1].kind == .clitic,
              let owner = mentions.last(where: { $0.end == mention.first - 1 && $0.type == .location }) else { return nil }
        return owner.code ?? owner.country
    }

    /// "Banking Supervision Department", "Payment Systems Policy and Oversight Department": a unit named for its task and
    /// headed by "Department" ("Department of Financial Services", an agency of its own, opens with it).
    private static func isDepartment(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return words.count >= 2 && words.last == "Department"
    }

    /// The central bank or ministry named or described in the possessive before a department: "the Bank of Israel's",
    /// "the SBP's", "the central bank's", "the ministry's" (a description stands for the bank or ministry the article
    /// names most). Nil for any other owner ("the U.S. Treasury Department", "Texas's Department").
    private static func bankOrMinistry(
        owning department: EntityMention, _ document: AnalyzedText, _ mentions: [EntityMention], nameByKey: [String: String],
        mentionCounts: [String: Int]
    ) -> String? {
        let tokens = document.tokens
        guard department.first >= 2, tokens[department.first - 1].kind == .clitic else { return nil }
        let ownerEnd = department.first - 1
        if let owner = mentions.last(where: { $0.end == ownerEnd && $0.type == .authority }) {
            return namesBankOrMinistry(nameByKey[owner.key] ?? "") == nil ? nil : owner.key
        }
        guard let noun = namesBankOrMinistry(tokens[ownerEnd - 1].text) else { return nil }
        let owners = mentions.lazy.filter { $0.type == .authority && namesBankOrMinistry(nameByKey[$0.key] ?? "") == noun }.map(\.key)
        return owners.max { mentionCounts[$0, default: 0] < mentionCounts[$1, default: 0] }
    }

    /// "bank" or "ministry" when the name holds one of their forms ("Bank of Israel", "Bangko Sentral", "Ministerio de
    /// Hacienda").
    private static func namesBankOrMinistry(_ name: String) -> String? {
        let words = nameWords(name)
        return ["bank", "ministry"].first { noun in words.contains { ActorResolver.institutionNounForms[noun]?.contains($0) ?? false } }
    }

    /// A name's words in lower case, split at spaces and hyphens ("Bangko Sentral ng Pilipinas", "Money-Laundering").
    private static func nameWords(_ name: String) -> [String] {
        name.lowercased().split { $0 == " " || $0 == "-" }.map(String.init)
    }

    private static func isBareInstitution(_ mention: EntityMention, _ document: AnalyzedText) -> Bool {
        let words = document.tokens[mention.first..<mention.end].filter { $0.kind == .word }.map(\.lower)
        return bareInstitutions.contains(words.joined(separator: " "))
    }

    static let bareInstitutions: WordSet = [
        "parliament", "congress", "senate", "treasury", "cabinet", "legislature", "government", "national assembly",
        "house of representatives", "lower house", "upper house",
    ]

    /// The authority the article names most, as an actor ("according to the central bank's rules").
    func leadingAuthority() -> ResolvedActor? {
        leadingAuthorityKey.map(actor(forAuthority:))
    }

    /// An authority as an actor; the seat of a head of state or government stands for its country ("the White House
    /// ordered" → the United States) when the text names the country.
    func actor(forAuthority key: String) -> ResolvedActor {
        // "The directive, issued by the central bank's Banking Supervision Department": the bank issues it.
        if let parent = parentByDepartmentKey[key] { return actor(forAuthority: parent) }
        if let name = nameByKey[key], Self.headOfGovernmentSeats.contains(name.lowercased()),
           let code = countryByKey[key], let country = countryKey(code) {
            return ResolvedActor(key: country, name: nameByKey[country], type: .location, isCountry: true)
        }
        return ResolvedActor(key: key, name: nameByKey[key], type: .authority)
    }

    /// The seats of heads of state or government, named for the office (the gazetteer's forms, in lower case).
    static let headOfGovernmentSeats: WordSet = ["white house", "kremlin", "downing street", "élysée palace", "élysée", "elysee palace", "elysee"]

    /// The key of the entity that stands for a country, if the text names it.
    func countryKey(_ code: String) -> String? { keyByCountryCode[code] }

    /// The country's authority the article names most, as an actor.
    func authority(of country: String) -> ResolvedActor? {
        authorityKeyByCountry[country].map(actor(forAuthority:))
    }

    /// The country's authority (read in the article's context) whose name holds one of `words` (in the singular), the one
    /// the article names most: "securities" finds the "Superintendency of the Securities Market" among the country's
    /// regulators. Nil when none does.
    func authority(of country: String, holding words: Set<String>) -> ResolvedActor? {
        guard !words.isEmpty else { return nil }
        let holding = typeByKey.keys.sorted().filter { key in
            typeByKey[key] == .authority && (jurisdictionByKey[key] ?? countryByKey[key]) == country
                && Self.nameWords(nameByKey[key] ?? "").contains { words.contains(Self.singular($0)) }
        }
        return holding.max { authorityMentionCounts[$0, default: 0] < authorityMentionCounts[$1, default: 0] }.map(actor(forAuthority:))
    }

    /// A plural word in the singular ("banks" → "bank"); "securities" and "securitie" stay comparable either way.
    static func singular(_ word: String) -> String { word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word }

    /// A word of crypto's own vocabulary: "crypto", "stablecoins", "blockchain", "digital assets", "virtual currency".
    /// (Each opens with a letter: punctuation and numbers are answered without a look-up.)
    static func namesCrypto(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let word = tokens[index].lower
        if cryptoWords.contains(tokens[index]) || opensWithACryptoStem(word) { return true }
        // "exchanges must register", not "the stock exchange", "foreign exchange" or "exchange rates".
        if word == "exchange" || word == "exchanges" {
            let previous = index > 0 ? tokens[index - 1].lower : ""
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            return !tokens[index].isCapitalized || index == 0 || tokens[index].newlineBefore
                ? !["stock", "foreign", "currency", "commodity", "commodities", "securities", "futures", "in", "of"].contains(previous)
                    && !["rate", "rates", "of", "programme", "program", "students", "control", "controls", "fund", "funds"].contains(next)
                : false
        }
        guard assetNouns.contains(tokens[index]), index > 0 else { return false }
        return ["digital", "virtual"].contains(tokens[index - 1].lower)
    }

    /// "crypto-assets", "stablecoins", "tokenised": a word that opens with a stem of crypto's vocabulary (each stem asked
    /// only of words that open with its letter).
    private static func opensWithACryptoStem(_ word: String) -> Bool {
        switch word.utf8.first {
        case UInt8(ascii: "c"): word.hasPrefix("crypto")
        case UInt8(ascii: "s"): word.hasPrefix("stablecoin")
        case UInt8(ascii: "t"): word.hasPrefix("tokeni")
        default: false
        }
    }

    /// The nouns that "digital" or "virtual" before them makes crypto's ("digital assets", "virtual currency").
    static let assetNouns: WordSet = ["asset", "assets", "currency", "currencies"]

    static let cryptoWords: WordSet = [
        "bitcoin", "bitcoins", "btc", "ether", "ethereum", "blockchain", "blockchains", "altcoin", "altcoins", "nft", "nfts",
        "defi", "vasp", "vasps", "casp", "casps", "cbdc", "cbdcs", "e-cny", "e-rupee", "enaira", "e-naira", "token", "tokens",
        "mica", "web3", "wallet", "wallets", "custodian", "custodians", "staking",
    ]

    static let incidentWords: WordSet = [
        "hack", "hacked", "hacker", "hackers", "hacks", "exploit", "exploited", "exploits", "exploiter", "attack",
        "attacker", "attackers", "stolen", "drained", "breach", "vulnerability", "heist", "theft",
    ]
}
