import Extractor
import Foundation
import Generator
import GRDB

/// What ingesting an article did.
public enum IngestOutcome: Equatable, Sendable {
    /// The archive already had the article (same guid, URL, canonical URL or text); nothing was written.
    case duplicate(articleID: Int64)
    /// The article was archived, with the drafts it created and the pending drafts it gave evidence to.
    case archived(articleID: Int64, createdDrafts: [String], updatedDrafts: [String])
}

extension ArchiveStore {
    /// The id of the archived article with this guid, URL, canonical URL or content hash, if any.
    ///
    /// The pipeline asks with the feed item's guid and link before fetching a page, and again with the
    /// canonical URL and content hash once the page is extracted.
    public func existingArticle(
        guid: String? = nil, url: String? = nil, canonicalURL: String? = nil, contentHash: String? = nil
    ) throws -> Int64? {
        try read { db in try Self.existingArticle(db, guid: guid, url: url, canonicalURL: canonicalURL,
                                                   contentHash: contentHash) }
    }

    /// Whether the archive already has the article.
    public func containsArticle(
        guid: String? = nil, url: String? = nil, canonicalURL: String? = nil, contentHash: String? = nil
    ) throws -> Bool {
        try existingArticle(guid: guid, url: url, canonicalURL: canonicalURL, contentHash: contentHash) != nil
    }

    /// Archives an article with its analysis and turns its announcements into drafts, in one transaction:
    /// after a crash either all of it is stored or none of it, so a re-run does nothing twice.
    ///
    /// The files under the output folder follow with ``writePendingOutputs(to:)``.
    ///
    /// - Parameters:
    ///   - article: The article, as fetched and extracted.
    ///   - analysis: Its language analysis.
    ///   - rulebook: The approved rules, which announcements are compared with.
    ///   - generator: How drafts are made.
    ///   - now: The time stamped on new and changed drafts.
    public func ingest(
        _ article: ArticleRecord, analysis: TextAnalysis, rulebook: Rulebook,
        generator: DraftGenerator = DraftGenerator(), now: Date = Date()
    ) throws -> IngestOutcome {
        let prepared = try PreparedArticle(article, analysis: analysis)
        return try write { db in
            var noCache: EvidenceCache?
            return try Self.ingest(prepared, rulebook: rulebook, generator: generator, now: now, db, cache: &noCache)
        }
    }

    /// Archives an article like ``ingest(_:analysis:rulebook:generator:now:)``, in a write transaction shared with
    /// the other articles submitted meanwhile (each in a savepoint of its own, so one failing article leaves the
    /// others alone): the caller is suspended, not blocked, until the transaction is committed. Many articles a
    /// commit make ingestion cheaper than one transaction each, and an article is still committed with its drafts.
    /// What needs no database (compressing the page, encoding the analysis) is done before, in the caller's task.
    public func ingestInBatch(
        _ article: ArticleRecord, analysis: TextAnalysis, rulebook: Rulebook,
        generator: DraftGenerator = DraftGenerator(), now: Date = Date()
    ) async throws -> IngestOutcome {
        let prepared = try PreparedArticle(article, analysis: analysis)
        return try await ingestQueue.submit(to: self) { db, cache in
            try Self.ingest(prepared, rulebook: rulebook, generator: generator, now: now, db, cache: &cache)
        }
    }

