import Testing
@testable import Extractor

/// A measure in effect under rules or guidance published before the news dates from their publication ("under rules the
/// central bank published in August 2024, providers must ..."), as a law in force dates from its passage; a day of
/// publication of the last days stays the day of a source, not of the measure. Sentences are our own.
@Suite struct PublishedRulesDatingTests: StatementDatingTable {
    @Test(arguments: [
        ("Under rules the central bank published in August 2024, licensed providers must keep client assets separate from their own.", "2024-08"),
        ("The tax authority treats staking rewards as income, under guidance it published in 2023.", "2023"),
        ("Under guidance published in March 2024, exchanges must check that customers understand the risks of crypto products.", "2024-03"),
    ])
    func aMeasureInEffectDatesFromTheRulesPublishedBeforeTheNews(text: String, effective: String) {
        let read = statements(text).first
        #expect(read?.status == .inEffect, "\(text) → \(String(describing: read?.status))")
        #expect(read?.effective == effective, "\(text) → \(String(describing: read?.effective))")
    }

    @Test(arguments: [
        // The day a statement of the news was published is no start of what it states.
        ("Banks are barred from holding crypto, the central bank said in a statement published on Tuesday.", "null"),
        // Rules the news publishes date from their issue, as before.
        ("The central bank on Tuesday published rules that require stablecoin issuers to hold reserves in cash.", "2025-05-20"),
    ])
    func aRecentPublicationDayStaysTheDayOfASource(text: String, effective: String) {
        let read = statements(text).first
        #expect(read?.status == .announced, "\(text) → \(String(describing: read?.status))")
        #expect((read?.effective ?? "null") == effective, "\(text) → \(String(describing: read?.effective))")
    }
}
