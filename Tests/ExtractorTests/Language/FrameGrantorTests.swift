import Testing
@testable import Extractor

/// A headline that names the grantees of a permission ("firms win approval", "broker cleared to offer") rather than its
/// grantor is a permission of the authority the article names; without a named authority, without a grant, or with the
/// consent of shareholders, a board, a court or creditors, it is none.
@Suite struct FrameGrantorTests: SubjectTable {
    @Test(arguments: [
        ("""
        Four crypto firms win conditional approval to operate as trust banks

        The approvals let the firms hold client assets under the supervision of the Office of the Ruritanian Comptroller.
        """, "Office of the Ruritanian Comptroller"),
        ("""
        Two stablecoin issuers get the nod to operate in Ruritania

        The Ruritanian Monetary Authority said the issuers met its reserve and redemption rules.
        """, "Ruritanian Monetary Authority"),
        ("""
        Three exchanges receive licences to serve retail crypto traders

        The licences were the first handed out by the Securities Board of Ruritania under its new regime.
        """, "Securities Board of Ruritania"),
        ("""
        Custody firms land charters to hold bitcoin for pension funds

        Both firms will be supervised by the Ruritanian Banking Authority, which reviewed their plans for a year.
        """, "Ruritanian Banking Authority"),
        ("""
        Crypto broker cleared to offer bitcoin custody to pension funds

        The Securities Board of Ruritania said the broker met its capital and audit rules.
        """, "Securities Board of Ruritania"),
    ])
    func aPermissionNamingItsGranteesIsTheNamedAuthoritys(text: String, authority: String) {
        let found = Self.frames(text)
        #expect(found.contains { $0.action == .permit && $0.actor == authority }, "\(found.map { ($0.actor, $0.action) })")
    }

    @Test(arguments: [
        // No grant: customers and funding are won, not approvals.
        """
        Bitvale wins new customers as crypto trading picks up

        The exchange said its user base grew 20% in the quarter, according to a filing with the Securities Board of Ruritania.
        """,
        """
        Crypto lender secures $40 million in fresh funding

        The round was led by Harrow Ventures. The Securities Board of Ruritania has not commented on the firm's plans.
        """,
        // A grant, but no authority named to have made it.
        """
        Four crypto firms win approval to operate as trust banks

        The approvals let the firms hold client assets for institutional customers.
        """,
        // Shareholders give the green light; the authority's approval is still to come.
        """
        Tessaro gets green light from shareholders for merger with Quellbank

        The deal still needs the approval of the Ruritanian Banking Authority, which is expected next year.
        """,
        // Shareholders, a board, a court or creditors consent: no authority grants anything, though one is named.
        """
        Tessaro wins shareholder approval for crypto custody merger

        The deal still needs a licence from the Ruritanian Banking Authority, which is expected to rule next year.
        """,
        """
        Bitvale secures board approval to list two new tokens

        The exchange is registered with the Securities Board of Ruritania, which has not commented.
        """,
        """
        Crypto miner gets court approval for restructuring plan

        The Securities Board of Ruritania fined the company last year for late filings.
        """,
        """
        Crypto lender cleared by creditors to sell its bitcoin holdings

        The Securities Board of Ruritania has been monitoring the lender since its collapse.
        """,
        // The firm allows its users something: no permission is granted to it.
        """
        Bitvale allowed users to trade crypto around the clock

        The exchange said demand rose after the Securities Board of Ruritania published its annual report.
        """,
    ])
    func otherHeadlinesGrantNothing(text: String) {
        let found = Self.frames(text)
        #expect(!found.contains { $0.action == .permit }, "\(found.map { ($0.actor, $0.action) })")
    }
}
