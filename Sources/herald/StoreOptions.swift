import Archive
import ArchivePostgres
import ArgumentParser
import Foundation

/// Where a command finds the output folder and the archive: `--output DIR` and `--store URL`, shared by every
/// command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The folder runs write to: rules.yaml, drafts/, archive/.", valueName: "dir"))
    var output: String = "Output"

    @Option(help: ArgumentHelp(
        "The archive: a path, a sqlite:// URL, or a postgres:// URL "
            + "(default: $HERALD_STORE, else <output>/herald.sqlite).", valueName: "url"
    ))
    var store: String?

    /// The output folder.
    var outputFolder: URL {
        URL(fileURLWithPath: output, isDirectory: true)
    }

    /// `rules.yaml` in the output folder.
    var rulebookFile: URL {
        outputFolder.appendingPathComponent("rules.yaml")
    }

    /// The archive named by `--store`, else by the `HERALD_STORE` environment variable, else the default inside
    /// the output folder.
    func location() throws -> StoreLocation {
        try StoreLocation(store ?? ProcessInfo.processInfo.environment["HERALD_STORE"], output: output)
    }

    /// Opens (creating and migrating when needed) the archive, which must be SQLite: a PostgreSQL store gives
    /// ``ArchiveError/sqliteOnly(store:)``, said plainly to the user.
    func openStore() throws -> ArchiveStore {
        try ArchiveStore(location())
    }

    /// Opens (creating and migrating when needed) the archive for review, search and feed listing, SQLite or
    /// PostgreSQL, runs `body` with it and closes it.
    func withReviewStore<Result>(_ body: (any ReviewStore) async throws -> Result) async throws -> Result {
        let store: any ReviewStore = switch try location() {
        case let .sqlite(path): try ArchiveStore(path: path)
        case let .postgres(address): try await PostgresStore.open(address)
        }
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }

    /// Opens (creating and migrating when needed) the archive for ingestion, SQLite or PostgreSQL.
    func openIngestionStore() async throws -> any IngestionStore & FeedLeaseStore {
        switch try location() {
        case let .sqlite(path): try ArchiveStore(path: path)
        case let .postgres(address): try await PostgresStore.open(address)
        }
    }
}
