import Testing
@testable import Extractor

/// A country and its own bodies tell one measure (SCHEMA.md section 3, `effective`: "the measure's start as the article
/// states it anywhere"): a rule the article gives to the country takes the start one of its regulators gives, and the
/// other way round, when its own statements give none; a rule whose sentence names no issuer also takes the start a
/// second body of the same country gives; another country's body, a second body of the same country its sentence names,
/// a measure already in force, a lasting state and a measure only considered take none.
/// All texts are published on Thursday 22 May 2025.
@Suite struct CountrySideLendingTests: StatementDatingTable {
    @Test(arguments: [
        // The country's rule takes its regulator's start, in the body and in the headline.
        ("""
         Norway tightens crypto exchange rules

         Norway's Financial Supervisory Authority will require crypto exchanges to verify the identity of every customer \
         from Sept. 1, the regulator said on Wednesday.

         Norway will also require exchanges to report transfers above 10,000 kroner to the authority.
         """, "Norway will also require", "2025-09-01"),
        ("""
         Norway tightens crypto exchange rules

         Norway's Financial Supervisory Authority will require crypto exchanges to verify the identity of every customer \
         from Sept. 1, the regulator said on Wednesday.

         Norway will also require exchanges to report transfers above 10,000 kroner to the authority.
         """, "Norway tightens", "2025-09-01"),
        ("""
         Romania's Financial Supervisory Authority will cap leverage on crypto derivatives at 2:1 from Nov. 3, the regulator \
         said on Tuesday.

         Romania will also bar retail investors from crypto lending products.
         """, "Romania will also bar", "2025-11-03"),
        // The regulator's rule takes the country's start.
        ("""
         Poland will require crypto exchanges to hold a licence from July 1, the finance ministry said on Wednesday.

         Exchanges will have to keep customer assets apart from their own, the Polish Financial Supervision Authority said.
         """, "keep customer assets apart", "2025-07-01"),
        ("""
         Hungary will require crypto platforms to register from Oct. 1, the government said on Monday.

         Platforms must hold customer assets with a licensed custodian, the Central Bank of Hungary said.
         """, "licensed custodian", "2025-10-01"),
    ])
    func aRuleTakesTheStartTheOtherSideOfItsCountryGives(text: String, part: String, day: String) {
        #expect(effective(of: part, in: text) == day, "\(statements(text).map { ($0.actor, $0.status, $0.effective) })")
    }

    @Test(arguments: [
        // Another country's regulator.
        ("""
         Poland will require crypto exchanges to hold a licence from July 1, the finance ministry said on Wednesday.

         In Germany, exchanges will have to keep customer assets apart from their own, the Federal Financial Supervisory \
         Authority said.
         """, "In Germany"),
        // A second body of the same country speaks for itself.
        ("""
         Poland's Ministry of Finance will require crypto exchanges to hold a licence from July 1, the ministry said on \
         Wednesday.

         The Polish Financial Supervision Authority will require exchanges to keep customer assets apart from their own.
         """, "Polish Financial Supervision Authority will require"),
        // A measure already in force.
        ("""
         Poland's Ministry of Finance will require crypto exchanges to hold a licence from July 1, the ministry said on \
         Wednesday.

         Poland already requires exchanges to register with the tax office.
         """, "already requires"),
        // A lasting state.
        ("""
         Poland's Ministry of Finance will require crypto exchanges to hold a licence from July 1, the ministry said on \
         Wednesday.

         Poland remains one of the few EU countries where crypto ATMs are still banned.
         """, "Poland remains"),
        // A measure only considered.
        ("""
         Poland's Ministry of Finance will require crypto exchanges to hold a licence from July 1, the ministry said on \
         Wednesday.

         Poland is also considering a ban on crypto ATMs.
         """, "considering a ban"),
    ])
    func otherActorsAndOtherMeasuresTakeNoStart(text: String, part: String) {
        #expect(effective(of: part, in: text) == "null", "\(statements(text).map { ($0.actor, $0.status, $0.effective) })")
    }

    /// An announced rule of `actor`, the regulator "FSA" or the parliament "Parliament" of Poland or the regulator "BaFin" of
    /// Germany, with its own date or none.
    private static func rule(_ actor: String, sentence: Int, own: String?, namesItsActor: Bool) -> ReadStatement {
        ReadStatement(
            statement: PolicyStatement(text: "", start: 0, end: 0, actor: actor, action: .require, status: .announced, object: "", effective: own),
            sentence: sentence, actorKey: actor, ownDate: own, cueIndex: 0, namesItsActor: namesItsActor
        )
    }

    @Test(arguments: [
        // "The act caps cash purchases at 1,000 euros": a rule whose sentence names no issuer, read as the parliament's,
        // starts when the regulator's rule of the same country does.
        ("Parliament", false, "2025-09-01"),
        // A sentence that names its issuer keeps to that body's own dates; another country's regulator lends nothing.
        ("Parliament", true, "null"),
        ("BaFin", false, "null"),
    ])
    func aRuleThatNamesNoIssuerTakesTheStartAnotherBodyOfItsCountryGives(actor: String, namesItsActor: Bool, day: String) throws {
        var statements = [
            Self.rule("FSA", sentence: 2, own: "2025-09-01", namesItsActor: true),
            Self.rule(actor, sentence: 3, own: nil, namesItsActor: namesItsActor),
        ]
        let countries = ["FSA": "PL", "Parliament": "PL", "BaFin": "DE"]
        let published = try #require(CalendarDay(iso: "2025-05-22"))
        StatementDating(published: published, tokens: [])
            .lendDates(&statements, countryOf: { key in countries[key].map { ActorCountry(code: $0, isTheCountry: false) } })
        #expect((statements[1].statement.effective ?? "null") == day)
    }

    @Test func theTwoSidesOfACountryAreCounterparts() {
        let country = ActorCountry(code: "NO", isTheCountry: true)
        let regulator = ActorCountry(code: "NO", isTheCountry: false)
        #expect(country.counterpartKey == regulator.ownKey)
        #expect(regulator.counterpartKey == country.ownKey)
        #expect(country.ownKey != regulator.ownKey)
        #expect(ActorCountry(code: "PL", isTheCountry: false).ownKey != regulator.ownKey)
    }
}