    /// The work of ingesting one article, inside a write transaction, reading drafts' evidence through `cache`
    /// when there is one.
    static func ingest(
        _ prepared: PreparedArticle, rulebook: Rulebook, generator: DraftGenerator, now: Date, _ db: Database,
        cache: inout EvidenceCache?
    ) throws -> IngestOutcome {
        var stored = prepared.row
        let analysis = prepared.analysis
        if let existing = try Self.existingArticle(
            db, guid: stored.guid, url: stored.url, canonicalURL: stored.canonicalURL, contentHash: stored.contentHash
        ) {
            return .duplicate(articleID: existing)
        }
        try stored.insert(db)
        guard let articleID = stored.id else { throw ArchiveError.unreadableRecord("article without id") }
        try Self.insertFacts(db, prepared, articleID: articleID)

        let source = DraftSource(
            article: String(articleID), url: stored.canonicalURL, site: stored.site,
            published: prepared.publishedDay
        )
        let result = try Self.drafting(
            db, source: source, analysis: analysis, rulebook: rulebook, generator: generator, now: now, cache: &cache
        )
        for draft in result.drafts {
            try Self.save(draft, db)
        }
        for (position, announcement) in analysis.announcements.enumerated() {
            try AnnouncementRow(
                articleID: articleID, position: position, actor: announcement.actor,
                action: announcement.action.rawValue, status: announcement.status.rawValue,
                jurisdiction: announcement.jurisdiction, effective: announcement.effective,
                enforcement: announcement.enforcement,
                subjects: announcement.subjects.map(\.rawValue).joined(separator: ","),
                draftID: result.draftIDByAnnouncement[position]
            ).insert(db)
        }
        try Self.requestOutput(.day, key: stored.day, db)
        let created = result.drafts.map(\.id).filter { result.createdIDs.contains($0) }
        let updated = result.drafts.map(\.id).filter { !result.createdIDs.contains($0) }
        return .archived(articleID: articleID, createdDrafts: created, updatedDrafts: updated)
    }

    /// Runs the generator with what it needs from the store: the pending and rejected drafts in the jurisdictions
    /// of the article's announcements (a draft only gains evidence from its own jurisdiction, and a rejected one
    /// keeps the same news from being proposed again), and the ids taken.
    private static func drafting(
        _ db: Database, source: DraftSource, analysis: TextAnalysis, rulebook: Rulebook, generator: DraftGenerator,
        now: Date, cache: inout EvidenceCache?
    ) throws -> DraftingResult {
        guard !analysis.announcements.isEmpty else { return DraftingResult() }
        let jurisdictions = Set(analysis.announcements.compactMap { $0.jurisdiction?.uppercased() })
        var request = DraftRow.filter([DraftState.pending.rawValue, DraftState.rejected.rawValue].contains(Column("state")))
        let inJurisdictions = jurisdictions.contains(Column("jurisdiction").collating(.nocase))
        request = analysis.announcements.contains { $0.jurisdiction == nil }
            ? request.filter(inJurisdictions || Column("jurisdiction") == nil)
            : request.filter(inJurisdictions)
        let (condition, values) = Self.couldConcern(analysis.announcements)
        request = request.filter(sql: condition, arguments: StatementArguments(values))
        let drafts = try Self.assembled(
            request.order(Column("created"), Column("id")).fetchAll(db), db, cache: &cache
        )
        let taken = Set(try String.fetchAll(db, sql: "SELECT id FROM draft"))
        let takenRules = Set(try String.fetchAll(db, sql: "SELECT ruleID FROM draft WHERE state = 'pending'"))
        return generator.drafts(
            for: source, analysis: analysis, rulebook: rulebook, pending: drafts.filter { $0.state == .pending },
            rejected: drafts.filter { $0.state == .rejected }, takenIDs: taken, takenRuleIDs: takenRules, now: now
        )
    }

    /// SQL keeping the drafts that announcements could concern, so that only those are decoded: drafts that change
    /// a rule (the generator matches them by the rule), and `add` drafts whose announcement has one of the actions and,
    /// unless one side names no subject, a subject in common. Looser than the generator's matching, never stricter.
    static func couldConcern(_ announcements: [Announcement]) -> (sql: String, values: [String]) {
        func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
        let actions = Set(announcements.map(\.action.rawValue)).sorted()
        var sql = "change != 'add' OR (json_extract(body, '$.announcement.action') IN (\(marks(actions.count)))"
        var values = actions
        if !announcements.contains(where: { $0.subjects.isEmpty }) {
            let subjects = Set(announcements.flatMap { $0.subjects.map(\.rawValue) }).sorted()
            sql += " AND (coalesce(json_array_length(body, '$.announcement.subjects'), 0) = 0"
                + " OR EXISTS (SELECT 1 FROM json_each(body, '$.announcement.subjects')"
                + " WHERE value IN (\(marks(subjects.count)))))"
            values += subjects
        }
        return (sql + ")", values)
    }

