import Testing
@testable import Extractor

/// Quoted words after a measure's cue, over sentences we wrote: a measure that quotes the words it forbids
/// ("may not describe a token as "risk-free"") is no quotation of its own, while a person's report that ends in a
/// quote ("a lawyer said the ban was "a mistake"") stays a view.
@Suite struct QuotedTermsTests {
    private func statements(_ text: String, published: String = "2025-06-11") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        "Platforms may not describe any token as \"guaranteed\" or \"risk-free\".",
        "Advertisements may not promise fixed or \"safe\" returns.",
        "Exchanges may not offer their \"Earn\" products to customers in the country.",
        "The central bank also reminded the public that unlicensed firms may not serve clients, and warned against sites that claim to be \"registered\".",
    ])
    func aMeasureQuotingTheWordsItForbidsIsAStatement(text: String) {
        #expect(!statements(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Anna Berglund, a partner at Holm Advokater, said the ban was \"a mistake\".",
        "Counsel for Jonas Weller said the tax office was trying to tax \"a change of label\".",
        "She said the new levy would \"hurt small traders\".",
    ])
    func aPersonsReportEndingInAQuoteStaysAView(text: String) {
        #expect(statements(text).isEmpty, "\(text) → \(statements(text))")
    }
}
