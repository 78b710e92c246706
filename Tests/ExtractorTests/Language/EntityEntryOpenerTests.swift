import Testing
@testable import Extractor

/// A word that opens an entry after a clock time at a line's head ("14:05 Welcome", "[11:05] Brokers") or after an
/// answer's "No." opens a sentence, so a common word there names nothing; names there stay names. Sentences are our own.
@Suite struct EntityEntryOpenerTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-06")).entities.map(\.name)
    }

    @Test(arguments: [
        ("Live: parliament votes on the crypto bill\n\n14:05 Welcome back to the chamber, where the vote is due at noon.\n\n14:20 Lawmakers are taking their seats.", "Welcome"),
        ("Programme\n\n09:00 Registration and coffee\n\n09:30 Keynote: what supervisors expect from issuers\n\n12:30 Lunch", "Keynote"),
        ("Programme\n\n09:00 Registration and coffee\n\n09:30 Keynote: what supervisors expect from issuers\n\n12:30 Lunch", "Lunch"),
        ("Show notes\n\n[02:40] What the bill would change\n\n[11:05] Brokers would need to file a notice for every listing.", "Brokers"),
    ])
    func aWordAfterALinesClockTimeOpensASentence(_ text: String, _ word: String) {
        #expect(!names(text).contains(word), "\(names(text))")
    }

    @Test(arguments: [
        ("Can I pay my rent in bitcoin? No. Landlords may refuse it, the ministry said.", "Landlords"),
        ("Q: Does the ban cover brokers?\nA: No. Brokers stay under the old rules until March.", "Brokers"),
        ("Will my savings be taxed twice? No. Gains are taxed once, when the tokens are sold.", "Gains"),
    ])
    func aWordAfterAnAnswersNoOpensASentence(_ text: String, _ word: String) {
        #expect(!names(text).contains(word), "\(names(text))")
    }

    @Test(arguments: [
        ("14:05 Kestrune Exchange said it would stop serving customers in the country.", "Kestrune Exchange"),
        ("Is the exchange licensed? No. Kestrune Exchange applied in May and is still waiting.", "Kestrune Exchange"),
        ("The decree, published in the gazette as No. 12, names Harrowvale Digital as the first licensee.", "Harrowvale Digital"),
    ])
    func aNameAfterAClockTimeOrAnAnswerStaysAName(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }
}
