import Testing
@testable import Extractor

/// Article-level announcements from short articles we wrote.
@Suite struct AnnouncementBuilderTests {
    private func announcements(_ text: String, published: String = "2022-05-02") -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).announcements
    }

    @Test func aDecisionBecomesAnAnnouncementWithSubjectsAndJurisdiction() {
        let found = announcements("""
        Trusto to Stop Selling Mining Machines in Portugal
        The marketplace Trusto will halt the sales of crypto mining machines in Portugal from June 1.
        Trusto will not sanction sellers who break the new rules until June 15.
        """)
        #expect(found.count == 1)
        let frame = found.first
        #expect(frame?.actor == "Trusto")
        #expect(frame?.action == .prohibit)
        #expect(frame?.status == .announced)
        #expect(frame?.subjects == [.miningHardware])
        #expect(frame?.jurisdiction == "PT")
        #expect(frame?.effective == "2022-06-01")
        #expect(frame?.enforcement == "2022-06-15")
    }

    @Test func anAuthorityGivesItsOwnJurisdiction() {
        let found = announcements("The Monetary Authority of Singapore will require stablecoin issuers to hold reserves from next year.")
        #expect(found.first?.jurisdiction == "SG")
        #expect(found.first?.action == .require)
        #expect(found.first?.subjects == [.stablecoins])
        #expect(found.first?.effective == "2023")
    }

    @Test func aProposalIsAProposedAnnouncement() {
        let found = announcements("The European Commission proposed rules that would require crypto custodians to segregate assets.")
        #expect(found.first?.status == .proposed)
        #expect(found.first?.jurisdiction == "EU")
        #expect(found.first?.subjects == [.custody])
    }

    @Test(arguments: [
        "Bitcoin fell 3% on Monday while Ether held steady near $1,800.",
        "The lender paused withdrawals after hackers exploited a bug in its bridge and drained its hot wallet in an attack.",
        "The exchange launched a staking product for its customers in Europe.",
    ])
    func articlesWithoutPolicyChangeHaveNone(text: String) {
        #expect(announcements(text).isEmpty)
    }

    @Test func marketNewsWithBackgroundLitigationHasNone() {
        let text = """
        Solana Rallies 9% as Traders Return
        Solana jumped 9% to $148 on Thursday. Kraken launched a staking product for users in Europe.
        The SEC's lawsuit against the issuer, filed in December 2020, still weighs on prices.
        Some exchanges limit withdrawals during peak hours.
        """
        #expect(announcements(text, published: "2024-03-08").isEmpty)
    }

    @Test func oldMeasuresAloneAreNoAnnouncement() {
        #expect(announcements("The central bank of Portugal banned crypto payments in 2017.").isEmpty)
    }
}
