import Extractor
import Foundation
import Generator
import GRDB
import TestFolders
import Testing
@_spi(StoreBackend) @testable import Archive

/// A store as herald wrote it before v3: the schema up to v2, each draft's evidence inside its JSON body.
func storeInTheV2Layout(at path: String, drafts: [RuleDraft]) throws {
    let queue = try DatabaseQueue(path: path)
    try Schema.migrator.migrate(queue, upTo: "v2: output backlog generations")
    try queue.write { db in
        #expect(try !db.tableExists("evidence"))
        for draft in drafts {
            try db.execute(
                sql: """
                    INSERT INTO draft (id, ruleID, change, state, jurisdiction, action, confidence, body, created, updated)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [draft.id, draft.rule.id, draft.change.rawValue, draft.state.rawValue,
                            draft.rule.jurisdiction, draft.rule.action.rawValue, draft.confidence,
                            try StoredJSON.encode(draft), draft.created, draft.updated]
            )
        }
        try db.execute(sql: """
            INSERT INTO decision (draftID, verdict, reviewer, time, reason) VALUES (?, 'rejected', 'ana', ?, 'dup')
            """, arguments: [drafts[0].id, fixedNow])
    }
    try queue.close()
}

/// A draft with `count` pieces of evidence of varied shapes: unquoted, without a site, with non-ASCII quotes.
func draftWithEvidence(id: String, count: Int, state: DraftState = .pending) -> RuleDraft {
    let evidence = (0..<count).map { index in
        Evidence(
            article: String(index + 1), url: "https://outlet\(index % 3).example/news/\(index)",
            site: index % 4 == 0 ? nil : "Outlet \(index % 3)", published: index % 5 == 0 ? nil : "2031-02-1\(index % 10)",
            quote: index % 6 == 0 ? "" : "Quote \(index): the “Zentralbank” will bar lending \\ from März.",
            start: index % 6 == 0 ? nil : index * 10, end: index % 6 == 0 ? nil : index * 10 + 40,
            status: PolicyStatus.allCases[index % PolicyStatus.allCases.count]
        )
    }
    let rule = Rule(id: "ol-harbor-\(id)", title: "Harbor prohibits crypto lending", action: .prohibit,
                    subjects: [.lending], jurisdiction: "OL", issuer: "Harbor", effective: "2031-03-01",
                    status: .scheduled)
    let announcement = Announcement(actor: "Harbor", action: .prohibit, status: .announced, subjects: [.lending],
                                    jurisdiction: "OL", effective: "2031-03-01", enforcement: nil,
                                    statementIndices: [0])
    return RuleDraft(id: id, change: .add, state: state, rule: rule, base: nil,
                     differences: Rule.differences(from: nil, to: rule), confidence: Confidence.score(evidence),
                     announcement: announcement, evidence: evidence, notes: ["effective 2031-02 → 2031-03-01 after X"],
                     created: fixedNow, updated: fixedNow.addingTimeInterval(60))
}

@Suite struct DraftEvidenceTests {
    @Test func aV2StoreMigratesEveryDraftWithAllItsEvidenceInOrder() throws {
        let path = try TemporaryFolder.make("archive").appendingPathComponent("herald.sqlite").path
        let drafts = [draftWithEvidence(id: "a", count: 1, state: .rejected), draftWithEvidence(id: "b", count: 0),
                      draftWithEvidence(id: "c", count: 37)]
        try storeInTheV2Layout(at: path, drafts: drafts)

        let store = try ArchiveStore(path: path)
        for draft in drafts {
            #expect(try store.draft(id: draft.id) == draft)
        }
        #expect(try Set(store.drafts().map(\.id)) == ["a", "b", "c"])
        #expect(try store.decisions(draftID: "a").map(\.reason) == ["dup"])
        try store.read { db in
            #expect(try EvidenceRow.fetchCount(db) == 38)
            for body in try String.fetchAll(db, sql: "SELECT body FROM draft") {
                #expect(!body.contains("\"evidence\""))
            }
        }
    }

    @Test func aMigratedDraftGainsEvidenceByAppending() throws {
        let folder = try TemporaryFolder.make("archive")
        let path = folder.appendingPathComponent("herald.sqlite").path
        // A pending draft on the same ban the fixture article announces.
        var old = draftWithEvidence(id: "ol-harbor-lending-add-20310101", count: 3)
        old.rule.id = "ol-harbor-exchange-lending"
        old.announcement.actor = "Harbor Exchange"
        old.rule.issuer = "Harbor Exchange"
        try storeInTheV2Layout(at: path, drafts: [old])
        let store = try ArchiveStore(path: path)
        let (article, facts) = banArticle(guid: "g", url: "https://ledger.example/a", site: "Ledger",
                                          published: "2031-02-12")
        guard case let .archived(_, created, updated) = try store.ingest(
            article, analysis: facts, rulebook: Rulebook(), now: fixedNow
        ) else {
            Issue.record("not archived")
            return
        }
        #expect(created.isEmpty)
        #expect(updated == [old.id])
        let draft = try #require(try store.draft(id: old.id))
        #expect(draft.evidence.count == 4)
        #expect(Array(draft.evidence.prefix(3)) == old.evidence)
        #expect(draft.evidence.last?.url == "https://ledger.example/a")
        _ = try store.writePendingOutputs(to: folder)
        let yaml = try String(contentsOf: folder.appendingPathComponent("drafts/\(old.id).yaml"), encoding: .utf8)
        #expect(yaml.contains("https://ledger.example/a"))
        #expect(yaml.contains("Zentralbank"))
    }

    @Test func evidenceRowsCannotBeChangedOrRemovedAndADraftCannotLoseAny() throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        let draft = draftWithEvidence(id: "d", count: 4)
        try store.write { db in try ArchiveStore.save(draft, db) }
        #expect(throws: (any Error).self) {
            try store.write { db in try db.execute(sql: "UPDATE evidence SET quote = 'forged'") }
        }
        #expect(throws: (any Error).self) {
            try store.write { db in try db.execute(sql: "DELETE FROM evidence") }
        }
        var fewer = draft
        fewer.evidence.removeLast()
        #expect(throws: ArchiveError.evidenceRemoved(draftID: "d")) {
            try store.write { db in try ArchiveStore.save(fewer, db) }
        }
        #expect(try store.draft(id: "d") == draft)
    }

    @Test func savingADraftAgainStoresOnlyItsNewEvidence() throws {
        let store = try ArchiveStore(path: try TemporaryFolder.make("archive").appendingPathComponent("h.sqlite").path)
        var draft = draftWithEvidence(id: "d", count: 2)
        try store.write { db in try ArchiveStore.save(draft, db) }
        try store.write { db in try ArchiveStore.save(draft, db) }
        draft.evidence += draftWithEvidence(id: "other", count: 9).evidence.suffix(3)
        draft.state = .approved
        try store.write { db in try ArchiveStore.save(draft, db) }
        #expect(try store.read { db in try EvidenceRow.fetchCount(db) } == 5)
        #expect(try store.draft(id: "d") == draft)
        #expect(try store.drafts(state: .approved) == [draft])
    }
}
