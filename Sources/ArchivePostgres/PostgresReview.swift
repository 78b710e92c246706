@_spi(StoreBackend) import Archive
import Extractor
import Foundation
import Generator
import PostgresNIO

/// Review on PostgreSQL: drafts listed and read as on SQLite, decisions taken one at a time across every process
/// on the database (a transaction-level advisory lock), each on a draft row locked against ingestion meanwhile.
extension PostgresStore: ReviewStore {
    /// The advisory lock key under which decisions are taken, one at a time across reviewers.
    static let decisionLock: Int64 = 0x6865_7261_6C64_0003

    public func drafts(_ filter: DraftFilter) async throws -> [RuleDraft] {
        try await drafts(selectedBy: """
            SELECT id, body FROM draft
            WHERE (\(filter.state?.rawValue)::text IS NULL OR state = \(filter.state?.rawValue))
                AND (\(filter.jurisdiction)::text IS NULL OR upper(jurisdiction) = upper(\(filter.jurisdiction)))
                AND (\(filter.action?.rawValue)::text IS NULL OR action = \(filter.action?.rawValue))
            ORDER BY created DESC, id
            """)
    }

    public func decisions(draftID: String) async throws -> [Decision] {
        try await connection { connection in
            let rows = try await connection.query("""
                SELECT id, verdict, reviewer, "time", reason, detail FROM decision
                WHERE draftID = \(draftID) ORDER BY id
                """, logger: logger)
            var decisions: [Decision] = []
            for try await (id, verdict, reviewer, time, reason, detail) in rows.decode(
                (Int64, String, String, Date, String?, String?).self
            ) {
                guard let verdict = Decision.Verdict(rawValue: verdict) else {
                    throw ArchiveError.unreadableRecord(
                        "decision \(id) on draft \(draftID) with the verdict '\(verdict)'"
                    )
                }
                var decision = Decision(draftID: draftID, verdict: verdict, reviewer: reviewer, time: time,
                                        reason: reason, detail: detail)
                decision.id = id
                decisions.append(decision)
            }
            return decisions
        }
    }

    @discardableResult
    public func decide(
        draftID: String, expecting state: DraftState, _ body: (RuleDraft) throws -> (Decision, RuleDraft)
    ) async throws -> RuleDraft {
        try await transaction { connection in
            try await connection.run("SELECT pg_advisory_xact_lock(\(Self.decisionLock))", logger: logger)
            // The row lock keeps ingestion from adding evidence to the draft until the decision is committed, and
            // makes ingestion that waited for it read the draft as decided.
            var rows: [(id: String, body: String)] = []
            for try await row in try await connection.query(
                "SELECT id, body FROM draft WHERE id = \(draftID) FOR UPDATE", logger: logger
            ).decode((String, String).self) {
                rows.append(row)
            }
            guard let stored = try await Self.assembled(rows, connection, logger: logger).first else {
                throw ArchiveError.unknownDraft(draftID)
            }
            guard stored.state == state else {
                throw PassedOn(error: DraftStateConflict(draftID: draftID, expected: state, found: stored.state))
            }
            let decision: Decision, draft: RuleDraft
            do {
                (decision, draft) = try body(stored)
            } catch {
                throw PassedOn(error: error)
            }
            try await connection.run("""
                INSERT INTO decision (draftID, verdict, reviewer, "time", reason, detail)
                VALUES (\(decision.draftID), \(decision.verdict.rawValue), \(decision.reviewer), \(decision.time),
                    \(decision.reason), \(decision.detail))
                """, logger: logger)
            try await Self.save(draft, isNew: false, connection, logger: logger)
            return draft
        }
    }

    public func article(id: Int64) async throws -> (article: StoredArticle, analysis: TextAnalysis)? {
        try await connection { connection in
            let rows = try await connection.query("""
                SELECT \(unescaped: Self.articleColumns), e.analysis
                FROM article a LEFT JOIN extraction e ON e.articleID = a.id
                WHERE a.id = \(id)
                """, logger: logger)
            for try await row in rows {
                return try Self.articleWithFacts(row)
            }
            return nil
        }
    }
}
