/// "FARAJA, the national police force", "Trusto, a Lisbon marketplace": the noun of an appositive types the name
/// before it, and the nouns that describe a company, a state body or an industry's body.
extension EntityRecognizer {
    /// "FARAJA, the national police force": the noun of an appositive types an unknown name.
    func appositiveType(after end: Int, tokens: [Token]) -> EntityType? {
        guard end + 2 < tokens.count, tokens[end].text == ",", ["the", "a", "an", "its", "their"].contains(tokens[end + 1].lower) else { return nil }
        var words: [String] = []
        var cursor = end + 2
        while cursor < tokens.count, cursor < end + 10 {
            let token = tokens[cursor]
            cursor += 1
            if token.kind == .clitic || token.text == "-" { continue }
            guard token.kind == .word, !Self.appositiveStops.contains(token) else { break }
            // "a token pegged to the ruble", "a firm issuing tokens": a participle after the noun ends its phrase
            // ("a Lagos-based exchange" glues its participle to a place).
            if !words.isEmpty, token.spaceBefore, token.lower.count > 4, token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing") { break }
            words.append(token.lower)
        }
        guard let head = words.last else { return nil }
        let modifiers = Set(words.dropLast())
        if modifiers.contains("news") || modifiers.contains("media") { return .organization }
        if Self.placeHeads.contains(head) || ["town", "village", "capital", "region", "state", "island", "municipality", "suburb"].contains(head) {
            return .location
        }
        if Self.authorityNouns.contains(head) || head == "force" && modifiers.contains("police") || head == "bank" && modifiers.contains("central") {
            return modifiers.isDisjoint(with: Self.industryWords) ? .authority : .organization
        }
        // "RUBX, a token pegged to the ruble": a token.
        if Self.tokenNouns.contains(head) { return .asset }
        if Self.descriptorNouns.contains(head) || Self.companyNouns.contains(head) { return .organization }
        return nil
    }

    /// Common nouns that describe a company or a person before their name ("miner", "exchange", "lender").
    static let descriptorNouns: WordSet = [
        "miner", "exchange", "lender", "broker", "startup", "start-up", "fintech", "platform", "bank", "insurer",
        "issuer", "rival", "competitor", "custodian", "marketplace", "developer", "investor", "analyst", "regulator",
        "operator", "firm", "company", "asset", "manager", "retailer", "wallet", "protocol",
    ]
    /// Appositive nouns for a state body ("FARAJA, the national police force").
    static let authorityNouns: Set<String> = [
        "regulator", "watchdog", "ministry", "agency", "authority", "commission", "supervisor", "court", "parliament",
        "legislature", "police", "government", "tribunal", "prosecutor", "prosecutors", "bureau", "inspectorate", "directorate",
        "department", "council", "senate", "congress", "assembly", "judiciary", "gendarmerie", "customs", "treasury",
    ]
    /// Appositive nouns for a company or an association.
    static let companyNouns: WordSet = [
        "company", "firm", "startup", "group", "association", "consortium", "outlet", "newspaper", "broadcaster", "publication",
        "provider", "operator", "fund", "consultancy", "bank", "brokerage", "processor", "network", "organization",
        "organisation", "nonprofit", "non-profit", "charity", "body", "lobby", "subsidiary", "affiliate", "unit", "venture",
    ]
    /// Words of an industry, which make a council or board a private body.
    static let industryWords: Set<String> = [
        "blockchain", "crypto", "cryptocurrency", "bitcoin", "fintech", "industry", "business", "traders", "bankers",
        "merchants", "investors", "payments", "web3", "defi", "trade", "lobby", "private", "chamber", "association",
    ]
    static let industryBodyHeads: WordSet = ["council", "board", "committee", "commission", "forum", "chamber", "alliance", "federation"]
    /// Words that end an appositive's noun phrase.
    static let appositiveStops: WordSet = [
        "of", "that", "which", "who", "whose", "with", "in", "at", "for", "from", "and", "or", "to", "on", "by", "since",
        "where", "when", "said", "says", "has", "had", "have", "is", "was", "will", "would", "but",
    ]
}
