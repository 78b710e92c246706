import Testing
@testable import Extractor

/// A frame's jurisdiction is its actor's country; a bare legislature belongs to the article's country, a body above
/// countries to none of them.
@Suite struct FrameJurisdictionTests {
    private func jurisdictions(_ text: String, published: String = "2025-06-10") -> [String?] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).announcements.map(\.jurisdiction)
    }

    @Test(arguments: [
        ("""
        Kenya passes crypto licensing law
        Parliament on Tuesday passed a law that will require crypto exchanges serving Kenyan residents to obtain a licence from July 1.
        Kenyan platforms will have six months to apply.
        """, "KE"),
        ("""
        Zambia's Parliament approves crypto exchange licences
        Zambia's Parliament on Monday approved a law that will require crypto exchanges to hold a licence from August 1.
        """, "ZM"),
        ("""
        Chile's Congress requires exchanges to register
        Chile's Congress on Monday approved a law that requires crypto exchanges to register with the regulator from July 1.
        Chilean platforms welcomed the rules.
        """, "CL"),
        ("""
        Senate votes to license crypto custodians in the Philippines
        The Senate on Monday approved a law that will require crypto custodians in the Philippines to hold a licence from July 1.
        Philippine exchanges said they were ready.
        """, "PH"),
        ("""
        Parliament requires UK crypto firms to register
        Parliament on Monday approved a law that will require British crypto exchanges to register from July 1.
        UK platforms have until then to apply.
        """, "GB"),
        ("""
        Congress passes stablecoin law
        Congress on Monday approved a law that will require stablecoin issuers in the U.S. to hold full reserves from July 1.
        American issuers welcomed the rules.
        """, "US"),
    ])
    func aBareLegislatureBelongsToTheArticlesCountry(text: String, country: String) {
        let found = jurisdictions(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0 == country })
    }

    @Test func namedAuthoritiesKeepTheirOwnCountryBesideAnotherCountrysNews() {
        let text = """
        Kazakhstan raises miners' power levy; Uzbekistan caps mining licences
        Kazakhstan's Ministry of Finance will require crypto miners to pay a higher electricity levy from October 1.
        The Central Bank of Uzbekistan will restrict new mining licences from November 1, it said on Monday.
        """
        let found = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-10")).announcements
        #expect(found.contains { $0.jurisdiction == "KZ" && $0.action == .require })
        #expect(found.contains { $0.jurisdiction == "UZ" && $0.action == .restrict })
    }

    @Test(arguments: [
        ("""
        ESMA curbs sale of leveraged crypto notes to retail investors
        The European Securities and Markets Authority (ESMA) on Monday decided to restrict the sale of leveraged crypto notes to retail investors from July 1.
        Cyprus is home to many of the brokers that sell such products, and the Cyprus Securities and Exchange Commission said Cypriot firms must comply.
        Brokers in Cyprus and Limassol-based platforms said they would adapt.
        """, "EU"),
        ("""
        FATF widens wallet identification standard
        The Financial Action Task Force (FATF) on Friday adopted changes to its standard that will require wallet providers to identify holders from January 1, 2027.
        The plenary, held in Switzerland, was chaired by a Swiss official, and Swiss banks welcomed the move.
        """, "GLOBAL"),
        // A national name the tables give two countries still belongs to the article's country.
        ("""
        AMF bans crypto ads aimed at Quebec residents
        The Autorité des marchés financiers (AMF) on Monday banned crypto advertising aimed at residents of Quebec from July 1.
        Canadian platforms said they would comply, and Canada's other regulators are expected to follow.
        """, "CA"),
    ])
    func aBodyAboveCountriesKeepsItsOwnJurisdictionInAnotherCountrysNews(text: String, jurisdiction: String) {
        let found = jurisdictions(text)
        #expect(found.first == jurisdiction, "\(found)")
    }
}
