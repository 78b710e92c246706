import Testing
@testable import Extractor

/// Status from how news words a measure, over phrasings we wrote: hedges and sourcing ("reportedly",
/// "people familiar with the matter", "sources say", "is said to"), deliberation ("floated", "mulling"),
/// procedure (draft, consultation, bill), and measures already in place ("has been in place since",
/// "came into force").
@Suite struct StatusPhrasingTests {
    private func status(_ text: String) -> PolicyStatus? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-05-22")).statements.first?.status
    }

    @Test(arguments: [
        "The Bank of Thailand is reportedly planning to ban crypto payments.",
        "The Bank of Thailand plans to ban crypto payments, according to people familiar with the matter.",
        "The Bank of Thailand will ban crypto payments, sources say.",
        "The Bank of Thailand is said to be preparing a ban on crypto payments.",
        "The Bank of Thailand has floated a ban on crypto payments.",
        "The Bank of Thailand is mulling a ban on crypto payments.",
        "The Bank of Thailand is weighing whether to cap crypto card payments.",
    ])
    func hedgedOrSourcedMeasuresAreConsidered(text: String) {
        #expect(status(text) == .considering, "\(text) → \(String(describing: status(text)))")
    }

    @Test(arguments: [
        "The Bank of Thailand published a draft rule that would ban crypto payments.",
        "The Bank of Thailand opened a consultation on a ban on crypto payments.",
        "A bill introduced in parliament would ban crypto payments.",
        "The Bank of Thailand proposed a ban on crypto payments.",
    ])
    func proceduralStepsAreProposals(text: String) {
        #expect(status(text) == .proposed, "\(text) → \(String(describing: status(text)))")
    }

    @Test(arguments: [
        "A ban on crypto payments has been in place since 2021.",
        "The ban on crypto payments came into force in 2021.",
        "The Bank of Thailand already bans crypto payments.",
    ])
    func measuresInPlaceAreInEffect(text: String) {
        #expect(status(text) == .inEffect, "\(text) → \(String(describing: status(text)))")
    }

    @Test(arguments: [
        "The Bank of Thailand will ban crypto payments from July 1.",
        "The Bank of Thailand banned crypto payments on Tuesday.",
        "The Bank of Thailand said on Monday it would ban crypto payments.",
    ])
    func decisionsAreAnnounced(text: String) {
        #expect(status(text) == .announced, "\(text) → \(String(describing: status(text)))")
    }
}
