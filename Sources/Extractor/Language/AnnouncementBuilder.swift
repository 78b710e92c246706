/// Groups statements into the article-level policy changes a rule could be drafted from: one per
/// actor and action, for measures the article announces or proposes, or that took effect lately.
struct AnnouncementBuilder {
    var published: CalendarDay

    func announcements(from statements: [ReadStatement], in document: AnalyzedText, entities: EntityReading, context: ArticleContext) -> [Announcement] {
        var order: [String] = []
        var groups: [String: [Int]] = [:]
        for (index, read) in statements.enumerated() {
            guard let actor = read.actorKey, read.statement.action != .warn else { continue }
            let key = actor + "|" + read.statement.action.rawValue
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        var frames: [(key: String, actor: String, announcement: Announcement)] = []
        for key in order {
            guard let members = groups[key], let first = members.first, let actorKey = statements[first].actorKey else { continue }
            let group = members.map { statements[$0] }
            let status = Self.status(of: group)
            // The frame's start comes from statements of its own status ("fined on June 11", not the earlier fine of 2023).
            let sameStatus = group.filter { $0.statement.status == status }
            let effective = Self.mostCommon(sameStatus.compactMap(\.statement.effective))
            guard status == .announced || status == .proposed || status == .considering || isRecent(effective),
                  group.contains(where: \.namesItsActor) else { continue }
            // A frame whose own sentences name no activity ("lifts ban with draft law") takes the activities
            // of its actor's other news.
            var subjects = subjects(of: group, in: document)
            if subjects.isEmpty {
                subjects = self.subjects(of: statements.filter { $0.actorKey == actorKey && $0.statement.status == status }, in: document)
            }
            let announcement = Announcement(
                actor: statements[first].statement.actor, action: statements[first].statement.action, status: status,
                subjects: subjects, jurisdiction: jurisdiction(of: actorKey, group, document, entities, context),
                effective: effective, enforcement: nil, statementIndices: members
            )
            frames.append((key, actorKey, announcement))
        }
        // A grace period or sanction of the same actor is the enforcement side of its main measure.
        var result: [Announcement] = []
        for frame in frames {
            if frame.announcement.action == .enforce,
               let main = result.firstIndex(where: { $0.actor == frame.announcement.actor && $0.action != .enforce }) {
                result[main].enforcement = result[main].enforcement ?? frame.announcement.effective
                result[main].statementIndices = (result[main].statementIndices + frame.announcement.statementIndices).sorted()
                continue
            }
            result.append(frame.announcement)
        }
        if result.contains(where: { $0.status != .considering }) {
            result.removeAll { $0.status == .considering }
        }
        if result.isEmpty, let warning = issuedWarning(statements, document, entities, context) { result.append(warning) }
        return result
    }

    /// An article whose news is an authority's warning (at least two announced warnings of one
    /// authority, not carve-outs) has that warning as its announcement.
    private func issuedWarning(_ statements: [ReadStatement], _ document: AnalyzedText, _ entities: EntityReading, _ context: ArticleContext) -> Announcement? {
        var counts: [String: [Int]] = [:]
        var order: [String] = []
        for (index, read) in statements.enumerated() where read.statement.action == .warn && read.statement.status == .announced {
            guard let key = read.actorKey, context.typeByKey[key] == .authority,
                  PolicyCues.warnWords.contains(document.tokens[read.cueIndex].lower) else { continue }
            if counts[key] == nil { order.append(key) }
            counts[key, default: []].append(index)
        }
        guard let key = order.max(by: { counts[$0, default: []].count < counts[$1, default: []].count }), let members = counts[key], members.count >= 2,
              members.contains(where: { statements[$0].namesItsActor }), let first = members.first else { return nil }
        let group = members.map { statements[$0] }
        return Announcement(
            actor: statements[first].statement.actor, action: .warn, status: .announced,
            subjects: subjects(of: group, in: document), jurisdiction: jurisdiction(of: key, group, document, entities, context),
            effective: Self.mostCommon(group.compactMap(\.statement.effective)), enforcement: nil, statementIndices: members
        )
    }

    /// The news first: announced or proposed measures, else considered ones, else older ones. A measure
    /// the article reports as news keeps its frame though it mentions the actor's older acts of the same kind.
    private static func status(of group: [ReadStatement]) -> PolicyStatus {
        let statuses = group.map(\.statement.status)
        let news = statuses.filter { $0 == .announced || $0 == .proposed }
        let considered = statuses.filter { $0 == .considering }
        let ranked = !news.isEmpty ? news : !considered.isEmpty ? considered : statuses
        return mostCommon(ranked.map(\.rawValue)).flatMap(PolicyStatus.init(rawValue:)) ?? .announced
    }

    /// The most frequent value, the first one on a tie.
    private static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return values.first { counts[$0] == counts.values.max() }
    }

