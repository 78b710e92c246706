import Testing
@testable import Extractor

/// A quarter or a half followed by a relative year is one date ("Q1 next year"), and "from" after a move that has happened
/// ("rose 4% from Thursday", "up from Tuesday's close") marks where the move started, behind publication, while "from"
/// in a rule or after a verb that looks ahead stays ahead. Sentences are our own; published Friday 2025-12-12.
@Suite struct RelativeYearAndChangeStartTests {
    private func dates(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-12-12")).dates.map { "\($0.text)=\($0.value)" }
    }

    @Test(arguments: [
        ("The wallet delays the feature into at least Q1 next year.", ["Q1 next year=2026-Q1"]),
        ("Profit rose in Q3 this year.", ["Q3 this year=2025-Q3"]),
        ("Losses peaked in Q4 last year.", ["Q4 last year=2024-Q4"]),
        ("The token unlock comes in Q2 of next year.", ["Q2 of next year=2026-Q2"]),
        ("Launch is due in the first quarter next year.", ["first quarter next year=2026-Q1"]),
        ("Revenue fell in the fourth quarter of last year.", ["fourth quarter of last year=2024-Q4"]),
        ("Sales should recover in H1 next year.", ["H1 next year=2026"]),
        // A quarter with its own year keeps it; one with none is the nearest of its number.
        ("Output rose in Q2 2025.", ["Q2 2025=2025-Q2"]),
        ("Next year, Q1 will be busy.", ["Next year=2026", "Q1=2026-Q1"]),
        ("The Q1 report is out; next year looks better.", ["Q1=2025-Q1", "next year=2026"]),
    ])
    func aQuarterOrHalfTakesTheRelativeYearAfterIt(_ text: String, _ expected: [String]) {
        #expect(dates(text) == expected)
    }

    @Test(arguments: [
        ("Aave was among the top performers, rising 4.5% from Thursday.", ["Thursday=2025-12-11"]),
        ("The token is up 8% from Tuesday's close.", ["Tuesday=2025-12-09"]),
        ("Bitcoin fell 3% from Monday.", ["Monday=2025-12-08"]),
        ("Ether climbed from Wednesday's low.", ["Wednesday=2025-12-10"]),
        ("Volumes were down from Monday.", ["Monday=2025-12-08"]),
        // A rule, a verb that looks ahead, or no move: ahead.
        ("The rule applies from Monday.", ["Monday=2025-12-15"]),
        ("The fee will rise to 2% from Monday.", ["Monday=2025-12-15"]),
        ("Withdrawals reopen from Tuesday.", ["Tuesday=2025-12-16"]),
        ("The exchange said it would raise limits from Wednesday.", ["Wednesday=2025-12-17"]),
        ("Prices could climb further from Monday, analysts said.", ["Monday=2025-12-15"]),
    ])
    func fromAfterAMoveMarksWhereItStarted(_ text: String, _ expected: [String]) {
        #expect(dates(text) == expected)
    }
}
