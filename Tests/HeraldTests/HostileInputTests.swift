import Archive
import Fetcher
import Foundation
import Generator
import TestFolders
import Testing
@testable import herald

/// `herald` against feeds that point it at the network it runs in, and against a rulebook a person broke by hand.
@Suite struct HostileInputTests {
    @Test func feedsOnLoopbackAreRefusedOneByOneUnlessAllowed() async throws {
        let folder = try TemporaryFolder.make("herald")
        let feedList = folder.appendingPathComponent("feeds.yaml")
        let site = try await BackgroundProcess.localNewsSite(feeds: 2, items: 2, hosts: 1, feedList: feedList.path,
                                                             in: folder)
        defer { site.send(SIGKILL) }

        let refused = try await HeraldProcess.run(["run", "--feeds", feedList.path, "--output", folder.appendingPathComponent("refused").path])
        #expect(refused.status == 1, "\(refused.standardOutput)\n\(refused.standardError)")
        #expect(refused.standardOutput.contains("new articles:   0"), "\(refused.standardOutput)")
        #expect(refused.standardOutput.contains("failures:       2"), "\(refused.standardOutput)")
        for outlet in ["Outlet 0", "Outlet 1"] {
            let line = refused.standardOutput.split(separator: "\n").first { $0.contains(outlet) } ?? ""
            #expect(line.contains("127.0.0.1 is a loopback address") && line.contains("allow_private"), "\(line)")
        }

        // One feed allowed in feeds.yaml: it and its article pages are fetched, the other is still refused.
        let list = try String(contentsOf: feedList, encoding: .utf8)
        try Data(list.replacingOccurrences(of: "name: Outlet 0\n", with: "name: Outlet 0\n    allow_private: true\n").utf8)
            .write(to: feedList)
        let oneAllowed = try await HeraldProcess.run([
            "run", "--feeds", feedList.path, "--output", folder.appendingPathComponent("one").path, "--host-delay", "0",
        ])
        #expect(oneAllowed.status == 1)
        #expect(oneAllowed.standardOutput.contains("new articles:   2"), "\(oneAllowed.standardOutput)")
        #expect(oneAllowed.standardOutput.contains("failures:       1"), "\(oneAllowed.standardOutput)")

        let allAllowed = try await HeraldProcess.run([
            "run", "--feeds", feedList.path, "--output", folder.appendingPathComponent("all").path, "--host-delay", "0",
            "--allow-private",
        ])
        #expect(allAllowed.status == 0, "\(allAllowed.standardOutput)\n\(allAllowed.standardError)")
        #expect(allAllowed.standardOutput.contains("new articles:   4"), "\(allAllowed.standardOutput)")
    }

    @Test func aRulebookBrokenByHandStopsApprovalNamingFileAndLineAndLosesNothing() async throws {
        let output = try TemporaryFolder.make("herald")
        let sampleFeeds = HeraldProcess.packageRoot.appendingPathComponent("Feeds/feeds.yaml").path
        let run = try await HeraldProcess.run(["run", "--feeds", sampleFeeds, "--output", output.path])
        #expect(run.status == 0, "\(run.standardError)")
        let pending = try await HeraldProcess.run(["drafts", "list", "--state", "pending", "--json", "--output", output.path])
        let drafts = try #require(try JSONSerialization.jsonObject(with: Data(pending.standardOutput.utf8)) as? [[String: Any]])
        let id = try #require(drafts.first?["id"] as? String)

        let rules = output.appendingPathComponent("rules.yaml")
        let broken = "- id: kept-rule\n  title: A rule someone edited\n  action: prohibit\n  subjects: [mining\n  status: active\n"
        try Data(broken.utf8).write(to: rules)
        let approve = try await HeraldProcess.run([
            "drafts", "approve", id, "--reviewer", "tester", "--reason", "checked", "--output", output.path,
        ])
        #expect(approve.status != 0)
        #expect(approve.standardError.contains(rules.path), "\(approve.standardError)")
        #expect(approve.standardError.lowercased().contains("line"), "\(approve.standardError)")
        #expect(try String(contentsOf: rules, encoding: .utf8) == broken)
        let after = try await HeraldProcess.run(["drafts", "list", "--state", "pending", "--json", "--output", output.path])
        #expect(after.standardOutput == pending.standardOutput)
    }

    @Test func aFeedLongerThanThePollLimitIsReadOnlyUpToIt() async throws {
        let folder = try TemporaryFolder.make("herald")
        let paragraph = "The harbour office posted its weekly note on ferry times, berth works and the tide tables. "
        var items = ""
        for index in 0..<12 {
            let text = "<p>Note \(index). " + String(repeating: paragraph, count: 5) + "End of note \(index).</p>"
            items += "<item><title>Harbour note \(index)</title><guid>note-\(index)</guid>"
                + "<content:encoded><![CDATA[\(text)]]></content:encoded></item>"
        }
        let feedFile = folder.appendingPathComponent("long.xml")
        try Data(("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
            + "<title>Long</title>\(items)</channel></rss>").utf8).write(to: feedFile)
        let store = try ArchiveStore(path: folder.appendingPathComponent("herald.sqlite").path)
        let fetcher = Fetcher()
        var ingestor = FeedIngestor(store: store, rulebook: Rulebook(), fetcher: fetcher)
        ingestor.maximumEntriesPerPoll = 5
        let report = await ingestor.ingest(FeedSource(url: feedFile))
        await fetcher.shutdown()
        #expect(report.newArticles == 5)
        #expect(report.articleFailures.isEmpty, "\(report.articleFailures)")
    }
}
