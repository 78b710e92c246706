import Extractor
import Foundation
import Generator
import Testing
@testable import Archive
@testable import ArchivePostgres

/// `herald search` on every backend: the same query syntax, the same matches, close rankings and snippets.
@Suite struct SearchTests {
    /// Fills a store with three articles we write ourselves, on three days.
    func fill(_ store: StoreBackend.TestStore) async throws {
        let articles: [(String, String, String, [Entity])] = [
            ("2031-04-10", "Harbor bans crypto lending", "Harbor Exchange banned lending of Bitcoin to retail clients.",
             [Entity(name: "Harbor Exchange", type: .organization), Entity(name: "Bitcoin", type: .asset, code: "BTC")]),
            ("2031-04-12", "Osterland taxes mining", "The Osterland Revenue Office will tax mining income from June.",
             [Entity(name: "Osterland Revenue Office", type: .authority, aliases: ["ORO"])]),
            ("2031-04-15", "Prices drift", "Ether drifted lower as lending desks cut exposure.",
             [Entity(name: "Ether", type: .asset, code: "ETH")]),
        ]
        for (index, (day, title, text, entities)) in articles.enumerated() {
            let page = ArticlePage(title: title, published: day, siteName: "Site \(index)",
                                   canonicalURL: "https://site\(index).example/a", text: text)
            _ = try await store.ingestAtFixedTime(
                ArticleRecord(guid: "\(index)", url: "https://site\(index).example/a", page: page),
                TextAnalysis(entities: entities)
            )
        }
    }

    /// The titles a query finds, best first.
    func titles(_ query: SearchQuery, in store: StoreBackend.TestStore) async throws -> [String] {
        try await store.search(query).compactMap(\.title)
    }

    @Test(arguments: StoreBackend.available)
    func wordsMatchTitleTextAndStems(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            try await fill(store)
            #expect(try await titles(SearchQuery("lending"), in: store).sorted()
                == ["Harbor bans crypto lending", "Prices drift"])
            #expect(try await titles(SearchQuery("ban"), in: store) == ["Harbor bans crypto lending"])
            #expect(try await store.search(SearchQuery("Harbor's lending")).count == 1)
            let phrase = try await store.search(SearchQuery("\"mining income\""))
            #expect(phrase.first?.snippet.contains("[mining income]") == true, "\(phrase)")
            #expect(try await store.search(SearchQuery("\"income mining\"")).isEmpty)
            #expect(try await store.search(SearchQuery("cbdc")).isEmpty)
        }
    }

    @Test(arguments: StoreBackend.available)
    func theQuerySyntaxIsFTS5s(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            try await fill(store)
            #expect(try await titles(SearchQuery("lending AND mining"), in: store).isEmpty)
            #expect(try await titles(SearchQuery("lending OR mining"), in: store).count == 3)
            #expect(try await titles(SearchQuery("lending NOT ether"), in: store) == ["Harbor bans crypto lending"])
            #expect(try await titles(SearchQuery("(ether OR bitcoin) AND lending"), in: store).count == 2)
            #expect(try await titles(SearchQuery("lending NOT ether drifted"), in: store)
                == ["Harbor bans crypto lending"])
            #expect(try await titles(SearchQuery("ether NOT bitcoin AND lending"), in: store) == ["Prices drift"])
            #expect(try await titles(SearchQuery("title:crypto exchange"), in: store)
                == ["Harbor bans crypto lending"])
            #expect(try await titles(SearchQuery("title:(crypto OR ether)"), in: store)
                == ["Harbor bans crypto lending"])
            #expect(try await titles(SearchQuery("NEAR(ether lower)"), in: store) == ["Prices drift"])
            #expect(try await titles(SearchQuery("lend*"), in: store).count == 2)
            #expect(try await titles(SearchQuery("title:lending"), in: store) == ["Harbor bans crypto lending"])
            #expect(try await titles(SearchQuery("text:desks"), in: store) == ["Prices drift"])
            #expect(try await titles(SearchQuery("title:desks"), in: store).isEmpty)
            // Not FTS5 syntax: read as its words.
            #expect(try await titles(SearchQuery("Revenue-Office: (mining"), in: store) == ["Osterland taxes mining"])
        }
    }

    @Test(arguments: StoreBackend.available)
    func aWordInTheTitleRanksFirst(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            try await fill(store)
            #expect(try await titles(SearchQuery("lending"), in: store).first == "Harbor bans crypto lending")
            #expect(try await titles(SearchQuery("mining OR lending"), in: store).last == "Prices drift")
        }
    }

    @Test(arguments: StoreBackend.available)
    func factsAreSearchableAndFilter(backend: StoreBackend) async throws {
        try await backend.withNewStore { store in
            try await fill(store)
            #expect(try await titles(SearchQuery("ORO"), in: store) == ["Osterland taxes mining"])
            #expect(try await titles(SearchQuery("lending", entity: "btc"), in: store)
                == ["Harbor bans crypto lending"])
            #expect(try await store.search(SearchQuery("lending", type: .asset)).count == 2)
            #expect(try await store.search(SearchQuery("lending", entity: "Ether", type: .organization)).isEmpty)
            #expect(try await titles(SearchQuery("lending", since: CalendarDay(iso: "2031-04-11")), in: store)
                == ["Prices drift"])
            #expect(try await store.search(SearchQuery("lending", limit: 1)).count == 1)
            let hit = try #require(try await store.search(SearchQuery("ether")).first)
            #expect(hit.url == "https://site2.example/a")
            #expect(hit.site == "Site 2")
            #expect(hit.published == "2031-04-15")
            #expect(hit.snippet.contains("[Ether]"), "\(hit.snippet)")
        }
    }

    @Test(arguments: StoreBackend.available, ["", "\"", "' - '"])
    func queriesWithoutWordsAreRefused(backend: StoreBackend, query: String) async throws {
        try await backend.withNewStore { store in
            try await fill(store)
            await #expect(throws: SearchError.self) { try await store.search(SearchQuery(query)) }
        }
    }
}

