import Testing
@testable import Extractor

/// The activities a measure covers, read from sentences we wrote: miners that mine or are sold,
/// hyphenated compliance terms, exchanges as addressees of another activity's rule, and frames
/// whose own sentences name no activity.
@Suite struct SubjectLexiconTests {
    private static func words(_ sentence: String) -> [String] {
        Tokenizer().tokens(of: Array(sentence.unicodeScalars)).map(\.lower)
    }

    @Test(arguments: [
        ("The ministry ordered crypto miners to shut down for the winter.", PolicySubject.mining),
        ("The ban covers the sale of bitcoin miners to households.", .miningHardware),
        ("Shops may no longer sell mining machines.", .miningHardware),
    ])
    func minersMineUnlessTheyAreSold(text: String, subject: PolicySubject) {
        #expect(SubjectLexicon.subjects(in: Self.words(text)).contains(subject), "\(SubjectLexicon.subjects(in: Self.words(text)))")
    }

    @Test(arguments: [
        "Brokers must carry out know-your-customer checks on every client.",
        "Platforms must pass anti-money-laundering audits.",
        "Exchanges must perform customer due diligence.",
    ])
    func hyphenatedComplianceTermsAreKYC(text: String) {
        #expect(SubjectLexicon.subjects(in: Self.words(text)).contains(.kycAML))
    }

    @Test(arguments: [
        "The agency told exchanges to suspend margin lending to retail clients.",
        "Exchanges must report every stablecoin transfer above $1,000.",
    ])
    func exchangesThatCarryAnotherRuleAreItsAddressees(text: String) {
        #expect(!SubjectLexicon.subjects(in: Self.words(text)).contains(.exchangeServices), "\(SubjectLexicon.subjects(in: Self.words(text)))")
    }

    @Test(arguments: [
        "Exchanges must hold a licence before serving clients.",
        "The regulator will license exchanges that offer stablecoin trading.",
        "Exchanges and custodians must register with the authority.",
    ])
    func exchangesWhoseOperationIsRuledAreTheSubject(text: String) {
        #expect(SubjectLexicon.subjects(in: Self.words(text)).contains(.exchangeServices), "\(SubjectLexicon.subjects(in: Self.words(text)))")
    }

    @Test func aFrameWithoutActivitiesOfItsOwnTakesItsActorsOtherNews() {
        let frames = TextAnalyzer().analyze("""
        Ruritania moves to end crypto ban with draft law
        The Central Bank of Ruritania published a draft law on Monday.
        Under the draft, the Central Bank of Ruritania would license crypto exchanges and custodians.
        """, published: CalendarDay(iso: "2025-01-10")).announcements
        let permit = frames.first { $0.actor == "Central Bank of Ruritania" && $0.action == .permit }
        #expect(permit?.subjects == [.exchangeServices, .custody], "\(frames.map { ($0.action, $0.subjects) })")
    }
}
