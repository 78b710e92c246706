import Testing
@testable import Archive

@Suite struct ContentHashTests {
    @Test func theASCIIPathNormalizesAsTheGeneralOne() {
        let pieces = ["Harbor", "BANS", "lending", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "2031.", "x_y",
                      "\"quoted\"", "A-B", "\u{1F}", "~"]
        var state: UInt64 = 11
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<(Int(state % 9) + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            #expect(ContentHash.normalizedBytes(text) == ContentHash.generalNormalizedBytes(text), "\(text.debugDescription)")
        }
    }

    @Test func hashesIgnoreCaseAndSpacingInAnyScript() {
        #expect(ContentHash.of("Harbor  bans\nlending") == ContentHash.of("harbor bans lending "))
        #expect(ContentHash.of("Zentralbank verbietet Ämter") == ContentHash.of("zentralbank  VERBIETET ämter"))
        #expect(ContentHash.of("Harbor bans lending") != ContentHash.of("Harbor bans staking"))
    }
}
