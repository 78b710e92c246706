import Extractor
import Foundation
import GRDB

/// An archived article: one row of `article`.
public struct StoredArticle: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "article"

    public var id: Int64?
    public var guid: String?
    public var url: String
    public var canonicalURL: String
    public var contentHash: String
    public var title: String?
    public var site: String?
    /// ISO 8601, as the page gives it.
    public var published: String?
    /// The day the article is filed under: its publication day, or else the day it was fetched.
    public var day: String
    public var feedURL: String?
    public var fetchedAt: Date
    public var rawPage: Data?
    /// `zlib` or `identity`.
    public var rawPageEncoding: String?
    public var text: String
    /// The page's metadata (an `ArticlePage` without its text) as JSON.
    public var metadata: String

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension StoredArticle {
    /// An article row as another store backend reads it.
    @_spi(StoreBackend)
    public init(
        id: Int64?, guid: String?, url: String, canonicalURL: String, contentHash: String, title: String?,
        site: String?, published: String?, day: String, feedURL: String?, fetchedAt: Date, text: String,
        metadata: String
    ) {
        self.init(id: id, guid: guid, url: url, canonicalURL: canonicalURL, contentHash: contentHash, title: title,
                  site: site, published: published, day: day, feedURL: feedURL, fetchedAt: fetchedAt, rawPage: nil,
                  rawPageEncoding: nil, text: text, metadata: metadata)
    }
}

/// One fetch of a feed, for its history.
public struct FetchRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "fetch"

    public var id: Int64?
    public var feedURL: String
    public var time: Date
    /// `ok`, `not-modified`, `failed`… as the fetcher names it.
    public var outcome: String
    public var httpStatus: Int?
    public var detail: String?
    public var newArticles: Int

    public init(
        feedURL: String, time: Date, outcome: String, httpStatus: Int? = nil, detail: String? = nil,
        newArticles: Int = 0
    ) {
        self.feedURL = feedURL
        self.time = time
        self.outcome = outcome
        self.httpStatus = httpStatus
        self.detail = detail
        self.newArticles = newArticles
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// What a reviewer did to a draft: one line of the append-only review log.
public struct Decision: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "decision"

    /// What the reviewer did.
    public enum Verdict: String, Codable, Sendable {
        case approved, rejected, edited
    }

    public var id: Int64?
    public var draftID: String
    public var verdict: Verdict
    public var reviewer: String
    public var time: Date
    public var reason: String?
    /// What changed, for edits and approvals.
    public var detail: String?

    public init(draftID: String, verdict: Verdict, reviewer: String, time: Date, reason: String?, detail: String?) {
        self.draftID = draftID
        self.verdict = verdict
        self.reviewer = reviewer
        self.time = time
        self.reason = reason
        self.detail = detail
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `feed`: a feed and the fetcher's state for it.
struct FeedRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "feed"
    var url: String
    var title: String?
    var state: Data?
    var updatedAt: Date
}

/// A row of `extraction`: an article's analysis as JSON.
struct ExtractionRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "extraction"
    var articleID: Int64
    var analysis: String
}

/// A row of `entity`: one entity an article names, for `search --entity` and `--type`.
struct EntityRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entity"
    var articleID: Int64
    var name: String
    var type: String
    var code: String?
}

/// A row of `announcement`, with the draft it went into.
struct AnnouncementRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "announcement"
    var articleID: Int64
    var position: Int
    var actor: String?
    var action: String
    var status: String
    var jurisdiction: String?
    var effective: String?
    var enforcement: String?
    var subjects: String
    var draftID: String?
}

/// A row of `draft`: the draft as JSON, and the columns lists filter on.
struct DraftRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "draft"
    var id: String
    var ruleID: String
    var change: String
    var state: String
    var jurisdiction: String?
    var action: String
    var confidence: Double
    var body: String
    var created: Date
    var updated: Date
}

/// A row of `evidence`: one quoted sentence supporting a draft, appended and never changed.
struct EvidenceRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "evidence"
    var draftID: String
    var article: String
    var url: String
    var site: String?
    var published: String?
    var quote: String
    var quoteStart: Int?
    var quoteEnd: Int?
    var status: String
}

/// A row of `outputBacklog`: a file under the output folder to write again. `generation` counts the requests,
/// so that a request made while the file was being written is not crossed off with it.
struct BacklogRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "outputBacklog"
    var kind: String
    var key: String
    var generation: Int64
}
