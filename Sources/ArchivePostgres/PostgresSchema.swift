@_spi(StoreBackend) import Archive
import Logging
import PostgresNIO

/// The archive's schema in PostgreSQL: the SQLite store's migrations, by the same identifiers, in PostgreSQL's
/// types, with `article` unique by canonical URL and by content hash. Applied migrations are recorded in
/// `schema_migrations`; a migration, once released, is never edited: add another.
enum PostgresSchema {
    /// A migration: its identifier (the SQLite one) and its statements, run in order in one transaction.
    struct Migration {
        let identifier: String
        let statements: [PostgresQuery]
    }

    /// The advisory lock key under which workers migrate, one at a time.
    static let migrationLock: Int64 = 0x6865_7261_6C64_0001

    static let migrations = [
        Migration(identifier: "v1: feeds, articles, extractions, drafts, decisions",
                  statements: feedTables + articleTables + draftTables + [
                      "CREATE TABLE outputBacklog (kind text NOT NULL, key text NOT NULL, PRIMARY KEY (kind, key))",
                  ]),
        Migration(identifier: "v2: output backlog generations", statements: [
            "ALTER TABLE outputBacklog ADD COLUMN generation bigint NOT NULL DEFAULT 0",
        ]),
        Migration(identifier: "v3: draft evidence as rows", statements: evidenceTable + [
            // Moves the `evidence` array of every stored draft body into rows, in its order, as SQLite's v3 does.
            """
            INSERT INTO evidence (draftID, article, url, site, published, quote, quoteStart, quoteEnd, status)
            SELECT draft.id, piece.value->>'article', piece.value->>'url', piece.value->>'site',
                piece.value->>'published', coalesce(piece.value->>'quote', ''), (piece.value->>'start')::integer,
                (piece.value->>'end')::integer, piece.value->>'status'
            FROM draft CROSS JOIN LATERAL jsonb_array_elements(
                CASE WHEN jsonb_typeof(draft.body::jsonb->'evidence') = 'array' THEN draft.body::jsonb->'evidence'
                    ELSE '[]'::jsonb END
            ) WITH ORDINALITY AS piece(value, position)
            ORDER BY draft.created, draft.id, piece.position
            """,
            "UPDATE draft SET body = (body::jsonb - 'evidence')::text WHERE body::jsonb ? 'evidence'",
        ]),
        Migration(identifier: "v4: feed leases", statements: [
            """
            CREATE TABLE feedLease (url text PRIMARY KEY, dueAt timestamptz NOT NULL, owner text,
                expires timestamptz)
            """,
            "CREATE INDEX feedLease_dueAt ON feedLease (dueAt)",
        ]),
        Migration(identifier: "v5: full-text search in PostgreSQL", statements: searchTable),
    ]

    /// Each article's title, facts and text as one weighted `tsvector` (title `A`, facts `B`, text `D`) with a GIN
    /// index, under `herald_search`: English stems, no stop words dropped, as SQLite's porter tokenizer. Articles
    /// archived before get theirs from their extraction (the same facts `herald run` indexes, in another order).
    private static let searchTable: [PostgresQuery] = [
        "CREATE TEXT SEARCH DICTIONARY herald_english_stem (TEMPLATE = snowball, Language = english)",
        "CREATE TEXT SEARCH CONFIGURATION herald_search (COPY = pg_catalog.english)",
        """
        ALTER TEXT SEARCH CONFIGURATION herald_search
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH herald_english_stem
        """,
        """
        CREATE TABLE articleSearch (articleID bigint PRIMARY KEY REFERENCES article ON DELETE CASCADE,
            facts text NOT NULL, document tsvector NOT NULL)
        """,
        "CREATE INDEX articleSearch_document ON articleSearch USING gin (document)",
        """
        INSERT INTO articleSearch (articleID, facts, document)
        SELECT article.id, known.facts,
            setweight(to_tsvector('herald_search', coalesce(article.title, '')), 'A')
                || setweight(to_tsvector('herald_search', known.facts), 'B')
                || to_tsvector('herald_search', left(article.text, 100000))
        FROM article LEFT JOIN extraction ON extraction.articleID = article.id
        CROSS JOIN LATERAL (
            SELECT left(coalesce(string_agg(fact #>> '{}', ' '), ''), 100000) AS facts
            FROM unnest(ARRAY['$.entities[*].name', '$.entities[*].type', '$.entities[*].aliases[*]',
                    '$.entities[*].code', '$.statements[*].actor', '$.statements[*].action',
                    '$.statements[*].object', '$.announcements[*].actor', '$.announcements[*].action',
                    '$.announcements[*].jurisdiction', '$.announcements[*].subjects[*]']::jsonpath[]) AS path,
                jsonb_path_query(extraction.analysis::jsonb, path) AS fact
        ) AS known
        """,
    ]

