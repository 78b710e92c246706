/// Words that name the areas of crypto activity of PolicySubject.
enum SubjectLexicon {
    /// What a word says about the subjects, looked up once per word.
    private enum Clue {
        case subject(PolicySubject)
        case trading, mining, hardware, sale, tokenOffering, miners, transactions, licensing, trade, list, pay
    }

    /// "crypto transactions" say trading only when nothing names the activity better ("settle merchant
    /// transactions in crypto" are payments, "cap daily transactions at kiosks" are sales).
    static func mentionsTransactions(_ words: [String]) -> Bool {
        words.contains { clue(of: $0).map { if case .transactions = $0 { true } else { false } } ?? false }
    }

    static func subjects(in words: [String]) -> Set<PolicySubject> {
        var found: Set<PolicySubject> = []
        let signals = words.map(signal(of:))
        // "buy and sell crypto", "bought and sold", "purchase and sale": both sides of a trade are trading, not sales.
        let trades = twoSidedTrades(words, signals)
        if !trades.isEmpty { found.insert(.trading) }
        if holdsClientAssets(words, signals) { found.insert(.custody) }
        var mining = false
        var hardware = false
        var miners = false
        var sale = false
        var licensing = false
        var paymentFirms = false
        for (index, word) in words.enumerated() {
            let previous = index > 0 ? words[index - 1] : ""
            // (Every phrase below ends in one of `phraseEnds` or follows a comma or "digital": the word's signal passes
            // most words by.)
            if signals[index].endsPhrase || previous == "," || previous == "digital" {
                // ", not exchanges or individuals", ", except staking": what follows is carved out of the measure.
                if previous == ",", carveOutWords.contains(word) { break }
                // "cold storage" and "trust accounts" keep client assets in custody.
                if word == "storage", previous == "cold" { found.insert(.custody) }
                if ["account", "accounts"].contains(word), previous == "trust" { found.insert(.custody) }
                // "custodial services" are the activity; "custodial wallet providers" are providers (`namesCustodians`).
                if word == "custodial", index + 1 < words.count, ["services", "service", "accounts", "account", "arrangements"].contains(words[index + 1]) {
                    found.insert(.custody)
                }
                // "know-your-customer", "anti-money-laundering": hyphens are tokens of their own.
                if word == "your" && previous == "-" && index >= 2 && words[index - 2] == "know"
                    || word == "money" && previous == "-" && index >= 2 && words[index - 2] == "anti"
                    || word == "diligence" && previous == "due" {
                    found.insert(.kycAML)
                }
                if word == "bearing", previous == "-", index >= 2, words[index - 2] == "interest" || words[index - 2] == "yield" { found.insert(.lending) }
                if word == "finance", ["decentralized", "decentralised"].contains(previous) { found.insert(.defi) }
                if word == "rule", previous == "travel" { found.insert(.kycAML) }
                // "failing to report large transactions", "transaction reports": reports of transactions to an
                // intelligence unit, unless they are reports to the tax office.
                if reportWords.contains(word), words[max(0, index - 3)..<min(words.count, index + 6)].contains(where: { $0.hasPrefix("transaction") }),
                   !words.contains(where: taxWords.contains) {
                    found.insert(.kycAML)
                }
                if word == "fungible", previous == "-", index >= 2, words[index - 2] == "non" { found.insert(.nft) }
                if word == "money", previous == "e" || previous == "-" && index >= 2 && words[index - 2] == "e" {
                    if words[(index + 1)..<min(words.count, index + 3)].contains(where: { $0.hasPrefix("token") }) { found.insert(.stablecoins) }
                }
                if previous == "digital", PolicyCues.currencyNames.contains(word) { found.insert(.cbdc) }
            }
            guard let clue = signals[index].clue else { continue }
            switch clue {
            case .subject(.exchangeServices) where word == "exchange" && index + 2 < words.count && words[index + 1] == "-" && words[index + 2] == "traded":
                found.insert(.etf)
            case .subject(.exchangeServices) where word == "exchange" && previous == "stock":
                break
            // "payment institution licence" names a class of licence, not the activity of payments.
            // "payment firms", "payment service providers": a kind of firm, whose payments are not the subject when it
            // issues money of its own ("banks and payment firms may issue stablecoins" is about stablecoins).
            // "payment stablecoins" are a class of stablecoin, and the "Payment Services Act" a law's name.
            case .subject(.payments) where index + 1 < words.count && ["institution", "institutions", "token", "tokens", "stablecoin", "stablecoins"].contains(words[index + 1]): break
            case .subject(.payments) where index + 2 < words.count && ["service", "services"].contains(words[index + 1]) && lawNouns.contains(words[index + 2]): break
            case .subject(.payments) where index + 1 < words.count && (paymentFirmNouns.contains(words[index + 1])
                || words[index + 1] == "service" && index + 2 < words.count && paymentFirmNouns.contains(words[index + 2])):
                paymentFirms = true
            case .subject(let subject): found.insert(subject)
            case .trading: if !previous.hasPrefix("derivative") { found.insert(.trading) }
            case .mining: mining = true
            case .hardware: hardware = true
            // "crypto miners" mine; "the sale of bitcoin miners" sells machines.
            case .miners:
                mining = true
                miners = true
            case .sale where trades.contains(index): break
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
            // "trade crypto assets", "invest in crypto", "offering crypto investments": not "trade body" or "investment banks".
            case .trade:
                let around = words[max(0, index - 2)..<min(words.count, index + 4)]
                if around.contains(where: cryptoWords.contains) { found.insert(.trading) }
            // "list tokens", "lists the coin": not "a list of firms".
            case .list:
                if words[(index + 1)..<min(words.count, index + 5)].contains(where: cryptoWords.contains) { found.insert(.listing) }
            // "pay for goods with crypto", "pay in bitcoin", "use bitcoin to pay"; not "pay tax on crypto gains".
            case .pay:
                let next = index + 1 < words.count ? words[index + 1] : ""
                let paysForSomething = ["for", "with", "in"].contains(next) || previous == "to"
                let around = words[max(0, index - 5)..<min(words.count, index + 5)]
                if paysForSomething, around.contains(where: cryptoWords.contains), !around.contains(where: { Self.clue(of: $0).map { if case .subject(.taxation) = $0 { true } else { false } } ?? false }) {
                    found.insert(.payments)
                }
            case .tokenOffering:
                if previous == "coin" || previous == "token" { found.insert(.tokenSales) }
            }
        }
        if mining { found.insert(hardware || miners && sale ? .miningHardware : .mining) }
        if paymentFirms, !found.contains(.stablecoins), !found.contains(.cbdc) { found.insert(.payments) }
        // Licensing is about the business of providing crypto services unless the licence is for another
        // activity ("licensed mining farms", "stablecoin issuers would need a licence").
        if licensing, found.isDisjoint(with: activitySubjects.union([.mining, .miningHardware])) { found.insert(.exchangeServices) }
        // "told exchanges to suspend margin accounts", "exchanges registered with the agency": exchanges that only
        // carry another activity's rule are its addressees; exchange services are the subject when their licensing or operation is.
        if found.contains(.exchangeServices), !found.isDisjoint(with: activitySubjects), words.allSatisfy({ !operationWords.contains($0) }), !namesProvidersAsTheme(words) {
            found.remove(.exchangeServices)
        }
        if let banked = bankedProviders(words) { found.formUnion([.payments, banked]) }
        return found
    }

