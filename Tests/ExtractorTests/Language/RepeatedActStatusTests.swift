import Testing
@testable import Extractor

/// An act done over and over before the news ("has repeatedly warned", "warned several times", "time and again") is
/// the regime at work, in effect; one act of the week, an act ahead, or a repetition outside the cue's clause stays news.
@Suite struct RepeatedActStatusTests {
    private func statuses(_ text: String) -> [PolicyStatus] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-06-24")).statements.map(\.status)
    }

    @Test(arguments: [
        "Ruritania's exchange Northgate launched a mobile app on Monday. The central bank has repeatedly warned that crypto-assets are not legal tender in Ruritania.",
        "Ruritania's exchange Northgate launched a mobile app on Monday. The securities regulator warned several times that it does not supervise crypto platforms.",
        "Ruritania's exchange Northgate launched a mobile app on Monday. The central bank has warned investors time and again that tokens are not backed by the state.",
        "Ruritania's exchange Northgate launched a mobile app on Monday. The securities regulator has cautioned the public on several occasions against unlicensed platforms.",
    ])
    func aRepeatedActIsInEffect(text: String) {
        #expect(statuses(text).last == .inEffect, "\(text) → \(statuses(text))")
    }

    @Test(arguments: [
        "The central bank of Ruritania warned on Monday that crypto-assets carry a high risk of loss.",
        "The securities regulator of Ruritania said on Monday it will repeatedly fine exchanges that break its rules.",
        "The bill was delayed several times before the parliament of Ruritania passed it on Monday, banning crypto mining.",
    ])
    func aSingleOrFutureActStaysNews(text: String) {
        #expect(!statuses(text).isEmpty && !statuses(text).contains(.inEffect), "\(text) → \(statuses(text))")
    }
}
