import Testing
@testable import Extractor

/// The curated tables in sentences we wrote: regulators under their local and English names,
/// cities, exchanges, and names whose surname is also a place.
@Suite struct GazetteerCoverageTests {
    private func entity(_ name: String, in text: String) -> Entity? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2024-03-01")).entities
            .first { $0.name == name || $0.aliases.contains(name) }
    }

    @Test(arguments: [
        ("Turkey tightened its rules for exchanges this spring.", "Turkey", EntityType.location),
        ("The Financial Crimes Investigation Board fined a broker.", "Financial Crimes Investigation Board", .authority),
        ("MASAK said the broker had ignored its notices.", "MASAK", .authority),
        ("Filings go to the Spanish Tax Agency each spring.", "Spanish Tax Agency", .authority),
        ("The Bundesanstalt für Finanzdienstleistungsaufsicht warned banks.", "Bundesanstalt für Finanzdienstleistungsaufsicht", .authority),
        ("The Royal Canadian Mounted Police seized two servers.", "Royal Canadian Mounted Police", .authority),
        ("A fund run from Curitiba bought the stake.", "Curitiba", .location),
        ("Shoppers in Leeds and Ibadan tried the app first.", "Ibadan", .location),
        ("Traders on bitFlyer sold the token on Monday.", "bitFlyer", .organization),
        ("The Japan Virtual and Crypto assets Exchange Association revised its guidelines.", "Japan Virtual and Crypto assets Exchange Association", .organization),
        ("HM Revenue & Customs wrote to exchanges about their users' gains.", "HM Revenue & Customs", .authority),
        ("Inland Revenue said on Monday that exchanges must report their users' trades.", "Inland Revenue", .authority),
        ("The Board of Inland Revenue is drafting guidance on crypto gains.", "Board of Inland Revenue", .authority),
        ("The Inland Revenue Authority of Singapore updated its guide to token taxes.", "Inland Revenue Authority of Singapore", .authority),
        // Financial free zones and the European Economic Area are places; the bodies that regulate them are authorities.
        ("Two exchanges licensed in the Astana International Financial Centre added bitcoin pairs.", "Astana International Financial Centre", .location),
        ("Funds domiciled in the Qatar Financial Centre may now hold tokenised bonds.", "Qatar Financial Centre", .location),
        ("Firms based in the Dubai International Financial Centre (DIFC) must register by June.", "DIFC", .location),
        ("Banks across the European Economic Area must report their crypto exposures.", "European Economic Area", .location),
        ("The Qatar Financial Centre Regulatory Authority fined a custodian on Monday.", "Qatar Financial Centre Regulatory Authority", .authority),
        ("Miners in Alto Paraná pay the industrial power tariff.", "Alto Paraná", .location),
        ("Grid operators in Peninsular Malaysia cut supply to two mining farms.", "Peninsular Malaysia", .location),
        // Central banks under their English and local names; a commercial bank named for its country stays a company.
        ("The Bank of Mauritius told lenders to watch crypto flows.", "Bank of Mauritius", .authority),
        ("Latvijas Banka said the new reporting rules apply from March.", "Latvijas Banka", .authority),
        ("The Bank of Albania warned savers about unlicensed platforms.", "Bank of Albania", .authority),
        ("Banco de Guatemala does not recognise crypto-assets as money.", "Banco de Guatemala", .authority),
        ("Bank of China opened a custody desk for digital assets in Hong Kong.", "Bank of China", .organization),
    ])
    func curatedFactsAreFoundWithTheirType(text: String, name: String, type: EntityType) {
        #expect(entity(name, in: text)?.type == type, "\(text)")
    }

    @Test func anIssuerAndItsTokenAreTwoEntities() {
        let text = "The exchange will stop trading Tether's USDT stablecoin next week."
        #expect(entity("Tether", in: text)?.type == .organization)
        #expect(entity("USDT", in: text)?.type == .asset)
    }

    @Test func aBodysFormsAreOneEntity() {
        let found = TextAnalyzer().analyze("HM Revenue & Customs wrote to exchanges. HMRC said gains are taxable.", published: CalendarDay(iso: "2024-03-01")).entities
        #expect(found.filter { $0.type == .authority }.count == 1, "\(found.map(\.name))")
    }

    @Test(arguments: ["Carla Mendoza", "Jorge Valencia", "Luisa Lima"])
    func aSurnameThatIsAlsoACityStaysPartOfThePersonsName(name: String) {
        let found = entity(name, in: "The rules are clear, said \(name), a lawyer in Madrid.")
        #expect(found?.type == .person, "\(name)")
    }
}
