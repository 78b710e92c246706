import Testing
@testable import Extractor

/// A title with its portfolio runs into the name of the person who holds it ("Commissioner for Financial Services Lena
/// Varga-Holt"): the person is the name after the portfolio's words. A part of a body after such a title, followed by the
/// body it belongs to, is no person; a court's level before a judge's title ("District Judge") is part of the title. Names
/// and sentences are our own.
@Suite struct EntityPortfolioHolderTests: EntityTable {
    let published = "2026-03-19"

    @Test(arguments: [
        ("European Commissioner for Financial Services Lena Varga-Holt said the rules would stay.", "Lena Varga-Holt:person"),
        ("State Secretary for Finance Maren Dijkstra-Osei told MPs the tax would apply from 2028.", "Maren Dijkstra-Osei:person"),
        ("Secretary for Financial Services and the Treasury Daniel Chan Wing-kei told lawmakers the bill was ready.",
         "Daniel Chan Wing-kei:person"),
        ("Cabinet Secretary for the National Treasury Peter Mwangi said on Thursday that the levy would fall.", "Peter Mwangi:person"),
        ("Minister of Economy and Finance Park Ji-won said the tax would be delayed.", "Park Ji-won:person"),
    ])
    func thePersonAfterAPortfolioIsNamedAlone(_ text: String, _ expected: String) {
        let found = described(text)
        #expect(found.contains(expected), "\(found)")
        #expect(!found.contains { $0.hasSuffix(":person") && $0 != expected }, "\(found)")
    }

    @Test(arguments: [
        "Omar Haddad, Deputy Chief Executive Officer for the Licensing and Supervision Sector at the Authority, said the rules apply.",
        "Nadia Roe, Head of Digital Assets and Market Structure at the Tessaly Exchange, said the rules apply.",
    ])
    func aPartOfABodyAfterATitleIsNoPerson(_ text: String) {
        let people = described(text).filter { $0.hasSuffix(":person") }
        #expect(people.count == 1, "\(people)")
    }

    @Test(arguments: [
        ("The trial before District Judge Mara Lindqvist-Oduya is expected to last three weeks.", "Mara Lindqvist-Oduya:person"),
        ("\"The rule cannot stand,\" Circuit Judge Tomas Reyes-Hall wrote.", "Tomas Reyes-Hall:person"),
        ("A scheduling conference is set before Magistrate Judge Ana Brandt-Obi.", "Ana Brandt-Obi:person"),
        ("The Tessaly District Court fined the exchange.", "Tessaly District Court:authority"),
    ])
    func aCourtsLevelBeforeAJudgesTitleNamesNothing(_ text: String, _ expected: String) {
        #expect(described(text) == [expected], "\(described(text))")
    }
}
