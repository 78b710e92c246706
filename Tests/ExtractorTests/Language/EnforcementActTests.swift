import Testing
@testable import Extractor

/// Acts of enforcement told by a verb no other cue list holds (a penalty upheld, a case referred to prosecutors, a
/// charge laid, premises sealed, illegal sites cut off, an indictment or a seizure in a headline's present tense, a
/// settlement agreed on a named day) and a permission told as a sandbox or framework set up, beside sentences whose
/// same verbs state no measure.
@Suite struct EnforcementActTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    private func cue(_ text: String) -> PolicyAction? {
        PolicyCues.cue(in: AnalyzedText(text).tokens.map(\.lower), from: 0)?.action
    }

    @Test(arguments: [
        "The appeals court upheld a fine of 3 billion won imposed on the crypto exchange.",
        "The tribunal upholds the revocation of the broker's crypto licence.",
        "The securities regulator referred the matter to prosecutors after an audit.",
        "The watchdog said it had referred two unlicensed crypto platforms to the police.",
        "The state prosecutor's office accuses the exchange's founders of defrauding 2,000 investors.",
        "Police officers sealed the premises of the crypto kiosk operator.",
        "The power company disconnected dozens of illegal bitcoin rigs in the suburbs.",
        "Busan prosecutors indict four over crypto laundering ring",
        "The crypto lender agreed on Friday to pay $4 million to settle the regulator's case.",
        "Customs officers seize 40 bitcoin mining rigs smuggled across the border",
        "The financial police confiscate $2 million in stablecoins from a Ponzi ring",
        "The prosecutor may seize the exchange's hot wallets if the founders flee.",
    ])
    func anAuthoritysActEnforces(text: String) {
        #expect(action(text) == .enforce, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The lawyer asked the court to uphold the acquittal.",
        "She referred the call to the police.",
        "The start-up accuses its rival of copying its wallet design.",
        "The two crypto firms sealed a partnership deal on Monday.",
        "The bank disconnected its old servers last year.",
        "The court did not uphold the fine.",
    ])
    func theSameVerbsStateNoAct(text: String) {
        #expect(cue(text) != .enforce, "\(text) → \(String(describing: cue(text)))")
    }

    @Test(arguments: [
        "The central bank launched its fintech sandbox in March 2024.",
        "The regulator introduced its digital assets framework in 2023.",
    ])
    func aSandboxOrFrameworkSetUpPermits(text: String) {
        #expect(cue(text) == .permit, "\(text) → \(String(describing: cue(text)))")
    }

    @Test(arguments: [
        "The exchange launched a new trading app in March.",
        "The firm introduced a loyalty scheme for its customers.",
    ])
    func aProductLaunchedIsNoPermission(text: String) {
        #expect(cue(text) != .permit, "\(text) → \(String(describing: cue(text)))")
    }
}
