import Testing
@testable import Extractor

/// A given name's syllable glued by a hyphen stays in the name (also a country's name glued to a surname's other
/// part); peoples, funding rounds, a month before its day and a weekday that ends a run name nothing; a region's name
/// before a common noun is its adjective. Names are our own.
@Suite struct EntityNameBoundaryTests: EntityTable {
    let published = "2026-05-01"

    private func found(_ text: String) -> [String] { entities(text).map { "\($0.name)|\($0.type.rawValue)" } }
    private func names(_ text: String) -> [String] { entities(text).map(\.name) }

    @Test(arguments: [
        ("By Hwang Seung-min\n\nThe exchange will list the token on Monday.", "Hwang Seung-min"),
        ("By Baek Soo-bin\n\nThe exchange will list the token on Monday.", "Baek Soo-bin"),
        ("\"We will comply,\" said Jun-ho Varnell, the firm's chief executive.", "Jun-ho Varnell"),
        ("\"We will comply,\" said Tomas Jordan-Vale, the firm's chief executive.", "Tomas Jordan-Vale"),
    ])
    func aSyllableGluedToAGivenNameStaysInIt(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(found(text))")
    }

    @Test(arguments: [
        ("Tessaly Chain-linked vaults went live on Monday.", "Tessaly Chain-linked"),
        ("Cross-chain bridges lost $2 million in May.", "Cross-chain"),
    ])
    func aCommonCompoundIsNoGivenName(_ text: String, _ wrong: String) {
        #expect(!names(text).contains(wrong), "\(found(text))")
    }

    @Test(arguments: [
        ("Some 2 million Poles hold crypto-assets, the chamber said.", "Poles"),
        ("About 300,000 Swedes traded tokens last year.", "Swedes"),
        ("Many Turks use stablecoins as a hedge against inflation.", "Turks"),
        ("Kestrune raised $30 million last week. Its Series B was led by Orrin Capital.", "Series B"),
        ("THE WEEK AHEAD\n\nWed May 6 - Senate hearing on stablecoins.\nSat May 9 - Markets closed.", "Wed May"),
        ("Kiosk cap signed\n\nPosted June 10, 2026\n\nThe governor signed the bill.", "Posted June"),
        ("Happy Friday. Four things happened this week.", "Happy Friday"),
    ])
    func peoplesRoundsAndDatesNameNothing(_ text: String, _ wrong: String) {
        #expect(!names(text).contains { $0.hasPrefix(wrong) }, "\(found(text))")
    }

    @Test(arguments: [
        ("The Turks and Caicos Islands regulator fined the firm.", "Turks and Caicos Islands"),
        ("The Central Bank of Ruritania said on June 3 it would act.", "Central Bank of Ruritania"),
        ("The regulator met Kestrune Capital Friday to discuss the licence.", "Kestrune Capital"),
    ])
    func namesBesideThemStay(_ text: String, _ name: String) {
        #expect(names(text).contains { $0.hasPrefix(name) }, "\(found(text))")
    }

    @Test(arguments: [
        ("The firm wants 50,000 Gulf customers by next year.", "Gulf", false),
        ("The chief said three Gulf asset managers had signed up.", "Gulf", false),
        ("Most of its clients are in the Nordic and Baltic countries.", "Baltic", false),
        ("Institutions in the Gulf have been asking for a venue.", "Gulf", true),
        ("Traders from Kenya and the Gulf often pay in stablecoins.", "Gulf", true),
    ])
    func aRegionsNameBeforeANounIsItsAdjective(_ text: String, _ region: String, _ named: Bool) {
        #expect(names(text).contains(region) == named, "\(found(text))")
    }
}
