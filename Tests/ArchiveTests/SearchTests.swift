import Extractor
import Foundation
import Generator
import Testing
@testable import Archive

@Suite struct SearchTests {
    /// A store holding three articles we write ourselves, on three days.
    func filledStore() throws -> ArchiveStore {
        let store = try ArchiveStore(path: try temporaryFolder().appendingPathComponent("h.sqlite").path)
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
            _ = try store.ingest(ArticleRecord(guid: "\(index)", url: "https://site\(index).example/a", page: page),
                                 analysis: TextAnalysis(entities: entities), rulebook: Rulebook(), now: fixedNow)
        }
        return store
    }

    @Test func wordsMatchTitleTextAndStems() throws {
        let store = try filledStore()
        #expect(try store.search(SearchQuery("lending")).compactMap(\.title).sorted()
            == ["Harbor bans crypto lending", "Prices drift"])
        #expect(try store.search(SearchQuery("ban")).map(\.title) == ["Harbor bans crypto lending"])
        #expect(try store.search(SearchQuery("Harbor's lending")).count == 1)
        #expect(try store.search(SearchQuery("\"mining income\"")).first?.snippet.contains("[mining income]") == true)
        #expect(try store.search(SearchQuery("cbdc")).isEmpty)
    }

    @Test func factsAreSearchableAndFilter() throws {
        let store = try filledStore()
        #expect(try store.search(SearchQuery("ORO")).map(\.title) == ["Osterland taxes mining"])
        #expect(try store.search(SearchQuery("lending", entity: "btc")).map(\.title) == ["Harbor bans crypto lending"])
        #expect(try store.search(SearchQuery("lending", type: .asset)).count == 2)
        #expect(try store.search(SearchQuery("lending", entity: "Ether", type: .organization)).isEmpty)
        #expect(try store.search(SearchQuery("lending", since: CalendarDay(iso: "2031-04-11"))).map(\.title)
            == ["Prices drift"])
        #expect(try store.search(SearchQuery("lending", limit: 1)).count == 1)
    }

    @Test(arguments: ["", "\"", "' - '"])
    func queriesWithoutWordsAreRefused(query: String) throws {
        let store = try filledStore()
        #expect(throws: SearchError.self) { try store.search(SearchQuery(query)) }
    }
}
