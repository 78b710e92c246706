import Testing
@testable import Extractor

/// A headline that makes a country act ("Ruritania delays its crypto travel rule") over a body in which only that
/// country's regulator acts names the regulator by its country: the headline's statement is the regulator's. A
/// country that acts in the body's news too, or whose regulator the body never names as acting, keeps the headline.
/// Texts we wrote.
@Suite struct HeadlineCountryActorTests {
    private func headlineActor(in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-10")).statements
        return statements.first(where: { $0.start == 0 }).map(\.actor)
    }

    /// (text, the authority the headline's statement belongs to)
    @Test(arguments: [
        ("Chile delays crypto travel rule to July\n\nChile's Comisión para el Mercado Financiero (CMF) said on Monday it has postponed the date by which exchanges must share sender data. Exchanges will now have until July 1 to comply.",
         "Comisión para el Mercado Financiero"),
        ("Singapore to let banks offer crypto custody from May\n\nThe Monetary Authority of Singapore will allow licensed banks to hold digital assets for clients from May 1, it said on Tuesday. Banks must keep the assets apart from their own.",
         "Monetary Authority of Singapore"),
        ("Kenya bans crypto ads aimed at retail investors\n\nKenya's Capital Markets Authority on Monday banned exchanges from advertising to retail investors. Firms that break the rule face fines, the authority said.",
         "Capital Markets Authority"),
        ("Thailand orders exchanges to verify users by video call\n\nThe Securities and Exchange Commission of Thailand ordered exchanges on Friday to verify every new customer by video call from April. Thailand has required exchanges to hold a licence since 2018.",
         "Securities and Exchange Commission of Thailand"),
        ("Brazil caps stablecoin transfers abroad\n\nBrazil's central bank, the Banco Central do Brasil, said on Wednesday that transfers of stablecoins to foreign wallets will be capped at $100,000 a month from June.",
         "Banco Central do Brasil"),
    ])
    func aHeadlineCountryStandsForItsActingRegulator(text: String, authority: String) {
        #expect(headlineActor(in: text) == .some(authority), "\(String(describing: headlineActor(in: text)))")
    }

    /// (text, the headline's actor): the country acts in the body's news as well, acts alone, or the authority
    /// that acts is another country's or a company.
    @Test(arguments: [
        ("Norway bans new crypto-mining data centres\n\nNorway will ban new data centres that mine crypto from connecting to the grid, the government said on Tuesday. Finanstilsynet, the financial regulator, said trading remains legal.",
         "Norway"),
        ("Russia widens mining ban to two more regions\n\nRussia will ban crypto mining in two more regions from Dec. 1, under a decree published on Monday. The Bank of Russia has said it supports the move.",
         "Russia"),
        ("Vietnam to allow licensed exchanges to offer crypto trading\n\nVietnam will allow licensed exchanges to offer crypto trading from January, the government said on Friday. The law was passed by the National Assembly in June.",
         "Vietnam"),
        ("Portugal bars crypto payments at state offices\n\nPortugal will no longer accept crypto for fees at state offices from March, the government said. Binance said it would help users convert their holdings.",
         "Portugal"),
        ("Japan tightens crypto custody rules\n\nThe U.S. Securities and Exchange Commission said on Monday it will review its custody rules. Japan will require exchanges to keep all client assets in cold wallets from April, the government said.",
         "Japan"),
    ])
    func aCountryActingInItsOwnNewsKeepsTheHeadline(text: String, country: String) {
        #expect(headlineActor(in: text) == .some(country), "\(String(describing: headlineActor(in: text)))")
    }
}
