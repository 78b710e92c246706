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
        add(["derivatives", "derivative", "futures", "cfds", "cfd", "options", "margin", "leverage", "leveraged"], .subject(.derivatives))
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
