import Testing
@testable import Extractor

/// The country an article or a frame is mostly about: the code counted most, then the first seen, then the first
/// counted at the same word, whatever order a dictionary holds the codes in.
@Suite struct CountryTallyTests {
    private func leader(_ counted: [(String, Int)]) -> String? {
        var tally = CountryTally()
        for (code, index) in counted { tally.count(code, at: index) }
        return tally.leader
    }

    @Test func theCodeCountedMostLeads() {
        #expect(leader([("KE", 3), ("NG", 10), ("NG", 20), ("KE", 30), ("NG", 40)]) == "NG")
        #expect(leader([("FR", 50), ("DE", 2), ("FR", 60)]) == "FR")
    }

    @Test func onATieTheFirstSeenLeads() {
        #expect(leader([("SG", 12), ("HK", 4), ("SG", 30), ("HK", 31)]) == "HK")
        #expect(leader([("JP", 7), ("KR", 9)]) == "JP")
    }

    /// "British Virgin Islands" counts the islands (VG) and the demonym "British" (GB) at the same word.
    @Test func atTheSameWordTheCodeCountedFirstLeads() {
        #expect(leader([("VG", 14), ("GB", 14)]) == "VG")
        #expect(leader([("GB", 14), ("VG", 14)]) == "GB")
    }

    /// Many codes tied at one word: the answer is the first counted, however many there are (a dictionary's order of
    /// keys changes with its size and from run to run).
    @Test(arguments: [2, 5, 17, 64])
    func aTieOfManyCodesAtOneWordKeepsTheFirstCounted(count: Int) {
        let codes = (0..<count).map { "C\($0)" }
        #expect(leader(codes.map { ($0, 8) }) == "C0")
        #expect(leader(codes.reversed().map { ($0, 8) }) == "C\(count - 1)")
    }

    @Test func nothingCountedHasNoLeader() {
        #expect(leader([]) == nil)
    }
}
