import Archive
import Fetcher
import Foundation
import TestFolders
import Testing

@Suite struct FeedsCommandTests {
    /// A feeds file with a comment, in a new folder.
    func feedsFile(_ text: String = "# My feeds\nfeeds:\n  - url: https://one.example/rss\n    name: One\n") throws -> URL {
        let file = try TemporaryFolder.make("herald").appendingPathComponent("feeds.yaml")
        try Data(text.utf8).write(to: file)
        return file
    }

    func feeds(in file: URL) throws -> [FeedSource] {
        try FeedList.load(from: file).feeds
    }

    @Test func addRefusesADuplicateAndRemoveTakesAFeedOut() async throws {
        let file = try feedsFile()
        let add = try await HeraldProcess.run(["feeds", "add", "https://two.example/feed.xml", "--name", "Two: the second",
                                         "--feeds", file.path])
        #expect(add.status == 0, "\(add.standardError)")
        #expect(try feeds(in: file).map(\.name) == ["One", "Two: the second"])
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# My feeds\n"))

        let before = try Data(contentsOf: file)
        let duplicate = try await HeraldProcess.run(["feeds", "add", "https://ONE.example/rss?utm_source=x",
                                               "--feeds", file.path])
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError.contains("already has this feed"), "\(duplicate.standardError)")
        #expect(try Data(contentsOf: file) == before)

