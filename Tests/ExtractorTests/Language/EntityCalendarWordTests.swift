import Testing
@testable import Extractor

/// The months of other calendars and the holidays ("1 Safar 1448", "Tahsas 22", "Eid al-Adha", "Rosh Hashanah", "the
/// Lunar New Year") name no entity; a name that only shares a word with them stays. Sentences are our own.
@Suite struct EntityCalendarWordTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-20")).entities.map(\.name)
    }

    @Test(arguments: [
        ("The rules apply from June 26, which is 10 Muharram 1448 in the Hijri calendar, the regulator said.", ["Muharram", "Hijri"]),
        ("Trading resumes on 3 Dhu al-Qadah, the exchange in Tessaly said.", ["Dhu", "Qadah"]),
        ("The desk will close for Eid al-Fitr, the Tessaly bank said.", ["Fitr"]),
        ("Firms must register by Hidar 12, or November 21, the Tessaly authority said.", ["Hidar"]),
        ("The exchange opened a waiting list before Yom Kippur, it said.", ["Yom Kippur"]),
        ("The pilot starts on 1 Kislev 5787 in the Hebrew calendar, the Tessaly bank said.", ["Kislev"]),
        ("Payments peaked in the week of the Lunar New Year, the Tessaly wallet said.", ["Lunar New Year"]),
        ("The law takes effect on New Year's Day, the Tessaly ministry said.", ["New Year", "Day"]),
    ])
    func monthsOfOtherCalendarsAndHolidaysNameNothing(_ text: String, _ wrong: [String]) {
        let found = names(text)
        #expect(!found.contains { wrong.contains($0) }, "\(found)")
    }

    @Test(arguments: [
        ("Safar Capital said on Monday it would buy the exchange.", "Safar Capital"),
        ("Lunar Digital Markets won a licence in Tessaly on Monday.", "Lunar Digital Markets"),
        ("Nisan Holdings said it would list the token.", "Nisan Holdings"),
    ])
    func namesThatShareAWordStay(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }
}
