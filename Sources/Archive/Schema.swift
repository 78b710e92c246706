import GRDB

/// The archive's schema, as versioned migrations. A migration, once released, is never edited: add another.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: feeds, articles, extractions, drafts, decisions") { db in
            try createFeedTables(db)
            try createArticleTables(db)
            try createDraftTables(db)
            try db.create(table: "outputBacklog") { table in
                table.column("kind", .text).notNull()
                table.column("key", .text).notNull()
                table.primaryKey(["kind", "key"])
            }
        }
        migrator.registerMigration("v2: output backlog generations") { db in
            try db.alter(table: "outputBacklog") { table in
                table.add(column: "generation", .integer).notNull().defaults(to: 0)
            }
        }
        migrator.registerMigration("v3: draft evidence as rows") { db in
            try createEvidenceTable(db)
            try moveEvidenceOutOfDraftBodies(db)
        }
        migrator.registerMigration("v4: feed leases") { db in
            try db.create(table: "feedLease") { table in
                table.primaryKey("url", .text)
                table.column("dueAt", .datetime).notNull().indexed()
                table.column("owner", .text)
                table.column("expires", .datetime)
            }
        }
        migrator.registerMigration("v5: full-text search in PostgreSQL") { _ in
            // Nothing to do here: SQLite has searched with FTS5 since v1. The identifier keeps both backends'
            // migration lists the same.
        }
        return migrator
    }

    private static func createFeedTables(_ db: Database) throws {
        try db.create(table: "feed") { table in
            table.primaryKey("url", .text)
            table.column("title", .text)
            table.column("state", .blob)
            table.column("updatedAt", .datetime).notNull()
        }
        try db.create(table: "fetch") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("feedURL", .text).notNull().indexed()
            table.column("time", .datetime).notNull()
            table.column("outcome", .text).notNull()
            table.column("httpStatus", .integer)
            table.column("detail", .text)
            table.column("newArticles", .integer).notNull().defaults(to: 0)
        }
    }

    private static func createArticleTables(_ db: Database) throws {
        try db.create(table: "article") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("guid", .text).indexed()
            table.column("url", .text).notNull().indexed()
            table.column("canonicalURL", .text).notNull().unique()
            table.column("contentHash", .text).notNull().indexed()
            table.column("title", .text)
            table.column("site", .text)
            table.column("published", .text)
            table.column("day", .text).notNull().indexed()
            table.column("feedURL", .text)
            table.column("fetchedAt", .datetime).notNull()
            table.column("rawPage", .blob)
            table.column("rawPageEncoding", .text)
            table.column("text", .text).notNull()
            table.column("metadata", .text).notNull()
        }
        try db.create(table: "extraction") { table in
            table.primaryKey("articleID", .integer).references("article", onDelete: .cascade)
            table.column("analysis", .text).notNull()
        }
        try db.create(table: "entity") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("articleID", .integer).notNull().indexed().references("article", onDelete: .cascade)
            table.column("name", .text).notNull().collate(.nocase).indexed()
            table.column("type", .text).notNull()
            table.column("code", .text)
        }
        try db.create(table: "announcement") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("articleID", .integer).notNull().indexed().references("article", onDelete: .cascade)
            table.column("position", .integer).notNull()
            table.column("actor", .text)
            table.column("action", .text).notNull()
            table.column("status", .text).notNull()
            table.column("jurisdiction", .text)
            table.column("effective", .text)
            table.column("enforcement", .text)
            table.column("subjects", .text).notNull()
            table.column("draftID", .text).indexed()
        }
        try db.create(virtualTable: "articleSearch", using: FTS5()) { table in
            table.tokenizer = .porter(wrapping: .unicode61())
            table.column("title")
            table.column("text")
            table.column("facts")
        }
    }

    private static func createDraftTables(_ db: Database) throws {
        try db.create(table: "draft") { table in
            table.primaryKey("id", .text)
            table.column("ruleID", .text).notNull().indexed()
            table.column("change", .text).notNull()
            table.column("state", .text).notNull().indexed()
            table.column("jurisdiction", .text)
            table.column("action", .text).notNull()
            table.column("confidence", .double).notNull()
            table.column("body", .text).notNull()
            table.column("created", .datetime).notNull()
            table.column("updated", .datetime).notNull()
        }
        try db.create(table: "decision") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("draftID", .text).notNull().indexed().references("draft")
            table.column("verdict", .text).notNull()
            table.column("reviewer", .text).notNull()
            table.column("time", .datetime).notNull()
            table.column("reason", .text)
            table.column("detail", .text)
        }
        try db.execute(sql: """
            CREATE TRIGGER decisionIsAppendOnlyOnUpdate BEFORE UPDATE ON decision
            BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
            CREATE TRIGGER decisionIsAppendOnlyOnDelete BEFORE DELETE ON decision
            BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
            """)
    }

    /// One row a quoted sentence of a draft, appended as reports arrive and never changed: a draft's `body` keeps
    /// everything else, and reading a draft puts the two together.
    private static func createEvidenceTable(_ db: Database) throws {
        try db.create(table: "evidence") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("draftID", .text).notNull().indexed().references("draft")
            table.column("article", .text).notNull()
            table.column("url", .text).notNull()
            table.column("site", .text)
            table.column("published", .text)
            table.column("quote", .text).notNull()
            table.column("quoteStart", .integer)
            table.column("quoteEnd", .integer)
            table.column("status", .text).notNull()
        }
        try db.execute(sql: """
            CREATE TRIGGER evidenceIsAppendOnlyOnUpdate BEFORE UPDATE ON evidence
            BEGIN SELECT RAISE(ABORT, 'draft evidence is append-only'); END;
            CREATE TRIGGER evidenceIsAppendOnlyOnDelete BEFORE DELETE ON evidence
            BEGIN SELECT RAISE(ABORT, 'draft evidence is append-only'); END;
            """)
    }

    /// Moves the `evidence` array of every stored draft body (v1–v2 kept it there) into `evidence` rows, in its
    /// order, and removes it from the body. Plain SQL, so that this migration never depends on the model's code.
    private static func moveEvidenceOutOfDraftBodies(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO evidence (draftID, article, url, site, published, quote, quoteStart, quoteEnd, status)
            SELECT draft.id,
                   json_extract(piece.value, '$.article'), json_extract(piece.value, '$.url'),
                   json_extract(piece.value, '$.site'), json_extract(piece.value, '$.published'),
                   coalesce(json_extract(piece.value, '$.quote'), ''), json_extract(piece.value, '$.start'),
                   json_extract(piece.value, '$.end'), json_extract(piece.value, '$.status')
            FROM draft, json_each(draft.body, '$.evidence') AS piece
            ORDER BY draft.rowid, piece.key;
            UPDATE draft SET body = json_remove(body, '$.evidence');
            """)
    }
}
