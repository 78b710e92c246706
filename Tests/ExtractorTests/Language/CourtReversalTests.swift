import Testing
@testable import Extractor

/// A court that stays a rule, cancels a curb, annuls an authority's power or a revocation, or gives back a licence lifts
/// the measure (`permit`, the agreed call for a stay or an injunction of a rule). What stays in place, a licence
/// cancelled, a ceiling put back and a cancellation refused are left alone. A lift verb reaches the measure it lifts past
/// names and a year; a rate lifted is raised.
@Suite struct CourtReversalTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).statements.first?.action
    }

    @Test(arguments: [
        "Appeals court stays the securities regulator's directive on token advertising",
        "On Tuesday the High Court stayed the central bank's order that kept lenders from serving token issuers.",
        "The directive is stayed until the appeal is heard, the judge said.",
        "The administrative court cancelled the regulator's three-month curb on the exchange on Friday.",
        "A Valdoria court cancels the watchdog's suspension of trading at Orbit Exchange",
        "Judges reinstated the broker's trading licence on Monday, two months after it was revoked.",
        "Judges annulled the ministry's power to close exchanges by decree.",
        "The appeals tribunal set aside the agency's revocation of the dealer's permit.",
    ])
    func aMeasureACourtHaltsOrUndoesIsLifted(text: String) {
        #expect(action(text) == .permit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("The ban on crypto mining stays in place, the ministry said.", PolicyAction.prohibit),
        ("The regulator cancelled the registration of the exchange on Monday.", .enforce),
        ("The regulator will reinstate the withdrawal limits on crypto kiosks from Friday.", .restrict),
        ("The court refused to cancel the suspension of the exchange.", .restrict),
    ])
    func whatStaysOrIsRevokedIsNotLifted(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        ("The treasury lifted the Bank of Valdoria's ban on crypto payments on Monday.", PolicyAction.permit),
        ("Valdoria lifts its 2021 bar on pension funds holding bitcoin", .permit),
        ("The ministry lifted a 2024 order that kept lenders from opening accounts for token issuers.", .permit),
        ("The finance ministry lifted its sanctions on the Orbit mixer on Friday.", .permit),
        ("The government lifted the levy on crypto gains to 25% in its budget.", .require),
    ])
    func aLiftVerbReachesItsMeasurePastNamesAndAYear(text: String, expected: PolicyAction) {
        #expect(action(text) == expected, "\(text) → \(String(describing: action(text)))")
    }
}
