import Testing
@testable import Extractor

/// Laws, budgets and generic heads name no entity of their own: a law's title ending in a lower-case head ("the
/// Markets in Crypto-Assets regulation") or with a hyphenated lower-case part ("the Income-tax Act"), a Budget, orders,
/// decisions, the registers and manuals that publish rules ("the Federal Register") and a regulator's lists, a law's
/// title after "Law on" or "Law of", a numbered document ("Circular No. 88"), and a lone "Government" with no government
/// named. Sentences are our own.
@Suite struct EntityLawAndHeadTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-02-26")).entities.map(\.name)
    }

    @Test(arguments: [
        ("The sanctions were published in the Federal Register on Monday.", "Federal Register"),
        ("The regulator amended the Cabinet Office Order last week.", "Cabinet Office Order"),
        ("Resolution 1107 was published in the Official Bulletin on Wednesday.", "Official Bulletin"),
        ("Firms must be listed in the Financial Service Providers Register by May.", "Financial Service Providers Register"),
        ("The tax office updated its Cryptoassets Manual on Friday.", "Cryptoassets Manual"),
        ("The Public Consultation closes on Friday, the central bank said.", "Public Consultation"),
        ("Under the Decision, platforms must publish a white paper.", "Decision"),
        ("Parliament amended the Law on Digital Assets in March.", "Digital Assets"),
        ("The Law of Virtual Asset Service Providers takes effect on October 1.", "Law of Virtual Asset Service Providers"),
        ("Under the Decree on Virtual Asset Mining, miners must register.", "Virtual Asset Mining"),
        ("The regulator added the platform to its Investor Alert List in June.", "Investor Alert List"),
        ("Check the Unlicensed Entities List before you invest, the authority said.", "Unlicensed Entities List"),
    ])
    func ordersDecisionsAndRegistersNameNothing(_ text: String, _ wrong: String) {
        #expect(!names(text).contains(wrong), "\(names(text))")
    }

    @Test(arguments: [
        ("Circular No. 88 of the Tessaly Monetary Board sets the reserve rules.", "Circular No"),
        ("Under Tax Regulations No. 7-2026, exchanges withhold 1% of each sale.", "Tax Regulations No"),
        ("Assembly Bill No. 412 would require kiosks to post fees.", "Bill No"),
        ("Interpretive Letter 2207 of the Tessaly Banking Office lets banks hold tokens.", "Interpretive Letter"),
        ("Under Supervisory Memorandum 305, kiosk operators need a licence.", "Supervisory Memorandum"),
    ])
    func aNumberedDocumentNamesNothing(_ text: String, _ wrong: String) {
        #expect(!names(text).contains { $0.hasPrefix(wrong) || wrong.hasPrefix($0) && $0.count > 3 }, "\(names(text))")
    }

    @Test(arguments: [
        ("The Kauri Fintech Letter said the Tessaly Monetary Board would act.", "Kauri Fintech Letter"),
        ("Tessaly Memorandum Partners said on Monday it would buy the exchange.", "Tessaly Memorandum Partners"),
    ])
    func aNameWithADocumentWordAndNoNumberStays(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }

    @Test(arguments: [
        ("Resolution Capital said on Monday it would buy the exchange.", "Resolution Capital"),
        ("List Capital Partners said on Monday it would buy the exchange.", "List Capital Partners"),
        ("The Registrar of Companies in Tessaly struck off the firm.", "Registrar of Companies"),
        ("The Order of Tessaly Engineers objected to the rules on Monday.", "Order of Tessaly Engineers"),
        ("The Code of Conduct Committee met on Monday.", "Code of Conduct Committee"),
        ("The Law Society of Tessaly objected.", "Law Society of Tessaly"),
    ])
    func namesThatOpenWithSuchAWordStay(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }
    @Test(arguments: [
        ("The firm won a licence under the EU's Markets in Crypto-Assets regulation in January.", "Markets"),
        ("Banks follow the Transfer of Funds regulation now.", "Transfer"),
        ("Parliament added the rule to the Income-tax Act in March.", "Income"),
        ("Exchanges report under the Anti-money Laundering Act.", "Anti"),
        ("Ministers discussed next year's Budget on Monday.", "Budget"),
        ("The levy was in the Spring Budget, officials said.", "Spring Budget"),
        ("No new permits for mining, Government decides\n\nAt a meeting of the Government, ministers agreed.", "Government"),
    ])
    func lawsBudgetsAndLoneHeadsNameNothing(_ text: String, _ wrong: String) {
        #expect(!names(text).contains(wrong), "\(names(text))")
    }

    @Test(arguments: [
        ("Under the Digital Markets and Services Act 2019, exchanges need a licence.", ["Digital Markets", "Services Act"]),
        ("A licence is needed under the Payment Services and Markets Act, the regulator said.", ["Payment Services"]),
        ("Dealing has been banned since the Central Bank and Payment Systems Law took effect.", ["Central Bank and Payment Systems Law"]),
        ("Firms are registered under the Virtual Assets and Custody Services Regulation.", ["Virtual Assets"]),
    ])
    func aLawsTitleWithAndNamesNothing(_ text: String, _ wrong: [String]) {
        let found = names(text)
        #expect(!found.contains { wrong.contains($0) }, "\(found)")
    }

    @Test(arguments: [
        ("The Office of Management and Budget approved the rule on Monday.", "Office of Management and Budget"),
        ("The Tessaly Department of Banking and Insurance Regulation fined the firm.", "Department of Banking and Insurance Regulation"),
        ("Kestrel Exchange and the Cabinet Office Order were both cited.", "Kestrel Exchange"),
    ])
    func bodiesAndNamesBeforeALawStay(_ text: String, _ name: String) {
        #expect(names(text).contains { $0.hasSuffix(name) }, "\(names(text))")
    }

    @Test(arguments: [
        ("The Government of Tessaly said the rule applies.", "Government of Tessaly"),
        ("Markets Insight Ltd said the regulation was late.", "Markets Insight Ltd"),
        ("The Congressional Budget Office scored the bill.", "Congressional Budget Office"),
        ("Parliament passed the law on Tuesday.", "Parliament"),
        ("The Income Tax Department issued notices.", "Income Tax Department"),
    ])
    func namedInstitutionsStay(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }
}
