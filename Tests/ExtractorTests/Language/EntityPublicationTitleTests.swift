import Testing
@testable import Extractor

/// The journal that publishes a state's laws ("the Official Gazette", "the Journal officiel") and a central bank's periodic
/// report named for its subject ("its Financial Stability Report") are publications, no entities; a newspaper named like
/// them keeps its name. Sentences are our own.
@Suite struct EntityPublicationTitleTests: EntityTable {
    let published = "2026-05-06"

    @Test(arguments: [
        ("The decree takes effect once it appears in the Official Gazette next week.", "Gazette"),
        ("The order was printed in the Government Gazette on Friday.", "Gazette"),
        ("The ministry's regulation applies from March, once it is printed in the Federal Law Gazette.", "Gazette"),
        ("The notification came out in the Royal Gazette on Tuesday.", "Gazette"),
        ("The regulation enters into force after publication in the Official Journal of the European Union.", "Journal"),
        ("A decree that froze the accounts appeared in the Journal officiel last Saturday.", "Journal"),
        ("The rule was published in the Boletín Oficial del Estado on Monday.", "Oficial"),
        ("In May the central bank's Financial Stability Report repeated the warning.", "Report"),
        ("Stablecoins got a whole chapter in the bank's Annual Economic Report.", "Report"),
        ("The regulator's Financial System Review flagged the exposure.", "Review"),
    ])
    func aPublicationNamesNoEntity(_ text: String, _ word: String) {
        #expect(!entities(text).contains { $0.name.contains(word) }, "\(described(text))")
    }

    @Test(arguments: [
        ("The Kolvar Gazette reported the fine on Monday.", "Kolvar Gazette"),
        ("According to the Brisk Valley Economic Review, the exchange will close.", "Brisk Valley Economic Review"),
        ("The Tarnovia State Journal first reported the plan.", "Tarnovia State Journal"),
    ])
    func aNewspaperNamedLikeOneKeepsItsName(_ text: String, _ name: String) {
        #expect(entities(text).contains { $0.name == name }, "\(described(text))")
    }
}
