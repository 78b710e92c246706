import Testing
@testable import Extractor

/// A measure that bars others from banning or curbing an activity ("bars towns from prohibiting home mining", "shields
/// node operators from municipal bans") guarantees the activity (`permit`, `PolicyCues.bansBanning`); a plain ban, and a
/// ban from doing something else, stay bans.
@Suite struct BanOnBanningTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer(statementModel: nil).analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "The governor signed an act that bars towns from prohibiting home mining rigs, her office said.",
        "The measure would prohibit state agencies from restricting payments in bitcoin, its sponsor said.",
        "The assembly passed a bill that shields node operators from municipal bans, the sponsor said.",
    ])
    func aBanOnBanningIsAPermission(text: String) {
        #expect(action(text) == .permit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The regulator barred the exchange from offering staking to retail clients, it said on Monday.",
        "The law bars licensed platforms from lending client assets, the central bank said.",
    ])
    func otherBansStayBans(text: String) {
        #expect(action(text) == .prohibit, "\(text) → \(String(describing: action(text)))")
    }
}
