import Testing
@testable import Extractor

/// A statement of legal-tender status is a warning issued as an act of its own (SCHEMA.md section 3: "past cautions,
/// legal-tender status"), dated by the day, month or year the sentence gives it, whichever of "legal tender" the
/// sentence's cue falls on; carve-outs ("remains legal", "is not affected") stay undated. Texts are published on
/// Thursday 22 May 2025.
@Suite struct LegalTenderDatingTests: StatementDatingTable {
    @Test(arguments: [
        ("The Central African Republic made bitcoin legal tender in 2022, the first country in Africa to do so.", "2022"),
        ("In a March 2023 statement, the Ruritanian Central Bank said cryptocurrencies were not legal tender and carried high risks.", "2023-03"),
        ("The Ruritanian Central Bank declared in 2021 that crypto-assets are not legal tender.", "2021"),
        ("Back in 2020, the Ruritanian Central Bank stated that bitcoin was not legal tender.", "2020"),
        ("The Ruritanian Monetary Authority noted in a 2019 circular that tokens were not legal tender.", "2019"),
    ])
    func aLegalTenderStatusIsDatedByItsSentence(text: String, day: String) {
        #expect(effective(of: "legal", in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    @Test(arguments: [
        "Crypto trading remains legal in Ruritania, the Ruritanian Central Bank said in 2021.",
        "Paying with tokens will remain legal after the new rules, the Ruritanian Financial Authority said on Tuesday.",
        "The Ruritanian Financial Authority said in 2022 that staking is not affected by the licensing rules.",
        "In 2021 the Ruritanian Central Bank said that mining was not affected by its rules.",
    ])
    func aCarveOutStaysUndated(text: String) {
        #expect(effective(of: "Ruritanian", in: text) == "null", "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    @Test(arguments: [
        ("crypto-assets are not legal tender", "legal", true),
        ("bitcoin became legal tender in 2021", "legal", true),
        ("the notes remain legal tender", "tender", true),
        ("the bank warned investors", "warned", true),
        ("in a notice on the risks", "notice", true),
        ("crypto trading remains legal", "legal", false),
        ("holding tokens is legal but risky", "legal", false),
        ("staking is not affected", "affected", false),
        ("a legal challenge to the tender process", "legal", false),
        ("payments stay allowed", "allowed", false),
    ])
    func aWarningIsIssuedByItsCueOrALegalStatus(phrase: String, cue: String, isIssued: Bool) {
        let words = phrase.split(separator: " ").map(String.init)
        let index = words.firstIndex(of: cue) ?? 0
        #expect(StatementDating.statesAnIssuedWarning(words, cue: index) == isIssued)
    }
}