    /// "Lenders can now open deposit accounts for registered token exchanges", "stopped banks opening accounts for crypto
    /// traders' firms": a measure on banking crypto providers is about the payments that reach them and the providers' own business (their
    /// custody for custodians, else their exchange services), whether it allows or bars the accounts.
    static func bankedProviders(_ words: [String]) -> PolicySubject? {
        for index in words.indices.dropLast() where ["account", "accounts"].contains(words[index]) && words[index + 1] == "for" {
            guard words[max(0, index - 3)..<index].contains(where: accountOpeningVerbs.contains) else { continue }
            // "for bitcoin firms", "for exchanges the regulator supervises": firms in general must be named as crypto firms
            // ("for companies whose owners also mine crypto" are no providers).
            let holders = words[(index + 2)..<min(words.count, index + 8)]
            guard let provider = holders.firstIndex(where: providerWords.contains),
                  cryptoProviderWords.contains(words[provider])
                    || words[(index + 2)..<provider].contains(where: { cryptoWords.contains($0) || ["virtual", "digital"].contains($0) }) else { continue }
            return words[provider] == "custodians" ? .custody : .exchangeServices
        }
        return nil
    }

    static let accountOpeningVerbs: WordSet = ["open", "opens", "opening", "opened", "run", "maintain", "maintaining"]
    /// Providers that are crypto providers by name, with no word of crypto before them.
    static let cryptoProviderWords: WordSet = ["exchanges", "vasps", "casps", "custodians"]

