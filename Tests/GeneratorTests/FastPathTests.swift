import Extractor
import Foundation
import Testing
@testable import Generator

/// The byte-wise paths taken for speed answer as the general ones do, on texts we generate.
@Suite struct FastPathTests {
    /// Texts from pieces that exercise word breaks, case, digits, apostrophes and punctuation.
    static let texts: [String] = {
        let pieces = ["Harbor", "BSP", "alibaba.com", "don't", "  ", "-", "R&D", "2031", "Q1", "x_y", "'",
                      "\t", "could", "Might", "IS CONSIDERING", "plans", "to", "(", "Nov.", "sources said", "\n"]
        var texts: [String] = []
        var state: UInt64 = 7
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(Int(state % 6) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
                if state % 3 == 0 { text += " " }
            }
            texts.append(text)
        }
        return texts
    }()

    @Test func theASCIISlugIsTheGeneralSlug() {
        for text in Self.texts {
            #expect(slug(text) == foldedSlug(text), "\(text.debugDescription)")
        }
        #expect(slug("Comissão de Valores") == "comissao-de-valores")
    }

    @Test func hedgesAreFoundAsByAStringSearch() {
        var hedged = 0
        for text in Self.texts {
            let expected = Confidence.hedges.contains { text.lowercased().contains($0) }
            #expect(Confidence.isHedged(text) == expected, "\(text.debugDescription)")
            if expected { hedged += 1 }
        }
        #expect(hedged > 20)
        #expect(hedged < Self.texts.count - 20)
    }
}
