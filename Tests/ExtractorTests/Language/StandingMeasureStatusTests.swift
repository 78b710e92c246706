import Testing
@testable import Extractor

/// A rule restated as it stands is in effect: a country's refusal in the present simple ("Norway does not allow ..."), a
/// refusal of legal tender, and a measure said to stay in force ("the directive remains in force"). A measure's carve-out,
/// a refusal still to come, a letter or a licence kept, and a term of the news ("would remain in place until ...") stay as
/// they were.
@Suite struct StandingMeasureStatusTests {
    private func clause(_ sentence: String) -> (clause: Clause, words: [String])? {
        let words = Tokenizer().tokens(of: Array(sentence.unicodeScalars)).map(\.lower)
        return ClauseReader(words: words, capitalized: []).mainClause().map { ($0, words) }
    }

    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-24")).statements.map(\.status)
    }

    @Test(arguments: [
        ("Norway does not allow banks to hold crypto-assets for their clients.", true, true),
        ("Peru does not license crypto exchanges.", true, true),
        ("The central bank does not recognise crypto-assets as legal tender.", false, true),
        ("The bank does not recognize tokens as legal tender or as a means of payment.", false, true),
        // A carve-out of the news measure, a refusal ahead or in the past, a refusal of something else.
        ("The order does not ban individuals from holding crypto-assets.", false, false),
        ("Chile will not allow banks to hold crypto-assets.", true, false),
        ("Chile did not allow banks to hold crypto-assets.", true, false),
        ("The regulator does not recognise foreign licences.", false, false),
        ("Norway allows banks to hold crypto-assets.", true, false),
    ])
    func aStandingRefusalIsTheLawAsItStands(sentence: String, subjectIsTheCountry: Bool, stands: Bool) {
        let read = clause(sentence)
        #expect(read.map { ClauseSense.statesAStandingRefusal($0.clause, in: $0.words, subjectIsTheCountry: subjectIsTheCountry) } == stands,
                "\(sentence)")
    }

    @Test(arguments: [
        ("The central bank's directive barring banks from serving crypto firms remains in force.", true),
        ("The ban on crypto mining stays in place until the court decides otherwise.", true),
        ("The ban will stay in place for retail clients.", true),
        ("The order remained in force after the appeal.", true),
        // A letter or a licence kept, a measure of the news that lasts until a condition, a measure no longer in force.
        ("The letter remains in force.", false),
        ("Its licence remains in force.", false),
        ("The order would remain in place until the firm fixes its controls.", false),
        ("The ban does not remain in force.", false),
    ])
    func aMeasureStayingInForceWasInForce(sentence: String, kept: Bool) {
        let read = clause(sentence)
        #expect(read.map { ClauseSense.keepsAMeasureInForce($0.clause, in: $0.words) } == kept, "\(sentence)")
    }

    @Test(arguments: [
        "The exchange Northgate opened an office in Lima on Monday. Peru does not allow banks to hold crypto-assets for their clients.",
        "The exchange Northgate opened an office in Harare on Monday. The central bank does not recognise crypto-assets as legal tender.",
        "The exchange Northgate opened an office in Harare on Monday. The central bank's directive barring banks from serving crypto firms remains in force.",
    ])
    func aRuleRestatedInTheBodyIsInEffect(text: String) {
        #expect(statuses(text).last == .inEffect, "\(text) → \(statuses(text))")
    }

    @Test(arguments: [
        "The central bank of Peru issued an order on Monday barring banks from serving crypto exchanges. The order does not ban individuals from holding crypto-assets.",
        "The securities regulator of Peru said on Monday it will not allow banks to hold crypto-assets.",
    ])
    func newsStaysNews(text: String) {
        #expect(!statuses(text).isEmpty && !statuses(text).contains(.inEffect), "\(text) → \(statuses(text))")
    }
}
