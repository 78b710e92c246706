import Testing
@testable import Extractor

/// A sanction (a licence revoked, a firm fined or designated) or a licence refused is dated by its act, a day of the weeks
/// up to publication, though its statements also give the firm's later deadline to wind down or to return client assets;
/// other measures, and sanctions with no day of their act, keep the day they were given.
@Suite struct SanctionActDayTests {
    private static let published = "2025-06-10"
    private static let timing = MeasureTiming(published: CalendarDay(iso: published)!)

    private static func frames(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).announcements
    }

    @Test(arguments: [
        ("2025-07-31", ["2025-07-31", "2025-06-09"], "2025-06-09"),
        ("2025-09-30", ["2025-09-30", "2025-09-30", "2025-06-02", "2025-06-09"], "2025-06-02"),
        ("2025-08", ["2025-08", "2025-06-10"], "2025-06-10"),
    ])
    func aSanctionDatedByALaterDeadlineTakesTheDayOfItsAct(day: String, starts: [String], act: String) {
        #expect(AnnouncementBuilder.dayOfTheAct(dated: day, among: starts, isSanction: true, Self.timing) == act)
    }

    @Test(arguments: [
        // Not a sanction: a deadline to comply is the measure's day.
        ("2025-07-31", ["2025-07-31", "2025-06-09"], false),
        // The sanction's day is already the act's, or no earlier than publication.
        ("2025-06-09", ["2025-07-31", "2025-06-09"], true),
        ("2025-06-10", ["2025-06-10", "2025-07-31"], true),
        // No day of the last weeks: the act is not dated.
        ("2025-07-31", ["2025-07-31", "2025-03-14"], true),
        ("2025-07-31", ["2025-07-31", "2025-06"], true),
    ])
    func otherwiseTheDayStays(day: String, starts: [String], isSanction: Bool) {
        #expect(AnnouncementBuilder.dayOfTheAct(dated: day, among: starts, isSanction: isSanction, Self.timing) == day)
    }

    @Test func anUndatedFrameStaysUndated() {
        #expect(AnnouncementBuilder.dayOfTheAct(dated: nil, among: [], isSanction: true, Self.timing) == nil)
    }

    @Test(arguments: [
        """
        Ruritania pulls Borealis Markets' crypto licence
        Borealis users get until July 31 to move their tokens to other platforms.
        The Financial Supervisory Authority of Ruritania revoked the licence of Borealis Markets on Monday.
        """,
        """
        Ruritania fines crypto broker Quillon over money-laundering lapses
        Quillon's clients get until Aug. 29 to shift their holdings.
        The Financial Supervisory Authority of Ruritania fined Quillon 2 million crowns on Monday.
        """,
        """
        Watchdog turns away Borealis Markets' licence bid, wind-down by July 31
        The Financial Supervisory Authority of Ruritania rejected the licence application of crypto exchange Borealis Markets on Monday.
        Borealis users may take their tokens out until July 31.
        """,
    ])
    func aSanctionOrRefusalWithAWindDownDeadlineIsDatedByTheAct(text: String) {
        let found = Self.frames(text).filter { $0.action == .enforce }
        #expect(!found.isEmpty && found.allSatisfy { $0.effective == "2025-06-09" }, "\(found.map { ($0.action, $0.effective) })")
    }
}
