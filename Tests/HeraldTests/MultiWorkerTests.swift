import Archive
import ArchivePostgres
import Foundation
import Logging
import PostgresNIO
import PostgresTestSupport
import TestFolders
import Testing

/// Three daemons share one PostgreSQL store and a local news site of 300 feeds; one is killed with SIGKILL
/// mid-run. Every article must be archived exactly once, the work must be spread over the workers, and the feeds
/// the killed worker held must be polled by the others once its leases expire.
///
/// Runs when `HERALD_TEST_POSTGRES` names a server whose user may create databases (`.ci/run` starts one).
@Suite(.enabled(if: TestPostgres.server != nil, "HERALD_TEST_POSTGRES names no PostgreSQL server"))
struct MultiWorkerTests {

    let feeds = 300
    let items = 2
    let leaseSeconds = 3.0

    @Test func threeWorkersArchiveEveryArticleOnceAndTakeOverAKilledWorkersFeeds() async throws {
        let folder = try TemporaryFolder.make("herald")
        let feedList = folder.appendingPathComponent("feeds.yaml").path
        let site = try await BackgroundProcess.localNewsSite(feeds: feeds, items: items, hosts: 8, feedList: feedList,
                                                             in: folder)
        defer { site.send(SIGKILL) }

        let address = try await TestPostgres.newDatabase()
        let storeURL = TestPostgres.url(of: address)
        func worker(_ name: String) throws -> BackgroundProcess {
            try BackgroundProcess("herald", [
                "daemon", "--feeds", feedList, "--output", folder.appendingPathComponent(name).path,
                "--store", storeURL, "--worker-name", name, "--lease-duration", "\(leaseSeconds)",
                "--interval", "3600", "--concurrent-feeds", "4", "--host-delay", "0", "--requests-per-host", "4",
                "--allow-private",
            ], errorFile: folder.appendingPathComponent("\(name).log"))
        }
        let workers = try ["first", "second", "victim"].map { try worker($0) }
        defer { for worker in workers { worker.send(SIGKILL) } }
        for worker in workers {
            #expect(await worker.waitForError(containing: "daemon started", timeout: 120), "\(worker.standardError)")
        }

        let store = try await PostgresStore.open(address)
        let victim = workers[2]
        #expect(await victim.waitForError(containing: "feed polled", count: 3, timeout: 120), "\(victim.standardError)")
        victim.send(SIGKILL)
        _ = await victim.waitForExit(timeout: 10)
        let killedAt = Date()
        let orphaned = try await store.feedLeases().filter { $0.owner == "victim" }.map(\.feedURL)
        #expect(!orphaned.isEmpty, "the killed worker held no lease")

        let expected = feeds * items
        let deadline = Date().addingTimeInterval(300)
        var archived = try await store.exportedArticles()
        while archived.count < expected, Date() < deadline {
            try await Task.sleep(for: .seconds(1))
            archived = try await store.exportedArticles()
        }
        let leases = try await store.feedLeases()
        for worker in workers.prefix(2) {
            worker.send(SIGTERM)
            #expect(await worker.waitForExit(timeout: 120) == 0, "\(worker.standardError)")
        }

        #expect(archived.count == expected)
        #expect(Set(archived.map(\.url)).count == archived.count, "an article was archived twice")
        #expect(!leases.contains { $0.owner == "victim" }, "a killed worker's lease was never taken over")
        for feed in orphaned {
            let polls = try await store.fetchHistory(feedURL: feed, limit: 10)
            // Polled again after the kill: in full, or a 304 when the killed worker had already saved the validators.
            #expect(polls.contains { $0.time > killedAt && $0.outcome != "failed" }, "\(feed) was not polled again")
        }
        await store.close()
        let export = try await HeraldProcess.run(["export", "--store", storeURL])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardOutput.split(separator: "\n").count == expected)
        let polledBy = workers.map { $0.standardError.components(separatedBy: "feed polled").count - 1 }
        #expect(polledBy.reduce(0, +) >= feeds, "polls per worker: \(polledBy)")
        #expect(polledBy[0] >= feeds / 10 && polledBy[1] >= feeds / 10, "work not spread: \(polledBy)")
        try await TestPostgres.dropDatabase(address)
    }
}

