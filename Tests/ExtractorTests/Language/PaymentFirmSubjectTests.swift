import Testing
@testable import Extractor

/// "Payment firms" name a kind of firm: their payments are the measure's activity unless they issue money of their
/// own, over sentences we wrote.
@Suite struct PaymentFirmSubjectTests {
    private static func subjects(_ sentence: String) -> Set<PolicySubject> {
        SubjectLexicon.subjects(in: Tokenizer().tokens(of: Array(sentence.unicodeScalars)).map(\.lower))
    }

    @Test(arguments: [
        "Licensed banks and payment firms may issue stablecoins backed by the dinar.",
        "Payment companies will be allowed to issue dollar stablecoins from October.",
        "Payment service providers may issue fiat-backed stablecoins under the rules.",
        "Only banks and payment institutions may issue stablecoins.",
        "Payment processors can apply for a stablecoin issuer licence.",
    ])
    func paymentFirmsThatIssueStablecoinsAreAboutStablecoins(text: String) {
        let found = Self.subjects(text)
        #expect(found.contains(.stablecoins) && !found.contains(.payments), "\(text) → \(found)")
    }

    @Test(arguments: [
        "Banks and payment firms may again serve crypto exchanges.",
        "The central bank lifted its curb on payment processors handling crypto transfers.",
        "Merchants may not accept crypto payments.",
        "Shops can let customers pay with bitcoin.",
        "Payment providers must block transfers to unlicensed platforms.",
    ])
    func otherwisePaymentsAreTheActivity(text: String) {
        let found = Self.subjects(text)
        #expect(found.contains(.payments), "\(text) → \(found)")
    }
}
