import Testing
@testable import Extractor

/// Tables of phrasings we wrote: capitalized text that names nothing (headings, sentence openers,
/// job titles, events, products, descriptions with "the"), titles glued to names, and names typed
/// by their context.
@Suite struct EntityPhrasingTableTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-11-12")).entities
    }

    @Test(arguments: [
        // Headings and sentence openers
        "Key Takeaways\n\nThe market fell.",
        "What Happens Next\n\nThe rules apply soon.",
        "Why It Matters\n\nSavers lose protection.",
        "Meanwhile, prices slid across the board.",
        "However, the plan drew criticism.",
        "Separately, a second platform paused deposits. Separately listed firms were calm.",
        "Overall, trading volumes were thin.",
        "Notably, no fines were issued.",
        // Job titles
        "The Chief Executive Officer resigned on Monday.",
        "The Head of Research said demand was weak.",
        "A Senior Analyst at the desk disagreed.",
        "The Managing Director declined to comment.",
        // Events
        "Builders gathered at the Lisbon Crypto Week.",
        "The token debuted at the Global Fintech Summit.",
        "The Blockchain Expo drew large crowds.",
        // Products and code names
        "The exchange launched its \"Turbo Earn\" product.",
        "The plan, dubbed \"Operation Nightfall\", targeted scams.",
        // Quantities, amounts, link codes
        "The miner raised $1.2bn and added 500MW.",
        "Fees hit Rs 300 per transfer.",
        "Read it at bit.ly/4ZxQw and share with #CryptoNews.",
        // Shouted words
        "BREAKING: prices slide. Prices rarely slide this fast.",
        // Labels, linked titles, quoted titles, laws after a preposition, roles
        "Key Points:\n- Withdrawals are frozen.\n- Fees rose.",
        "Read more: Why Crypto Rules Keep Changing",
        "The report, titled \"Reserve Quality in Payment Tokens\", found gaps.",
        "Under the Markets in Crypto-Assets Regulation, tokens must be redeemable.",
        "The Chief Operating Officer said funds were safe.",
        "The Head of Digital Finance at the bank spoke first.",
    ])
    func textThatNamesNothing(text: String) {
        let found = entities(text)
        #expect(found.isEmpty, "\(found.map(\.name))")
    }

    @Test(arguments: [
        ("Gov. Mara Ellison signed the bill.", "Mara Ellison"),
        ("Sen. Dale Quimby of Ohio objected.", "Dale Quimby"),
        ("Rep. Tova Lindqvist filed a bill.", "Tova Lindqvist"),
        ("Chief executive Kwame Asante said funds were safe.", "Kwame Asante"),
        ("Administrator Jim Holloway said the agency would bid.", "Jim Holloway"),
        ("Republican Phil Ashgrove won the vote.", "Phil Ashgrove"),
        ("\"We will comply,\" said Maria T. Quintero, the firm's counsel.", "Maria T. Quintero"),
        ("By Jerome K. Abernathy\n\nThe exchange paused.", "Jerome K. Abernathy"),
        ("Analyst Priya Natarajan expects more rules.", "Priya Natarajan"),
        ("Former governor Olusegun Adeyemi criticised the plan.", "Olusegun Adeyemi"),
        ("Finance Minister Pichet Wongsakul called it a milestone.", "Pichet Wongsakul"),
        ("Chief Operating Officer Ada Eze said funds were safe.", "Ada Eze"),
    ])
    func titlesGluedToNamesArePeeledOff(text: String, name: String) {
        let found = entities(text)
        #expect(found.contains { $0.name == name && $0.type == .person }, "\(found.map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [
        ("Finance Minister Pichet Wongsakul called it a milestone.", "Finance"),
        ("Chief Operating Officer Ada Eze said funds were safe.", "Operating"),
        ("Dr. Ines Moreau, Head of Digital Finance at Bruegel, spoke.", "Digital Finance"),
    ])
    func wordsOfARoleAreNoName(text: String, role: String) {
        #expect(!entities(text).contains { $0.name == role }, "\(entities(text).map(\.name))")
    }

    @Test(arguments: [
        ("The picture was supplied by Wirewatch/Getty Images on Monday.", "Getty Images", EntityType.organization),
        ("The office is on Victoria Island, Lagos.", "Victoria Island", .location),
        ("Quorvane, a payments firm, opened an office in Velmar.", "Quorvane", .organization),
    ])
    func namesBesideSlashesAndPlaceWordsKeepTheirType(text: String, name: String, type: EntityType) {
        #expect(entities(text).first { $0.name == name }?.type == type, "\(entities(text).map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [
        ("The Ruritanian Securities Commission fined the broker.", "Ruritanian Securities Commission", EntityType.authority),
        ("The Ministry of Digital Economy issued a circular.", "Ministry of Digital Economy", .authority),
        ("The Directorate General of Revenue collected the tax.", "Directorate General of Revenue", .authority),
        ("Shares of Zentora Capital Ltd. rose 4%.", "Zentora Capital Ltd.", .organization),
        ("Clients of Velmora Exchange complained.", "Velmora Exchange", .organization),
        ("The Crypto Traders Council of Velmar lobbied lawmakers.", "Crypto Traders Council of Velmar", .organization),
        ("A raid in Karaj seized 200 machines.", "Karaj", .location),
        ("\"It is early,\" said Ana Ruiz, an analyst in Villa Serrano.", "Villa Serrano", .location),
        ("Last week, KORVAN, the national tax police, raided two farms.", "KORVAN", .authority),
        ("Quilma, a Lisbon-based payments firm, objected.", "Quilma", .organization),
        ("The central bank is studying the e-dirham.", "e-dirham", .asset),
        ("Traders bought Solana and Toncoin on Monday.", "Toncoin", .asset),
        ("Russia banned crypto payments.", "Russia", .location),
        ("Tether's USDT stablecoin lost its peg briefly.", "USDT", .asset),
        ("Sygnum Bank opened a custody desk.", "Sygnum Bank", .organization),
    ])
    func namesAreTypedByTheirFormOrContext(text: String, name: String, type: EntityType) {
        let found = entities(text).first { $0.name == name || $0.aliases.contains(name) }
        #expect(found?.type == type, "\(entities(text).map { "\($0.name) \($0.type)" })")
    }

    @Test(arguments: [
        ("The Velmar Markets Authority (VMA) fined a broker. The VMA said more fines would follow.", "Velmar Markets Authority", ["VMA"]),
        ("Kestora Digital AG launched custody. Kestora said demand was strong.", "Kestora Digital AG", ["Kestora"]),
        ("Clients of Bank Ostrava AG trade crypto. Analysts at Bank Ostrava saw demand.", "Bank Ostrava AG", ["Bank Ostrava"]),
        ("Chief executive Lena Vogt spoke first. Vogt said the rules were clear.", "Lena Vogt", ["Vogt"]),
        ("The Financial Services Authority (Otoritas Jasa Keuangan) issued the rule.", "Financial Services Authority", ["Otoritas Jasa Keuangan"]),
    ])
    func shortFormsAndLocalNamesAreAliases(text: String, name: String, aliases: [String]) {
        let found = entities(text).first { $0.name == name }
        #expect(found.map { Set($0.aliases) } == Set(aliases), "\(entities(text).map { "\($0.name) \($0.aliases)" })")
    }
}
