import Archive
import Foundation
import Generator
import TestFolders
import Testing
@testable import Review

@Suite struct RulebookFileTests {
    func folder() throws -> URL {
        try TemporaryFolder.make("review")
    }

    let sample = Rulebook(rules: [Rule(
        id: "ol-harbor-lending", title: "Harbor prohibits lending", action: .prohibit, subjects: [.lending],
        jurisdiction: "OL", issuer: "Harbor", effective: "2031-04-10"
    )])

    @Test func anAbsentFileIsAnEmptyRulebook() throws {
        #expect(try RulebookFile(folder().appendingPathComponent("rules.yaml")).load() == Rulebook())
    }

    @Test func savesAndLoads() throws {
        let file = RulebookFile(try folder().appendingPathComponent("rules.yaml"))
        try file.save(sample)
        #expect(try file.load() == sample)
    }

    @Test func aCrashBetweenWriteAndRenameLeavesTheOldRulebookIntact() throws {
        let folder = try folder()
        let file = RulebookFile(folder.appendingPathComponent("rules.yaml"))
        try file.save(sample)
        let before = try Data(contentsOf: file.url)
        var changed = sample
        changed.rules[0].effective = "2031-12-01"
        struct Crash: Error {}
        #expect(throws: Crash.self) {
            try file.save(changed) { temporary in
                #expect(FileManager.default.fileExists(atPath: temporary.path))
                throw Crash()
            }
        }
        #expect(try Data(contentsOf: file.url) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rules.yaml"])
    }

    @Test(arguments: ["- id: [unclosed\n", "- id: x\n  action: forbid\n", "\u{FF}\u{FE}garbage"])
    func aHandEditedInvalidRulebookGivesAClearError(text: String) throws {
        let url = try folder().appendingPathComponent("rules.yaml")
        try Data(text.utf8).write(to: url)
        let error = #expect(throws: RulebookFileError.self) { try RulebookFile(url).load() }
        #expect(error?.description.contains(url.path) == true)
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }
}