    /// Whether a measure already in effect started within the month before publication.
    private func isRecent(_ value: String?) -> Bool {
        guard let value else { return false }
        let start: CalendarDay?
        if value.contains("-W"), let year = Int(value.prefix(4)), let week = Int(value.suffix(2)),
           let january4 = CalendarDay(year: year, month: 1, day: 4) {
            start = january4.adding(days: 1 - january4.weekday + 7 * (week - 1))
        } else if value.count == 10 {
            start = CalendarDay(iso: value)
        } else {
            start = nil
        }
        guard let start else { return false }
        let age = published.daysSinceEpoch - start.daysSinceEpoch
        return (0...31).contains(age)
    }

    private func jurisdiction(
        of actorKey: String, _ group: [ReadStatement], _ document: AnalyzedText, _ entities: EntityReading, _ context: ArticleContext
    ) -> String? {
        if let country = context.countryByKey[actorKey] { return country }
        var counts: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for read in group {
            let sentence = document.sentences[read.sentence]
            for mention in entities.mentions(in: sentence.first..<sentence.end) {
                if mention.type == .location, let code = mention.code ?? mention.country {
                    counts[code, default: 0] += 1
                    if firstSeen[code] == nil { firstSeen[code] = mention.first }
                }
            }
            for demonym in entities.demonyms.slice(in: sentence.first..<sentence.end, position: \.index) where demonym.code.count == 2 {
                counts[demonym.code, default: 0] += 1
                if firstSeen[demonym.code] == nil { firstSeen[demonym.code] = demonym.index }
            }
        }
        let best = counts.keys.sorted { lhs, rhs in
            counts[lhs]! != counts[rhs]! ? counts[lhs]! > counts[rhs]! : firstSeen[lhs]! < firstSeen[rhs]!
        }.first
        return best ?? context.dominantCountry
    }

    /// The activities the group's measures cover, read around each statement's cue.
    private func subjects(of group: [ReadStatement], in document: AnalyzedText) -> [PolicySubject] {
        var found: Set<PolicySubject> = []
        for read in group {
            let sentence = document.sentences[read.sentence]
            let window = max(sentence.first, read.cueIndex - 15)..<min(sentence.end, read.cueIndex + 21)
            found.formUnion(SubjectLexicon.subjects(in: document.tokens[window].map(\.lower)))
        }
        return PolicySubject.allCases.filter(found.contains)
    }
}

/// Words that name the areas of crypto activity of PolicySubject.
enum SubjectLexicon {
    /// What a word says about the subjects, looked up once per word.
    private enum Clue {
        case subject(PolicySubject)
        case trading, mining, hardware, sale, tokenOffering, miners
    }

