import Testing
@testable import Extractor

/// A headline that names a state, a province or a city as the one acting ("Nevada denies ...") has the authority of the
/// same country that acts in the body as actor, as a country's headline does (Tests/Gold/README.md, "Annotation choices
/// worth knowing"); a place the body also names as acting, or a body of another country, leaves the place alone. A body
/// whose name the tables give to another country ("Financial Services Commission") is the place's when the article
/// reads it as the place's ("Jamaica's Financial Services Commission").
/// Texts we wrote, published on Thursday 22 May 2025.
@Suite struct HeadlinePlaceActorTests {
    private func actor(of phrase: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-05-22")).statements
        return statements.first(where: { $0.text.contains(phrase) }).map(\.actor)
    }

    /// (text, the headline's words, the authority that acts in the body)
    @Test(arguments: [
        ("""
         Nevada denies Sagebrush Pay a money transmitter licence

         CARSON CITY — Nevada's Division of Financial Institutions has denied a money transmitter licence to Sagebrush \
         Pay Inc., a crypto payments firm, and ordered it to stop serving Nevada residents by Aug. 1.
         """, "Nevada denies", "Division of Financial Institutions"),
        ("""
         Manitoba extends pause on power for crypto miners

         WINNIPEG — Manitoba's Public Utilities Board said on Tuesday it will keep its pause on new power connections \
         for crypto miners until June 30, 2026.
         """, "Manitoba extends", "Public Utilities Board"),
        ("""
         Oregon orders crypto kiosk operator to refund scam victims

         SALEM — Oregon's Division of Financial Regulation has ordered Cascade Coin Machines to refund $210,000 to \
         customers who were defrauded, and to cap new customers' deposits at $1,000 a day from July 1.
         """, "Oregon orders", "Division of Financial Regulation"),
    ])
    func aPlaceOnlyTheHeadlineNamesActsThroughItsAuthority(text: String, headline: String, authority: String) {
        #expect(actor(of: headline, in: text) == .some(authority), "\(String(describing: actor(of: headline, in: text)))")
    }

    /// (text, the headline's words, the place that stays the actor)
    @Test(arguments: [
        // The body names the state as acting on news of its own.
        ("""
         Nevada bans crypto mining near schools

         CARSON CITY — Nevada will bar crypto mining within a mile of any school from Sept. 1. Nevada's Division of \
         Financial Institutions will require kiosk operators to post scam warnings from July 1.
         """, "Nevada bans", "Nevada"),
        // The body's authority is another country's.
        ("""
         Manitoba miners face new rules

         OTTAWA — Manitoba will cap power for new crypto mines at 5 megawatts from July 1. Separately, the Financial Conduct \
         Authority said on Tuesday it will require crypto firms to report their UK customers' trades from 2026.
         """, "Manitoba will cap", "Manitoba"),
    ])
    func aPlaceTheBodyNamesAsActingStays(text: String, headline: String, place: String) {
        #expect(actor(of: headline, in: text) == .some(place), "\(String(describing: actor(of: headline, in: text)))")
    }

    /// (text, the headline's words): the country's own body, whose name the tables give to another country, acts.
    @Test(arguments: [
        ("""
         Jamaica caps crypto lending to retail clients

         KINGSTON — Jamaica's Financial Services Commission said on Tuesday that licensed firms may lend no more than \
         $5,000 of crypto-assets to any retail client from Sept. 1.
         """, "Jamaica caps"),
        ("""
         Barbados bars crypto firms from paying influencers

         BRIDGETOWN — Barbados' Financial Services Commission has barred licensed crypto firms from paying social media \
         influencers to promote their services from Oct. 1, it said on Monday.
         """, "Barbados bars"),
    ])
    func aCountrysBodyWithASharedNameActsForIt(text: String, headline: String) {
        #expect(actor(of: headline, in: text) == .some("Financial Services Commission"), "\(String(describing: actor(of: headline, in: text)))")
    }
}
