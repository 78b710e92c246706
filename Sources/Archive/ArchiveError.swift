import GRDB

/// Why the archive could not be opened or used, said so that a person knows what to do.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// SQLite reports damage.
    case corrupt(path: String, detail: String)
    /// A newer herald migrated the database; this one leaves it alone.
    case newerSchema(path: String, unknownMigrations: [String])
    /// Another process held the store longer than the busy timeout.
    case busy(path: String)
    /// The `--store` URL names a kind of store this build cannot open.
    case unsupportedStore(String)
    /// The store is PostgreSQL, where only an SQLite store will do.
    case sqliteOnly(store: String)
    /// A PostgreSQL server refused or failed a request.
    case database(store: String, detail: String)
    /// No draft has this id.
    case unknownDraft(String)
    /// A stored value could not be read back.
    case unreadableRecord(String)
    /// A draft was saved with less evidence than the store holds for it: evidence is only ever added.
    case evidenceRemoved(draftID: String)

    public var description: String {
        switch self {
        case let .notADatabase(path):
            "\(path) is not an SQLite database; herald leaves it untouched (move it away or pass another --store)"
        case let .corrupt(path, detail):
            "the archive \(path) is damaged (\(detail)); herald leaves it untouched (restore a backup or move it away)"
        case let .newerSchema(path, migrations):
            "the archive \(path) was written by a newer herald (migrations \(migrations.joined(separator: ", "))); "
                + "upgrade herald, this version leaves it untouched"
        case let .busy(path):
            "the archive \(path) is locked by another herald process; try again when it has finished"
        case let .unsupportedStore(url):
            "unsupported store \(url): use a path, a sqlite:// URL or a postgres:// URL"
        case let .sqliteOnly(store):
            "\(store) is a PostgreSQL store, where an SQLite store (a path) was expected"
        case let .database(store, detail):
            "the archive \(store) failed: \(detail)"
        case let .unknownDraft(id):
            "no draft has the id \(id)"
        case let .unreadableRecord(detail):
            "a stored record could not be read: \(detail)"
        case let .evidenceRemoved(draftID):
            "draft \(draftID) was saved without some of its stored evidence; evidence is only ever added"
        }
    }

    /// The archive error a database error means, or `nil` when it means none of them.
    static func from(_ error: any Error, path: String) -> ArchiveError? {
        if let error = error as? ArchiveError { return error }
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: error.message ?? "SQLITE_CORRUPT")
        default: return nil
        }
    }
}
