import Extractor
import Foundation
import Generator
import PostgresNIO
import PostgresTestSupport
import Testing
@testable import Archive
@testable import ArchivePostgres

/// Migration v5 on a PostgreSQL store that already holds articles: each gets its search document from what the
/// store kept (title, text, and the facts of its extraction), so that search finds what `herald run` would have
/// indexed.
@Suite(.enabled(if: StoreBackend.testServer != nil, "HERALD_TEST_POSTGRES names no server"))
struct PostgresSearchMigrationTests {
    let queries = ["halts", "measure", "Osterland", "facts:organization", "facts:prohibit", "facts:ol", "courier",
                   "title:staking", "crypto lending"]

    @Test func articlesArchivedBeforeSearchAreFoundOnceMigrated() async throws {
        let address = try await TestPostgres.newDatabase()
        let store = try await PostgresStore.open(address)
        let reports = [
            banArticle(guid: "a", url: "https://ledger.example/a", site: "Ledger", published: "2031-04-10"),
            banArticle(guid: "b", url: "https://courier.example/b", site: "Courier", published: "2031-04-11",
                       subjects: [.staking], country: ("Westmark", "WM")),
        ]
        for (article, facts) in reports {
            _ = try await store.ingestAtFixedTime(article, facts)
        }
        var before: [String: [Int64]] = [:]
        for query in queries {
            before[query] = try await store.search(SearchQuery(query)).map(\.article)
        }
        #expect(before.values.allSatisfy { !$0.isEmpty }, "\(before)")
        // The store as v4 left it: no search table, no search configuration, no v5.
        try await store.connection { connection in
            for statement in [
                "DROP TABLE articleSearch", "DROP TEXT SEARCH CONFIGURATION herald_search",
                "DROP TEXT SEARCH DICTIONARY herald_english_stem",
                "DELETE FROM schema_migrations WHERE identifier LIKE 'v5:%'",
            ] {
                try await connection.run(PostgresQuery(unsafeSQL: statement), logger: store.logger)
            }
        }
        await #expect(throws: ArchiveError.self) { try await store.search(SearchQuery("halts")) }
        await store.close()

        let migrated = try await PostgresStore.open(address)
        for query in queries {
            #expect(try await migrated.search(SearchQuery(query)).map(\.article) == before[query], "\(query)")
        }
        await migrated.close()
        try await TestPostgres.dropDatabase(address)
    }
}
