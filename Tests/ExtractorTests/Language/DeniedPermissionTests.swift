import Testing
@testable import Extractor

/// A permission denied to everyone, over sentences we wrote: "No client may hold more than 10%", "No advert may
/// be shown to minors", "No retail customer will be able to buy it" forbid, or cap where a limit follows; "can"
/// alone ("No strategy can guarantee a profit"), a "none of" subject and a negated verb deny no permission.
@Suite struct DeniedPermissionTests {
    private func statements(_ text: String, published: String = "2025-06-11") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    private func deniesAPermission(_ text: String) -> Bool {
        let document = AnalyzedText(text)
        guard let sentence = document.sentences.first else { return false }
        let tokens = document.tokens[sentence.first..<sentence.end]
        guard let clause = ClauseReader(tokens).mainClause() else { return false }
        return ClauseSense.deniesAPermission(clause, in: tokens.map(\.lower))
    }

    @Test(arguments: [
        ("No client may hold more than 10% of the fund, the securities commission said.", PolicyAction.restrict),
        ("No investor may put more than €5,000 a year into such tokens, under the authority's new rules.", .restrict),
        ("No advertisement may be shown to people under 18, the regulator said.", .prohibit),
        ("No retail customer will be able to buy the token, the central bank said.", .prohibit),
        ("No exchange shall list a privacy coin, according to the new regulation.", .prohibit),
    ])
    func aPermissionDeniedToEveryoneForbidsOrCaps(text: String, expected: PolicyAction) {
        #expect(statements(text).first?.action == expected, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "No trading strategy can guarantee a profit.",
        "None of this may happen before next year.",
        "No one will be surprised by the decision.",
        "No date has been set for the vote.",
        "The regulator may publish its rules in May.",
    ])
    func otherSentencesDenyNoPermission(text: String) {
        #expect(!deniesAPermission(text), "\(text)")
    }
}
