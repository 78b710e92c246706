import Testing
@testable import Extractor

/// A duty announced as news ("screening must be in place by October 15") is dated by the day it must be
/// met, not by the day it was issued; other measures, and duties with no later day, keep the day they were given.
@Suite struct DutyDeadlineTests {
    private static let published = "2025-06-10"
    private static let timing = MeasureTiming(published: CalendarDay(iso: published)!)

    private static func frames(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).announcements
    }

    @Test(arguments: [
        ("2025-06-09", ["2025-06-09", "2025-09-30"], "2025-09-30"),
        ("2025-06-10", ["2025-06-10", "2026", "2025-12-31"], "2025-12-31"),
        ("2025-05-20", ["2025-05-20", "2025-05-20", "2025-08-01", "2025-10-01"], "2025-08-01"),
    ])
    func aDutyIssuedLatelyTakesTheDayItMustBeMet(day: String, starts: [String], deadline: String) {
        #expect(AnnouncementBuilder.dayToComply(dated: day, among: starts, isOrder: true, Self.timing) == deadline)
    }

    @Test(arguments: [
        // Not a duty announced as news.
        ("2025-06-09", ["2025-06-09", "2025-09-30"], false),
        // Already a day to come, or issued long ago.
        ("2025-07-01", ["2025-07-01", "2025-09-30"], true),
        ("2025-03-14", ["2025-03-14", "2025-09-30"], true),
        // No later day, or only a later year.
        ("2025-06-09", ["2025-06-09", "2025-06-02"], true),
        ("2025-06-09", ["2025-06-09", "2026"], true),
    ])
    func otherwiseTheDayStays(day: String, starts: [String], isOrder: Bool) {
        #expect(AnnouncementBuilder.dayToComply(dated: day, among: starts, isOrder: isOrder, Self.timing) == day)
    }

    @Test func anUndatedDutyStaysUndated() {
        #expect(AnnouncementBuilder.dayToComply(dated: nil, among: [], isOrder: true, Self.timing) == nil)
    }

    @Test(arguments: [
        ("""
        Ruritania's tax office wants crypto platforms' trade data
        The Revenue Agency of Ruritania on Monday ordered two crypto platforms to report the trades of all their Ruritanian users.
        The platforms will have to hand over the data by September 30.
        """, "2025-09-30"),
        ("""
        Ruritania tells crypto exchanges to report large transfers
        The Financial Supervisory Authority of Ruritania on Monday ordered crypto exchanges to report every transfer above 1,000 crowns to it.
        The exchanges must send in their first reports by Nov. 14.
        """, "2025-11-14"),
    ])
    func anOrderWithADeadlineIsDatedByTheDeadline(text: String, deadline: String) {
        let found = Self.frames(text).filter { $0.action == .require }
        #expect(!found.isEmpty && found.allSatisfy { $0.effective == deadline }, "\(found.map { ($0.action, $0.effective) })")
    }
}