    /// What a word says about the subjects, if anything.
    private static func clue(of word: String) -> Clue? {
        signal(of: word).clue
    }

    /// What a word says to `subjects(in:)`, read once per word: its clue and the word lists it belongs to that the
    /// tests of phrases, of two-sided trades and of client assets ask about (one look-up instead of one per list).
    private struct Signal {
        var clue: Clue?
        /// One of `phraseEnds`.
        var endsPhrase = false
        /// One of `sellWords`.
        var sells = false
        /// One of `holdWords`.
        var holds = false
        /// One of `returnWords`.
        var returns = false
    }

    /// What a word says to `subjects(in:)`; a word of none of the lists says nothing.
    private static func signal(of word: String) -> Signal {
        signalIndex.position(of: word).map { signalList[$0] } ?? Signal()
    }

    /// The words with a clue or in one of the lists `Signal` names, looked up with `WordIndex`'s cheap hash, and each
    /// one's signal at the same position.
    private static let (signalIndex, signalList): (WordIndex, [Signal]) = {
        let (clueWords, clues) = clueTable
        var words = clueWords
        var signals = clues.map { Signal(clue: $0) }
        func mark(_ list: WordSet, _ flag: WritableKeyPath<Signal, Bool>) {
            for word in list {
                if let earlier = words.firstIndex(of: word) {
                    signals[earlier][keyPath: flag] = true
                } else {
                    var signal = Signal()
                    signal[keyPath: flag] = true
                    words.append(word)
                    signals.append(signal)
                }
            }
        }
        mark(phraseEnds, \.endsPhrase)
        mark(sellWords, \.sells)
        mark(holdWords, \.holds)
        mark(returnWords, \.returns)
        return (WordIndex(words), signals)
    }()

    /// The words with a clue, and each one's clue at the same position.
    private static let clueTable: ([String], [Clue]) = {
        var words: [String] = []
        var clues: [Clue] = []
        func add(_ list: [String], _ clue: Clue) {
            for word in list {
                if let earlier = words.firstIndex(of: word) { clues[earlier] = clue } else { words.append(word); clues.append(clue) }
            }
        }
        add(["trading", "matching", "dealing"], .trading)
        add(["transactions", "transaction", "transact", "transacting"], .transactions)
        add(["exchange", "exchanges", "servicing", "registration", "register", "sign-ups", "signups"], .subject(.exchangeServices))
        add([
            "licence", "licences", "license", "licenses", "licensing", "licensed", "unlicensed", "vasp", "vasps", "casp", "casps",
            "authorization", "authorisation",
        ], .licensing)
        add(["trade", "invest", "investing", "investment", "investments", "speculation", "speculating", "speculative"], .trade)
        add(["list", "lists", "listed"], .list)
        add(["pay", "paying"], .pay)
        add(["kiosk", "kiosks", "atm", "atms"], .subject(.cryptoSales))
        add(["mining", "mine", "mines"], .mining)
        add(["machines", "machine", "hardware", "equipment", "rigs", "asics"], .hardware)
        add(["miners"], .miners)
        add(["sale", "sales", "selling", "sell", "sells", "buying", "purchase"], .sale)
        add(["payment", "payments", "remittance", "remittances"], .subject(.payments))
        add(["custody", "safeguarding", "safekeeping", "segregated", "segregate", "segregation"], .subject(.custody))
        add(["lending", "loans", "borrowing", "loan", "lend", "lends", "lent", "interest-bearing"], .subject(.lending))
        add(["staking", "stake", "staked", "stakes", "restaking"], .subject(.staking))
        add([
            "derivatives", "derivative", "futures", "cfds", "cfd", "options", "margin", "leverage", "leveraged", "perpetual", "perpetuals",
            "perps", "swaps",
        ], .subject(.derivatives))
        add(["stablecoin", "stablecoins"], .subject(.stablecoins))
        add(["ico", "icos", "issuance", "ieo", "ieos", "presale", "presales", "airdrop", "airdrops", "sto", "stos"], .subject(.tokenSales))
        add(["offering", "offerings"], .tokenOffering)
        add([
            "ad", "ads", "advertising", "advertisers", "advertisement", "advertisements", "advert", "adverts", "promotion", "promotions",
            "promote", "promotes", "promoting", "influencer", "influencers", "finfluencer", "finfluencers", "sponsorship",
            "sponsorships", "endorsement", "endorsements", "billboards", "commercials",
        ], .subject(.advertising))
        add(["listing", "listings", "delist", "delisting", "delisted", "delists"], .subject(.listing))
        add([
            "kyc", "aml", "cft", "laundering", "anti-money", "know-your-customer", "identity", "identities", "identify", "identified", "identifying",
            "identification", "verification", "suspicious", "terrorist", "terrorism", "screening",
        ], .subject(.kycAML))
        add(["tax", "taxes", "taxation", "taxed", "taxable", "taxing", "levy", "levies", "vat", "withholding"], .subject(.taxation))
        add(["cbdc", "cbdcs", "e-cny", "yuan", "e-rupee", "enaira"], .subject(.cbdc))
        add(["defi"], .subject(.defi))
        add(["nft", "nfts"], .subject(.nft))
        add(["etf", "etfs", "etp", "etps", "etn", "etns"], .subject(.etf))
        return (words, clues)
    }()

