import Testing
@testable import Extractor

/// A permission the article names only to describe the firm that holds it ("a fund manager licensed by the commission")
/// is the firm's standing, not a change: it makes or leads no frame (`PermissionHolders`).
@Suite struct PermissionHolderTests {
    private static let published = CalendarDay(iso: "2026-06-02")

    /// Whether the article's permit statement in its second sentence only describes a holder (nil: no such statement).
    private func describesAHolder(_ text: String) -> Bool? {
        let reading = TextAnalyzer().read(AnalyzedText(text), published: Self.published)
        return reading.statements.first { $0.sentence == 1 && $0.statement.action == .permit }
            .map { PermissionHolders.describesAHolder($0, reading.document) }
    }

    private func announcements(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: Self.published).announcements
    }

    @Test(arguments: [
        """
        Kestrel Capital opens a bitcoin fund for professional investors
        Kestrel Capital, a fund manager licensed by the Portuguese Securities Market Commission (CMVM), has launched a fund that will hold bitcoin.
        """,
        """
        New reporting rule for crypto platforms in Portugal
        The rule applies only to platforms licensed by the Bank of Portugal on the mainland.
        """,
        """
        New conduct rule for crypto firms in Portugal
        Who: all crypto-asset traders licensed by the Bank of Portugal, and foreign platforms that serve Portuguese customers.
        """,
    ])
    func aParticipleThatDescribesTheFirmDescribesAHolder(text: String) {
        #expect(describesAHolder(text) == true)
    }

    @Test(arguments: [
        """
        Kestrel Exchange wins a licence in Portugal
        Kestrel Exchange was licensed by the Portuguese Securities Market Commission (CMVM) on Monday to offer crypto trading.
        """,
        """
        Kestrel Exchange wins a licence in Portugal
        Kestrel Exchange has now been formally authorised by the Portuguese Securities Market Commission (CMVM) to offer crypto custody.
        """,
        """
        Kestrel Exchange wins a licence in Portugal
        Kestrel Exchange, newly licensed by the Portuguese Securities Market Commission (CMVM), will open to retail customers in July.
        """,
    ])
    func aParticipleThatIsTheVerbOrTheNewsDescribesNoHolder(text: String) {
        #expect(describesAHolder(text) == false)
    }

    @Test func aFirmsLaunchUnderItsLicenceMakesNoPermitFrame() {
        let found = announcements("""
        Kestrel Capital opens a $100 million bitcoin fund for professional investors
        Kestrel Capital, a fund manager licensed by the Portuguese Securities Market Commission (CMVM), has launched a fund that will hold bitcoin and ether.
        The fund is open to professional investors only, with a minimum subscription of $100,000, the firm said on Monday.
        """)
        #expect(!found.contains { $0.action == .permit })
    }

    @Test func aLicenceTheArticleReportsIsStillAFrame() {
        let found = announcements("""
        Kestrel Exchange licensed by Portugal's securities regulator
        Kestrel Exchange was licensed by the Portuguese Securities Market Commission (CMVM) on Monday to offer crypto trading to retail customers in Portugal.
        """)
        #expect(found.contains { $0.action == .permit })
    }
}
