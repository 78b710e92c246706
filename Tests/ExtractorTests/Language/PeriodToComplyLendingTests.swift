import Testing
@testable import Extractor

/// A duty to act within a counted period (SCHEMA.md section 3, `effective`): its date is the end of a period the
/// article never dates, so it takes no date from the other sentences of its measure; a period counted from an event, a
/// period in a relative clause, a sanction and a duty without a period still take the date their measure gives.
/// All texts are published on Thursday 22 May 2025.
@Suite struct PeriodToComplyLendingTests: StatementDatingTable {
    @Test(arguments: [
        ("""
         From July 1, crypto exchanges in Ruritania must hold a licence from the Financial Authority. Each licensed \
         exchange must appoint a compliance officer within 90 days.
         """, "must appoint a compliance officer"),
        ("""
         Under the order, Corvid Markets must stop taking deposits by June 30. The exchange must also hire an \
         independent auditor within 30 days.
         """, "must also hire an independent auditor"),
        ("""
         From September 1, kiosk operators must check the identity of every customer. Operators must file a report on \
         their controls within six months.
         """, "must file a report on their controls"),
    ])
    func aDutyWithinACountedPeriodTakesNoLentDate(text: String, part: String) {
        #expect(effective(of: part, in: text) == "null", "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    @Test(arguments: [
        // A period counted from an event.
        ("""
         From July 1, crypto exchanges in Ruritania must hold a licence from the Financial Authority. Each licensed \
         exchange must publish a white paper within 90 days of receiving its licence.
         """, "must publish a white paper"),
        // A period in a relative clause.
        ("""
         From July 1, crypto exchanges in Ruritania must hold a licence from the Financial Authority. Exchanges must \
         refund all fees to any customer who complains within 30 days.
         """, "must refund all fees"),
        // A duty without a period.
        ("""
         From July 1, crypto exchanges in Ruritania must hold a licence from the Financial Authority. Each licensed \
         exchange must appoint a compliance officer.
         """, "must appoint a compliance officer"),
    ])
    func otherDutiesTakeTheirMeasuresStart(text: String, part: String) {
        #expect(effective(of: part, in: text) == "2025-07-01", "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }
}
