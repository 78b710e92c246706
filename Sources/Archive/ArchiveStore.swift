import Foundation
import GRDB

/// The store behind everything Herald reads and proposes: feeds and their fetch history, articles, extractions,
/// announcements, drafts and review decisions, in one SQLite database (WAL, FTS5).
///
/// Opening checks before it writes: a file that is not a database, a damaged one, or one migrated by a newer
/// herald gives an ``ArchiveError`` and stays untouched. A second process on the same store waits up to
/// `busyTimeout` seconds for a write, then fails with ``ArchiveError/busy(path:)``.
public final class ArchiveStore: Sendable {
    /// The database file.
    public let path: String
    let database: DatabasePool
    /// Where ``ingestInBatch(_:analysis:rulebook:generator:now:)`` waits for the next shared transaction.
    let ingestQueue = IngestQueue()

    /// Opens the store at a location, creating it (and its folder) when absent and migrating it to this
    /// version's schema. A PostgreSQL location throws ``ArchiveError/sqliteOnly(store:)``: it opens with
    /// `ArchivePostgres.PostgresStore`.
    public convenience init(_ location: StoreLocation, busyTimeout: TimeInterval = 10) throws {
        guard let path = location.path else { throw ArchiveError.sqliteOnly(store: location.displayName) }
        try self.init(path: path, busyTimeout: busyTimeout)
    }

    /// Opens the store at a path, creating it (and its folder) when absent.
    public init(path: String, busyTimeout: TimeInterval = 10) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "herald.archive"
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: path) {
            try Self.checkExisting(path: path, configuration: configuration)
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        do {
            database = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(database)
        } catch {
            throw ArchiveError.from(error, path: path) ?? error
        }
    }

    /// Refuses, without writing, a file that is not an SQLite database, a damaged one, or a newer schema.
    private static func checkExisting(path: String, configuration: Configuration) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return }
        guard header == Data("SQLite format 3\u{0}".utf8) else { throw ArchiveError.notADatabase(path: path) }
        var readOnly = configuration
        readOnly.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: readOnly)
            defer { try? queue.close() }
            try queue.read { db in
                let check = try String.fetchOne(db, sql: "PRAGMA quick_check(1)") ?? "ok"
                guard check == "ok" else { throw ArchiveError.corrupt(path: path, detail: check) }
                let migrator = Schema.migrator
                if try migrator.hasBeenSuperseded(db) {
                    let known = Set(migrator.migrations)
                    let unknown = try migrator.appliedIdentifiers(db).filter { !known.contains($0) }.sorted()
                    throw ArchiveError.newerSchema(path: path, unknownMigrations: unknown)
                }
            }
        } catch {
            throw ArchiveError.from(error, path: path) ?? ArchiveError.corrupt(path: path, detail: "\(error)")
        }
    }

    /// Runs a write transaction, with SQLite's errors said as ``ArchiveError``s where one fits.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch {
            throw ArchiveError.from(error, path: path) ?? error
        }
    }

    /// Runs a read, with SQLite's errors said as ``ArchiveError``s where one fits.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch {
            throw ArchiveError.from(error, path: path) ?? error
        }
    }
}
