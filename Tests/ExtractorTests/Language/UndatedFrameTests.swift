import Testing
@testable import Extractor

/// An announced measure the article gives its actor with no date of its own starts with the actor's other announced
/// measures when they all start on one date, and an undated sanction takes the day of the article's other sanctions
/// when they share one; a warning, a proposal, another actor's measure, a measure with its own date and an actor whose
/// measures start on different dates take nothing.
@Suite struct UndatedFrameTests {
    typealias Frame = (actor: String?, action: PolicyAction, status: PolicyStatus, effective: String?)

    /// The effective dates of `frames` after dating the undated ones.
    private func dated(_ frames: [Frame]) -> [String?] {
        var announcements = frames.map { frame in
            Announcement(actor: frame.actor, action: frame.action, status: frame.status, subjects: [], jurisdiction: "NO",
                         effective: frame.effective, enforcement: nil)
        }
        AnnouncementBuilder.dateUndatedMeasures(&announcements)
        return announcements.map(\.effective)
    }

    @Test(arguments: [
        // A duty beside the permission of the same actor.
        [("Bureau", .permit, .announced, "2027-01-01"), ("Bureau", .require, .announced, nil)] as [Frame],
        // A sanction beside the order that took effect.
        [("Authority", .require, .announced, "2026-11-11"), ("Authority", .enforce, .announced, nil)],
        // Two dated measures on one date, one undated.
        [("Board", .restrict, .announced, "2026-07-01"), ("Board", .prohibit, .announced, "2026-07-01"), ("Board", .require, .announced, nil)],
        // The undated frame comes first.
        [("Board", .require, .announced, nil), ("Board", .restrict, .announced, "2026-07-01")],
        // Another actor's frames in between do not matter.
        [("Board", .require, .announced, nil), ("Ministry", .prohibit, .announced, "2026-09-01"), ("Board", .permit, .announced, "2026-07-01")],
    ])
    func anUndatedMeasureStartsWithItsActorsOthers(frames: [Frame]) {
        let undated = frames.indices.filter { frames[$0].effective == nil }
        let own = frames.first { $0.actor == frames[undated[0]].actor && $0.effective != nil }?.effective
        #expect(undated.allSatisfy { dated(frames)[$0] == own })
    }

    @Test(arguments: [
        // Two governments sanction the same network on one day.
        [("Britain", .enforce, .announced, "2026-09-17"), ("Treasury Office", .enforce, .announced, nil)] as [Frame],
        // The undated sanction comes first, beside another actor's ban.
        [("Treasury Office", .enforce, .announced, nil), ("Britain", .enforce, .announced, "2026-09-17"), ("Britain", .prohibit, .announced, "2026-10-01")],
    ])
    func anUndatedSanctionTakesTheDayOfTheOthers(frames: [Frame]) {
        let undated = frames.indices.filter { frames[$0].effective == nil }
        #expect(undated.allSatisfy { dated(frames)[$0] == "2026-09-17" })
    }

    @Test(arguments: [
        // A warning has no start.
        [("Bureau", .permit, .announced, "2027-01-01"), ("Bureau", .warn, .announced, nil)] as [Frame],
        // A proposal starts when it says.
        [("Bureau", .permit, .announced, "2027-01-01"), ("Bureau", .require, .proposed, nil)],
        // Another actor's date.
        [("Ministry", .permit, .announced, "2027-01-01"), ("Bureau", .require, .announced, nil)],
        // The actor's measures start on different dates.
        [("Bureau", .permit, .announced, "2027-01-01"), ("Bureau", .restrict, .announced, "2027-03-01"), ("Bureau", .require, .announced, nil)],
        // Sanctions of the news on different days.
        [("Britain", .enforce, .announced, "2026-09-17"), ("Canada", .enforce, .announced, "2026-09-10"), ("Treasury Office", .enforce, .announced, nil)],
        // Another actor's ban dates no sanction, and another actor's sanction no duty.
        [("Ministry", .prohibit, .announced, "2026-09-17"), ("Bureau", .enforce, .announced, nil)],
        [("Ministry", .enforce, .announced, "2026-09-17"), ("Bureau", .require, .announced, nil)],
        // A measure in force dates nothing of the news.
        [("Bureau", .permit, .inEffect, "2021"), ("Bureau", .require, .announced, nil)],
    ])
    func otherFramesStayUndated(frames: [Frame]) {
        let undated = frames.indices.filter { frames[$0].effective == nil }
        #expect(undated.allSatisfy { dated(frames)[$0] == nil })
    }
}
