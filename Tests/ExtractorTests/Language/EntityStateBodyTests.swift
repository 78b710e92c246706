import Testing
@testable import Extractor

/// A division or courts are a state body ("the SEC's Division of Trading and Markets", "Business and Property Courts"),
/// and a place's name right before an authority's names one body with it ("South Dakota Division of Banking", "Mumbai
/// Police", "Washington Supreme Court"); before a company's name, or after a comma, it stays a place of its own. A body named for its subject
/// keeps "on" ("Joint Committee on Taxation"), a day after it does not. Names and sentences are our own.
@Suite struct EntityStateBodyTests: EntityTable {
    let published = "2026-03-19"

    @Test(arguments: [
        ("The South Dakota Division of Banking approved the charter on Monday.", "South Dakota Division of Banking:authority"),
        ("The Nevada Division of Financial Institutions fined the kiosk operator.", "Nevada Division of Financial Institutions:authority"),
        ("The SEC's Division of Trading and Markets granted the relief.", "Division of Trading and Markets:authority"),
        ("The Massachusetts Securities Division filed the complaint.", "Massachusetts Securities Division:authority"),
        ("The Washington Supreme Court ruled on Thursday that kiosks need a licence.", "Washington Supreme Court:authority"),
        ("The case was filed by the Mumbai Police in 2022.", "Mumbai Police:authority"),
        ("The Ohio Department of Commerce objected to the bill.", "Ohio Department of Commerce:authority"),
        ("The claim was filed in the Business and Property Courts on Tuesday.", "Business and Property Courts:authority"),
        ("The trial in the State Courts is expected to last three weeks.", "State Courts:authority"),
    ])
    func aDivisionIsAStateBody(_ text: String, _ expected: String) {
        #expect(described(text).contains(expected), "\(described(text))")
    }

    /// A country's name written out before another country's body's name ("Securities and Exchange Commission" is also
    /// the U.S. agency's) names the country's own body; the country's letters ("UK") and the same country's form keep the
    /// known body.
    @Test(arguments: [
        ("The Trinidad and Tobago Securities and Exchange Commission fined the broker on Monday.", "Trinidad and Tobago Securities and Exchange Commission:authority"),
        ("The Ghana Securities and Exchange Commission licensed two exchanges.", "Ghana Securities and Exchange Commission:authority"),
        ("Officials of the Bosnia and Herzegovina Securities and Exchange Commission met on Friday.", "Bosnia and Herzegovina Securities and Exchange Commission:authority"),
        ("The UK Financial Conduct Authority fined the broker on Monday.", "Financial Conduct Authority:authority"),
        ("The U.S. Securities and Exchange Commission sued the exchange.", "U.S. Securities and Exchange Commission:authority"),
    ])
    func aCountryBeforeABodysNameNamesTheRightBody(_ text: String, _ expected: String) {
        #expect(described(text).contains(expected), "\(described(text))")
    }

    @Test(arguments: [
        ("Nevada Digital Exchange said it would appeal.", ["Nevada Digital Exchange:organization"]),
        ("In Nevada, Division of Banking officials said nothing.", ["Nevada:location", "Division of Banking:authority"]),
        ("In Washington, the Supreme Court ruled on Thursday.", ["Washington:location", "Supreme Court:authority"]),
        ("Texas Blockchain Council members met on Monday.", ["Texas Blockchain Council:organization"]),
    ])
    func aPlaceBeforeACompanyOrACommaStaysApart(_ text: String, _ expected: [String]) {
        let found = described(text)
        for name in expected { #expect(found.contains(name), "\(name) in \(found)") }
    }

    @Test(arguments: [
        ("The Joint Committee on Taxation estimates the change would raise $9 billion.", "Joint Committee on Taxation:authority"),
        ("The Basel Committee on Banking Supervision set the standard.", "Basel Committee on Banking Supervision:authority"),
        ("The European Commission on Wednesday adopted the rule.", "European Commission:authority"),
        ("The Securities Commission on Feb. 3 fined the broker.", "Securities Commission:authority"),
    ])
    func aBodyNamedForItsSubjectKeepsItsOnButNotADay(_ text: String, _ expected: String) {
        #expect(described(text) == [expected], "\(described(text))")
    }
}
