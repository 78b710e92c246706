import Testing
@testable import Review

@Suite struct QuoteContextTests {
    let text = "Headline here\n\nFirst paragraph. Harbor bans lending. Then more.\n\nLast paragraph."

    func span(of quote: String, in text: String) -> (Int, Int) {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(quote.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return (start, start + needle.count)
    }

    @Test func theQuoteIsShownInItsParagraph() {
        let (start, end) = span(of: "Harbor bans lending.", in: text)
        #expect(paragraph(quotingFrom: start, to: end, in: text)
            == "First paragraph. »Harbor bans lending.« Then more.")
    }

    @Test func quotesAtTheEdgesOfTheText() {
        let (start, end) = span(of: "Headline here", in: text)
        #expect(paragraph(quotingFrom: start, to: end, in: text) == "»Headline here«")
        let (lastStart, lastEnd) = span(of: "Last paragraph.", in: text)
        #expect(paragraph(quotingFrom: lastStart, to: lastEnd, in: text) == "»Last paragraph.«")
    }

    @Test func offsetsCountUnicodeScalars() {
        let accented = "Préambule 🚀 ici.\n\nLa Banque de France interdit le minage. Fin."
        let (start, end) = span(of: "La Banque de France interdit le minage.", in: accented)
        #expect(paragraph(quotingFrom: start, to: end, in: accented)
            == "»La Banque de France interdit le minage.« Fin.")
    }

    @Test(arguments: [(-1, 3), (5, 2), (0, 10_000)])
    func offsetsOutsideTheTextGiveNothing(start: Int, end: Int) {
        #expect(paragraph(quotingFrom: start, to: end, in: text) == nil)
    }
}
