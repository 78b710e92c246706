import Testing
@testable import Extractor

/// A suit between private parties (a class action, shareholders suing, a law firm's lead-plaintiff reminder) enforces
/// no policy; a regulator's or a prosecutor's suit, charge or fine does.
@Suite struct PrivateLitigationTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Investors filed a class action lawsuit against the exchange over the token's collapse.",
        "A law firm reminds investors of the lead plaintiff deadline in the class action against the miner.",
        "The lender was sued by shareholders in a class-action suit on Tuesday.",
        "Shareholder lawsuits against the company allege it misled investors about its reserves.",
        "The plaintiffs say the wallet provider failed to protect their funds.",
    ])
    func privateLitigationEnforcesNoPolicy(text: String) {
        #expect(action(text) == nil, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The securities regulator sued the exchange on Tuesday for operating without a licence.",
        "Prosecutors charged the founder with fraud over the token's collapse.",
        "The watchdog fined the lender $3 million for misleading investors.",
        "The commission filed a lawsuit against the wallet provider on Monday.",
        "The regulator revoked the broker's licence after a review of its reserves.",
    ])
    func anAuthoritysCaseStillEnforces(text: String) {
        #expect(action(text) == .enforce, "\(text) → \(String(describing: action(text)))")
    }
}
