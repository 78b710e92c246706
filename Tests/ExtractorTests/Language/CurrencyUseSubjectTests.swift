import Testing
@testable import Extractor

/// A frame about a central bank digital currency is about the currency: the payments it is made for ("a pilot of
/// offline payments in the digital rupee") are its use, not a subject of their own.
@Suite struct CurrencyUseSubjectTests {
    private static func frames(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-10")).announcements
    }

    @Test(arguments: [
        ([PolicySubject.payments, .cbdc], [PolicySubject.cbdc]),
        ([PolicySubject.payments, .stablecoins, .cbdc], [PolicySubject.stablecoins, .cbdc]),
        ([PolicySubject.payments, .stablecoins], [PolicySubject.payments, .stablecoins]),
        ([PolicySubject.payments], [PolicySubject.payments]),
        ([PolicySubject.cbdc], [PolicySubject.cbdc]),
    ])
    func aDigitalCurrencysPaymentsAreItsUse(subjects: [PolicySubject], kept: [PolicySubject]) {
        #expect(FrameSubjects.leavingTheCurrencysUses(subjects) == kept)
    }

    @Test(arguments: [
        "The Central Bank of Ruritania said on Monday it would test merchant payments in its CBDC with three banks from October 1.",
        "The Central Bank of Ruritania said on Monday it would test offline payments in the digital rupee with five banks from September 1.",
    ])
    func aDigitalCurrencyPilotIsAboutTheCurrency(text: String) {
        let found = Self.frames(text)
        #expect(found.contains { $0.subjects.contains(.cbdc) }, "\(found.map { ($0.action, $0.subjects) })")
        #expect(found.allSatisfy { !$0.subjects.contains(.cbdc) || !$0.subjects.contains(.payments) }, "\(found.map { ($0.action, $0.subjects) })")
    }

    @Test func paymentsWithoutADigitalCurrencyStay() {
        let found = Self.frames("The Central Bank of Ruritania will let licensed firms accept bitcoin for payments at shops from September 1, it said on Monday.")
        #expect(found.contains { $0.subjects.contains(.payments) }, "\(found.map { ($0.action, $0.subjects) })")
    }
}
