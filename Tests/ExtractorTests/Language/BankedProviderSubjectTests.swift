import Testing
@testable import Extractor

/// A measure on banks opening accounts for crypto providers, allowed or barred, is about payments and the providers'
/// own business (custody for custodians, exchange services otherwise), over sentences we wrote; accounts for other
/// holders, or closed, are not.
@Suite struct BankedProviderSubjectTests {
    private static func subjects(_ sentence: String) -> Set<PolicySubject> {
        SubjectLexicon.subjects(in: Tokenizer().tokens(of: Array(sentence.unicodeScalars)).map(\.lower))
    }

    @Test(arguments: [
        "From March 1 lenders in Ruritania may open current accounts for licensed bitcoin exchanges.",
        "A 2021 circular stopped savings banks opening accounts for crypto companies.",
        "Cooperative banks can run accounts for digital asset platforms on the new list.",
        "No bank may open further accounts for unlicensed crypto brokers, the notice says.",
        "The reform lets a bank maintain accounts for exchanges that hold a permit.",
    ])
    func bankingCryptoProvidersIsPaymentsAndTheirExchangeServices(text: String) {
        let found = Self.subjects(text)
        #expect(found.isSuperset(of: [.payments, .exchangeServices]), "\(text) → \(found)")
    }

    @Test func bankingCustodiansIsPaymentsAndCustody() {
        let text = "Trust banks will open accounts for approved crypto custodians next year."
        let words = Tokenizer().tokens(of: Array(text.unicodeScalars)).map(\.lower)
        #expect(SubjectLexicon.bankedProviders(words) == .custody)
        #expect(Self.subjects(text).isSuperset(of: [.payments, .custody]), "\(text) → \(Self.subjects(text))")
    }

    @Test(arguments: [
        "Banks should not open accounts for companies whose owners also mine crypto at home.",
        "The lender will no longer open accounts for day traders.",
        "The regulator ordered banks to close accounts used for crypto trading.",
        "The exchange will open accounts for retail clients in April.",
        "Clients can open accounts for their children at the bank.",
    ])
    func otherAccountsAreNoPayments(text: String) {
        #expect(SubjectLexicon.bankedProviders(Tokenizer().tokens(of: Array(text.unicodeScalars)).map(\.lower)) == nil, "\(text)")
    }
}
