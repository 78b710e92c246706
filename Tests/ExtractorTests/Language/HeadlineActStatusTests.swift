import Testing
@testable import Extractor

/// "The regulator tightens its staking rules, weighs an insurance fund": a headline that tells two acts, the second opened
/// by a comma and a verb of the present, gives each its own status; the second act's words ("weighs", "proposes") say
/// nothing of the first's. Headlines and articles we wrote.
@Suite struct HeadlineActStatusTests {
    private func words(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    @Test(arguments: [
        ("regulator tightens staking rules for retail clients , weighs insurance fund", 1, 0..<7),
        ("watchdog lets brokers take stablecoins as margin , proposes custody rule", 1, 0..<7),
        ("watchdog bars card payments to offshore platforms , floats new licensing regime", 1, 0..<7),
        ("agency proposes custody rule , weighs insurance fund", 1, 0..<4),
        ("regulator tightens staking rules , weighs insurance fund", 6, 5..<8),
        ("agency fines exchange , orders a refund ; plan stays in consultation", 1, 0..<3),
    ])
    func aCommaAndAVerbOpenAnotherAct(text: String, cue: Int, act: Range<Int>) {
        #expect(PolicyReader.headlineActSegment(words(text), around: cue) == act, "\(text)")
    }

    @Test(arguments: [
        "regulator tightens staking rules for retail clients",
        "ministry weighs insurance fund for exchanges , sources say",
        "regulator tightens staking rules for retail clients , caps take effect in May",
        "regulator tightens staking rules for retail clients , a step toward an insurance fund",
    ])
    func noSecondActLeavesTheSemicolonsSegment(text: String) {
        let words = words(text)
        #expect(PolicyReader.headlineActSegment(words, around: 1) == PolicyReader.semicolonSegment(words, around: 1), "\(text)")
    }

    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.map(\.status)
    }

    @Test(arguments: [
        "Central bank tightens staking rules for retail clients, weighs insurance fund\n\nThe central bank has ordered licensed exchanges to stop offering staking to retail clients who fail a suitability test from July 1.",
        "Markets watchdog lets futures brokers take stablecoins as margin, proposes custody rule\n\nThe markets watchdog said on Monday that futures brokers may accept stablecoins as margin from June 1.",
    ])
    func theFirstActKeepsTheNewsStatus(text: String) {
        #expect(statuses(text).first == .announced, "\(text) → \(statuses(text))")
    }

    @Test(arguments: [
        "Central bank weighs insurance fund for crypto exchanges, sources say\n\nThe central bank is weighing whether licensed exchanges should pay into a fund that would repay customers if a firm fails.",
        "Markets watchdog proposes custody rule for crypto, weighs margin limits\n\nThe markets watchdog on Monday proposed a rule that would require custodians to keep client tokens apart from their own.",
    ])
    func aFirstActOfItsOwnStatusKeepsIt(text: String) {
        #expect(statuses(text).first != .announced, "\(text) → \(statuses(text))")
    }
}
