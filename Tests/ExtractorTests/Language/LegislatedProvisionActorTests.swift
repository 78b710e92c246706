import Testing
@testable import Extractor

/// An article whose news is a law a legislature passes ("The Bundestag passes ...") gives the law's provisions to the
/// legislature, though they name the authority of its country that will license or supervise under it ("will need a
/// licence from BaFin", "must be registered with ..."). A regulator that acts or speaks for itself, a provision already
/// in force, an authority that does something under the law ("blocked by the ministry"), and an article whose news is
/// the regulator's keep the authority. Texts we wrote.
@Suite struct LegislatedProvisionActorTests {
    private func actor(of quote: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-14")).statements
        return statements.first(where: { $0.text.contains(quote) }).map(\.actor)
    }

    /// (text, a provision's words, the legislature it belongs to)
    @Test(arguments: [
        ("Bundestag passes crypto custody law\n\nBERLIN — The Bundestag on Wednesday passed a law under which firms that hold crypto for clients will need a licence from BaFin from January 1. Custodians must also be licensed by BaFin before they take on new clients.",
         "will need a licence from BaFin", "Bundestag"),
        ("Bundestag passes crypto custody law\n\nBERLIN — The Bundestag on Wednesday passed a law under which firms that hold crypto for clients will need a licence from BaFin from January 1. Custodians must also be licensed by BaFin before they take on new clients.",
         "must also be licensed by BaFin", "Bundestag"),
        ("Riksdag passes crypto broker licensing law\n\nSTOCKHOLM — The Riksdag on Tuesday passed a law under which crypto brokers will need a licence from Finansinspektionen from March 1.",
         "will need a licence from Finansinspektionen", "Riksdag"),
    ])
    func aLegislatedProvisionIsTheLegislatures(text: String, quote: String, legislature: String) {
        #expect(actor(of: quote, in: text) == .some(legislature), "\(String(describing: actor(of: quote, in: text)))")
    }

    /// The statement model fitted by L-BFGS (thirteenth round) does not admit this second provision as a statement at
    /// all (`Tests/Benchmarks/README.md`, "Language round of 27 Nov (thirteenth)").
    @Test func aSecondProvisionIsTheLegislatures() {
        let text = "Riksdag passes crypto broker licensing law\n\nSTOCKHOLM — The Riksdag on Tuesday passed a law under which crypto brokers will need a licence from Finansinspektionen from March 1. Brokers will be supervised by Finansinspektionen from that date."
        withKnownIssue("the shipped statement model drops this sentence", isIntermittent: true) {
            #expect(actor(of: "will be supervised by Finansinspektionen", in: text) == .some("Riksdag"))
        }
    }

    /// (text, a statement's words, the authority that keeps it)
    @Test(arguments: [
        // The regulator speaks for itself.
        ("Bundestag passes crypto custody law\n\nBERLIN — The Bundestag on Wednesday passed a law under which firms that hold crypto for clients will need a licence from BaFin from January 1. BaFin said it would accept applications from October and publish its guidance before then.",
         "BaFin said it would accept applications", "BaFin"),
        // A registration in force before the news.
        ("Bundestag passes crypto custody law\n\nBERLIN — The Bundestag on Wednesday passed a law under which firms that hold crypto for clients will need a licence from BaFin from January 1. Exchanges have been registered with BaFin since 2020.",
         "Exchanges have been registered with BaFin since 2020", "BaFin"),
        // The news is the regulator's.
        ("BaFin tightens crypto custody rules\n\nBERLIN — BaFin on Wednesday ordered custodians to keep all client assets in cold storage from July. Custodians must be licensed by BaFin before they take on new clients.",
         "must be licensed by BaFin", "BaFin"),
    ])
    func anAuthorityActingOutsideTheLawKeepsTheStatement(text: String, quote: String, authority: String) {
        #expect(actor(of: quote, in: text) == .some(authority), "\(String(describing: actor(of: quote, in: text)))")
    }
}
