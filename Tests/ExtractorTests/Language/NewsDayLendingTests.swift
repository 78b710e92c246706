import Testing
@testable import Extractor

/// The day of the news (SCHEMA.md section 3, `effective`: "for a past act ..., the act's date when the article gives
/// it"): an act or a rule of the article's opening that no sentence of its own measure dates takes the day the opening
/// gives its actor's news, whatever measure that day was given to; a rule that starts later or gives a period to
/// comply, another actor's measure, a measure told far from the opening and a day older than the news take none.
/// All texts are published on Thursday 22 May 2025 (Monday is 19 May, Tuesday 20 May, Wednesday 21 May).
@Suite struct NewsDayLendingTests: StatementDatingTable {
    @Test(arguments: [
        // A refusal beside the approvals of the same day.
        ("""
         The Ruritanian Financial Authority on Tuesday granted conditional approval to two crypto exchanges. A third \
         applicant, Corvid Markets, was refused a licence after the authority found gaps in its ownership records.
         """, "was refused", "2025-05-20"),
        // What a cancellation leaves the firm unable to do.
        ("""
         The Ruritanian Financial Authority cancelled the registration of Corvid Markets on Monday, the regulator said. \
         Corvid Markets can no longer serve customers in Ruritania.
         """, "can no longer", "2025-05-19"),
        // An order that took effect on a day, and the headline and lead that report it.
        ("""
         Ruritania bars two former Corvid directors

         The Ruritanian Securities Board has issued prohibition orders against two former directors of Corvid Markets. \
         The orders took effect on Tuesday, the board said.
         """, "has issued prohibition orders", "2025-05-20"),
        ("""
         Ruritania bars two former Corvid directors

         The Ruritanian Securities Board has issued prohibition orders against two former directors of Corvid Markets. \
         The orders took effect on Tuesday, the board said.
         """, "Ruritania bars", "2025-05-20"),
        // A bar that comes with a fine.
        ("""
         The Ruritanian Securities Board on Tuesday fined Corvid Markets 2 million euros for serving customers without a \
         licence. The exchange is barred from taking on new customers.
         """, "is barred", "2025-05-20"),
        // An act whose day is only the day of its report.
        ("""
         The Ruritanian Financial Authority has revoked the licence of Corvid Markets, the regulator said on Tuesday. The \
         exchange may not take on new customers.
         """, "may not take on", "2025-05-20"),
    ])
    func anOpeningMeasureTakesTheDayOfItsActorsNews(text: String, part: String, day: String) {
        #expect(effective(of: part, in: text) == day, "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    @Test(arguments: [
        // A rule that starts later.
        ("""
         The Ruritanian Financial Authority on Tuesday granted licences to two crypto exchanges. Licensed exchanges will \
         have to report every transfer above 1,000 euros.
         """, "will have to report"),
        // A period given to comply ends on a day the article does not give.
        ("""
         The Ruritanian Financial Authority on Tuesday refused a licence to Corvid Markets. Other applicants must meet \
         the conditions within six months.
         """, "within six months"),
        // Another actor's rule.
        ("""
         The Ruritanian Financial Authority on Tuesday refused a licence to Corvid Markets. The Ruritanian Central Bank \
         requires banks to report crypto transfers above 10,000 euros.
         """, "Central Bank requires"),
        // A day older than the news.
        ("""
         The Ruritanian Financial Authority refused a licence to Corvid Markets on April 2. The company may not offer \
         trading services in Ruritania.
         """, "may not offer"),
        // A measure told far from the opening.
        ("""
         The Ruritanian Securities Board on Tuesday fined Corvid Markets 2 million euros for serving customers without a licence.

         Corvid Markets was founded in 2019 in the capital.

         It grew quickly during the boom of 2021.

         Its founder left the company last year.

         The firm employs about 200 people.

         Its app was downloaded a million times.

         Trading volumes fell in the spring.

         Analysts expect consolidation in the sector.

         Rival platforms have gained market share.

         The exchange is barred from taking on new customers.
         """, "is barred"),
        // An opening that gives no day at all.
        ("""
         The Ruritanian Securities Board has revoked the licence of Corvid Markets. The exchange may not take on new customers.
         """, "may not take on"),
    ])
    func otherMeasuresTakeNoNewsDay(text: String, part: String) {
        #expect(effective(of: part, in: text) == "null", "\(statements(text).map { ($0.action, $0.status, $0.effective) })")
    }

    @Test(arguments: [
        ("Licensed exchanges will have to report every transfer.", true),
        ("The rules would apply to every broker.", true),
        ("Issuers shall hold reserves in full.", true),
        ("Applicants must meet the conditions within six months.", true),
        ("Firms must file the report within 30 days.", true),
        ("The company may not offer trading services.", false),
        ("Corvid Markets can no longer serve customers.", false),
        ("The exchange is barred from taking on new customers within the region.", false),
        ("Exchanges must hold a licence.", false),
        ("The orders took effect on Tuesday.", false),
    ])
    func aRuleThatStartsLaterOrGivesAPeriodLooksAhead(sentence: String, looksAhead: Bool) {
        #expect(StatementDating.looksAhead(sentence) == looksAhead)
    }
}