    /// The words name custodians as providers ("exchanges, brokers and custodians", "custodial wallet providers"):
    /// custody is their subject when their operation is ruled, or when they carry no other activity's rule.
    static func namesCustodians(_ words: [String]) -> Bool {
        words.indices.contains { index in
            let word = words[index]
            if word == "custodian" || word == "custodians" { return true }
            return word == "custodial" && index + 1 < words.count && !["services", "service", "accounts", "account", "arrangements"].contains(words[index + 1])
        }
    }

    /// Positions of both sides of a two-sided trade: "buy and sell", "bought, held and sold", "purchases and sales".
    /// `signals` are the words' signals, one per word.
    private static func twoSidedTrades(_ words: [String], _ signals: [Signal]) -> Set<Int> {
        var found: Set<Int> = []
        for index in words.indices where signals[index].sells {
            let lower = max(0, index - 4)
            let before = words[lower..<index]
            let after = words[(index + 1)..<min(words.count, index + 5)]
            if let buy = before.lastIndex(where: buyWords.contains), before.contains("and") || before.contains("or") || before.contains(",") {
                found.formUnion([buy, index])
            } else if after.prefix(2).contains(where: { $0 == "and" || $0 == "or" }), let buy = after.firstIndex(where: buyWords.contains) {
                found.formUnion([buy, index])
            }
        }
        return found
    }

    /// "keep customer funds at local banks", "hold clients' crypto in trust": safekeeping of what clients own.
    /// `signals` are the words' signals, one per word.
    private static func holdsClientAssets(_ words: [String], _ signals: [Signal]) -> Bool {
        for index in words.indices where signals[index].holds {
            let after = words[(index + 1)..<min(words.count, index + 6)]
            guard let owner = after.firstIndex(where: clientWords.contains) else { continue }
            if words[(owner + 1)..<min(words.count, owner + 6)].contains(where: clientAssetWords.contains) { return true }
        }
        // "must return customers' coins within 30 days", "returned the bitcoin it held to its clients": handing back what
        // a firm held.
        for index in words.indices where signals[index].returns {
            let after = words[(index + 1)..<min(words.count, index + 8)]
            if after.contains(where: clientWords.contains), after.contains(where: { clientAssetWords.contains($0) || $0.hasPrefix("crypto") }) { return true }
        }
        return false
    }

    static let returnWords: WordSet = ["return", "returns", "returned", "returning"]

    /// Nouns that close the name of a law: "Payment Services Act", "Payment Services Directive".
    static let lawNouns: WordSet = ["act", "directive", "law", "regulations"]

    static let reportWords: WordSet = ["report", "reports", "reported", "reporting"]
    /// The last words of the phrases `subjects(in:)` reads before its clues ("cold storage", "know-your-customer",
    /// "travel rule", "transaction reports").
    static let phraseEnds: WordSet = [
        "storage", "account", "accounts", "custodial", "your", "money", "diligence", "bearing", "finance", "rule", "report",
        "reports", "reported", "reporting", "fungible",
    ]
    static let taxWords: WordSet = ["tax", "taxes", "taxation", "taxable", "vat", "withholding", "dac8", "carf"]

