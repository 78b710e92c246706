import Testing
@testable import Extractor

/// A frame's jurisdiction is its actor's country; a bare legislature belongs to the article's country.
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
}
