import Extractor
import Foundation
import Generator
import Testing
@testable import Archive
@testable import ArchivePostgres

/// Drafting on PostgreSQL locks per jurisdiction: news in one jurisdiction does not wait for drafting in another,
/// and waits for drafting in its own.
@Suite struct PostgresDraftingLockTests {
    @Test func eachJurisdictionHasOneLockAndLocksAreTakenInOrder() {
        func announcement(_ jurisdiction: String?) -> Announcement {
            Announcement(actor: "A", action: .prohibit, status: .announced, subjects: [], jurisdiction: jurisdiction,
                         effective: nil, enforcement: nil)
        }
        let locks = PostgresStore.draftingLocks(for: [announcement("WM"), announcement("ol"), announcement("OL"),
                                                      announcement(nil), announcement(nil)])
        #expect(locks.count == 3)
        #expect(locks == locks.sorted())
        #expect(PostgresStore.draftingLocks(for: [announcement("ol")])
            == PostgresStore.draftingLocks(for: [announcement("OL")]))
        #expect(PostgresStore.draftingLocks(for: [announcement("OL")])
            != PostgresStore.draftingLocks(for: [announcement("WM")]))
        #expect(PostgresStore.lockID(for: "OL") == PostgresStore.lockID(for: "OL"))
    }

    @Test(.enabled(if: StoreBackend.testServer != nil, "HERALD_TEST_POSTGRES names no server"))
    func draftingInOneJurisdictionDoesNotWaitForAnother() async throws {
        try await StoreBackend.postgres.withNewStore { store in
            let postgres = try #require(store as? PostgresStore)
            let osterland = try #require(PostgresStore.draftingLocks(for: banArticle(
                guid: nil, url: "https://x.example/", site: "X", published: "2031-04-10"
            ).1.announcements).first)
            let (held, holding) = AsyncStream<Void>.makeStream()
            let (release, releasing) = AsyncStream<Void>.makeStream()
            defer { releasing.finish() }
            // Another worker drafting in Osterland, holding its lock until told to commit.
            let other = Task {
                try await postgres.transaction { connection in
                    try await connection.run(
                        "SELECT pg_advisory_xact_lock(\(PostgresStore.draftingLockClass), \(osterland))",
                        logger: postgres.logger
                    )
                    holding.yield()
                    for await _ in release { break }
                }
            }
            for await _ in held { break }

            let (westmark, westmarkFacts) = banArticle(
                guid: "w", url: "https://wire.example/w", site: "Wire", published: "2031-04-10",
                country: ("Westmark", "WM")
            )
            let elsewhere = try await withTimeout(seconds: 20) {
                try await store.ingestAtFixedTime(westmark, westmarkFacts)
            }
            guard case let .archived(_, created, _) = elsewhere else {
                Issue.record("not archived: \(elsewhere)")
                return
            }
            #expect(created.count == 1)

            let (local, localFacts) = banArticle(guid: "o", url: "https://ledger.example/o", site: "Ledger",
                                                 published: "2031-04-10")
            let waiting = Task { try await store.ingestAtFixedTime(local, localFacts) }
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await store.exportedArticles(since: nil, until: nil).count == 1,
                    "the Osterland article was archived while another worker drafted in Osterland")
            releasing.yield()
            try await other.value
            guard case .archived = try await waiting.value else {
                Issue.record("the Osterland article was not archived once the lock was released")
                return
            }
            #expect(try await store.exportedArticles(since: nil, until: nil).count == 2)
        }
    }
}

/// The value of `body`, or a failure when it takes longer than `seconds`.
func withTimeout<Value: Sendable>(seconds: Double, _ body: @escaping @Sendable () async throws -> Value)
    async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw StoreTestError("no answer within \(seconds) s")
        }
        defer { group.cancelAll() }
        guard let value = try await group.next() else { throw StoreTestError("no answer") }
        return value
    }
}

/// A new draft never replaces another with its id: the insert fails, and the transaction is run again.
@Suite(.enabled(if: StoreBackend.testServer != nil, "HERALD_TEST_POSTGRES names no server"))
struct PostgresDraftIDConflictTests {
    @Test func aNewDraftWithATakenIDFailsItsTransactionWhichIsRunAgain() async throws {
        try await StoreBackend.postgres.withNewStore { store in
            let postgres = try #require(store as? PostgresStore)
            let (article, facts) = banArticle(guid: "a", url: "https://ledger.example/a", site: "Ledger",
                                              published: "2031-04-10")
            let created = try await store.archiveAtFixedTime(article, facts).created
            let id = try #require(created.first)
            let stored = try #require(try await store.draft(id: id))
            var rival = stored
            rival.rule.title = "A rival's draft with the same id"
            let attempts = Attempts()
            let outcome = try await postgres.transaction(attempts: 3) { connection in
                if attempts.next() == 1 {
                    try await PostgresStore.save(rival, isNew: true, connection, logger: postgres.logger)
                }
                return "saved on attempt \(attempts.count)"
            }
            #expect(outcome == "saved on attempt 2")
            #expect(try await store.draft(id: stored.id) == stored)
            await #expect(throws: ArchiveError.self) {
                try await postgres.transaction(attempts: 1) { connection in
                    try await PostgresStore.save(rival, isNew: true, connection, logger: postgres.logger)
                }
            }
            #expect(try await store.draft(id: stored.id) == stored)
        }
    }
}

/// Counts the runs of a transaction.
private final class Attempts: @unchecked Sendable {
    private let lock = NSLock()
    private var runs = 0

    var count: Int { lock.withLock { runs } }

    func next() -> Int {
        lock.withLock {
            runs += 1
            return runs
        }
    }
}
