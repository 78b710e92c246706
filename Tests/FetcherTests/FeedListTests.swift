import Foundation
import Testing
@testable import Fetcher

@Suite struct FeedListTests {
    let base = URL(fileURLWithPath: "/srv/herald/Feeds", isDirectory: true)

    @Test func readsURLsNamesAndRelativeFilePaths() throws {
        let yaml = """
        feeds:
          - url: https://news.example.com/rss
            name: Example News
          - url: file:sample/coinwire.xml
          - url: sample/plain.xml
          - url: file:///var/feeds/absolute.xml
          - http://bare.example.org/feed
        """
        let list = try FeedList.parse(yaml: yaml, baseDirectory: base)
        #expect(list.feeds.map(\.url.absoluteString) == [
            "https://news.example.com/rss",
            "file:///srv/herald/Feeds/sample/coinwire.xml",
            "file:///srv/herald/Feeds/sample/plain.xml",
            "file:///var/feeds/absolute.xml",
            "http://bare.example.org/feed",
        ])
        #expect(list.feeds.map(\.name) == ["Example News", nil, nil, nil, nil])
    }

    @Test func loadsFromAFileResolvingAgainstItsDirectory() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("feedlist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("feeds.yaml")
        try "feeds:\n  - url: file:local/one.xml\n".write(to: file, atomically: true, encoding: .utf8)
        let list = try FeedList.load(from: file)
        #expect(list.feeds.first?.url.path == directory.appendingPathComponent("local/one.xml").standardizedFileURL.path)
    }

    @Test(arguments: [
        ("feeds: [unclosed", "invalid feed list"),
        ("items:\n  - url: https://a.example/\n", "`feeds:`"),
        ("feeds: 3\n", "must be a list"),
        ("feeds:\n  - name: No URL\n", "entry 1: missing `url`"),
        ("feeds:\n  - url: ftp://files.example/feed.xml\n", "unsupported URL scheme `ftp`"),
        ("feeds:\n  - url: https://a.example/x\n  - url: https://a.example/x\n", "entry 2"),
        ("feeds:\n  - url: \"https://\"\n", "not a valid URL"),
    ])
    func reportsBadListsOnOneLine(yaml: String, expected: String) {
        do {
            _ = try FeedList.parse(yaml: yaml, baseDirectory: base)
            Issue.record("expected an error for \(yaml)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func anEmptyListIsValid() throws {
        #expect(try FeedList.parse(yaml: "feeds:\n", baseDirectory: base).feeds.isEmpty)
        #expect(try FeedList.parse(yaml: "feeds: []\n", baseDirectory: base).feeds.isEmpty)
    }

    @Test func aMissingFileIsAClearError() {
        #expect(throws: FeedListError.self) { try FeedList.load(fromPath: "/nonexistent/feeds.yaml") }
    }
}

@Suite struct PollingIntervalTests {
    @Test(arguments: [
        ("900", 900.0), ("90s", 90.0), ("15m", 900.0), ("2h", 7_200.0), ("1d", 86_400.0), ("1.5h", 5_400.0),
        (" 30 m ", 1_800.0), ("30M", 1_800.0),
    ] as [(String, Double)])
    func durationsAsPeopleWriteThem(text: String, seconds: Double) {
        #expect(PollingInterval.seconds(in: text) == seconds)
    }

    @Test(arguments: ["", "h", "fast", "-5m", "0", "0.5", "nan", "inf", "31d", "10 minutes"])
    func nonsenseIsRefused(text: String) {
        #expect(PollingInterval.seconds(in: text) == nil)
    }

    @Test func aFeedListEntryCarriesItsInterval() throws {
        let list = try FeedList.parse(yaml: "feeds:\n  - url: https://a.example/rss\n    interval: 2h\n  - https://b.example/rss\n",
                                      baseDirectory: URL(fileURLWithPath: "/tmp"))
        #expect(list.feeds.map(\.interval) == [7_200, nil])
        #expect(throws: FeedListError.self) {
            try FeedList.parse(yaml: "feeds:\n  - url: https://a.example/rss\n    interval: often\n",
                               baseDirectory: URL(fileURLWithPath: "/tmp"))
        }
    }
}
