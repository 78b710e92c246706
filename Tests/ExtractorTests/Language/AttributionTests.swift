import Testing
@testable import Extractor

/// Actors through attribution and where they stand, frames for warnings that are the news, and
/// the dates of rulings, in short articles we wrote.
@Suite struct AttributionTests {
    private func analysis(_ text: String, published: String = "2024-08-15") -> TextAnalysis {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published))
    }

    @Test func theSourceAfterAccordingToIssuesTheMeasure() {
        let found = analysis("""
        The Central Bank of Ruritania will start a pilot of its digital currency next month.
        Five lenders, among them Velmora Bank, will hand out wallets to users.
        Participating banks must offer the wallets free of charge, according to the central bank's pilot rules.
        """).statements
        #expect(found.last?.actor == "Central Bank of Ruritania", "\(found.map { $0.actor ?? "-" })")
    }

    /// The outlet that saw, obtained or reviewed a document reports the measure; the measure's agent after "by" still issues it.
    @Test(arguments: [
        ("The Central Bank of Ruritania has told lenders to freeze accounts used for peer-to-peer crypto trades, according to a circular seen by Harbour Wire.",
         "Central Bank of Ruritania"),
        ("The Ruritania Securities Commission ordered Kestrel Exchange to stop serving local clients, according to a letter obtained by Valley Post.",
         "Ruritania Securities Commission"),
        ("Lenders must close accounts used for crypto trades by June, the Central Bank of Ruritania said in a notice seen by Harbour Wire.",
         "Central Bank of Ruritania"),
        ("The licence of Kestrel Exchange was revoked by the Ruritania Securities Commission on Monday.", "Ruritania Securities Commission"),
        ("Crypto kiosks were banned by the Ruritania Securities Commission on Monday, Harbour Wire reported.", "Ruritania Securities Commission"),
    ])
    func anOutletThatSawTheDocumentIssuesNothing(text: String, actor: String) {
        let found = analysis(text, published: "2026-01-10").statements
        #expect(found.first?.actor == actor, "\(text) → \(found.map { $0.actor ?? "-" })")
    }

    /// A licence a firm holds names its grantor, and a standing registration its registrar; a relative clause about the
    /// firm after another authority's act does not.
    @Test(arguments: [
        ("Velmora Pay has held an e-money licence from the Central Bank of Ruritania since 2022 and will keep running its card business.",
         "Central Bank of Ruritania"),
        ("Kestrel Exchange has been registered with the Ruritania Securities Commission as a crypto business since 2021.",
         "Ruritania Securities Commission"),
        ("The Ruritania Securities Commission fined Kestrel Exchange, which has held a licence from the Central Bank of Ruritania since 2020.",
         "Ruritania Securities Commission"),
    ])
    func aLicenceHeldNamesItsGrantor(text: String, actor: String) {
        let found = analysis(text, published: "2025-05-22").statements
        #expect(found.first?.actor == actor, "\(text) → \(found.map { $0.actor ?? "-" })")
    }

    @Test func aLicenceFromABoardNamesNoIssuer() {
        let found = analysis("""
        Ruritania plans a law that would require brokers to obtain a licence from the Capital Markets Board.
        """).statements
        #expect(found.first?.actor != "Capital Markets Board")
    }

    @Test func anOrderFromAMinistryNamesItsIssuer() {
        let found = analysis("The clampdown started in May, after a statement from the State Council.").statements
        #expect(found.first?.actor == "State Council")
    }

    @Test func aReportToAnAgencyLeavesTheIssuerToTheArticle() {
        let found = analysis("""
        The Ministry of Finance of Ruritania orders residents to declare crypto held abroad by March 31.
        Residents will have to report those holdings to the Spanish Tax Agency by March 31.
        """, published: "2023-11-21").statements
        #expect(found.map(\.actor) == ["Ministry of Finance of Ruritania", "Ministry of Finance of Ruritania"])
    }

    @Test func aWarningThatIsTheNewsIsTheAnnouncement() {
        let result = analysis("""
        Central Bank of Nigeria cautions the public against unlicensed crypto platforms
        The Central Bank of Nigeria warned the public on Monday against dealing with unlicensed crypto exchanges.
        The bank urged savers to check every platform with the securities regulator.
        """, published: "2024-10-09")
        #expect(result.announcements.count == 1)
        #expect(result.announcements.first?.action == .warn)
        #expect(result.announcements.first?.status == .announced)
        #expect(result.announcements.first?.jurisdiction == "NG")
    }

    @Test func aSingleWarningInOtherNewsIsNoAnnouncement() {
        let result = analysis("""
        Bitcoin rose 4% on Tuesday as traders returned.
        The Central Bank of Nigeria warned the public against unlicensed platforms last year.
        """, published: "2024-10-09")
        #expect(result.announcements.isEmpty)
    }

    @Test func aRulingThisWeekIsNewsThoughTheBreachIsOld() {
        let found = analysis("""
        In a judgment delivered on Wednesday, Justice Rhea Ambrose found that the lender had offered loans without a licence between March 2021 and May 2022.
        """).statements
        #expect(found.first?.action == .enforce)
        #expect(found.first?.status == .announced)
        #expect(found.first?.effective == "2024-08-14")
    }

    @Test func anAnnouncementStartsWhenItsOwnMeasureStarts() {
        let result = analysis("""
        The Financial Crimes Investigation Board fines exchange Velkor 2 million lira
        The penalty was imposed on June 11, the board said.
        The board fined another exchange in 2023 over similar failures.
        """, published: "2024-06-20")
        #expect(result.announcements.first?.effective == "2024-06-11", "\(result.announcements)")
    }
}
