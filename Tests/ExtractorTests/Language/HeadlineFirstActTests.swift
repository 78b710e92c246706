import Testing
@testable import Extractor

/// A headline of two acts split by a semicolon states its measure in the first act; the words after the semicolon are
/// another's act. A headline whose first half names no measure keeps the second's.
@Suite struct HeadlineFirstActTests {
    private func headlineAction(_ headline: String) -> PolicyAction? {
        let text = headline + "\n\nThe Ruritanian Financial Authority said on Monday that it had acted.\n"
        return TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).statements.first?.action
    }

    @Test(arguments: [
        ("Ruritania regulator licenses two stablecoin issuers; yield products barred for now", PolicyAction.permit),
        ("Ruritania allows banks to hold bitcoin; regulator fines two apps", .permit),
        ("Ruritania orders exchanges to register by March; central bank ban on card payments stays", .require),
    ])
    func theFirstActDecides(headline: String, expected: PolicyAction) {
        #expect(headlineAction(headline) == expected, "\(headline) → \(String(describing: headlineAction(headline)))")
    }

    @Test func aFirstHalfWithoutAMeasureKeepsTheSeconds() {
        let headline = "Crypto exchanges in Ruritania; regulator bans derivatives trading"
        #expect(headlineAction(headline) == .prohibit, "\(String(describing: headlineAction(headline)))")
    }
}
