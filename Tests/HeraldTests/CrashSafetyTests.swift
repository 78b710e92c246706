import Foundation
import TestFolders
import Testing

/// Kills the daemon with SIGKILL at random moments while it ingests a local news site, restarts it, and checks
/// the archive and the drafts against an uninterrupted run: every article archived exactly once, every draft
/// once, every piece of evidence once.
@Suite struct CrashSafetyTests {
    let feeds = 30
    let items = 8

    @Test func aDaemonKilledAtRandomMomentsArchivesEveryArticleAndDraftExactlyOnce() async throws {
        let folder = try TemporaryFolder.make("herald")
        let feedList = folder.appendingPathComponent("feeds.yaml").path
        let site = try await BackgroundProcess.localNewsSite(feeds: feeds, items: items, hosts: 8, feedList: feedList,
                                                             in: folder)
        defer { site.send(SIGKILL) }
        let fast = ["--host-delay", "0", "--requests-per-host", "4", "--allow-private"]

        let reference = folder.appendingPathComponent("reference")
        let run = try await HeraldProcess.run(["run", "--feeds", feedList, "--output", reference.path] + fast)
        #expect(run.status == 0, "\(run.standardOutput)\n\(run.standardError)")
        let expected = try await Snapshot(output: reference)
        #expect(expected.articleURLs.count == feeds * items)
        #expect(!expected.evidenceURLs.isEmpty)

        let output = folder.appendingPathComponent("killed")
        var archivedAtKill: [Int] = []
        var moments: [Int] = []
        // Each round kills the daemon a random moment after it finished 0, 1 or 2 feeds: before, between and
        // during transactions.
        for feedsBeforeKill in [1, 0, 2, 1] {
            let daemon = try BackgroundProcess("herald", [
                "daemon", "--feeds", feedList, "--output", output.path, "--interval", "1",
            ] + fast, errorFile: folder.appendingPathComponent("daemon-\(UUID().uuidString).log"))
            #expect(await daemon.waitForError(containing: "daemon started", timeout: 120), "\(daemon.standardError)")
            _ = await daemon.waitForError(containing: "feed polled", count: feedsBeforeKill, timeout: 30)
            let moment = Int.random(in: 0...400)
            moments.append(moment)
            try await Task.sleep(for: .milliseconds(moment))
            daemon.send(SIGKILL)
            _ = await daemon.waitForExit(timeout: 10)
            archivedAtKill.append(try await Snapshot.exportedURLs(output: output).count)
        }
        let interrupted = archivedAtKill.contains { $0 > 0 && $0 < feeds * items }
        #expect(interrupted, "no kill landed mid-ingestion: \(archivedAtKill) after \(moments) ms")

        let daemon = try BackgroundProcess("herald", [
            "daemon", "--feeds", feedList, "--output", output.path, "--interval", "1",
        ] + fast, errorFile: folder.appendingPathComponent("daemon-final.log"))
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, try await Snapshot.exportedURLs(output: output).count < feeds * items {
            try await Task.sleep(for: .milliseconds(200))
        }
        daemon.send(SIGTERM)
        #expect(await daemon.waitForExit(timeout: 120) == 0, "\(daemon.standardError)")

        let actual = try await Snapshot(output: output)
        #expect(actual.articleURLs.count == feeds * items, "kills after \(moments) ms: \(archivedAtKill)")
        #expect(Set(actual.articleURLs) == Set(expected.articleURLs))
        #expect(Set(actual.articleURLs).count == actual.articleURLs.count, "an article was archived twice")
        #expect(actual.fileArticleURLs.sorted() == actual.articleURLs.sorted(), "archive files disagree")
        #expect(Set(actual.evidenceURLs).count == actual.evidenceURLs.count, "evidence counted twice")
        #expect(Set(actual.evidenceURLs) == Set(expected.evidenceURLs))
        #expect(actual.draftIDs.count == expected.draftIDs.count)
        #expect(Set(actual.draftIDs).count == actual.draftIDs.count)
        #expect(actual.draftFiles == Set(actual.draftIDs), "draft files disagree with the store")
    }
}

/// What a store and its output folder hold, read through the command line.
private struct Snapshot {
    var articleURLs: [String]
    var fileArticleURLs: [String]
    var draftIDs: [String]
    var evidenceURLs: [String]
    var draftFiles: Set<String>

    init(output: URL) async throws {
        articleURLs = try await Self.exportedURLs(output: output)
        let archive = output.appendingPathComponent("archive")
        let days = try FileManager.default.contentsOfDirectory(atPath: archive.path).filter { !$0.hasPrefix(".") }
        fileArticleURLs = try days.flatMap { name in
            let text = try String(contentsOf: archive.appendingPathComponent(name), encoding: .utf8)
            return try Self.urls(inJSONLines: text)
        }
        let list = try await HeraldProcess.run(["drafts", "list", "--json", "--output", output.path])
        let drafts = try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]] ?? []
        draftIDs = drafts.compactMap { $0["id"] as? String }
        evidenceURLs = drafts.flatMap { draft in
            (draft["evidence"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String }
        }
        let draftFolder = output.appendingPathComponent("drafts").path
        // A kill during an atomic write may leave its hidden temporary file behind; only the named files count.
        draftFiles = Set(((try? FileManager.default.contentsOfDirectory(atPath: draftFolder)) ?? [])
            .filter { !$0.hasPrefix(".") }.map { String($0.dropLast(".yaml".count)) })
    }

    static func exportedURLs(output: URL) async throws -> [String] {
        let export = try await HeraldProcess.run(["export", "--output", output.path])
        return try urls(inJSONLines: export.standardOutput)
    }

    static func urls(inJSONLines text: String) throws -> [String] {
        try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["url"] as? String ?? ""
        }
    }
}
