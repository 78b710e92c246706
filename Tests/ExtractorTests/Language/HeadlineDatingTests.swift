import Testing
@testable import Extractor

/// A headline statement of a frame takes the frame's date when it has none, or when its own year, quarter or month holds
/// the frame's day; a considered measure, a date that does not hold the frame's day and a statement of no frame keep
/// their own.
@Suite struct HeadlineDatingTests {
    private func statement(_ effective: String?, _ status: PolicyStatus = .announced) -> PolicyStatement {
        PolicyStatement(text: "Regulator caps kiosk withdrawals", start: 0, end: 32, actor: nil, action: .restrict, status: status,
                        object: "kiosk withdrawals", effective: effective)
    }

    private func frame(_ effective: String?, _ members: [Int] = [0, 1]) -> Announcement {
        Announcement(actor: nil, action: .restrict, status: .announced, subjects: [], jurisdiction: nil, effective: effective,
                     enforcement: nil, statementIndices: members)
    }

    @Test(arguments: [
        // (the headline's own date, the frame's date, the headline's date after)
        (nil, "2027-01-01", "2027-01-01"),
        ("2027", "2027-01-01", "2027-01-01"),
        ("2027", "2027-07-01", "2027-07-01"),
        ("2026-09", "2026-09-14", "2026-09-14"),
        ("2026-Q3", "2026-08-01", "2026-08-01"),
        (nil, "2026-05", "2026-05"),
        // A year that does not hold the frame's day, a day of its own, and a frame dated no finer than the headline.
        ("2028", "2027-01-01", "2028"),
        ("2026-03-02", "2026-03-09", "2026-03-02"),
        ("2027", "2027", "2027"),
        ("2027", nil, "2027"),
        ("2026-W12", "2026-03-18", "2026-W12"),
    ] as [(String?, String?, String?)])
    func aHeadlineTakesItsFramesDate(own: String?, frameDate: String?, expected: String?) {
        var statements = [statement(own), statement("2027-01-01")]
        TextAnalyzer.dateHeadlineStatements([0], of: &statements, by: [frame(frameDate)])
        #expect(statements[0].effective == expected, "\(String(describing: own)) with a frame dated \(String(describing: frameDate))")
        #expect(statements[1].effective == "2027-01-01")
    }

    @Test func aConsideredMeasureKeepsItsOwnDate() {
        var statements = [statement(nil, .considering), statement("2027", .considering)]
        TextAnalyzer.dateHeadlineStatements([0, 1], of: &statements, by: [frame("2027-01-01")])
        #expect(statements.map(\.effective) == [nil, "2027"])
    }

    @Test func aHeadlineOfNoFrameKeepsItsOwnDate() {
        var statements = [statement("2027"), statement(nil)]
        TextAnalyzer.dateHeadlineStatements([0, 1], of: &statements, by: [frame("2027-01-01", [])])
        #expect(statements.map(\.effective) == ["2027", nil])
    }

    @Test func aHeadlineInTwoFramesTakesTheFirstFramesDate() {
        var statements = [statement("2027")]
        TextAnalyzer.dateHeadlineStatements([0], of: &statements, by: [frame("2027-03-01", [0]), frame("2027-01-01", [0])])
        #expect(statements[0].effective == "2027-03-01")
    }

    @Test(arguments: [
        ("Harbour state caps crypto kiosk withdrawals from 2027\n\nThe Harbour State Financial Authority on Tuesday set a daily limit of $1,000 on cash withdrawals at crypto kiosks, starting January 1, 2027.\n\nOperators must also post fee tables on every machine, the authority said.", "2027-01-01"),
        ("Island regulator bars crypto ads on buses from March\n\nThe Island Markets Authority said on Monday that crypto firms may not advertise on public buses or at bus stops from March 15, 2027.\n\nFirms that break the rule face fines, the authority said.", "2027-03-15"),
    ])
    func anArticlesHeadlineTakesTheDayItsBodyGives(text: String, expected: String) {
        let analysis = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-11-10"))
        #expect(analysis.statements.first?.start == 0)
        #expect(analysis.statements.first?.effective == expected, "\(analysis.statements.map(\.effective))")
    }
}
