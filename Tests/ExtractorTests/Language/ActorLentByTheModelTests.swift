import Testing
@testable import Extractor

/// A statement the rules leave with no actor takes the one its sentence has when read beside the sentences only the model
/// reads as statements, such as a lead that names the firm acting; an actor the rules found stays. Texts we wrote.
@Suite struct ActorLentByTheModelTests {
    private func statements(_ text: String) -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-19")).statements
    }

    private func actor(of phrase: String, in text: String) -> String?? {
        statements(text).first(where: { $0.text.contains(phrase) }).map(\.actor)
    }

    static let norvik = "Norvik Exchange to stop withdrawals to unknown wallets from May 4\n\nBy Jon Doe\n\nOSLO — Norwegian crypto exchange Norvik Exchange will stop sending coins to wallets that customers have not verified from May 4, the company said on Tuesday.\n\nFrom that date, a customer who wants to withdraw to such a wallet will have to prove control of it.\n\nWithdrawals of up to 500 euros a day will remain possible until the end of the year, the notice said.\n\nDeposits from such wallets are not affected.\n\nNorvik, which was granted a licence by Norway's Financial Supervisory Authority in July, said it acted on its own initiative."

    static let brask = "Brask Exchange to halt card deposits from June 1\n\nBy Ann Lee\n\nCOPENHAGEN — Danish crypto exchange Brask Exchange will stop accepting card deposits from June 1, the company said on Monday.\n\nFrom that date, customers who want to fund an account will have to send a bank transfer.\n\nBank transfers of any size will remain possible, the notice said."

    @Test(arguments: [
        (norvik, "Norvik Exchange to stop withdrawals", "Norvik Exchange"),
        (norvik, "will have to prove control of it", "Norvik Exchange"),
        (brask, "Brask Exchange to halt card deposits", "Brask Exchange"),
        (brask, "will have to send a bank transfer", "Brask Exchange"),
    ])
    func aFirmThatOnlyTheModelsLeadNamesActsInTheRulesSentences(_ text: String, _ phrase: String, _ firm: String) {
        #expect(actor(of: phrase, in: text) == .some(firm), "\(statements(text).map { ($0.text.prefix(40), $0.actor) })")
    }

    @Test(arguments: [
        (norvik, "Norvik, which was granted a licence", "Norvik Exchange"),
        ("Crypto rules tightened\n\nThe Securities Commission said on Monday that exchanges must verify every customer from July 1. Authorities will also require brokers to keep records for five years, the commission said.",
         "exchanges must verify every customer", "Securities Commission"),
    ])
    func anActorTheRulesFoundStays(_ text: String, _ phrase: String, _ actor: String) {
        #expect(self.actor(of: phrase, in: text) == .some(actor), "\(statements(text).map { ($0.text.prefix(40), $0.actor) })")
    }
}
