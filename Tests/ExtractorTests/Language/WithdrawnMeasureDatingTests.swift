import Testing
@testable import Extractor

/// A measure taken back (withdrawn, dropped, lifted, vacated) named by the year it was issued ("withdrew its 2021
/// guidance"): the year dates the older measure, not the news, so the withdrawal is announced and not dated by it.
/// A year that dates the act itself ("revoked the licence in 2019") or a measure issued ("in a 2019 circular") stays.
@Suite struct WithdrawnMeasureDatingTests {
    private func statement(_ text: String) -> PolicyStatement? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-24")).statements.first
    }

    @Test(arguments: [
        "The Reserve Bank has withdrawn a 2018 circular that barred banks from serving crypto exchanges.",
        "The securities regulator withdrew its 2021 guidance that told brokers not to sell crypto notes to retail clients.",
        "The tax office dropped its 2019 warning against crypto payments.",
        "A federal judge vacated a 2023 rule that barred state banks from holding crypto.",
        "The Reserve Bank has withdrawn a 2018 circular that barred banks from serving crypto exchanges, clearing the way for lenders to serve licensed firms.",
    ])
    func aYearNamingTheMeasureTakenBackDatesNothingOfTheNews(text: String) {
        let read = statement(text)
        #expect(read?.status == .announced, "\(text) → \(String(describing: read?.status))")
        #expect(read?.effective == nil, "\(text) → \(String(describing: read?.effective))")
    }

    @Test(arguments: [
        ("The central bank revoked the licence of the exchange in 2019.", "2019"),
        ("The regulator barred banks from serving crypto exchanges in a 2019 circular.", "2019"),
        ("The regulator withdrew the exchange's licence in March 2019.", "2019-03"),
    ])
    func aYearDatingTheActItselfStays(text: String, year: String) {
        let read = statement(text)
        #expect(read?.status == .inEffect, "\(text) → \(String(describing: read?.status))")
        #expect(read?.effective == year, "\(text) → \(String(describing: read?.effective))")
    }
}
