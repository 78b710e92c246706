import Testing
@testable import Extractor

/// A rule dated only by the day of the document it is set in ("In a circular issued on Tuesday, the regulator said firms
/// must ...", "in a notice dated 20 May") takes that day as the document's issue: it stands for the rule's start until
/// another sentence of the actor gives that. A finding or an act of the document keeps the document's day. Sentences are
/// our own.
@Suite struct DocumentDayDatingTests: StatementDatingTable {
    @Test(arguments: [
        ("Finanstilsynet will require crypto exchanges to register from July 1. In a circular it issued on Tuesday, Finanstilsynet said exchanges must keep records of every transfer for five years.",
         "must keep records", "2025-07-01"),
        ("Finanstilsynet will require crypto exchanges to register from July 1. In a notice dated 20 May, Finanstilsynet said exchanges must screen every transfer against sanctions lists.",
         "must screen", "2025-07-01"),
        ("Finanstilsynet will require crypto exchanges to register from July 1. In a circular published on Tuesday, Finanstilsynet said platforms may not lend client assets.",
         "may not lend", "2025-07-01"),
    ])
    func aRuleOfADocumentTakesTheStartTheActorGives(text: String, part: String, effective: String) {
        #expect(self.effective(of: part, in: text) == effective, "\(text) → \(self.effective(of: part, in: text))")
    }

    @Test(arguments: [
        // Without a start elsewhere the document's day stands.
        ("In a circular it issued on Tuesday, Finanstilsynet said exchanges must keep records of every transfer for five years.",
         "must keep records", "2025-05-20"),
        // A finding of the document is its act, dated by the document.
        ("Finanstilsynet will require crypto exchanges to register from July 1. In its order, issued on Tuesday, Finanstilsynet found that the exchange had breached its licence.",
         "found that", "2025-05-20"),
    ])
    func theDocumentDayStaysWhereNothingElseDatesTheRule(text: String, part: String, effective: String) {
        #expect(self.effective(of: part, in: text) == effective, "\(text) → \(self.effective(of: part, in: text))")
    }
}