    static func existingArticle(
        _ db: Database, guid: String?, url: String?, canonicalURL: String?, contentHash: String?
    ) throws -> Int64? {
        let conditions: [(String, String?)] = [
            ("guid = ?", guid), ("url = ?", url), ("canonicalURL = ?", url), ("url = ?", canonicalURL),
            ("canonicalURL = ?", canonicalURL), ("contentHash = ?", contentHash),
        ]
        for case let (condition, value?) in conditions where !value.isEmpty {
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE \(condition) LIMIT 1",
                                           arguments: [value]) {
                return id
            }
        }
        return nil
    }

    /// Stores what the analysis found: the JSON, the entities, and the search row.
    private static func insertFacts(_ db: Database, _ prepared: PreparedArticle, articleID: Int64) throws {
        try ExtractionRow(articleID: articleID, analysis: prepared.analysisJSON).insert(db)
        for entity in prepared.analysis.entities {
            try EntityRow(articleID: articleID, name: entity.name, type: entity.type.rawValue, code: entity.code)
                .insert(db)
            for alias in entity.aliases where alias != entity.name {
                try EntityRow(articleID: articleID, name: alias, type: entity.type.rawValue, code: entity.code)
                    .insert(db)
            }
        }
        try db.execute(
            sql: "INSERT INTO articleSearch(rowid, title, text, facts) VALUES (?, ?, ?, ?)",
            arguments: [articleID, prepared.row.title ?? "", prepared.row.text, prepared.searchableFacts]
        )
    }
}

/// An article made ready for the archive outside any transaction: its row (the raw page compressed), its
/// analysis as JSON and as words to search.
struct PreparedArticle: Sendable {
    var row: StoredArticle
    var analysis: TextAnalysis
    var analysisJSON: String
    var searchableFacts: String
    var publishedDay: CalendarDay?

    init(_ article: ArticleRecord, analysis: TextAnalysis) throws {
        row = try StoredArticle(article)
        self.analysis = analysis
        analysisJSON = try StoredJSON.encode(analysis)
        searchableFacts = analysis.searchableFacts
        publishedDay = article.publishedDay
    }
}

extension TextAnalysis {
    /// The facts as words for full-text search: entity names, aliases and codes, statement objects,
    /// announcement actors, actions, subjects and jurisdictions.
    @_spi(StoreBackend)
    public var searchableFacts: String {
        var words: [String] = []
        for entity in entities {
            words += [entity.name, entity.type.rawValue] + entity.aliases + [entity.code].compactMap { $0 }
        }
        for statement in statements {
            words += [statement.actor, statement.action.rawValue, statement.object].compactMap { $0 }
        }
        for announcement in announcements {
            words += [announcement.actor, announcement.action.rawValue, announcement.jurisdiction].compactMap { $0 }
            words += announcement.subjects.map(\.rawValue)
        }
        return words.joined(separator: " ")
    }
}

extension StoredArticle {
    /// The row an article record becomes, in every store backend.
    @_spi(StoreBackend)
    public init(_ article: ArticleRecord) throws {
        var metadata = article.page
        metadata.text = ""
        let compressed = article.rawPage.map(RawPage.compress)
        self.init(
            id: nil, guid: article.guid, url: article.url, canonicalURL: article.canonicalURL,
            contentHash: article.contentHash, title: article.page.title, site: article.page.siteName,
            published: article.page.published,
            day: (article.publishedDay ?? CalendarDay(article.fetchedAt)).description,
            feedURL: article.feedURL, fetchedAt: article.fetchedAt, rawPage: compressed?.data,
            rawPageEncoding: compressed?.encoding, text: article.page.text,
            metadata: try StoredJSON.encode(metadata)
        )
    }
}
