import Testing
@testable import Extractor

/// What a measure is said not to mean ("the removal does not mean the regulator has licensed the firm") is a caution
/// about it (`warn`), over the licence, ban or launch words it denies; a meaning denied of something other than a
/// measure is none, and a meaning stated, not denied, keeps the measure's own action.
@Suite struct NegatedMeaningTests {
    private func cue(_ text: String) -> PolicyAction? {
        PolicyCues.cue(in: AnalyzedText(text).tokens.map(\.lower), from: 0)?.action
    }

    @Test(arguments: [
        "The delisting does not mean the regulator has licensed either firm.",
        "The pilot does not mean the central bank will issue a digital currency.",
        "The listing does not mean the exchange is approved by the authority.",
        "Registration doesn't mean that the agency has vetted a platform's finances.",
        "The notice does not mean crypto trading is now illegal in Ruritania.",
    ])
    func aMeaningDeniedCautions(text: String) {
        #expect(cue(text) == .warn, "\(text) → \(String(describing: cue(text)))")
    }

    @Test(arguments: [
        "But that doesn't mean the sedan is no longer relevant.",
        "Winning the first round does not mean the team will win the title.",
    ])
    func aMeaningDeniedOfNoMeasureIsNoCaution(text: String) {
        #expect(cue(text) != .warn, "\(text) → \(String(describing: cue(text)))")
    }

    @Test(arguments: [
        ("The new rules mean that exchanges must hold reserves in local banks.", PolicyAction.require),
        ("The decree means that banks may no longer serve crypto exchanges.", .prohibit),
    ])
    func aMeaningStatedKeepsTheMeasure(text: String, expected: PolicyAction) {
        #expect(cue(text) == expected, "\(text) → \(String(describing: cue(text)))")
    }
}
