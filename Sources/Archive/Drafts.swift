import Extractor
import Foundation
import Generator
import GRDB

/// Which drafts to list.
public struct DraftFilter: Sendable {
    public var state: DraftState?
    /// ISO code, compared without regard to case.
    public var jurisdiction: String?
    public var action: PolicyAction?

    public init(state: DraftState? = nil, jurisdiction: String? = nil, action: PolicyAction? = nil) {
        self.state = state
        self.jurisdiction = jurisdiction
        self.action = action
    }
}

extension ArchiveStore {
    /// The drafts that pass a filter, newest first.
    public func drafts(_ filter: DraftFilter = DraftFilter()) throws -> [RuleDraft] {
        try read { db in try Self.drafts(db, filter) }
    }

    /// The drafts in one state, newest first.
    public func drafts(state: DraftState) throws -> [RuleDraft] {
        try drafts(DraftFilter(state: state))
    }

    /// The draft with an id.
    public func draft(id: String) throws -> RuleDraft? {
        try read { db in try Self.draft(db, id: id) }
    }

    /// The review log of a draft, oldest first.
    public func decisions(draftID: String) throws -> [Decision] {
        try read { db in
            try Decision.filter(Column("draftID") == draftID).order(Column("id")).fetchAll(db)
        }
    }

    /// Decides on a draft in one write transaction, which also keeps other herald processes out meanwhile:
    /// `body` gets the draft as stored (after checking it is still in `state`), does what the decision entails
    /// (such as writing the rulebook), and returns the decision for the review log and the draft as it leaves it.
    ///
    /// A draft in another state throws ``DraftStateConflict`` before `body` runs, so nothing is decided twice.
    @discardableResult
    public func decide(
        draftID: String, expecting state: DraftState, _ body: (RuleDraft) throws -> (Decision, RuleDraft)
    ) throws -> RuleDraft {
        try write { db in
            guard let stored = try Self.draft(db, id: draftID) else { throw ArchiveError.unknownDraft(draftID) }
            guard stored.state == state else {
                throw DraftStateConflict(draftID: draftID, expected: state, found: stored.state)
            }
            var (decision, draft) = try body(stored)
            try decision.insert(db)
            try Self.save(draft, db)
            return draft
        }
    }

    static func drafts(_ db: Database, _ filter: DraftFilter) throws -> [RuleDraft] {
        var request = DraftRow.all()
        if let state = filter.state { request = request.filter(Column("state") == state.rawValue) }
        if let jurisdiction = filter.jurisdiction {
            request = request.filter(Column("jurisdiction").collating(.nocase) == jurisdiction)
        }
        if let action = filter.action { request = request.filter(Column("action") == action.rawValue) }
        return try Self.assembled(request.order(Column("created").desc, Column("id")).fetchAll(db), db)
    }

    static func draft(_ db: Database, id: String) throws -> RuleDraft? {
        try DraftRow.fetchOne(db, key: id).map { try Self.assembled([$0], db)[0] }
    }

    /// Inserts or replaces a draft (its evidence appended to what the store holds, see ``appendEvidence(of:_:)``),
    /// and files its YAML for writing.
    static func save(_ draft: RuleDraft, _ db: Database) throws {
        var body = draft
        body.evidence = []
        try DraftRow(
            id: draft.id, ruleID: draft.rule.id, change: draft.change.rawValue, state: draft.state.rawValue,
            jurisdiction: draft.rule.jurisdiction, action: draft.rule.action.rawValue,
            confidence: draft.confidence, body: StoredJSON.encode(body), created: draft.created,
            updated: draft.updated
        ).upsert(db)
        try Self.appendEvidence(of: draft, db)
        try Self.requestOutput(.draft, key: draft.id, db)
    }
}

/// A draft was decided on by someone else in the meantime.
public struct DraftStateConflict: Error, Equatable, CustomStringConvertible {
    public var draftID: String
    public var expected: DraftState
    public var found: DraftState

    public init(draftID: String, expected: DraftState, found: DraftState) {
        self.draftID = draftID
        self.expected = expected
        self.found = found
    }

    public var description: String {
        "draft \(draftID) is \(found.rawValue), not \(expected.rawValue); nothing was changed"
    }
}
