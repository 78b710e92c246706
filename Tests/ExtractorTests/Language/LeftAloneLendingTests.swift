import Testing
@testable import Extractor

/// What the news leaves as it was (SCHEMA.md section 3, `effective`): a sentence saying what a measure does not mean,
/// change or cover states no measure of its own and takes no date from the measure's other sentences; a prohibition
/// ("may not", "must not") and a negation inside a relative clause still take the measure's date.
/// All texts are published on Thursday 22 May 2025.
@Suite struct LeftAloneLendingTests: StatementDatingTable {
    @Test(arguments: [
        ("""
         The Ruritanian Securities Board on Tuesday approved a pilot that lets Corvid Markets settle bond trades on a \
         blockchain from June 1. The approval does not mean the board vouches for the project, it said.
         """, "does not mean"),
        ("""
         From July 1, crypto exchanges in Ruritania must hold a licence from the Financial Authority. Nor does the \
         licence let exchanges offer lending to retail clients.
         """, "Nor does the licence"),
        ("""
         From July 1, crypto exchanges in Ruritania must hold a licence from the Financial Authority. The rule will not \
         change how crypto gains are taxed.
         """, "will not change"),
    ])
    func whatTheNewsLeavesAloneTakesNoDate(text: String, part: String) {
        #expect(effective(of: part, in: text) == "null", "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    @Test(arguments: [
        // A prohibition.
        ("""
         From July 1, crypto exchanges in Ruritania must hold a licence from the Financial Authority. Exchanges may not \
         offer lending to retail clients.
         """, "may not offer"),
        // A negation in a relative clause.
        ("""
         From July 1, crypto exchanges in Ruritania must hold a licence from the Financial Authority. Exchanges must \
         block transfers to foreign providers that do not apply equivalent rules.
         """, "must block transfers"),
    ])
    func otherStatementsTakeTheMeasuresStart(text: String, part: String) {
        #expect(effective(of: part, in: text) == "2025-07-01", "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }
}
