import Archive
import ArchivePostgres
import ArgumentParser
import Extractor
import Foundation

/// `herald export`: every archived article with its facts, as JSON Lines on standard output.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write archived articles with their facts as JSON Lines to standard output.",
        discussion: """
            One article a line: url (canonical), title, site, published, text, entities, dates, statements and \
            announcements, as SCHEMA.md describes. Articles are filed under their publication day, or the day \
            they were fetched when the page gives none.
            """
    )

    @OptionGroup var options: StoreOptions

    @Option(help: "Only articles filed on or after this day, YYYY-MM-DD.")
    var since: String?

    @Option(help: "Only articles filed on or before this day, YYYY-MM-DD.")
    var until: String?

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, CalendarDay(iso: value) == nil {
                throw ValidationError("\(name) must be a day as YYYY-MM-DD, not '\(value)'")
            }
        }
    }

    func run() async throws {
        let output = FileHandle.standardOutput
        func write(_ article: ExportedArticle) throws {
            try output.write(contentsOf: Data((try article.jsonLine() + "\n").utf8))
        }
        let (since, until) = (since.flatMap(CalendarDay.init(iso:)), until.flatMap(CalendarDay.init(iso:)))
        guard case let .postgres(address) = try options.location() else {
            try options.openStore().forEachExportedArticle(since: since, until: until, write)
            return
        }
        let store = try await PostgresStore.open(address)
        do {
            try await store.forEachExportedArticle(since: since, until: until, write)
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}