    private static let feedTables: [PostgresQuery] = [
        "CREATE TABLE feed (url text PRIMARY KEY, title text, state bytea, updatedAt timestamptz NOT NULL)",
        """
        CREATE TABLE "fetch" (id bigserial PRIMARY KEY, feedURL text NOT NULL, "time" timestamptz NOT NULL,
            outcome text NOT NULL, httpStatus integer, detail text, newArticles integer NOT NULL DEFAULT 0)
        """,
        #"CREATE INDEX fetch_feedURL ON "fetch" (feedURL)"#,
    ]

    private static let articleTables: [PostgresQuery] = [
        """
        CREATE TABLE article (id bigserial PRIMARY KEY, guid text, url text NOT NULL,
            canonicalURL text NOT NULL UNIQUE, contentHash text NOT NULL UNIQUE, title text, site text,
            published text, day text NOT NULL, feedURL text, fetchedAt timestamptz NOT NULL, rawPage bytea,
            rawPageEncoding text, text text NOT NULL, metadata text NOT NULL)
        """,
        "CREATE INDEX article_guid ON article (guid)",
        "CREATE INDEX article_url ON article (url)",
        "CREATE INDEX article_day ON article (day)",
        """
        CREATE TABLE extraction (articleID bigint PRIMARY KEY REFERENCES article ON DELETE CASCADE,
            analysis text NOT NULL)
        """,
        """
        CREATE TABLE entity (id bigserial PRIMARY KEY,
            articleID bigint NOT NULL REFERENCES article ON DELETE CASCADE, name text NOT NULL, type text NOT NULL,
            code text)
        """,
        "CREATE INDEX entity_articleID ON entity (articleID)",
        "CREATE INDEX entity_name ON entity (lower(name))",
        """
        CREATE TABLE announcement (id bigserial PRIMARY KEY,
            articleID bigint NOT NULL REFERENCES article ON DELETE CASCADE, position integer NOT NULL, actor text,
            action text NOT NULL, status text NOT NULL, jurisdiction text, effective text, enforcement text,
            subjects text NOT NULL, draftID text)
        """,
        "CREATE INDEX announcement_articleID ON announcement (articleID)",
        "CREATE INDEX announcement_draftID ON announcement (draftID)",
    ]

    private static let draftTables: [PostgresQuery] = [
        """
        CREATE TABLE draft (id text PRIMARY KEY, ruleID text NOT NULL, change text NOT NULL, state text NOT NULL,
            jurisdiction text, action text NOT NULL, confidence double precision NOT NULL, body text NOT NULL,
            created timestamptz NOT NULL, updated timestamptz NOT NULL)
        """,
        "CREATE INDEX draft_ruleID ON draft (ruleID)",
        "CREATE INDEX draft_state ON draft (state)",
        """
        CREATE TABLE decision (id bigserial PRIMARY KEY, draftID text NOT NULL REFERENCES draft,
            verdict text NOT NULL, reviewer text NOT NULL, "time" timestamptz NOT NULL, reason text, detail text)
        """,
        "CREATE INDEX decision_draftID ON decision (draftID)",
        """
        CREATE FUNCTION decisionIsAppendOnly() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the review log is append-only'; END $$
        """,
        """
        CREATE TRIGGER decisionIsAppendOnly BEFORE UPDATE OR DELETE ON decision
            FOR EACH ROW EXECUTE FUNCTION decisionIsAppendOnly()
        """,
    ]

    private static let evidenceTable: [PostgresQuery] = [
        """
        CREATE TABLE evidence (id bigserial PRIMARY KEY, draftID text NOT NULL REFERENCES draft,
            article text NOT NULL, url text NOT NULL, site text, published text, quote text NOT NULL,
            quoteStart integer, quoteEnd integer, status text NOT NULL)
        """,
        "CREATE INDEX evidence_draftID ON evidence (draftID)",
        """
        CREATE FUNCTION evidenceIsAppendOnly() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'draft evidence is append-only'; END $$
        """,
        """
        CREATE TRIGGER evidenceIsAppendOnly BEFORE UPDATE OR DELETE ON evidence
            FOR EACH ROW EXECUTE FUNCTION evidenceIsAppendOnly()
        """,
    ]

    /// Applies the migrations the database lacks, one worker at a time; refuses a database that has migrations
    /// this version does not know.
    static func migrate(_ store: PostgresStore) async throws {
        let logger = store.logger
        try await store.transaction { connection in
            try await connection.run("SELECT pg_advisory_xact_lock(\(migrationLock))", logger: logger)
            try await connection.run("""
                CREATE TABLE IF NOT EXISTS schema_migrations (identifier text PRIMARY KEY,
                    appliedAt timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            let applied = Set(try await connection.column(
                String.self, "SELECT identifier FROM schema_migrations", logger: logger
            ))
            let known = Set(migrations.map(\.identifier))
            let unknown = applied.subtracting(known).sorted()
            guard unknown.isEmpty else {
                throw ArchiveError.newerSchema(path: store.address.displayName, unknownMigrations: unknown)
            }
            for migration in migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements {
                    try await connection.run(statement, logger: logger)
                }
                try await connection.run(
                    "INSERT INTO schema_migrations (identifier) VALUES (\(migration.identifier))", logger: logger
                )
            }
        }
    }
}
