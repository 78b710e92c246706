import Archive
import Extractor
import Foundation
import Generator
import TestFolders
import Testing
@testable import Review

/// A store and rulebook in a fresh folder, with helpers to file news we write ourselves.
struct ReviewBench {
    let folder: URL
    let store: ArchiveStore
    let desk: ReviewDesk
    let now = Date(timeIntervalSince1970: 1_950_000_000)

    init() throws {
        folder = try TemporaryFolder.make("desk")
        store = try ArchiveStore(path: folder.appendingPathComponent("herald.sqlite").path)
        desk = ReviewDesk(store: store, rulebook: RulebookFile(folder.appendingPathComponent("rules.yaml")))
    }

    /// Files an article announcing a measure and returns the drafts it created or updated.
    @discardableResult
    func file(
        _ sentence: String, site: String, published: String, actor: String, action: PolicyAction,
        subjects: [PolicySubject], jurisdiction: String, effective: String? = nil
    ) throws -> [String] {
        let url = "https://\(slug(site)).example/\(slug(sentence))"
        let page = ArticlePage(title: sentence, published: published, siteName: site, canonicalURL: url,
                               text: "Lead.\n\n\(sentence)")
        let analysis = TextAnalysis(
            statements: [PolicyStatement(text: sentence, start: 7, end: 7 + sentence.unicodeScalars.count,
                                         actor: actor, action: action, status: .announced, object: "",
                                         effective: effective)],
            announcements: [Announcement(actor: actor, action: action, status: .announced, subjects: subjects,
                                         jurisdiction: jurisdiction, effective: effective, enforcement: nil,
                                         statementIndices: [0])]
        )
        let outcome = try store.ingest(ArticleRecord(guid: url, url: url, page: page, fetchedAt: now),
                                       analysis: analysis, rulebook: desk.rulebook.load(), now: now)
        guard case let .archived(_, created, updated) = outcome else { return [] }
        return created + updated
    }

    func fileBan() throws -> String {
        let ids = try file("Harbor will stop crypto lending in Osterland from May 1.", site: "Ledger",
                           published: "2031-04-10", actor: "Harbor", action: .prohibit, subjects: [.lending],
                           jurisdiction: "OL", effective: "2031-05-01")
        return try #require(ids.first)
    }
}

