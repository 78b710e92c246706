import Testing
@testable import Extractor

/// A byline written in title case ("Jane Roe, Court Reporter", "Authors: Jane Roe, Partner; John Doe, Associate")
/// reads like a headline, whose words name nothing unless the text capitalizes them elsewhere; a name followed by a
/// comma and a role ending in a person's title, up to the end of the line or a semicolon, is a person's all the same.
/// A headline with a comma and a title ("Regulator Warns Banks, Names New Director") stays words. Names are our own.
@Suite struct BylineNameTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-09-14")).entities
    }

    private func described(_ text: String) -> [String] { entities(text).map { "\($0.name):\($0.type)" } }

    @Test(arguments: [
        ("Court Lifts Ban On Crypto Payments\n\nTafadzwa Chikore, Court Reporter\n\nThe High Court set aside the ban.", "Tafadzwa Chikore"),
        ("Client Update | 3 May 2026\n\nAuthors: Aroha Tane-Whitcombe, Partner; Liam Koro, Associate\n\nThe regulator acted.", "Aroha Tane-Whitcombe"),
        ("Signed: Okello P. Wamala, Executive Director, Capital Markets Agency\n\nThe agency acted.", "Okello P. Wamala"),
        ("Exchange Loses Licence\n\nOdunola Brightwater-Sands, Markets Correspondent\n\nThe regulator acted.", "Odunola Brightwater-Sands"),
        ("Client Briefing | 2 June 2026\n\nAuthors: Marisol Teixeira Lau, Partner; Kwok Ip, Associate\n\nThe regulator acted.", "Marisol Teixeira Lau"),
    ])
    func aBylineNameBeforeItsRoleIsAPerson(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .person, "\(described(text))")
    }

    @Test(arguments: [
        "Regulator Warns Banks, Names New Director\n\nThe regulator warns banks and names a director.",
        "Exchange Fined, Loses Chief Executive\n\nThe exchange was fined and loses its chief executive.",
        "Bank Cuts Rates, Picks Governor\n\nThe bank cuts rates and picks a governor.",
        "Crypto Firms Hit, Says Minister\n\nThe crypto firms were hit, says the minister.",
        "New Rules Arrive, Warns Analyst\n\nThe new rules arrive soon, an analyst warns.",
    ])
    func aHeadlineWithACommaAndATitleNamesNoOne(_ text: String) {
        #expect(!entities(text).contains { $0.type == .person }, "\(described(text))")
    }

    /// "By Octavian Marchetti" on a line of its own names the writer, though "Octavian" is no given name Herald lists and
    /// a surname may be a firm's name ("Greenidge" is a miner's).
    @Test(arguments: [
        ("Miners Face New Tariff\n\nBy Octavian Marchetti\n\nThe regulator raised the tariff on Monday.", "Octavian Marchetti"),
        ("Miners Face New Tariff\n\nBy Tobias Greenidge\n\nThe regulator raised the tariff on Monday.", "Tobias Greenidge"),
        ("Miners Face New Tariff\n\nBy Ekundayo Greenidge-Marsh\n\nBRIDGETOWN — The regulator raised the tariff.", "Ekundayo Greenidge-Marsh"),
        ("Miners Face New Tariff\n\nPosted by Thaddeus Quinlan-Obi, Head of Research\n\nThe regulator acted.", "Thaddeus Quinlan-Obi"),
        ("Miners Face New Tariff\n\nBy Bartholomew Okafor | 3 May 2026\n\nThe regulator acted.", "Bartholomew Okafor"),
    ])
    func aBylineOnItsOwnLineNamesAPerson(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .person, "\(described(text))")
    }

    @Test(arguments: [
        ("Miners Face New Tariff\n\nBy Reuters\n\nThe regulator raised the tariff on Monday.", "Reuters"),
        ("The tariff was set by Greenidge Capital Partners last year, and miners pay it.", "Greenidge Capital Partners"),
        ("Miners Face New Tariff\n\nBy Greenidge Holdings' count, miners paid more for power on Monday.", "Greenidge Holdings"),
    ])
    func aNameAfterByInProseOrAFirmsBylineIsNoPerson(_ text: String, _ name: String) {
        #expect(!entities(text).contains { $0.name == name && $0.type == .person }, "\(described(text))")
    }
}
