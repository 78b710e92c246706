import Testing
@testable import Extractor

/// A firm that closes one of its offerings ends it (`prohibit`), or, closing it to a class of clients, limits it
/// (`restrict`); closing a funding round, a market closing higher, a closing refused or time given to close something
/// are no such measure (`PolicyCues.closedOffering`).
@Suite struct ClosedOfferingTests {
    private func cue(_ text: String) -> PolicyAction? {
        PolicyCues.cue(in: AnalyzedText(text).tokens.map(\.lower), from: 0)?.action
    }

    @Test(arguments: [
        "Talvi Exchange will close its staking service on March 1.",
        "The platform said it would shut its crypto lending desk next month.",
        "Marrow Wallet closes the savings feature it launched in 2023",
        "The broker is closing its bitcoin futures product after the ruling.",
    ])
    func anOfferingClosedIsEnded(text: String) {
        #expect(cue(text) == .prohibit, "\(text) → \(String(describing: cue(text)))")
    }

    @Test(arguments: [
        "Orrin Markets will close its derivatives product to retail clients from June.",
        "The exchange said it would close its earn programme to new users on Friday.",
    ])
    func anOfferingClosedToAClassOfClientsIsLimited(text: String) {
        #expect(cue(text) == .restrict, "\(text) → \(String(describing: cue(text)))")
    }

    @Test(arguments: [
        "Orrin Markets closed its Series B funding round on Monday.",
        "Bitcoin closed the week 4% higher.",
        "The exchange will not close its custody service, its chief executive said.",
        "The ministry gives banks until June 30 to settle open trades and to close the accounts they opened for exchanges.",
    ])
    func otherClosingsEndNoOffering(text: String) {
        #expect(cue(text) != .prohibit && cue(text) != .restrict, "\(text) → \(String(describing: cue(text)))")
    }
}