        let remove = try await HeraldProcess.run(["feeds", "remove", "https://one.example/rss", "--feeds", file.path])
        #expect(remove.status == 0, "\(remove.standardError)")
        #expect(try feeds(in: file).map(\.url.absoluteString) == ["https://two.example/feed.xml"])
        let again = try await HeraldProcess.run(["feeds", "remove", "https://one.example/rss", "--feeds", file.path])
        #expect(again.status == 1)
        #expect(again.standardError.split(separator: "\n").count == 1)
        // No temporary file is left beside the list.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(siblings == ["feeds.yaml"])
    }

    @Test func addCreatesAMissingFeedsFile() async throws {
        let file = try TemporaryFolder.make("herald").appendingPathComponent("new.yaml")
        let add = try await HeraldProcess.run(["feeds", "add", "https://first.example/rss", "--feeds", file.path])
        #expect(add.status == 0, "\(add.standardError)")
        #expect(try feeds(in: file).map(\.url.absoluteString) == ["https://first.example/rss"])
    }

    @Test func anInvalidFeedsFileIsAConfigurationErrorAndStaysAsItWas() async throws {
        let file = try feedsFile("feeds: [unclosed")
        for arguments in [["add", "https://x.example/rss"], ["list"], ["export"], ["remove", "https://x.example/rss"]] {
            let outcome = try await HeraldProcess.run(["feeds"] + arguments + ["--feeds", file.path])
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.standardError.split(separator: "\n").count == 1, "\(outcome.standardError)")
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "feeds: [unclosed")
    }

    @Test func exportThenImportCarriesEveryFeedAndName() async throws {
        let file = try feedsFile("""
            feeds:
              - url: https://one.example/rss
                name: One & <Only>
              - url: https://two.example/atom?x=1&y=2
              - url: https://three.example/feed.json
                name: "Three \\"quoted\\""
            """)
        let export = try await HeraldProcess.run(["feeds", "export", "--feeds", file.path])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardOutput.contains("<opml version=\"2.0\">"))
        let opml = file.deletingLastPathComponent().appendingPathComponent("feeds.opml")
        try Data(export.standardOutput.utf8).write(to: opml)

        let target = file.deletingLastPathComponent().appendingPathComponent("imported.yaml")
        let imported = try await HeraldProcess.run(["feeds", "import", opml.path, "--feeds", target.path])
        #expect(imported.status == 0, "\(imported.standardError)")
        #expect(imported.standardOutput.contains("imported 3 of 3"))
        let original = try feeds(in: file)
        let copy = try feeds(in: target)
        #expect(copy.map(\.url) == original.map(\.url))
        #expect(copy.map(\.name) == ["One & <Only>", "https://two.example/atom?x=1&y=2", "Three \"quoted\""])

        // Importing again adds nothing and says why.
        let twice = try await HeraldProcess.run(["feeds", "import", opml.path, "--feeds", target.path])
        #expect(twice.standardOutput.contains("imported 0 of 3"))
        #expect(try feeds(in: target).count == 3)
    }

    @Test func importReadsNestedOPML1AndSkipsLocalFiles() async throws {
        let folder = try TemporaryFolder.make("herald")
        let opml = folder.appendingPathComponent("subs.opml")
        try Data("""
            <?xml version="1.0"?>
            <opml version="1.0"><head><title>Subs</title></head><body>
              <outline text="Crypto">
                <outline text="Alpha" xmlurl="https://alpha.example/rss"/>
                <outline text="Local" xmlUrl="file:///etc/passwd"/>
              </outline>
              <outline title="Beta" xmlUrl="http://beta.example/feed"/>
            </body></opml>
            """.utf8).write(to: opml)
        let target = folder.appendingPathComponent("feeds.yaml")
        let outcome = try await HeraldProcess.run(["feeds", "import", opml.path, "--feeds", target.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(try feeds(in: target).map(\.url.absoluteString) == ["https://alpha.example/rss", "http://beta.example/feed"])
        #expect(outcome.standardOutput.contains("skipped file:///etc/passwd"))

        try Data("<html><body>no</body></html>".utf8).write(to: opml)
        let notOPML = try await HeraldProcess.run(["feeds", "import", opml.path, "--feeds", target.path])
        #expect(notOPML.status == 2)
        #expect(notOPML.standardError.contains("not an OPML document"))
    }

    @Test func listShowsEachFeedsFailuresAndRunHoldsAFailingFeedBackUnlessForced() async throws {
        let folder = try TemporaryFolder.make("herald")
        // Nothing listens on the discard port of the loopback address: every fetch fails at once.
        let file = try feedsFile("""
            feeds:
              - url: http://127.0.0.1:9/feed.xml
                name: Down
              - url: file:sample.xml
            """)
        try Data(Self.sampleRSS.utf8).write(to: file.deletingLastPathComponent().appendingPathComponent("sample.xml"))
        let output = folder.path
        let never = try await HeraldProcess.run(["feeds", "list", "--feeds", file.path, "--output", output])
        #expect(never.status == 0, "\(never.standardError)")
        #expect(never.standardOutput.contains("never fetched"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("herald.sqlite").path))

        let first = try await HeraldProcess.run(["run", "--feeds", file.path, "--output", output])
        #expect(first.status == 1)
        let second = try await HeraldProcess.run(["run", "--feeds", file.path, "--output", output])
        #expect(second.status == 1, "a feed held back while failing still fails the run")
        #expect(second.standardOutput.contains("held back:      1"), "\(second.standardOutput)")
        #expect(second.standardOutput.contains("Down: held back until"), "\(second.standardOutput)")
        #expect(try await status(of: "Down", file: file, output: output)["consecutiveFailures"] as? Int == 1)

        let forced = try await HeraldProcess.run(["run", "--force", "--feeds", file.path, "--output", output])
        #expect(forced.status == 1)
        #expect(!forced.standardOutput.contains("held back"))
        let down = try await status(of: "Down", file: file, output: output)
        #expect(down["consecutiveFailures"] as? Int == 2)
        #expect((down["lastError"] as? String)?.contains("127.0.0.1") == true, "\(down)")
        #expect(down["nextAttempt"] is String)
        #expect(down["lastSuccess"] == nil)
        let local = try await status(of: nil, file: file, output: output)
        #expect(local["consecutiveFailures"] as? Int == 0)
        #expect(local["lastSuccess"] is String)

        let text = try await HeraldProcess.run(["feeds", "list", "--feeds", file.path, "--output", output])
        #expect(text.standardOutput.contains("failures:        2 in a row"), "\(text.standardOutput)")
        #expect(text.standardOutput.contains("held back until:"))
    }

    @Test func aStoreAnOlderVersionWroteKeepsWorking() async throws {
        let folder = try TemporaryFolder.make("herald")
        let file = try feedsFile("feeds:\n  - url: http://127.0.0.1:9/feed.xml\n  - url: file:sample.xml\n")
        let sample = file.deletingLastPathComponent().appendingPathComponent("sample.xml")
        try Data(Self.sampleRSS.utf8).write(to: sample)
        // What versions before persistent polling state stored: the bare validators.
        do {
            let store = try ArchiveStore(StoreLocation(path: folder.appendingPathComponent("herald.sqlite").path))
            try store.saveFeedState(CacheValidators(entityTag: "\"old\""), for: "http://127.0.0.1:9/feed.xml")
            try store.saveFeedState(CacheValidators(lastModified: "Mon, 01 Jan 2024 00:00:00 GMT"),
                                    for: sample.absoluteString)
        }
        let listed = try await HeraldProcess.run(["feeds", "list", "--feeds", file.path, "--output", folder.path])
        #expect(listed.status == 0, "\(listed.standardError)")
        let run = try await HeraldProcess.run(["run", "--feeds", file.path, "--output", folder.path])
        #expect(run.status == 1)
        #expect(!run.standardError.contains("unreadable"), "\(run.standardError)")
        #expect(run.standardOutput.contains("new articles:   2"), "\(run.standardOutput)")
        let down = try await status(of: nil, file: file, output: folder.path, url: "http://127.0.0.1:9/feed.xml")
        #expect(down["consecutiveFailures"] as? Int == 1)
    }

    /// The `feeds list --json` object of the feed with this name (or URL).
    private func status(of name: String?, file: URL, output: String, url: String? = nil) async throws -> [String: Any] {
        let list = try await HeraldProcess.run(["feeds", "list", "--json", "--feeds", file.path, "--output", output])
        #expect(list.status == 0, "\(list.standardError)")
        return try #require(list.jsonLines().first {
            if let url { return $0["url"] as? String == url }
            return $0["name"] as? String == name
        })
    }

    /// Two items with their text and no link, so that nothing is fetched from the web.
    private static let sampleRSS = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Sample</title><link>https://sample.example/</link>
        <item><title>First story</title><guid isPermaLink="false">s-1</guid>
        <description>The sample desk wrote this first story for a test of the feed commands.</description></item>
        <item><title>Second story</title><guid isPermaLink="false">s-2</guid>
        <description>The sample desk wrote this second story, a little longer than the first one.</description></item>
        </channel></rss>
        """
}
