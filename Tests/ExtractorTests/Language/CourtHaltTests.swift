import Testing
@testable import Extractor

/// A court that pauses, blocks, suspends or halts a measure (a rule, an order, a cap) lifts it: the court's `permit`, the
/// writers' call for a court that suspends a rule, and a ruling that makes policy news of its own even when the lead names
/// no regulator (`PolicyCues.haltsAMeasure`). A court that blocks websites or suspends a licence, a halt the court only
/// weighs or is asked for, and a regulator's own pause are left alone. Sentences are our own.
@Suite struct CourtHaltTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).statements.first?.action
    }

    @Test(arguments: [
        "Tribunal pauses Ohio stablecoin custody regulation pending review",
        "A state judge on Thursday blocked the treasury's new withdrawal cap for mining pools.",
        "The appeals court issued a writ on Friday suspending the directive while the merits are argued.",
        "Last month the lower court halted the ministry's decree on mining permits.",
        "The court suspends the exchange-registration requirement for small brokers, the judgment says.",
    ])
    func aMeasureACourtHaltsIsLifted(text: String) {
        #expect(action(text) == .permit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "A county court on Monday ordered internet providers to block 14 crypto exchange websites.",
        "The court did not suspend the regulation, and the exchange must comply by March.",
        "The brokers petitioned the tribunal for a writ suspending the directive during the appeal.",
        "The central bank paused the rollout of its digital currency pilot on Monday.",
        "Tribunal to hear broker's appeal against the regulator's blocking order in September",
    ])
    func aHaltOfNoMeasureOrNoHaltIsNotALift(text: String) {
        #expect(action(text) != .permit, "\(text) → \(String(describing: action(text)))")
    }

    @Test func aCourtThatPausesARuleMakesAFrameOfItsOwn() {
        let text = """
        Ohio judge halts stablecoin custody regulation a week before its start
        The Court of Common Pleas of Franklin County on Tuesday blocked a state regulation that would have required custodians to hold reserves in local banks.
        Three custodians had argued that the state went beyond its powers, and the court agreed to hear the full case in August.
        Until then, custodians may keep reserves where they hold them today.
        """
        let announcements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).announcements
        #expect(announcements.contains { $0.action == .permit }, "\(announcements.map { "\($0.actor ?? "-") \($0.action)" })")
    }
}
