import Extractor
import Generator
import GRDB

/// A draft's evidence lives in rows of its own, one a quote, appended as reports arrive: a draft that collects
/// hundreds of quotes costs one small insert per new quote, not a rewrite of everything it holds.
extension ArchiveStore {
    /// Drafts as stored: each row's body with its evidence put back, in the rows' order; read through `cache`
    /// when one is given.
    static func assembled(_ rows: [DraftRow], _ db: Database, cache: inout EvidenceCache?) throws -> [RuleDraft] {
        let ids = rows.map(\.id)
        let evidence = try cache?.evidence(ofDrafts: ids, db) ?? Self.evidence(ofDrafts: ids, db)
        return try rows.map { row in
            var draft = try StoredJSON.decode(RuleDraft.self, from: row.body)
            draft.evidence = evidence[row.id] ?? []
            return draft
        }
    }

    /// Drafts as stored: each row's body with its evidence put back, in the rows' order.
    static func assembled(_ rows: [DraftRow], _ db: Database) throws -> [RuleDraft] {
        var noCache: EvidenceCache?
        return try assembled(rows, db, cache: &noCache)
    }

    /// The evidence of some drafts, each draft's in the order it arrived.
    static func evidence(ofDrafts ids: [String], _ db: Database) throws -> [String: [Evidence]] {
        var evidence: [String: [Evidence]] = [:]
        // SQLite takes a bounded number of arguments in one statement.
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let rows = try EvidenceRow.filter(chunk.contains(Column("draftID"))).order(Column("id")).fetchAll(db)
            for row in rows {
                evidence[row.draftID, default: []].append(try row.evidence())
            }
        }
        return evidence
    }

    /// Stores the pieces of a draft's evidence the store does not have yet: those past the number it holds.
    static func appendEvidence(of draft: RuleDraft, _ db: Database) throws {
        let stored = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM evidence WHERE draftID = ?", arguments: [draft.id]
        ) ?? 0
        guard stored <= draft.evidence.count else { throw ArchiveError.evidenceRemoved(draftID: draft.id) }
        for piece in draft.evidence.dropFirst(stored) {
            try EvidenceRow(draftID: draft.id, piece).insert(db)
        }
    }
}

/// Drafts' evidence as read before, so that a draft with hundreds of quotes is not read whole again for each
/// article that adds one: only rows appended since are read. Sound because evidence rows are never changed or
/// removed and their ids only grow; the ingest queue keeps a cache only from transactions that committed.
struct EvidenceCache: Sendable {
    private var known: [String: (lastRowID: Int64, evidence: [Evidence])] = [:]
    /// Past this many drafts the cache starts afresh: drafts no longer pending are never asked for again.
    static let capacity = 2000

    /// The evidence of some drafts, each draft's in the order it arrived.
    mutating func evidence(ofDrafts ids: [String], _ db: Database) throws -> [String: [Evidence]] {
        if known.count + ids.count > Self.capacity { known = [:] }
        var evidence: [String: [Evidence]] = [:]
        for id in ids {
            var entry = known[id] ?? (lastRowID: 0, evidence: [])
            let rows = try Row.fetchCursor(
                db, sql: "SELECT * FROM evidence WHERE draftID = ? AND id > ? ORDER BY id",
                arguments: [id, entry.lastRowID]
            )
            while let row = try rows.next() {
                entry.evidence.append(try EvidenceRow(row: row).evidence())
                entry.lastRowID = row["id"]
            }
            known[id] = entry
            evidence[id] = entry.evidence
        }
        return evidence
    }
}

extension EvidenceRow {
    init(draftID: String, _ evidence: Evidence) {
        self.init(
            draftID: draftID, article: evidence.article, url: evidence.url, site: evidence.site,
            published: evidence.published, quote: evidence.quote, quoteStart: evidence.start,
            quoteEnd: evidence.end, status: evidence.status.rawValue
        )
    }

    func evidence() throws -> Evidence {
        guard let status = PolicyStatus(rawValue: status) else {
            throw ArchiveError.unreadableRecord("evidence of draft \(draftID) with the status '\(status)'")
        }
        return Evidence(
            article: article, url: url, site: site, published: published, quote: quote, start: quoteStart,
            end: quoteEnd, status: status
        )
    }
}
