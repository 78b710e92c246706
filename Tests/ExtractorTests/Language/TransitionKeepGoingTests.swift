import Testing
@testable import Extractor

/// A business let go on for a stated time ("allowed to keep trading for six months", "let firms keep serving clients
/// until May 1", "may go on running kiosks for three months") is a transition period, `enforce`; a permission with no
/// time, a denied one and a duty to keep something are left to the other cues.
@Suite struct TransitionKeepGoingTests {
    private func cue(_ text: String) -> PolicyAction? {
        PolicyCues.cue(in: AnalyzedText(text).tokens.map(\.lower), from: 0)?.action
    }

    @Test(arguments: [
        "Dealers already active will be allowed to keep trading for nine months once the statute applies.",
        "The regulator allowed registered brokers to keep serving customers while their files were pending.",
        "Ruritania has let firms on the old register keep serving clients until May 1.",
        "Existing platforms could keep operating for twelve months after the act started.",
        "Kiosk operators may go on running their machines for three months while the decree phases in.",
        "Custodians were permitted by the authority to continue during the transition period.",
    ])
    func aBusinessLetGoOnForATimeIsATransition(text: String) {
        #expect(cue(text) == .enforce, "\(text) → \(String(describing: cue(text)))")
    }

    @Test(arguments: [
        "Licensed exchanges were allowed to keep their existing tokens on sale.",
        "Brokers will not be allowed to keep trading for six more months.",
        "Custodians must keep records of every transfer for five years.",
    ])
    func noTimeDeniedOrADutyIsNoTransition(text: String) {
        #expect(cue(text) != .enforce, "\(text) → \(String(describing: cue(text)))")
    }
}
