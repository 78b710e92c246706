import Testing
@testable import Extractor

/// A frame dated by the day its measure was decided takes the one start the article names for it ("The rules take
/// effect on July 1"); a sanction, a court's order, a company's own step and a measure taken back keep the day of the
/// act.
@Suite struct FrameStatedStartTests {
    private static let published = "2025-06-10"

    private static func frames(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).announcements
    }

    @Test(arguments: [
        ("""
        The Securities Commission of Ruritania on Monday barred crypto platforms from offering leveraged trading to retail clients.
        The rules take effect on July 1.
        """, PolicyAction.prohibit, "2025-07-01"),
        ("""
        The Securities Commission of Ruritania on Monday capped the amount a retail client may spend on crypto each year at 5,000 crowns.
        The cap applies from Aug. 4.
        """, PolicyAction.restrict, "2025-08-04"),
        ("""
        The Monetary Authority of Ruritania said on Tuesday that crypto exchanges must hold client assets in cold storage.
        The requirement enters into force on 1 September.
        """, PolicyAction.require, "2025-09-01"),
    ])
    func aMeasureDatedByItsDecisionStartsOnTheStatedStart(text: String, action: PolicyAction, start: String) {
        let found = Self.frames(text).filter { $0.action == action }
        #expect(!found.isEmpty && found.allSatisfy { $0.effective == start }, "\(found.map { ($0.action, $0.effective) })")
    }

    @Test func anUndatedRuleTakesTheStatedStart() {
        let found = Self.frames("""
        The Monetary Authority of Ruritania will require crypto exchanges to hold client assets in cold storage.
        The requirement enters into force on 1 September.
        """).filter { $0.action == .require }
        #expect(!found.isEmpty && found.allSatisfy { $0.effective == "2025-09-01" }, "\(found.map { ($0.action, $0.effective) })")
    }

    @Test(arguments: [
        ("2025-06-09", true),
        ("2025-06-10", true),
        ("2025-05-28", true),
        ("2025-05-01", false),
        ("2025-06", false),
        ("2025-07-01", false),
    ])
    func theDayOfTheDecisionIsADayOfTheTwoWeeksUpToPublication(value: String, isDecision: Bool) {
        let timing = MeasureTiming(published: CalendarDay(iso: Self.published)!)
        #expect(AnnouncementBuilder.isDayOfTheDecision(value, timing) == isDecision)
    }

    @Test(arguments: [
        ("Upper Tribunal", true),
        ("U.S. Court of Appeals for the Eighth Circuit", true),
        ("Supreme Court of Ruritania", true),
        ("Securities Commission of Ruritania", false),
        ("Ruritania", false),
    ])
    func aCourtsOrderKeepsItsDay(name: String, isCourt: Bool) {
        #expect(AnnouncementBuilder.namesACourt(name) == isCourt)
    }

    @Test(arguments: [
        ("withdrew", true), ("lifts", true), ("reinstated", true), ("rescinded", true), ("restores", true),
        ("barred", false), ("licensed", false), ("requires", false), ("caps", false),
    ])
    func aMeasureTakenBackKeepsItsDay(cue: String, takesBack: Bool) {
        #expect(AnnouncementBuilder.takesBack(cue: cue) == takesBack)
    }

    @Test func aLicenceThatIsLiftedKeepsTheDayItWasLifted() {
        let found = Self.frames("""
        Ruritania's central bank lifts cap on retail crypto purchases
        The Central Bank of Ruritania on Monday lifted the cap on how much retail clients may spend on crypto each year.
        Platforms will have to show every client a risk warning from Sept. 1.
        """)
        let lifted = found.first { $0.action == .permit }
        #expect(lifted == nil || lifted?.effective != "2025-09-01", "\(found.map { ($0.action, $0.effective) })")
    }

    @Test func aSanctionKeepsTheDayOfTheAct() {
        let found = Self.frames("""
        Ruritania's regulator fines crypto exchange Larchmont
        The Securities Commission of Ruritania on Monday fined the crypto exchange Larchmont $2 million for failing to check its customers.
        New rules on customer checks take effect on July 1.
        """)
        let fine = found.first { $0.action == .enforce }
        #expect(fine?.effective != "2025-07-01", "\(found.map { ($0.action, $0.effective) })")
    }
}
