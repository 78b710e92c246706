import Foundation
import GRDB
import Generator
import TestFolders
import Testing
@testable import Archive

@Suite struct StoreSafetyTests {
    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let path = try TemporaryFolder.make("archive").appendingPathComponent("herald.sqlite").path
        let garbage = Data("these are notes, not a database\n".utf8)
        _ = FileManager.default.createFile(atPath: path, contents: garbage)
        #expect(throws: ArchiveError.notADatabase(path: path)) { try ArchiveStore(path: path) }
        #expect(FileManager.default.contents(atPath: path) == garbage)
    }

    @Test func aDamagedDatabaseIsRefusedAndLeftAlone() throws {
        let folder = try TemporaryFolder.make("archive")
        let path = folder.appendingPathComponent("herald.sqlite").path
        do {
            let store = try ArchiveStore(path: path)
            let (article, facts) = banArticle(guid: "g", url: "https://x.example/a", site: "X", published: "2031-01-01")
            _ = try store.ingest(article, analysis: facts, rulebook: Rulebook(), now: fixedNow)
        }
        // Checkpoint the WAL so the damage lands in the main file, then overwrite pages past the header.
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        var bytes = try #require(FileManager.default.contents(atPath: path))
        for index in 4096..<min(bytes.count, 4096 * 4) { bytes[index] = 0x5A }
        _ = FileManager.default.createFile(atPath: path, contents: bytes)
        let error = #expect(throws: ArchiveError.self) { try ArchiveStore(path: path) }
        #expect({ if case .corrupt = error { true } else { false } }(), "got \(String(describing: error))")
        #expect(FileManager.default.contents(atPath: path) == bytes)
    }

    @Test func aDatabaseFromANewerHeraldIsRefusedAndLeftAlone() throws {
        let path = try TemporaryFolder.make("archive").appendingPathComponent("herald.sqlite").path
        do { _ = try ArchiveStore(path: path) }
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        let before = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master UNION ALL SELECT identifier FROM grdb_migrations") }
        #expect(throws: ArchiveError.newerSchema(path: path, unknownMigrations: ["v99: from the future"])) {
            try ArchiveStore(path: path)
        }
        let after = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master UNION ALL SELECT identifier FROM grdb_migrations") }
        #expect(before == after)
    }

    @Test func aSecondWriterWaitsThenFailsClearly() throws {
        let path = try TemporaryFolder.make("archive").appendingPathComponent("herald.sqlite").path
        let store = try ArchiveStore(path: path, busyTimeout: 0.2)
        let other = try DatabaseQueue(path: path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let (article, facts) = banArticle(guid: "g", url: "https://x.example/a", site: "X", published: "2031-01-01")
            let started = Date()
            #expect(throws: ArchiveError.busy(path: path)) {
                try store.ingest(article, analysis: facts, rulebook: Rulebook(), now: fixedNow)
            }
            #expect(Date().timeIntervalSince(started) >= 0.15)
            try db.execute(sql: "ROLLBACK")
        }
        let (article, facts) = banArticle(guid: "g", url: "https://x.example/a", site: "X", published: "2031-01-01")
        #expect(throws: Never.self) { try store.ingest(article, analysis: facts, rulebook: Rulebook(), now: fixedNow) }
    }

    @Test(arguments: [
        ("/tmp/a/herald.sqlite", "/tmp/a/herald.sqlite"), ("sqlite:///var/h.db", "/var/h.db"),
        ("file:///var/h%20x.db", "/var/h x.db"), ("sqlite:rel/h.db", "rel/h.db"),
    ])
    func storeLocationsAreRead(text: String, path: String) throws {
        #expect(try StoreLocation(text, output: "Output").path == path)
    }

    @Test func theDefaultStoreIsInsideTheOutputFolder() throws {
        #expect(try StoreLocation(nil, output: "Out").path?.hasSuffix("Out/herald.sqlite") == true)
        #expect(throws: ArchiveError.unsupportedStore("mysql://db/herald")) {
            try StoreLocation("mysql://db/herald", output: "Output")
        }
    }

    @Test func theReviewLogIsAppendOnly() throws {
        let path = try TemporaryFolder.make("archive").appendingPathComponent("herald.sqlite").path
        let store = try ArchiveStore(path: path)
        let (article, facts) = banArticle(guid: "g", url: "https://x.example/a", site: "X", published: "2031-01-01")
        guard case let .archived(_, created, _) = try store.ingest(article, analysis: facts, rulebook: Rulebook(),
                                                                    now: fixedNow) else { return }
        let draft = try store.decide(draftID: created[0], expecting: .pending) { draft in
            var rejected = draft
            rejected.state = .rejected
            return (Decision(draftID: draft.id, verdict: .rejected, reviewer: "ana", time: fixedNow,
                             reason: "duplicate", detail: nil), rejected)
        }
        #expect(try store.draft(id: draft.id)?.state == .rejected)
        #expect(throws: (any Error).self) {
            try DatabaseQueue(path: path).write { try $0.execute(sql: "UPDATE decision SET reviewer = 'eve'") }
        }
        #expect(throws: (any Error).self) {
            try DatabaseQueue(path: path).write { try $0.execute(sql: "DELETE FROM decision") }
        }
        #expect(throws: DraftStateConflict(draftID: draft.id, expected: .pending, found: .rejected)) {
            try store.decide(draftID: draft.id, expecting: .pending) { draft in
                Issue.record("a decided draft was decided again")
                return (Decision(draftID: draft.id, verdict: .approved, reviewer: "bo", time: fixedNow,
                                 reason: nil, detail: nil), draft)
            }
        }
        #expect(try store.decisions(draftID: draft.id).map(\.reviewer) == ["ana"])
    }
}
