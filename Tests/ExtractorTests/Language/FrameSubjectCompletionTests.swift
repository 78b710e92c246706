import Testing
@testable import Extractor

/// A frame always covers some activity: an anti-money-laundering body's measures are about customer checks and
/// reports, transaction reports to such a body are too (reports to the tax office are not), and a frame whose own
/// sentences name nothing takes what the headline and lead name, else the trading of crypto-assets.
@Suite struct FrameSubjectCompletionTests: SubjectTable {
    @Test(arguments: [
        ("Financial Intelligence Unit", true),
        ("Financial Crimes Enforcement Network", true),
        ("Anti-Money Laundering Office", true),
        ("Financial Transactions and Reports Analysis Centre of Ruritania", true),
        ("Financial Crimes Investigation Board", true),
        ("Money Laundering Reporting Office", true),
        ("Securities and Exchange Commission", false),
        ("Financial Conduct Authority", false),
        ("Central Bank of Ruritania", false),
        ("Financial Services Commission", false),
        ("Ministry of Finance", false),
        ("Intelligence Bureau of the Interior Ministry", false),
    ])
    func antiMoneyLaunderingBodiesAreKnownByTheirRemit(name: String, isOne: Bool) {
        #expect(FrameSubjects.namesAntiMoneyLaunderingBody(name) == isOne)
    }

    @Test(arguments: [
        "The exchange failed to report large transactions to the unit for two years.",
        "Platforms must file a report on every transaction above 10,000 euros.",
        "The firm did not send suspicious transaction reports on time.",
        "Dealers must keep records of transactions and report them within 15 days.",
        "The agency found that the dealer had not reported 300 transactions.",
    ])
    func reportsOfTransactionsAreCustomerChecks(text: String) {
        #expect(SubjectLexicon.subjects(in: Self.words(text)).contains(.kycAML), "\(SubjectLexicon.subjects(in: Self.words(text)))")
    }

    @Test(arguments: [
        "Exchanges must report every customer's transactions to the tax office each year.",
        "Platforms will report transactions for the capital gains tax from January.",
        "Brokers must report transactions under the new VAT rules.",
        "The exchange reported record trading volumes in May.",
        "Analysts reported that prices rose after the vote.",
    ])
    func otherReportsAreNoCustomerChecks(text: String) {
        #expect(!SubjectLexicon.subjects(in: Self.words(text)).contains(.kycAML), "\(SubjectLexicon.subjects(in: Self.words(text)))")
    }

    @Test(arguments: [
        "The Financial Intelligence Unit of Ruritania fined the crypto exchange Coinvale 2 million dollars on Monday, it said.",
        "The Anti-Money Laundering Office of Ruritania fined the crypto broker Tessel Markets 400,000 euros on Monday, it said.",
        "The Financial Crimes Investigation Board of Ruritania fined the crypto platform Quorra 1 million dollars on Monday, it said.",
    ])
    func anAntiMoneyLaunderingBodysFrameCoversCustomerChecks(text: String) {
        let found = Self.frames(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.subjects.contains(.kycAML) }, "\(found.map(\.subjects))")
    }

    @Test(arguments: [
        "The Securities Board of Ruritania fined crypto firm Quillstone Ltd 3 million dollars on Monday for breaching its rules, it said.",
        "The Securities Board of Ruritania fined the crypto firm Tessel Markets 900,000 euros on Monday, it said.",
    ])
    func aFrameThatNamesNoActivityStillCoversOne(text: String) {
        let found = Self.frames(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { !$0.subjects.isEmpty }, "\(found.map(\.subjects))")
        #expect(!found.contains { $0.subjects.contains(.kycAML) }, "\(found.map(\.subjects))")
    }

    @Test(arguments: [
        ("Ruritania's securities board fines staking provider Quillstone", PolicySubject.staking),
        ("Quillstone's staking arm draws the watchdog's fire", .staking),
        ("Crypto lending products under the regulator's lens", .lending),
        ("Crypto futures for retail clients come under scrutiny", .derivatives),
        ("Misleading crypto adverts draw the regulator's fire", .advertising),
    ])
    func aFrameThatNamesNoActivityTakesTheLeadsActivities(headline: String, subject: PolicySubject) {
        let found = Self.frames("""
        \(headline)

        The Securities Board of Ruritania fined Quillstone Ltd 3 million dollars on Monday for breaching its rules, it said.
        """)
        #expect(found.first?.subjects == [subject], "\(found.map(\.subjects))")
    }
}
