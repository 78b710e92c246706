import Testing
@testable import Extractor

/// The status of a statement whose issuer is only guessed: a bulleted point of a decree that names no issuer, in news
/// whose main actor is named, is that news, not the rule in force of an authority the article names elsewhere (the
/// guess); a sentence that names another side's earlier act stays in force.
@Suite struct GuessedIssuerStatusTests {
    private func status(of target: String, in text: String) -> PolicyStatus? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-12-18")).statements.first { $0.text.contains(target) }?.status
    }

    @Test(arguments: [
        ("Ruritania raises crypto tax as decree sets out wallet declarations\n\nSTRELSAU — Ruritania will tax crypto gains at 33% from Jan. 1, the Ministry of Finance said on Friday.\n\nWhat the decree requires:\n\n• Any household whose wallets held more than 5,000 euros must list each wallet in its tax return.\n\nThe Securities Authority (RSA) is considering guidance on how platforms should explain the new rate, an RSA spokesperson said.\n", "Any household whose wallets held more th"),
        ("Elbonia sets reporting rules for crypto brokers\n\nELBONIA CITY — Elbonia will require crypto brokers to report client transfers from March 1, the Treasury Department said on Monday.\n\nWhat the rules require:\n\n• Every broker must report transfers above 1,000 euros within five days.\n\nThe Markets Commission (EMC) is weighing separate rules for custodians, the EMC said.\n", "Every broker must report transfers above"),
        ("Latveria sets stablecoin reserve rules\n\nDOOMSTADT — Latveria will require stablecoin issuers to hold reserves in cash from May 1, the Ministry of Finance said on Wednesday.\n\nKey points of the regulation:\n\n• Issuers must keep the full reserve at a licensed bank.\n\nThe Central Securities Office (CSO) is considering rules for stablecoin ads, the CSO said.\n", "Issuers must keep the full reserve at a "),
        ("Borduria tightens checks on crypto transfers\n\nSZOHOD — Borduria will require exchanges to check the sender of every transfer from June 1, the Ministry of Justice said on Thursday.\n\nWhat the order requires:\n\n• Exchanges must record the name and address of each sender.\n\nThe Capital Markets Board (CMB) is reviewing how to supervise the checks, the CMB said.\n", "Exchanges must record the name and addre"),
        ("Genovia sets levy on crypto miners\n\nPYRUS — Genovia will charge crypto miners a levy on their power use from April 1, the Ministry of Energy said on Tuesday.\n\nThe main points of the order:\n\n• Miners must pay 5 cents for each kilowatt-hour they draw from the grid.\n\nThe Financial Services Agency (FSA) is studying how to tax mining income, the FSA said.\n", "Miners must pay 5 cents for each kilowat"),
    ])
    func aPointWithAGuessedIssuerIsTheNews(text: String, target: String) {
        #expect(status(of: target, in: text) == .announced, "\(target) → \(String(describing: status(of: target, in: text)))")
    }

    @Test(arguments: [
        ("Wallet maker leaves Ostland\n\nThe wallet maker said on Tuesday it will leave Ostland by January.\n\nOstland's financial regulator banned crypto advertising in 2022.\n", "Ostland's financial regulator banned cry"),
        ("Exchange quits Carpania\n\nThe exchange said on Friday it will stop serving users in Carpania by Dec. 31.\n\nThe Carpanian central bank barred banks from serving crypto firms in 2021.\n", "The Carpanian central bank barred banks "),
        ("Broker exits Borduria\n\nThe broker said on Monday it will close all accounts in Borduria by March.\n\nBorduria's securities commission has required brokers to hold a licence since 2020.\n", "Borduria's securities commission has req"),
        ("Lender halts Elbonian loans\n\nThe lender said on Thursday it will stop lending to Elbonian customers next month.\n\nThe Elbonian finance ministry capped crypto loans at 5,000 euros in 2023.\n", "The Elbonian finance ministry capped cry"),
        ("Miner shuts Syldavian farms\n\nThe mining company said on Wednesday it will shut its Syldavian farms by June.\n\nThe Syldavian energy regulator banned new mining connections in 2024.\n", "The Syldavian energy regulator banned ne"),
    ])
    func anotherSidesEarlierActStaysInForce(text: String, target: String) {
        #expect(status(of: target, in: text) == .inEffect, "\(target) → \(String(describing: status(of: target, in: text)))")
    }
}
