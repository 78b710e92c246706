import Testing
@testable import Extractor

/// How long a proposal or a measure only considered has waited ("under discussion since last year", "has been studying
/// a digital currency since 2023") is no start of it (SCHEMA.md section 3, `effective`: "the date of the vote or filing
/// is not a start"): such a statement keeps no date. A measure in effect keeps the start its "since" gives, and a proposal
/// the start it states. Sentences are our own.
@Suite struct PendingSinceDatingTests: StatementDatingTable {
    @Test(arguments: [
        "The finance ministry has been weighing since last year whether to let banks offer crypto custody.",
        "The draft rules, under discussion among member states since last year, would require exchanges to hold a licence.",
        "The central bank has been studying a digital currency since 2023.",
    ])
    func aProposalOrAConsiderationIsNotDatedByHowLongItHasWaited(text: String) {
        let read = statements(text).first
        #expect(read?.status == .proposed || read?.status == .considering, "\(text) → \(String(describing: read?.status))")
        #expect(read?.effective == nil, "\(text) → \(String(describing: read?.effective))")
    }

    @Test(arguments: [
        ("The securities regulator has capped leverage on crypto derivatives since March 2023.", "2023-03"),
        ("The tax authority has required exchanges to report customers' sales since January 2024.", "2024-01"),
        ("The draft law would require exchanges to hold a licence from January 2027.", "2027-01"),
    ])
    func aMeasureInEffectOrAStatedStartKeepsItsDate(text: String, effective: String) {
        #expect(statements(text).first?.effective == effective, "\(statements(text).map { ($0.status, $0.effective) })")
    }
}