    static func subjects(in words: [String]) -> Set<PolicySubject> {
        var found: Set<PolicySubject> = []
        var mining = false
        var hardware = false
        var miners = false
        var sale = false
        for (index, word) in words.enumerated() {
            let previous = index > 0 ? words[index - 1] : ""
            // "know-your-customer", "anti-money-laundering": hyphens are tokens of their own.
            if word == "your" && previous == "-" && index >= 2 && words[index - 2] == "know"
                || word == "money" && previous == "-" && index >= 2 && words[index - 2] == "anti"
                || word == "diligence" && previous == "due" {
                found.insert(.kycAML)
            }
            guard let clue = clues[word] else { continue }
            switch clue {
            case .subject(.exchangeServices) where word == "exchange" && index + 2 < words.count && words[index + 1] == "-" && words[index + 2] == "traded":
                found.insert(.etf)
            case .subject(.exchangeServices) where word == "exchange" && previous == "stock":
                break
            case .subject(let subject): found.insert(subject)
            case .trading: if !previous.hasPrefix("derivative") { found.insert(.trading) }
            case .mining: mining = true
            case .hardware: hardware = true
            // "crypto miners" mine; "the sale of bitcoin miners" sells machines.
            case .miners:
                mining = true
                miners = true
            case .sale:
                sale = true
                // "sale of cryptocurrencies", not "sale of crypto mining machines".
                let following = words[(index + 1)..<min(words.count, index + 4)]
                if let crypto = following.firstIndex(where: { cryptoWords.contains($0) }),
                   crypto + 1 >= words.count || !productWords.contains(words[crypto + 1]) {
                    found.insert(.cryptoSales)
                }
            case .tokenOffering:
                if previous == "coin" || previous == "token" { found.insert(.tokenSales) }
            }
        }
        if mining { found.insert(hardware || miners && sale ? .miningHardware : .mining) }
        // "told exchanges to suspend margin accounts": exchanges that only carry another activity's rule are
        // its addressees; exchange services are the subject when their licensing or operation is.
        if found.contains(.exchangeServices), !found.isDisjoint(with: activitySubjects), words.allSatisfy({ !operationWords.contains($0) }) {
            found.remove(.exchangeServices)
        }
        return found
    }

    private static let clues: [String: Clue] = {
        var clues: [String: Clue] = [:]
        func add(_ words: [String], _ clue: Clue) { for word in words { clues[word] = clue } }
        add(["trading", "transactions", "transaction", "matching", "dealing", "transact", "transacting"], .trading)
        add(["exchange", "exchanges", "servicing", "registration", "register", "sign-ups", "signups"], .subject(.exchangeServices))
        add(["mining", "mine", "mines"], .mining)
        add(["machines", "machine", "hardware", "equipment", "rigs", "asics"], .hardware)
        add(["miners"], .miners)
        add(["sale", "sales", "selling", "sell", "sells", "buying", "purchase"], .sale)
        add(["payment", "payments"], .subject(.payments))
        add(["custody", "custodian", "custodians", "custodial", "safeguarding"], .subject(.custody))
        add(["lending", "loans", "borrowing", "loan", "lend", "lends", "lent", "interest-bearing"], .subject(.lending))
        add(["staking"], .subject(.staking))
        add(["derivatives", "derivative", "futures", "cfds", "cfd", "options"], .subject(.derivatives))
        add(["stablecoin", "stablecoins"], .subject(.stablecoins))
        add(["ico", "icos", "issuance", "ieo", "ieos"], .subject(.tokenSales))
        add(["offering", "offerings"], .tokenOffering)
        add(["ad", "ads", "advertising", "advertisers", "advertisement", "advertisements", "advert", "adverts", "promotion"], .subject(.advertising))
        add(["listing", "listings", "delist", "delisting", "delisted", "delists"], .subject(.listing))
        add(["kyc", "aml", "laundering", "anti-money", "know-your-customer", "identity", "identities", "identify", "identification", "verification"], .subject(.kycAML))
        add(["tax", "taxes", "taxation", "taxed", "levy"], .subject(.taxation))
        add(["cbdc", "cbdcs", "e-cny", "yuan", "e-rupee", "enaira"], .subject(.cbdc))
        add(["defi"], .subject(.defi))
        add(["nft", "nfts"], .subject(.nft))
        add(["etf", "etfs"], .subject(.etf))
        return clues
    }()

    static let activitySubjects: Set<PolicySubject> = [.lending, .derivatives, .kycAML, .payments, .stablecoins, .listing, .taxation, .staking, .etf, .advertising, .cbdc]
    static let operationWords: Set<String> = [
        "licence", "license", "licences", "licenses", "licensed", "licensing", "unlicensed", "registration", "register",
        "registered", "authorization", "authorisation", "authorized", "authorised", "serving", "servicing", "operate",
        "operating", "operations", "operators", "platforms", "wallet", "wallets", "providers", "provider",
    ]
    static let productWords: Set<String> = [
        "mining", "machines", "hardware", "equipment", "miners", "rigs", "derivatives", "ads", "advertising",
        "options", "futures", "products", "services", "exchanges", "wallets",
    ]
    static let cryptoWords: Set<String> = [
        "cryptocurrencies", "cryptocurrency", "crypto", "cryptos", "currencies", "currency", "bitcoin", "tokens",
        "coins", "assets", "crypto-assets", "cryptoassets",
    ]
}
