import Testing
@testable import Extractor

/// Articles that mention rules without reporting a policy change, and their policy-news counterparts.
@Suite struct NegativeShapeTests {
    private func announcements(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-10")).announcements
    }

    @Test(arguments: [
        // Earnings stories, whatever rules their bodies mention.
        """
        Kraken posts record quarterly revenue as crypto trading surges
        Kraken reported second-quarter revenue of $1.1 billion on Thursday, up 40% from a year earlier.
        The company said it would stop offering staking to customers in Ohio from next month after a state order.
        Chief executive Dave Ripley said he expects regulators to approve more crypto ETFs next year.
        """,
        """
        Bitvale profit falls 30% in first quarter
        Bitvale's net income fell 30% in the first quarter, the crypto exchange said on Monday.
        The Financial Services Agency will require exchanges to hold more capital from July 1, the company noted.
        """,
        // A court settling a private dispute.
        """
        Court orders crypto lender to repay rival in contract dispute
        The High Court of Singapore on Tuesday ordered crypto lender Zenvault to pay $12 million to trading firm Arcstone.
        Justice Kwek said Zenvault had failed to return bitcoin pledged as collateral by the agreed date.
        Zenvault said it would appeal the ruling.
        """,
        """
        Tribunal sides with exchange in fee fight with market maker
        The Commercial Tribunal of Paris on Monday barred market maker Lumio from collecting fees from crypto exchange Vexo.
        Lumio said it would appeal.
        """,
        // Speeches that restate existing rules.
        """
        SEC chair reminds crypto firms that securities laws apply
        The chair of the U.S. Securities and Exchange Commission said on Tuesday that crypto platforms must register with the agency, restating its long-held view.
        "Nothing about our rules has changed," she told a conference.
        """,
        """
        Central bank governor reiterates crypto payment ban
        The Central Bank of Nigeria reiterated on Monday that banks may not process crypto payments, in a speech in Abuja.
        """,
    ])
    func articlesThatReportNoPolicyChangeHaveNone(text: String) {
        #expect(announcements(text).isEmpty)
    }

    @Test(arguments: [
        """
        Court fines crypto lender in regulator's case
        The Federal Court of Australia on Wednesday fined crypto lender Kestrel $5 million in a case brought by the Australian Securities and Investments Commission.
        """,
        """
        Central bank bans crypto payments in speech
        The Central Bank of Nigeria will ban banks from processing crypto payments from July 1, its governor said in a speech on Monday.
        """,
        """
        Exchange profits hit as regulator bans crypto derivatives
        The Financial Services Agency banned crypto derivatives for retail clients from July 1, it said on Monday.
        """,
    ])
    func policyNewsInThoseShapesKeepsItsAnnouncement(text: String) {
        #expect(!announcements(text).isEmpty)
    }

    @Test(arguments: [
        ("""
        French watchdog warns on crypto sites
        The Autorité des marchés financiers warned French investors on Monday about 14 crypto websites, and will require influencers to register from July 1.
        France's savers lost millions to such sites, the regulator said.
        """, "FR"),
        ("""
        Nigeria's watchdog requires exchanges to register
        The Securities and Exchange Commission will require crypto exchanges serving Nigerians to register from July 1.
        Nigerian platforms have until then to apply.
        """, "NG"),
        ("""
        Singapore regulator requires exchanges to register
        The Monetary Authority of Singapore will require crypto exchanges to register from July 1, it said on Monday.
        Malaysian and Indonesian users will be affected.
        """, "SG"),
    ])
    func anAuthorityWhoseNameNamesNoPlaceBelongsToTheArticlesCountry(text: String, country: String) {
        let found = announcements(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.jurisdiction == country }, "\(found.map { ($0.actor, $0.jurisdiction) })")
    }
}