    /// Nouns after "payment" that name a kind of firm or licence, not the activity.
    static let paymentFirmNouns: WordSet = [
        "firm", "firms", "company", "companies", "provider", "providers",
        "operator", "operators", "processor", "processors", "licence", "licences", "license", "licenses", "issuers", "issuer",
    ]
    static let sellWords: WordSet = ["sell", "sells", "sold", "selling", "sale", "sales"]
    static let buyWords: WordSet = ["buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing"]
    static let holdWords: WordSet = ["hold", "holds", "held", "holding", "keep", "keeps", "kept", "keeping", "store", "stores", "stored", "safeguard", "safeguards"]
    static let clientWords: WordSet = ["customer", "customers", "client", "clients", "user", "users", "investors", "investor", "depositors"]
    static let clientAssetWords: WordSet = [
        "funds", "assets", "crypto", "coins", "tokens", "deposits", "money", "cash", "holdings", "cryptocurrencies", "bitcoin", "reserves",
    ]

    /// The words rule the operation of a provider ("platforms must be licensed", "exchanges must register"),
    /// not only address a provider with another activity's rule ("exchanges must cap leverage").
    static func rulesOperation(_ words: [String]) -> Bool {
        (words.contains { operationWords.contains($0) || serviceWords.contains($0) } || obligesLicensing(words))
            && words.contains(where: providerWords.contains) || namesProvidersAsTheme(words)
    }

    /// "must be licensed", "to get registered": an obligation to hold a licence, not a description of providers
    /// that hold one ("exchanges registered with the agency must cap leverage").
    private static func obligesLicensing(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { previous, word in
            licensingParticiples.contains(word)
                && ["be", "get", "become", "becomes", "being", "is", "are", "must"].contains(previous)
        }
    }

    /// The participles of holding a licence ("must be licensed", "to get registered").
    static let licensingParticiples: WordSet = ["licensed", "registered", "authorised", "authorized"]

    /// "exchange and wallet ads", "crypto exchange services": providers named as what a noun is about, not as the
    /// ones who must do something ("wallet providers must verify customers").
    private static func namesProvidersAsTheme(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where providerNouns.contains(word) {
            for next in words[(index + 1)..<min(words.count, index + 4)] {
                if themeNouns.contains(next) { return true }
                if !["and", "or", "exchange", "wallet", "wallets"].contains(next) { break }
            }
        }
        return false
    }

    /// Providers that may be named as a theme ("exchange ads", "wallet services").
    static let providerNouns: WordSet = ["exchange", "exchanges", "wallet", "wallets", "platform"]
    static let themeNouns: WordSet = ["ads", "advertising", "advertisements", "adverts", "services", "service", "business", "businesses"]

    /// Providing a service is operating one ("exchanges that provide services", "platforms offering trading").
    static let serviceWords: WordSet = ["service", "services", "provide", "provides", "providing", "offer", "offers", "offering"]

    static let providerWords: WordSet = [
        "exchange", "exchanges", "platform", "platforms", "provider", "providers", "vasp", "vasps", "casp", "casps", "firms",
        "companies", "operators", "operator", "business", "businesses", "custodians", "brokers", "broker",
    ]
    static let carveOutWords: WordSet = ["not", "except", "excluding", "but", "unlike"]
    static let activitySubjects: Set<PolicySubject> = [.lending, .derivatives, .kycAML, .payments, .stablecoins, .listing, .taxation, .staking, .etf, .advertising, .cbdc]
    static let operationWords: WordSet = [
        "licence", "license", "licences", "licenses", "licensing", "unlicensed", "registration", "register",
        "authorization", "authorisation", "serving", "servicing", "operate",
        "operating", "operations",
    ]
    static let productWords: WordSet = [
        "mining", "machines", "hardware", "equipment", "miners", "rigs", "derivatives", "ads", "advertising",
        "options", "futures", "products", "services", "exchanges", "wallets",
    ]
    static let cryptoWords: WordSet = [
        "cryptocurrencies", "cryptocurrency", "crypto", "cryptos", "currencies", "currency", "bitcoin", "tokens",
        "coins", "assets", "crypto-assets", "cryptoassets", "coin", "token", "stablecoin", "stablecoins", "ether", "btc",
    ]
}
