import Extractor
import Foundation
import Generator
import PostgresNIO
import PostgresTestSupport
import GRDB
import TestFolders
import Testing
@testable import Archive
@testable import ArchivePostgres

/// A store backend the contract tests run against. PostgreSQL joins when `HERALD_TEST_POSTGRES` names a server
/// (a `postgres://` URL whose user may create databases, as `.ci/start-test-postgres` prints); without it, the
/// PostgreSQL variants are not run.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    /// The backends available here.
    static var available: [StoreBackend] {
        testServer == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    /// The test server, from `HERALD_TEST_POSTGRES`.
    static var testServer: PostgresAddress? { TestPostgres.server }

    var testDescription: String { rawValue }

    /// A store of this kind, new and empty, for one test.
    typealias TestStore = any IngestionStore & FeedLeaseStore & ReviewStore

    /// Runs `body` with a new, empty store, then closes it (and drops a PostgreSQL one once `body` succeeded; a failed
    /// test leaves its database to look at).
    func withNewStore(_ body: (TestStore) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("herald.sqlite").path)
            try await body(store)
        case .postgres:
            try await TestPostgres.withNewDatabase { address in
                let store = try await PostgresStore.open(address)
                do {
                    try await body(store)
                } catch {
                    await store.close()
                    throw error
                }
                await store.close()
            }
        }
    }
}

extension StoreBackend {
    /// Stores a pending `add` draft whose body holds only its announcement's action and subjects, so that reading it
    /// as a draft fails.
    func insertUnreadableDraft(id: String, jurisdiction: String, action: PolicyAction, subjects: [PolicySubject],
                               into store: TestStore) async throws {
        let subjectList = subjects.map { "\"\($0.rawValue)\"" }.joined(separator: ",")
        let body = "{\"announcement\":{\"action\":\"\(action.rawValue)\",\"subjects\":[\(subjectList)]}}"
        switch store {
        case let sqlite as ArchiveStore:
            try sqlite.write { db in
                try db.execute(sql: """
                    INSERT INTO draft (id, ruleID, change, state, jurisdiction, action, confidence, body, created,
                        updated)
                    VALUES (?, ?, 'add', 'pending', ?, ?, 0.5, ?, ?, ?)
                    """, arguments: [id, id, jurisdiction, action.rawValue, body, fixedNow, fixedNow])
            }
        case let postgres as PostgresStore:
            try await postgres.connection { connection in
                try await connection.run("""
                    INSERT INTO draft (id, ruleID, change, state, jurisdiction, action, confidence, body, created,
                        updated)
                    VALUES (\(id), \(id), 'add', 'pending', \(jurisdiction), \(action.rawValue), 0.5, \(body),
                        \(fixedNow), \(fixedNow))
                    """, logger: postgres.logger)
            }
        default:
            throw StoreTestError("no such backend: \(type(of: store))")
        }
    }
}

extension IngestionStore {
    /// Ingests with no approved rules and the default generator, at the tests' fixed time.
    func ingestAtFixedTime(_ article: ArticleRecord, _ facts: TextAnalysis) async throws -> IngestOutcome {
        try await ingest(article, analysis: facts, rulebook: Rulebook(), generator: DraftGenerator(), now: fixedNow)
    }

    /// Ingests as ``ingestAtFixedTime(_:_:)`` does and gives what the archived article made; any other outcome
    /// throws.
    func archiveAtFixedTime(_ article: ArticleRecord, _ facts: TextAnalysis) async throws
        -> (articleID: Int64, created: [String], updated: [String]) {
        let outcome = try await ingestAtFixedTime(article, facts)
        guard case let .archived(articleID, created, updated) = outcome else {
            throw StoreTestError("not archived: \(outcome)")
        }
        return (articleID, created, updated)
    }
}
