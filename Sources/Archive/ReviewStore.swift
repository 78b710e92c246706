import Extractor
import Foundation
import Generator

/// What every command needs from a store, whatever holds it: SQLite (``ArchiveStore``) or PostgreSQL
/// (`ArchivePostgres.PostgresStore`).
public protocol HeraldStore: AnyObject, Sendable {
    /// The draft with an id.
    func draft(id: String) async throws -> RuleDraft?

    /// The fetcher's saved state for a feed, or `nil` for a new feed.
    func feedState<State: Decodable>(_ type: State.Type, for feedURL: String) async throws -> State?

    /// Writes the files under the output folder that the store changed since they were last written.
    @discardableResult
    func writePendingOutputs(to output: URL) async throws -> [String]

    /// Releases the store's connections; the store is not used afterwards.
    func close() async
}

extension HeraldStore {
    /// Nothing to release by default.
    public func close() async {}
}

/// What reviewing needs from a store (`herald drafts`, `herald serve`, `herald search`, `herald feeds list`):
/// drafts to list and read, decisions taken one at a time and logged, articles to read and search.
///
/// Every implementation keeps the same promises: a decision and the draft as it leaves it are committed together,
/// decisions on one store are taken one at a time (so that the rulebook file is written by one of them at once),
/// and a draft no longer in the expected state is never decided on.
public protocol ReviewStore: HeraldStore {
    /// The drafts that pass a filter, newest first.
    func drafts(_ filter: DraftFilter) async throws -> [RuleDraft]

    /// The review log of a draft, oldest first.
    func decisions(draftID: String) async throws -> [Decision]

    /// Decides on a draft: `body` gets the draft as stored (after checking it is still in `state`), does what the
    /// decision entails (such as writing the rulebook), and returns the decision for the review log and the draft
    /// as it leaves it; both are committed together, and no other decision on the store runs meanwhile.
    ///
    /// A draft in another state throws ``DraftStateConflict`` before `body` runs; an unknown one
    /// ``ArchiveError/unknownDraft(_:)``.
    @discardableResult
    func decide(draftID: String, expecting state: DraftState, _ body: (RuleDraft) throws -> (Decision, RuleDraft))
        async throws -> RuleDraft

    /// An archived article with its text and analysis.
    func article(id: Int64) async throws -> (article: StoredArticle, analysis: TextAnalysis)?

    /// The articles that match a query, most relevant first.
    func search(_ query: SearchQuery) async throws -> [SearchHit]
}

extension ArchiveStore: ReviewStore {}
