import Archive
import ArgumentParser
import Extractor
import Foundation

/// `herald search`: full-text search over archived articles and their facts.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search archived articles by their text and facts.",
        discussion: """
            QUERY uses SQLite FTS5 syntax ("mining hardware", ban AND mining, regulat*, title:ban), on SQLite and \
            PostgreSQL stores alike; anything else is read as words that must all occur.
            """
    )

    @OptionGroup var options: StoreOptions

    @Argument(help: "What to look for.")
    var query: String

    @Option(help: "Only articles published (or fetched) on or after this day, YYYY-MM-DD.")
    var since: String?

    @Option(help: "Only articles naming this entity (name, alias or ticker).")
    var entity: String?

    @Option(help: "Only articles naming an entity of this type: person, organization, authority, location, asset.")
    var type: EntityType?

    @Option(help: "At most this many results.")
    var limit = 20

    @Flag(help: "Print the results as JSON Lines.")
    var json = false

    func validate() throws {
        if let since, CalendarDay(iso: since) == nil {
            throw ValidationError("--since must be a day as YYYY-MM-DD, not '\(since)'")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        let search = SearchQuery(
            query, since: since.flatMap(CalendarDay.init(iso:)), entity: entity, type: type, limit: limit
        )
        let hits = try await options.withReviewStore { store in try await store.search(search) }
        for hit in hits {
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(hit), as: UTF8.self))
            } else {
                print("\(hit.published ?? "undated")\t\(hit.site ?? "-")\t\(hit.title ?? hit.url)")
                print("    \(hit.url)")
                print("    \(hit.snippet.replacingOccurrences(of: "\n", with: " "))")
            }
        }
        if hits.isEmpty && !json {
            print("no matches")
        }
    }
}
