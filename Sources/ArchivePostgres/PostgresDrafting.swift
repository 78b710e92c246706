@_spi(StoreBackend) import Archive
import Extractor
import Foundation
import Generator
import Logging
import PostgresNIO

/// Drafting on PostgreSQL, as on SQLite: the generator gets the pending and rejected drafts the article's
/// announcements could concern, read under a lock per jurisdiction, so that workers drafting in other
/// jurisdictions go on meanwhile.
extension PostgresStore {
    /// The class id of the drafting locks (`pg_advisory_xact_lock(int, int)`, a key space apart from the one-key
    /// locks of migrations and decisions).
    static let draftingLockClass: Int32 = 0x6864_7266

    /// Runs the generator with what it needs, under the drafting locks of the article's announcements: the pending
    /// and rejected drafts in their jurisdictions that they could concern (a draft only gains evidence from its own
    /// jurisdiction, and a rejected one keeps the same news from being proposed again), and the ids taken.
    static func drafting(
        _ connection: PostgresConnection, source: DraftSource, analysis: TextAnalysis, rulebook: Rulebook,
        generator: DraftGenerator, now: Date, logger: Logger
    ) async throws -> DraftingResult {
        guard !analysis.announcements.isEmpty else { return DraftingResult() }
        for key in draftingLocks(for: analysis.announcements) {
            try await connection.run("SELECT pg_advisory_xact_lock(\(draftingLockClass), \(key))", logger: logger)
        }
        let announcements = analysis.announcements
        let jurisdictions = Array(Set(announcements.compactMap { $0.jurisdiction?.uppercased() })).sorted()
        let withoutJurisdiction = announcements.contains { $0.jurisdiction == nil }
        let actions = Array(Set(announcements.map(\.action.rawValue))).sorted()
        let anyWithoutSubjects = announcements.contains { $0.subjects.isEmpty }
        let subjects = Array(Set(announcements.flatMap { $0.subjects.map(\.rawValue) })).sorted()
        // The same narrowing as the SQLite store's `couldConcern`: drafts that change a rule (the generator matches
        // them by the rule), and `add` drafts with one of the actions and, unless one side names no subject, a
        // subject in common. The rows stay locked until the commit, so that a decision waits for this article.
        var rows: [(id: String, body: String)] = []
        for try await row in try await connection.query("""
            SELECT id, body FROM draft
            WHERE state IN ('pending', 'rejected')
                AND (upper(jurisdiction) = ANY(\(jurisdictions)::text[])
                    OR (\(withoutJurisdiction) AND jurisdiction IS NULL))
                AND (change <> 'add' OR ((body::jsonb #>> '{announcement,action}') = ANY(\(actions)::text[])
                    AND (\(anyWithoutSubjects)
                        OR coalesce(jsonb_array_length(body::jsonb #> '{announcement,subjects}'), 0) = 0
                        OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(body::jsonb #> '{announcement,subjects}')
                            AS subject(value) WHERE subject.value = ANY(\(subjects)::text[])))))
            ORDER BY created, id
            FOR UPDATE
            """, logger: logger).decode((String, String).self) {
            rows.append(row)
        }
        let drafts = try await assembled(rows, connection, logger: logger)
        let taken = Set(try await connection.column(String.self, "SELECT id FROM draft", logger: logger))
        let takenRules = Set(try await connection.column(
            String.self, "SELECT ruleID FROM draft WHERE state = 'pending'", logger: logger
        ))
        return generator.drafts(
            for: source, analysis: analysis, rulebook: rulebook, pending: drafts.filter { $0.state == .pending },
            rejected: drafts.filter { $0.state == .rejected }, takenIDs: taken, takenRuleIDs: takenRules, now: now
        )
    }

    /// The drafting locks an article's announcements take: one per jurisdiction (those without one share a lock),
    /// as object ids under ``draftingLockClass``, ascending, so that workers taking several never wait for each
    /// other in a cycle. A draft gains evidence only from its own jurisdiction, and rule ids start with it, so two
    /// articles in different jurisdictions never compete for a draft.
    static func draftingLocks(for announcements: [Announcement]) -> [Int32] {
        Set(announcements.map { lockID(for: $0.jurisdiction?.uppercased() ?? "") }).sorted()
    }

    /// A stable 32-bit id for a key: its FNV-1a hash.
    static func lockID(for key: String) -> Int32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in key.utf8 {
            hash = (hash ^ UInt32(byte)) &* 0x0100_0193
        }
        return Int32(bitPattern: hash)
    }

    /// Stores a draft, and files its YAML for writing. A new draft is inserted, never written over another with
    /// its id (the transaction fails instead, and is run again); a known one is replaced.
    static func save(_ draft: RuleDraft, isNew: Bool, _ connection: PostgresConnection, logger: Logger)
        async throws {
        var withoutEvidence = draft
        withoutEvidence.evidence = []
        let body = try StoredJSON.encode(withoutEvidence)
        let row: PostgresQuery = """
            INSERT INTO draft (id, ruleID, change, state, jurisdiction, action, confidence, body, created, updated)
            VALUES (\(draft.id), \(draft.rule.id), \(draft.change.rawValue), \(draft.state.rawValue),
                \(draft.rule.jurisdiction), \(draft.rule.action.rawValue), \(draft.confidence), \(body),
                \(draft.created), \(draft.updated))
            """
        if isNew {
            try await connection.run(row, logger: logger)
        } else {
            try await connection.run(PostgresQuery(unsafeSQL: row.sql + """
                 ON CONFLICT (id) DO UPDATE SET ruleID = EXCLUDED.ruleID, change = EXCLUDED.change,
                    state = EXCLUDED.state, jurisdiction = EXCLUDED.jurisdiction, action = EXCLUDED.action,
                    confidence = EXCLUDED.confidence, body = EXCLUDED.body, created = EXCLUDED.created,
                    updated = EXCLUDED.updated
                """, binds: row.binds), logger: logger)
        }
        try await appendEvidence(of: draft, connection, logger: logger)
        try await requestOutput(.draft, key: draft.id, connection, logger: logger)
    }
}
