import Foundation
import TestFolders
import Testing

@Suite struct RunCommandTests {
    let sampleFeeds = HeraldProcess.packageRoot.appendingPathComponent("Feeds/feeds.yaml").path

    @Test func aSecondRunArchivesAndDraftsNothingNew() async throws {
        let output = try TemporaryFolder.make("herald")
        let first = try await HeraldProcess.run(["run", "--feeds", sampleFeeds, "--output", output.path])
        #expect(first.status == 0, "\(first.standardError)")
        let articles = try Self.number(after: "new articles:", in: first.standardOutput)
        #expect(articles >= 12)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("herald.sqlite").path))
        let days = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("archive").path)
        #expect(!days.isEmpty)
        let draftsBefore = Self.files(in: output.appendingPathComponent("drafts"))

        let second = try await HeraldProcess.run(["run", "--feeds", sampleFeeds, "--output", output.path])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(try Self.number(after: "new articles:", in: second.standardOutput) == 0)
        #expect(second.standardOutput.contains("drafts:         0 new, 0 with new evidence"))
        #expect(Self.files(in: output.appendingPathComponent("drafts")) == draftsBefore)
    }

    @Test func storesSideBySideStayApart() async throws {
        let output = try TemporaryFolder.make("herald")
        let other = output.appendingPathComponent("other.sqlite").path
        _ = try await HeraldProcess.run(["run", "--feeds", sampleFeeds, "--output", output.path])
        let run = try await HeraldProcess.run(["run", "--feeds", sampleFeeds, "--output", output.path, "--store", other])
        #expect(run.status == 0)
        #expect(try Self.number(after: "new articles:", in: run.standardOutput) >= 12)
    }

    @Test(arguments: [
        "feeds: [unclosed",
        "feeds:\n  - name: no address\n",
        "feeds:\n  - url: ftp://example.com/feed\n",
        "just a string",
        "",
    ])
    func anInvalidFeedsFileIsAConfigurationError(contents: String) async throws {
        let folder = try TemporaryFolder.make("herald")
        let feeds = folder.appendingPathComponent("feeds.yaml")
        try Data(contents.utf8).write(to: feeds)
        let outcome = try await HeraldProcess.run(["run", "--feeds", feeds.path, "--output", folder.path])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.split(separator: "\n").count == 1, "\(outcome.standardError)")
    }

    @Test func aMissingFeedsFileIsAConfigurationError() async throws {
        let folder = try TemporaryFolder.make("herald")
        let outcome = try await HeraldProcess.run(["run", "--feeds", "/nonexistent/feeds.yaml", "--output", folder.path])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }

    @Test func aFailingFeedIsReportedWithItsReasonAndExitStatusOne() async throws {
        let folder = try TemporaryFolder.make("herald")
        let broken = folder.appendingPathComponent("broken.xml")
        try Data("<html><body>not a feed</body></html>".utf8).write(to: broken)
        let feeds = folder.appendingPathComponent("feeds.yaml")
        try Data("feeds:\n  - url: file:broken.xml\n    name: Broken\n  - url: file:missing.xml\n".utf8).write(to: feeds)
        let outcome = try await HeraldProcess.run(["run", "--feeds", feeds.path, "--output", folder.path])
        #expect(outcome.status == 1)
        #expect(outcome.standardOutput.contains("failures:       2"))
        #expect(outcome.standardOutput.contains("Broken:"))
    }

    private static func number(after label: String, in text: String) throws -> Int {
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(label) })
        let digits = line.dropFirst(label.count).drop { $0 == " " }.prefix { $0.isNumber }
        return try #require(Int(digits))
    }

    private static func files(in folder: URL) -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: Data] = [:]
        for name in names {
            files[name] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
        }
        return files
    }
}