/// The FTS5 syntax as PostgreSQL's `tsquery`.
@Suite struct SearchPatternTests {
    @Test(arguments: [
        ("ban", "'ban'"),
        ("ban AND mining", "('ban' & 'mining')"),
        ("ban mining", "('ban' & 'mining')"),
        ("ban OR mining NOT hardware", "('ban' | ('mining' & !'hardware'))"),
        ("ban mining NOT hardware rig", "(('ban' & 'mining') & !('hardware' & 'rig'))"),
        ("ban NOT rig AND mining", "(('ban' & !'rig') & 'mining')"),
        ("(ban OR halt) AND lending", "(('ban' | 'halt') & 'lending')"),
        ("title:(ban OR halt) AND text:lend*", "(('ban':A | 'halt':A) & 'lend':*D)"),
        ("NEAR(ban \"crypto lending\", 5)", "('ban' & ('crypto' <-> 'lending'))"),
        ("\"mining hardware\"", "('mining' <-> 'hardware')"),
        ("\"say \"\"no\"\"\"", "('say' <-> 'no')"),
        ("regulat*", "'regulat':*"),
        ("title:ban", "'ban':A"),
        ("facts:\"central bank\"*", "('central':B <-> 'bank':*B)"),
        ("Zürich bans", "('Zürich' & 'bans')"),
        // Not FTS5 syntax: every word of two letters or more must occur.
        ("Harbor's lending", "'Harbor' & 'lending'"),
        ("colour:red", "'colour' & 'red'"),
        ("(ban OR halt) lending", "'ban' & 'OR' & 'halt' & 'lending'"),
        ("NEAR ban", "('NEAR' & 'ban')"),
        ("ban AND", "'ban' & 'AND'"),
        ("\"unclosed phrase", "'unclosed' & 'phrase'"),
    ])
    func queriesBecomeTsqueries(query: String, expected: String) {
        #expect(SearchPattern(query)?.tsquery == expected)
    }

    @Test(arguments: ["", "   ", "\"", "' - '", "\"\"", "- a -"])
    func queriesWithoutWordsHaveNoPattern(query: String) {
        #expect(SearchPattern(query) == nil)
    }
}
