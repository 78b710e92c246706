import Testing
@testable import Extractor

/// A central bank's or a ministry's department acts for the bank or the ministry ("the central bank's Payment Systems
/// Department"), named or described in the possessive before it; a department of anyone else, or an agency whose name
/// opens with "Department", stays the actor.
@Suite struct DepartmentActorTests {
    private func statements(_ text: String) -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).statements
    }

    @Test(arguments: [
        ("The Bank of Ghana's Fintech Supervision Department on Monday ordered banks to close the accounts of unlicensed crypto exchanges.", "Bank of Ghana"),
        ("The Ministry of Finance's Tax Policy Department said on Monday that crypto exchanges must report every trade from April.", "Ministry of Finance"),
        ("The Bank of Thailand said on Monday that banks must screen every crypto transfer. The circular, signed by the central bank's Payment Systems Department, takes effect on July 1.", "Bank of Thailand"),
    ])
    func aBanksOrAMinistrysDepartmentActsForIt(text: String, parent: String) {
        let found = statements(text)
        #expect(!found.isEmpty && found.allSatisfy { $0.actor == parent }, "\(found.map { ($0.text, $0.actor) })")
    }

    @Test(arguments: [
        ("The U.S. Treasury Department on Monday imposed sanctions on a crypto exchange based in Moscow.", "Treasury Department"),
        ("The Department of Financial Services on Monday fined a crypto exchange $5 million for weak anti-money laundering controls.", "Department of Financial Services"),
        ("The exchange's Compliance Department said customers must verify their identity by June.", "Compliance Department"),
    ])
    func anyOtherDepartmentStaysTheActor(text: String, actor: String) {
        let found = statements(text)
        #expect(found.first?.actor == actor, "\(found.map { ($0.text, $0.actor) })")
    }
}
