import Testing
@testable import Extractor

/// A ministry, department or committee named for several portfolios ("Ministry of Economy, Trade and Industry", "Committee
/// on Budget, Taxation and Customs Policy") is one authority across its commas, when each listed part ends in a portfolio's
/// noun or the acronym after it spells the whole name.
/// Lists of separate bodies, companies or places after a ministry stay separate. Sentences are our own.
@Suite struct PortfolioListTests {
    private func entities(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).entities.map { "\($0.name)|\($0.type.rawValue)" }
    }

    @Test(arguments: [
        ("The Ministry of Economy, Trade and Industry will review exchange rules.", "Ministry of Economy, Trade and Industry"),
        ("Officials at the Department for Science, Innovation and Technology met miners.", "Department for Science, Innovation and Technology"),
        ("The Ministry of Finance, Planning and Economic Development issued a warning.", "Ministry of Finance, Planning and Economic Development"),
        ("A circular from the Ministry of Industry, Trade, and Tourism followed.", "Ministry of Industry, Trade, and Tourism"),
        ("The Federal Department of Economic Affairs, Education and Research is consulting.", "Federal Department of Economic Affairs, Education and Research"),
        ("The Ministry of Culture, Media and Sport named a panel.", "Ministry of Culture, Media and Sport"),
        ("The Ministry of Agriculture, Forestry and Fisheries warned miners about power use.", "Ministry of Agriculture, Forestry and Fisheries"),
        ("A decree of the Ministry of Climate, Energy and Mining sets the cap.", "Ministry of Climate, Energy and Mining"),
        ("The Superintendency of Banking, Insurance and Pension Funds licensed two exchanges.",
         "Superintendency of Banking, Insurance and Pension Funds"),
        ("The Ministry of Trade, Investment Promotion and Tourism backed the plan.", "Ministry of Trade, Investment Promotion and Tourism"),
        ("The Committee on Budget, Taxation and Customs Policy backed the bill.", "Committee on Budget, Taxation and Customs Policy"),
        ("The Ruritania House Committee on Insurance, Pensions and Financial Services met on Monday.",
         "Ruritania House Committee on Insurance, Pensions and Financial Services"),
        ("The Senate Committee on Banking, Housing and Urban Affairs met on Monday.", "Senate Committee on Banking, Housing and Urban Affairs"),
        // The acronym spells the whole name though a part is no portfolio's noun.
        ("The Ministry of Ports, Harbours and Fisheries (MPHF) licensed two miners.", "Ministry of Ports, Harbours and Fisheries"),
    ])
    func aMinistryOfSeveralPortfoliosIsOneAuthority(_ text: String, _ name: String) {
        #expect(entities(text).contains("\(name)|authority"))
    }

    @Test(arguments: [
        ("The Ministry of Finance, Binance and Coinbase signed a memorandum.", ["Ministry of Finance|authority", "Binance|organization", "Coinbase|organization"]),
        ("The Ministry of Finance, the Treasury and the central bank agreed.", ["Ministry of Finance|authority", "Treasury|authority"]),
        ("The Ministry of Justice, Police and Customs raided the farm.", ["Ministry of Justice|authority"]),
        ("The Ministry of Finance, Kenya and Uganda signed the pact.", ["Ministry of Finance|authority", "Kenya|location", "Uganda|location"]),
        ("The Ministry of Finance, Ports and Harbours (MPH) said no.", ["Ministry of Finance|authority"]),
        ("The Committee on Finance, Velmor Bank and Istra Holdings met on Monday.", ["Committee on Finance|authority", "Velmor Bank|organization"]),
        ("Binance, Kraken and Coinbase listed the token.", ["Binance|organization", "Kraken|organization", "Coinbase|organization"]),
    ])
    func listsOfOtherThingsStaySeparate(_ text: String, _ expected: [String]) {
        let found = entities(text)
        #expect(expected.allSatisfy { found.contains($0) })
        #expect(!found.contains { $0.contains(",") })
    }
}
