/// Words that name the areas of crypto activity of PolicySubject.
enum SubjectLexicon {
    /// What a word says about the subjects, looked up once per word.
    private enum Clue {
        case subject(PolicySubject)
        case trading, mining, hardware, sale, tokenOffering, miners, transactions, licensing, trade
    }

    /// "crypto transactions" say trading only when nothing names the activity better ("settle merchant
    /// transactions in crypto" are payments, "cap daily transactions at kiosks" are sales).
    static func mentionsTransactions(_ words: [String]) -> Bool {
        words.contains { clues[$0].map { if case .transactions = $0 { true } else { false } } ?? false }
    }

    static func subjects(in words: [String]) -> Set<PolicySubject> {
        var found: Set<PolicySubject> = []
        var mining = false
        var hardware = false
        var miners = false
        var sale = false
        var licensing = false
        for (index, word) in words.enumerated() {
            let previous = index > 0 ? words[index - 1] : ""
            // ", not exchanges or individuals", ", except staking": what follows is carved out of the measure.
            if previous == ",", carveOutWords.contains(word) { break }
            // "cold storage" keeps client assets in custody.
            if word == "storage", previous == "cold" { found.insert(.custody) }
            // "know-your-customer", "anti-money-laundering": hyphens are tokens of their own.
            if word == "your" && previous == "-" && index >= 2 && words[index - 2] == "know"
                || word == "money" && previous == "-" && index >= 2 && words[index - 2] == "anti"
                || word == "diligence" && previous == "due" {
                found.insert(.kycAML)
            }
            if word == "bearing", previous == "-", index >= 2, words[index - 2] == "interest" { found.insert(.lending) }
            guard let clue = clues[word] else { continue }
            switch clue {
            case .subject(.exchangeServices) where word == "exchange" && index + 2 < words.count && words[index + 1] == "-" && words[index + 2] == "traded":
                found.insert(.etf)
            case .subject(.exchangeServices) where word == "exchange" && previous == "stock":
                break
            // "payment institution licence" names a class of licence, not the activity of payments.
            case .subject(.payments) where index + 1 < words.count && ["institution", "institutions"].contains(words[index + 1]): break
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
            case .transactions: break
            case .licensing: licensing = true
            // "trade crypto assets", not "trade body" or "trade war".
            case .trade: if words[(index + 1)..<min(words.count, index + 3)].contains(where: cryptoWords.contains) { found.insert(.trading) }
            case .tokenOffering:
                if previous == "coin" || previous == "token" { found.insert(.tokenSales) }
            }
        }
        if mining { found.insert(hardware || miners && sale ? .miningHardware : .mining) }
        // Licensing is about the business of providing crypto services unless the licence is for another
        // activity ("licensed mining farms", "stablecoin issuers would need a licence").
        if licensing, found.isDisjoint(with: activitySubjects.union([.mining, .miningHardware])) { found.insert(.exchangeServices) }
        // "told exchanges to suspend margin accounts", "exchanges registered with the agency": exchanges that only
        // carry another activity's rule are its addressees; exchange services are the subject when their licensing or operation is.
        if found.contains(.exchangeServices), !found.isDisjoint(with: activitySubjects), words.allSatisfy({ !operationWords.contains($0) }) {
            found.remove(.exchangeServices)
        }
        return found
    }

    private static let clues: [String: Clue] = {
        var clues: [String: Clue] = [:]
        func add(_ words: [String], _ clue: Clue) { for word in words { clues[word] = clue } }
        add(["trading", "matching", "dealing"], .trading)
        add(["transactions", "transaction", "transact", "transacting"], .transactions)
        add(["exchange", "exchanges", "servicing", "registration", "register", "sign-ups", "signups"], .subject(.exchangeServices))
        add([
            "licence", "licences", "license", "licenses", "licensing", "licensed", "unlicensed", "vasp", "vasps", "casp", "casps",
            "authorization", "authorisation",
        ], .licensing)
        add(["trade"], .trade)
        add(["kiosk", "kiosks", "atm", "atms"], .subject(.cryptoSales))
        add(["mining", "mine", "mines"], .mining)
        add(["machines", "machine", "hardware", "equipment", "rigs", "asics"], .hardware)
        add(["miners"], .miners)
        add(["sale", "sales", "selling", "sell", "sells", "buying", "purchase"], .sale)
        add(["payment", "payments"], .subject(.payments))
        add(["custody", "custodian", "custodians", "custodial", "safeguarding", "segregated", "segregate", "segregation"], .subject(.custody))
        add(["lending", "loans", "borrowing", "loan", "lend", "lends", "lent", "interest-bearing"], .subject(.lending))
        add(["staking"], .subject(.staking))
        add(["derivatives", "derivative", "futures", "cfds", "cfd", "options", "margin", "leverage", "leveraged"], .subject(.derivatives))
        add(["stablecoin", "stablecoins"], .subject(.stablecoins))
        add(["ico", "icos", "issuance", "ieo", "ieos"], .subject(.tokenSales))
        add(["offering", "offerings"], .tokenOffering)
        add(["ad", "ads", "advertising", "advertisers", "advertisement", "advertisements", "advert", "adverts", "promotion"], .subject(.advertising))
        add(["listing", "listings", "delist", "delisting", "delisted", "delists"], .subject(.listing))
        add(["kyc", "aml", "laundering", "anti-money", "know-your-customer", "identity", "identities", "identify", "identified", "identification", "verification"], .subject(.kycAML))
        add(["tax", "taxes", "taxation", "taxed", "levy"], .subject(.taxation))
        add(["cbdc", "cbdcs", "e-cny", "yuan", "e-rupee", "enaira"], .subject(.cbdc))
        add(["defi"], .subject(.defi))
        add(["nft", "nfts"], .subject(.nft))
        add(["etf", "etfs"], .subject(.etf))
        return clues
    }()

    /// The words rule the operation of a provider ("platforms must be licensed", "exchanges must register"),
    /// not only address a provider with another activity's rule ("exchanges must cap leverage").
    static func rulesOperation(_ words: [String]) -> Bool {
        words.contains { operationWords.contains($0) || serviceWords.contains($0) } && words.contains(where: providerWords.contains)
    }

    /// Providing a service is operating one ("exchanges that provide services", "platforms offering trading").
    static let serviceWords: Set<String> = ["service", "services", "provide", "provides", "providing", "offer", "offers", "offering"]

    static let providerWords: Set<String> = [
        "exchange", "exchanges", "platform", "platforms", "provider", "providers", "vasp", "vasps", "casp", "casps", "firms",
        "companies", "operators", "operator", "business", "businesses", "custodians", "brokers", "broker",
    ]
    static let carveOutWords: Set<String> = ["not", "except", "excluding", "but", "unlike"]
    static let activitySubjects: Set<PolicySubject> = [.lending, .derivatives, .kycAML, .payments, .stablecoins, .listing, .taxation, .staking, .etf, .advertising, .cbdc]
    static let operationWords: Set<String> = [
        "licence", "license", "licences", "licenses", "licensing", "unlicensed", "registration", "register",
        "authorization", "authorisation", "serving", "servicing", "operate",
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
