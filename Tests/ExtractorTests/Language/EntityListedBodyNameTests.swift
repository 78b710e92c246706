import Testing
@testable import Extractor

/// A body whose official name lists what it supervises with commas and "and" ("Superintendency of Banking, Insurance and
/// Private Pension Fund Administrators") is one authority in each of the English forms the gazetteer lists, not three
/// names; its first words alone, written without the list, stay a name of their own. Sentences are our own.
@Suite struct EntityListedBodyNameTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-20")).entities.map(\.name)
    }

    @Test(arguments: [
        ("Peru's Superintendency of Banking, Insurance and AFPs (SBS) fined a lender on Monday.",
         "Superintendency of Banking, Insurance and AFPs"),
        ("In Lima, the Superintendency of Banking, Insurance and Private Pension Fund Administrators asked banks for data.",
         "Superintendency of Banking, Insurance and Private Pension Fund Administrators"),
    ])
    func theListedNameIsOneAuthority(_ text: String, _ name: String) {
        let found = names(text)
        #expect(found.contains(name), "\(found)")
        #expect(!found.contains("Insurance") && !found.contains("AFPs"), "\(found)")
    }

    @Test(arguments: [
        ("Tessaly's Superintendency of Banking said on Monday that it would publish the rules.", "Superintendency of Banking"),
    ])
    func theHeadAloneStaysAName(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }
}
