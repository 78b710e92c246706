import Testing
@testable import Extractor

/// A consultation or proposal the measure came out of ("follow a consultation that closed in June", "dropping an earlier
/// proposal") gives the measure no status of its own; a proposal that is the measure still makes it proposed. Sentences
/// are our own.
@Suite struct EarlierProposalTests {
    @Test(arguments: [
        "The rules follow a consultation that closed in June.",
        "The regulator confirmed the regime, dropping an earlier proposal to limit it to professional investors.",
        "After a consultation last spring, the authority settled on a lower threshold.",
        "Following the consultation, issuers will have to publish their reserves every month.",
        "The requirement replaces the original proposal of a yearly report.",
        "Its consultation ended in March, and the final rules apply from July.",
    ])
    func anEarlierStepGivesNoStatus(_ sentence: String) {
        #expect(PolicyCues.status(in: words(sentence)) != .proposed, "\(sentence)")
    }

    @Test(arguments: [
        "The regulator published a consultation on stablecoin reserves on Monday.",
        "Under the proposal, exchanges would have to keep client assets apart.",
        "The draft would ban crypto lending to retail clients.",
        "The ministry proposed a 10% tax on crypto gains.",
        "The consultation closes on March 31.",
    ])
    func aProposalThatIsTheMeasureStaysProposed(_ sentence: String) {
        #expect(PolicyCues.status(in: words(sentence)) == .proposed, "\(sentence)")
    }

    private func words(_ sentence: String) -> [String] {
        AnalyzedText(sentence).tokens.map(\.lower)
    }
}