@Suite struct ReviewDeskTests {
    @Test func approvingAddsTheRuleOnceWithSourcesAndHistory() async throws {
        let bench = try ReviewBench()
        let id = try bench.fileBan()
        let rule = try await bench.desk.approve(id, reviewer: "ana", reason: "two sources", now: bench.now)
        let book = try bench.desk.rulebook.load()
        #expect(book.rules == [rule])
        #expect(rule.id == "ol-harbor-lending")
        #expect(rule.effective == "2031-05-01")
        #expect(rule.sources.map(\.quote) == ["Harbor will stop crypto lending in Osterland from May 1."])
        #expect(rule.history.map(\.draft) == [id])
        #expect(rule.history.first?.reviewer == "ana")
        #expect(try bench.store.draft(id: id)?.state == .approved)
        let log = try bench.store.decisions(draftID: id)
        #expect(log.map(\.verdict) == [.approved])
        #expect(log.first?.reason == "two sources")

        let fileBefore = try Data(contentsOf: bench.desk.rulebook.url)
        await #expect(throws: DraftStateConflict.self) {
            try await bench.desk.approve(id, reviewer: "bo", now: bench.now)
        }
        await #expect(throws: DraftStateConflict.self) {
            try await bench.desk.reject(id, reviewer: "bo", reason: "late", now: bench.now)
        }
        #expect(try Data(contentsOf: bench.desk.rulebook.url) == fileBefore)
        #expect(try bench.store.decisions(draftID: id).count == 1)
    }

    @Test func rejectingNeedsAReasonAndLeavesTheRulebookAlone() async throws {
        let bench = try ReviewBench()
        let id = try bench.fileBan()
        await #expect(throws: ReviewError.reasonRequired) {
            try await bench.desk.reject(id, reviewer: "ana", reason: " ")
        }
        let draft = try await bench.desk.reject(id, reviewer: "ana", reason: "satire site", now: bench.now)
        #expect(draft.state == .rejected)
        #expect(try bench.store.draft(id: id)?.state == .rejected)
        #expect(!FileManager.default.fileExists(atPath: bench.desk.rulebook.url.path))
        #expect(try bench.store.decisions(draftID: id).map(\.reason) == ["satire site"])
    }

    @Test func aPostponementApprovedChangesEffectiveInTheRulebook() async throws {
        let bench = try ReviewBench()
        try await bench.desk.approve(try bench.fileBan(), reviewer: "ana", now: bench.now)
        let repeated = try bench.file(
            "Crypto lending at Harbor ends in Osterland on May 1.", site: "Wire", published: "2031-04-12",
            actor: "Harbor", action: .prohibit, subjects: [.lending], jurisdiction: "OL", effective: "2031-05-01"
        )
        #expect(repeated.isEmpty, "news the rulebook already says made a draft")
        let amendment = try #require(try bench.file(
            "Harbor postponed its lending halt in Osterland to July 1.", site: "Courier", published: "2031-04-25",
            actor: "Harbor", action: .prohibit, subjects: [.lending], jurisdiction: "OL", effective: "2031-07-01"
        ).first)
        let draft = try #require(try bench.store.draft(id: amendment))
        #expect(draft.change == .amend)
        let rule = try await bench.desk.approve(amendment, reviewer: "bo", now: bench.now)
        #expect(rule.effective == "2031-07-01")
        #expect(rule.history.map(\.change) == [.add, .amend])
        #expect(rule.sources.count == 2)
        #expect(try bench.desk.rulebook.load().rules.count == 1)
    }

    @Test func anApprovedRepealMarksTheRuleRepealed() async throws {
        let bench = try ReviewBench()
        try await bench.desk.approve(try bench.fileBan(), reviewer: "ana", now: bench.now)
        let repeal = try #require(try bench.file(
            "Harbor lifted its ban and resumed crypto lending in Osterland.", site: "Courier",
            published: "2031-09-01", actor: "Harbor", action: .permit, subjects: [.lending], jurisdiction: "OL"
        ).first)
        #expect(try bench.store.draft(id: repeal)?.change == .repeal)
        let rule = try await bench.desk.approve(repeal, reviewer: "ana", now: bench.now)
        #expect(rule.status == .repealed)
        #expect(try bench.desk.rulebook.load().rule(id: "ol-harbor-lending")?.status == .repealed)
    }

    @Test func aDraftTheRulebookAlreadyNamesIsNotAppliedTwice() async throws {
        let bench = try ReviewBench()
        let id = try bench.fileBan()
        // A crash after the rulebook was written but before the decision was logged.
        let draft = try #require(try bench.store.draft(id: id))
        var book = Rulebook()
        book.put(try book.applying(draft, reviewer: "ana", at: bench.now))
        try bench.desk.rulebook.save(book)
        let rule = try await bench.desk.approve(id, reviewer: "ana", now: bench.now)
        #expect(rule.history.count == 1)
        #expect(try bench.desk.rulebook.load() == book)
        #expect(try bench.store.draft(id: id)?.state == .approved)
    }

    @Test func anInvalidRulebookStopsApprovalAndIsNotOverwritten() async throws {
        let bench = try ReviewBench()
        let id = try bench.fileBan()
        let broken = "- id: ol-harbor-lending\n  action: [unclosed\n"
        try Data(broken.utf8).write(to: bench.desk.rulebook.url)
        await #expect(throws: RulebookFileError.self) {
            try await bench.desk.approve(id, reviewer: "ana", now: bench.now)
        }
        #expect(try String(contentsOf: bench.desk.rulebook.url, encoding: .utf8) == broken)
        #expect(try bench.store.draft(id: id)?.state == .pending)
        #expect(try bench.store.decisions(draftID: id).isEmpty)
    }

    @Test func editingSetsFieldsAndLogsTheChange() async throws {
        let bench = try ReviewBench()
        let id = try bench.fileBan()
        let edited = try await bench.desk.edit(id, settings: ["effective=2031-06", "subjects=lending, defi"],
                                         reviewer: "ana", now: bench.now)
        #expect(edited.rule.effective == "2031-06")
        #expect(edited.rule.subjects == [.lending, .defi])
        #expect(edited.differences.contains(FieldChange(field: "effective", from: nil, to: "2031-06")))
        #expect(try bench.store.draft(id: id) == edited)
        let log = try bench.store.decisions(draftID: id)
        #expect(log.map(\.verdict) == [.edited])
        #expect(log.first?.detail?.contains("effective: 2031-05-01 → 2031-06") == true)
    }

    @Test(arguments: ["effective=next May", "action=forbid", "colour=red", "subjects=lending,cats", "novalue"])
    func badEditsAreRefusedAndChangeNothing(setting: String) async throws {
        let bench = try ReviewBench()
        let id = try bench.fileBan()
        let before = try bench.store.draft(id: id)
        await #expect(throws: RuleEditError.self) {
            try await bench.desk.edit(id, settings: [setting], reviewer: "ana", now: bench.now)
        }
        #expect(try bench.store.draft(id: id) == before)
        #expect(try bench.store.decisions(draftID: id).isEmpty)
    }

    @Test func unknownDraftsAreReported() async throws {
        let bench = try ReviewBench()
        await #expect(throws: ArchiveError.unknownDraft("nope")) {
            try await bench.desk.approve("nope", reviewer: "ana")
        }
    }
}
