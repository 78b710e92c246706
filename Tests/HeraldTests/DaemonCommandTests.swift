import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import TestFolders
import Testing

@Suite struct DaemonCommandTests {
    let sampleFeeds = HeraldProcess.packageRoot.appendingPathComponent("Feeds/feeds.yaml").path

    private func startDaemon(output: URL, _ extra: [String] = []) throws -> BackgroundProcess {
        try BackgroundProcess("herald", ["daemon", "--feeds", sampleFeeds, "--output", output.path] + extra,
                              errorFile: output.appendingPathComponent("daemon-\(UUID().uuidString).log"))
    }

    @Test func sigtermStopsTheDaemonCleanlyWithTheSampleArchived() async throws {
        let output = try TemporaryFolder.make("herald")
        let daemon = try startDaemon(output: output, ["--interval", "1"])
        // Both sample feeds polled in full: a SIGTERM sooner would rightly leave a busy feed's rest for later.
        #expect(await daemon.waitForError(containing: "feed polled", count: 2, timeout: 120), "\(daemon.standardError)")
        daemon.send(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 120) == 0, "\(daemon.standardError)")
        #expect(daemon.standardError.contains("daemon stopped"))

        let export = try await HeraldProcess.run(["export", "--output", output.path])
        let urls = export.standardOutput.split(separator: "\n")
        #expect(urls.count >= 12)
        let days = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("archive").path)
        #expect(!days.isEmpty)
    }

    @Test func sigintStopsTheDaemonToo() async throws {
        let output = try TemporaryFolder.make("herald")
        let daemon = try startDaemon(output: output)
        #expect(await daemon.waitForError(containing: "daemon started", timeout: 120), "\(daemon.standardError)")
        daemon.send(SIGINT)
        #expect(await daemon.waitForExit(timeout: 120) == 0, "\(daemon.standardError)")
    }

    @Test func aSecondDaemonOnTheSameStoreSaysSoAndExits() async throws {
        let output = try TemporaryFolder.make("herald")
        let first = try startDaemon(output: output)
        #expect(await first.waitForError(containing: "daemon started", timeout: 120), "\(first.standardError)")

        let second = try await HeraldProcess.run(["daemon", "--feeds", sampleFeeds, "--output", output.path])
        #expect(second.status == 3)
        #expect(second.standardError.contains("already using this store"), "\(second.standardError)")
        #expect(second.standardError.contains("pid \(first.process.processIdentifier)"), "\(second.standardError)")

        // A daemon on another store is fine meanwhile.
        let other = try startDaemon(output: output, ["--store", output.appendingPathComponent("other.sqlite").path])
        #expect(await other.waitForError(containing: "daemon started", timeout: 120), "\(other.standardError)")
        other.send(SIGTERM)
        first.send(SIGTERM)
        #expect(await other.waitForExit(timeout: 120) == 0)
        #expect(await first.waitForExit(timeout: 120) == 0)

        // The lock goes with the process: a new daemon starts on the first store.
        let third = try startDaemon(output: output)
        #expect(await third.waitForError(containing: "daemon started", timeout: 120), "\(third.standardError)")
        third.send(SIGKILL)
        _ = await third.waitForExit(timeout: 10)
        let fourth = try startDaemon(output: output)
        #expect(await fourth.waitForError(containing: "daemon started", timeout: 120), "\(fourth.standardError)")
        fourth.send(SIGTERM)
        #expect(await fourth.waitForExit(timeout: 120) == 0)
    }

    @Test(arguments: [
        ["--interval", "0"], ["--concurrent-feeds", "0"], ["--metrics-address", "nowhere"],
        ["--interval", "60", "--maximum-interval", "30"], ["--log-format", "xml"],
    ])
    func badOptionsAreRefused(options: [String]) async throws {
        let output = try TemporaryFolder.make("herald")
        let outcome = try await HeraldProcess.run(["daemon", "--feeds", sampleFeeds, "--output", output.path] + options)
        #expect(outcome.status != 0)
        #expect(!outcome.standardError.isEmpty)
    }

    @Test func aMissingFeedsFileIsAConfigurationError() async throws {
        let output = try TemporaryFolder.make("herald")
        let outcome = try await HeraldProcess.run(["daemon", "--feeds", "/nonexistent.yaml", "--output", output.path])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.split(separator: "\n").count == 1, "\(outcome.standardError)")
    }

    @Test func theMetricsEndpointServesPrometheusText() async throws {
        let output = try TemporaryFolder.make("herald")
        let daemon = try startDaemon(output: output, [
            "--metrics-address", "127.0.0.1:0", "--log-format", "json", "--interval", "1",
        ])
        defer { daemon.send(SIGKILL) }
        #expect(await daemon.waitForError(containing: "feed polled", timeout: 120), "\(daemon.standardError)")
        #expect(await daemon.waitForError(containing: "metrics endpoint listening", timeout: 120), "\(daemon.standardError)")
        let line = try #require(daemon.standardError.split(separator: "\n").first { $0.contains("metrics endpoint") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let port = try #require((object["port"] as? String).flatMap(Int.init))

        let url = try #require(URL(string: "http://127.0.0.1:\(port)/metrics"))
        let (data, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let text = String(decoding: data, as: UTF8.self)
        let fetched = text.split(separator: "\n").first { $0.hasPrefix("herald_feeds_fetched_total ") }
        #expect(fetched.flatMap { Double($0.split(separator: " ").last ?? "") } ?? 0 >= 1, "\(text)")
        for name in ["herald_articles_archived_total", "herald_feed_fetch_duration_seconds_bucket",
                     "herald_queue_depth"] {
            #expect(text.contains(name), "\(name) missing from \(text)")
        }
        daemon.send(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 120) == 0)
    }

    @Test func everyLogLineIsJSONWithTheJSONFormat() async throws {
        let output = try TemporaryFolder.make("herald")
        let daemon = try startDaemon(output: output, ["--log-format", "json"])
        #expect(await daemon.waitForError(containing: "feed polled", timeout: 120), "\(daemon.standardError)")
        daemon.send(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 120) == 0)
        let lines = daemon.standardError.split(separator: "\n")
        #expect(lines.count >= 3)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["message"] is String, "\(line)")
        }
    }
}
