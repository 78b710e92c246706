import Testing
@testable import Extractor

/// A measure in force that rests on a place's own law ("under the EU's Markets in Crypto-Assets Regulation", "under
/// the bloc's DAC8 rules", "under Spain's anti-fraud law") is that place's, unless an issuer is the clause's subject
/// or the sentence's agent. Texts we wrote.
@Suite struct GoverningLawOwnerTests {
    private func actor(of phrase: String, in text: String) -> String?? {
        let statements = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-04-20")).statements
        return statements.first(where: { $0.text.contains(phrase) }).map(\.actor)
    }

    /// (text, a phrase of the sentence, the owner of the law)
    @Test(arguments: [
        ("Lisbon regulator fines exchange\n\nThe Portuguese Securities Market Commission fined Tejo Coins €200,000 on Monday. Under the EU's Markets in Crypto-Assets Regulation, which has applied since December 2024, firms serving Portuguese clients need a licence from the commission.",
         "firms serving Portuguese clients", "EU"),
        ("Danish tax agency targets crypto gains\n\nThe Danish Tax Agency said on Monday it will send letters to 30,000 crypto investors. Since January 2026, platforms serving EU residents have had to report their customers' holdings to tax authorities under the EU's DAC8 rules.",
         "have had to report", "EU"),
        ("Czech tax office hires crypto auditors\n\nThe Financial Administration said it will hire 40 auditors for crypto cases. Firms in the country have already had to collect tax data on their EU clients since January 2026 under the bloc's DAC8 directive, which the European Union adopted in 2023.",
         "have already had to collect", "European Union"),
        ("Spanish ministry orders crypto declarations\n\nThe Ministry of Finance ordered residents on Monday to declare crypto held abroad by March 31. Late filers have been fined under Spain's 2021 anti-fraud law since 2022.",
         "Late filers", "Spain"),
        ("Dubai fintech reports record revenue\n\nThe Dubai Financial Services Authority renewed Souk Pay's licence in May. Under the Central Bank of the UAE's payment token rules, in force since June 2024, only dirham-backed tokens can be used to pay for goods.",
         "only dirham-backed tokens", "Central Bank of the UAE"),
        ("Lagos app cuts fees\n\nThe Securities and Exchange Commission of Nigeria approved two exchanges in March. Under the Central Bank of Nigeria's foreign exchange rules, banks have been barred from selling dollars to crypto platforms since 2023.",
         "banks have been barred", "Central Bank of Nigeria"),
        ("Berlin watchdog warns on crypto apps\n\nBaFin warned consumers on Tuesday about three unlicensed trading apps. Under Germany's Banking Act, crypto custodians have needed a licence since 2020.",
         "crypto custodians have needed", "Germany"),
    ])
    func aMeasureInForceBelongsToTheOwnerOfItsLaw(text: String, phrase: String, owner: String) {
        #expect(actor(of: phrase, in: text) == .some(owner), "\(String(describing: actor(of: phrase, in: text)))")
    }

    /// (text, a phrase of the sentence, the owner): a European law named by its short name ("MiCA", "DAC8") or by the Union
    /// before a law noun ("EU rules"), as the clause's subject or after "under", is the European Union's.
    @Test(arguments: [
        ("Vienna watchdog fines broker\n\nThe Financial Market Authority fined Donau Coins €90,000 on Monday for unlicensed trading in the EU. MiCA has required exchanges to keep client coins apart from their own since December 2024.",
         "MiCA has required exchanges", "EU"),
        ("Riga bank pauses crypto payments\n\nBaltic Pay said on Monday it would stop card payments to exchanges outside the EU. Under MiCA, issuers of e-money tokens have had to hold a banking or e-money licence since June 2024.",
         "issuers of e-money tokens", "EU"),
        ("Dutch tax office sends crypto letters\n\nThe Tax and Customs Administration wrote to 12,000 crypto investors on Tuesday, the EU member's first such campaign. Since January, EU rules known as DAC8 have required platforms to report their clients' trades to tax authorities.",
         "have required platforms", "EU"),
        ("Warsaw exchange expands\n\nWisla Exchange opened an office in Gdansk on Monday to serve clients across the EU. Under the EU regulation, exchanges have had to keep client coins apart from their own since December 2024.",
         "have had to keep client coins", "EU"),
    ])
    func aMeasureInForceUnderAEuropeanLawIsTheUnions(text: String, phrase: String, owner: String) {
        #expect(actor(of: phrase, in: text) == .some(owner), "\(String(describing: actor(of: phrase, in: text)))")
    }

    /// (text, a phrase of the sentence, the issuer): a subject or an agent issues it, or nobody is named as owning the law.
    @Test(arguments: [
        ("Prague fintech gets licence\n\nVltava Pay was authorised as a crypto-asset service provider by the Czech National Bank under the EU's MiCA rules in March 2025.",
         "Vltava Pay was authorised", "Czech National Bank"),
        ("Czech central bank licenses more firms\n\nThe Czech National Bank, which supervises crypto firms under the EU's MiCA regulation, has authorised 11 firms since January 2025.",
         "has authorised 11 firms", "Czech National Bank"),
        ("Greek regulator tightens rules\n\nThe Hellenic Capital Market Commission has required providers to register for anti-money laundering purposes since 2021 under Greece's AML law.",
         "has required providers", "Hellenic Capital Market Commission"),
        ("Lithuania warns crypto firms\n\nThe Bank of Lithuania said on Monday that firms have been barred since January from serving clients without a licence under the new rules.",
         "have been barred", "Bank of Lithuania"),
        ("Ghana bank licenses wallets\n\nUnder the Bank of Ghana's new e-money rules, Volta Pay was licensed by the Securities and Exchange Commission of Ghana in 2024.",
         "Volta Pay was licensed", "Securities and Exchange Commission of Ghana"),
        ("Oslo watchdog fines broker\n\nFinanstilsynet, which has enforced Norway's anti-money laundering rules since 2020, fined Fjord Coin NOK 2 million under the Bank of Norway's reporting rules in 2024.",
         "fined Fjord Coin", "Finanstilsynet"),
        ("Irish regulator fines broker\n\nThe Central Bank of Ireland fined Liffey Crypto €1 million under the EU's anti-money laundering directive in 2024.",
         "fined Liffey Crypto", "Central Bank of Ireland"),
        ("Lisbon fund picks custodian\n\nThe Portuguese Securities Market Commission said on Monday that funds sold in the EU must use a custodian authorised under MiCA.",
         "must use a custodian", "Portuguese Securities Market Commission"),
        ("Sofia watchdog licenses exchange\n\nThe Financial Supervision Commission has supervised crypto firms under MiCA since 2025, and it licensed Vitosha Coins for the EU market on Monday.",
         "has supervised crypto firms", "Financial Supervision Commission"),
    ])
    func anIssuerNamedAsActingKeepsTheMeasure(text: String, phrase: String, issuer: String) {
        #expect(actor(of: phrase, in: text) == .some(issuer), "\(String(describing: actor(of: phrase, in: text)))")
    }
}
