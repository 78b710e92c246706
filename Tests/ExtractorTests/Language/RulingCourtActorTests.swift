import Testing
@testable import Extractor

/// A court that rules, or a judge for their court, issues the ruling: the party that brought or sought the case ("in a
/// case brought by the regulator", "an order sought by the operator") and the party the ruling binds are not its actor
/// (`ActorResolver.rulingCourt`). A regulator or a firm that acts after a court's ruling is left alone.
/// Sentences are our own.
@Suite struct RulingCourtActorTests {
    private func actor(of phrase: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-10")).statements
        return statements.first(where: { $0.text.contains(phrase) }).map(\.actor)
    }

    /// (text, a phrase of the statement, the court that rules).
    @Test(arguments: [
        ("Court orders exchange to pay penalty\n\nThe High Court has ordered Wairoa crypto exchange Kōtuku Trade Ltd to pay a civil penalty of $2.4 million for failing to verify customers, in a case brought by the Department of Internal Affairs.",
         "civil penalty", "High Court"),
        ("Court freezes exchange accounts\n\nThe Federal High Court in Lagos on Friday ordered six banks to freeze accounts held by crypto exchange Ikeja Swap for 60 days, pending an investigation by the Economic and Financial Crimes Commission.",
         "freeze accounts", "Federal High Court"),
        ("Judge halts kiosk shutdown\n\nThe operator sued in the Circuit Court of Dane County last month. Judge Marta Lindqvist-Oyelaran granted a temporary restraining order sought by Badger Coin Kiosk LLC and three other operators.",
         "restraining order", "Circuit Court of Dane County"),
        ("Bank must pay penalty, court rules\n\nThe Gauteng Division of the High Court heard the review in May. Judge Sipho Dlamini-Varga dismissed the lender's application and ordered Tswelopele Mutual Bank to pay the penalty by Sept. 30.",
         "pay the penalty", "Gauteng Division of the High Court"),
        ("Court fines exchange\n\nThe Regional Court of Linz heard the case in May. On Friday the court ordered Alpenkrypto GmbH to pay a penalty of 400,000 euros, in a case brought by the Financial Market Authority.",
         "On Friday the court", "Regional Court of Linz"),
    ])
    func theCourtThatRulesIsTheActor(text: String, phrase: String, court: String) {
        #expect(actor(of: phrase, in: text) == .some(court), "\(String(describing: actor(of: phrase, in: text)))")
    }

    /// (text, a phrase of the statement, an actor that is no court): a court only in a clause of its own.
    @Test(arguments: [
        ("Regulator bans exchange\n\nThe Securities Commission on Monday barred Kestrel Markets from onboarding new clients after the court dismissed the firm's appeal.",
         "barred Kestrel", "Securities Commission"),
        ("Exchange freezes accounts\n\nBrenta Markets froze 140 customer accounts on Tuesday after a Turin judge ordered the seizure of 3 million euros euros.",
         "froze 140", "Brenta Markets"),
    ])
    func aSubjectBeforeACourtsClauseIsTheActor(text: String, phrase: String, actor expected: String) {
        #expect(actor(of: phrase, in: text) == .some(expected), "\(String(describing: actor(of: phrase, in: text)))")
    }
}
