import Foundation
import Testing
@testable import Fetcher

/// The parser's byte-level fast paths give exactly what the general code they stand in for gives.
@Suite struct FastPathTests {
    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        var cases: [[UInt8]] = [
            [], Array("plain ASCII, long enough to take the eight-byte path".utf8), Array("café ✓ 𝄞 日本".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
            [0xEF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xFF],
        ]
        let pieces: [[UInt8]] = [Array("abcdefgh".utf8), [0xC3, 0xA9], [0xE2, 0x9C, 0x93], [0xF0, 0x9D, 0x84, 0x9E],
                                 [0x80], [0xC3], [0xED, 0xBF, 0xBF], [0xFE], Array(" ".utf8)]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += pieces.randomElement(using: &generator) ?? []
            }
            cases.append(bytes)
        }
        for bytes in cases {
            let expected = bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
            #expect(bytes.withUnsafeBufferPointer(UTF8Validation.isValid) == expected, "\(bytes)")
        }
    }

    @Test func wordTestsAgreeWithBytewiseOnes() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            // Mostly printable bytes, with now and then a control byte or 0xEF.
            let bytes = (0..<8).map { _ -> UInt8 in
                switch Int.random(in: 0..<20, using: &generator) {
                case 0: UInt8.random(in: 0..<0x20, using: &generator)
                case 1: 0xEF
                case 2: UInt8.random(in: 0...255, using: &generator)
                default: UInt8.random(in: 0x20..<0x7F, using: &generator)
                }
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(SWAR.hasByteBelow0x20(word) == bytes.contains { $0 < 0x20 }, "\(bytes)")
            #expect(SWAR.hasByte(0xEF, in: word) == bytes.contains(0xEF), "\(bytes)")
        }
    }

    @Test func canonicalRFC822AgreesWithTheGeneralParser() {
        var generator = SystemRandomNumberGenerator()
        let weekdays = ["Mon, ", "Tue, ", "wed, ", "THU, ", "", "Fri,", "Sunday, "]
        let months = ["Jan", "Feb", "mar", "APR", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Foo"]
        let zones = ["GMT", "UT", "Z", "EST", "pdt", "CEST", "+0000", "-0500", "+0530", "+1900", "-0060", "XYZ",
                     "gmt+1", "+05", "", "  GMT "]
        var fast = 0
        for _ in 0..<3_000 {
            let day = Int.random(in: 0...32, using: &generator)
            let dayText = Bool.random(using: &generator) ? String(format: "%02d", day) : String(day)
            let year = [1999, 2004, 2024, 2100, 95, 12345].randomElement(using: &generator) ?? 2024
            let time = String(format: "%02d:%02d:%02d", Int.random(in: 0...24, using: &generator),
                              Int.random(in: 0...60, using: &generator), Int.random(in: 0...60, using: &generator))
            let text = "\(weekdays.randomElement(using: &generator) ?? "")\(dayText) "
                + "\(months.randomElement(using: &generator) ?? "Jan") \(year) \(time) \(zones.randomElement(using: &generator) ?? "")"
            var copy = text
            let quick = copy.withUTF8(FeedDate.parseCanonicalRFC822)
            if let quick {
                fast += 1
                #expect(quick == FeedDate.parseRFC822(text.trimmed), "\(text)")
            }
            #expect(FeedDate.parse(text) == (quick ?? FeedDate.parseRFC822(text.trimmed)), "\(text)")
        }
        #expect(fast > 300, "the fast path must take the usual form")
    }
}
