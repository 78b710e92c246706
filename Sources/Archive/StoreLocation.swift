import Foundation

/// Where the archive lives, from `--store` or `HERALD_STORE`: a path, a `file:` or `sqlite:` URL for SQLite (the
/// default is `herald.sqlite` inside the output folder), or a `postgres://` URL for PostgreSQL.
public enum StoreLocation: Equatable, Sendable {
    /// An SQLite database file.
    case sqlite(path: String)
    /// A PostgreSQL database.
    case postgres(PostgresAddress)

    /// An SQLite database file.
    public init(path: String) {
        self = .sqlite(path: path)
    }

    /// Reads a `--store` value; `nil` or empty gives the default inside `output`.
    public init(_ text: String?, output: String) throws {
        guard let text, !text.isEmpty else {
            self = .sqlite(path: URL(fileURLWithPath: output).appendingPathComponent("herald.sqlite").path)
            return
        }
        for scheme in ["postgres://", "postgresql://"] where text.lowercased().hasPrefix(scheme) {
            self = .postgres(try PostgresAddress(text))
            return
        }
        for scheme in ["sqlite://", "sqlite:", "file://", "file:"] where text.hasPrefix(scheme) {
            let rest = String(text.dropFirst(scheme.count))
            guard !rest.isEmpty else { throw ArchiveError.unsupportedStore(text) }
            self = .sqlite(path: rest.removingPercentEncoding ?? rest)
            return
        }
        if text.contains("://") { throw ArchiveError.unsupportedStore(text) }
        self = .sqlite(path: text)
    }

    /// The SQLite file, or `nil` for a PostgreSQL store.
    public var path: String? {
        if case let .sqlite(path) = self { return path }
        return nil
    }

    /// The location for messages, without a password.
    public var displayName: String {
        switch self {
        case let .sqlite(path): path
        case let .postgres(address): address.displayName
        }
    }
}

/// A PostgreSQL server and database, from `postgres://user:password@host:port/database?sslmode=disable`.
///
/// `sslmode` is `disable`, `prefer` (the default) or `require`; a missing user is the login name and a missing
/// database the user's name, as with `psql`.
public struct PostgresAddress: Equatable, Sendable {
    /// How the connection uses TLS.
    public enum TLSMode: String, Equatable, Sendable {
        case disable, prefer, require
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String?
    public var tls: TLSMode

    public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String? = nil,
                tls: TLSMode = .prefer) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Reads a `postgres://` or `postgresql://` URL.
    public init(_ text: String) throws {
        guard let components = URLComponents(string: text),
              ["postgres", "postgresql"].contains(components.scheme?.lowercased() ?? ""),
              let host = components.host, !host.isEmpty else {
            throw ArchiveError.unsupportedStore(Self.hidingPassword(text))
        }
        self.host = host
        port = components.port ?? 5432
        user = components.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? nil : path
        tls = .prefer
        for item in components.queryItems ?? [] where item.name == "sslmode" {
            guard let mode = TLSMode(rawValue: item.value ?? "") else {
                throw ArchiveError.unsupportedStore(
                    "\(Self.hidingPassword(text)) (sslmode must be disable, prefer or require)"
                )
            }
            tls = mode
        }
    }

    /// The address for messages and logs, without the password.
    public var displayName: String {
        "postgres://\(user)@\(host):\(port)/\(database ?? user)"
    }

    private static func hidingPassword(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? "postgres://…"
    }
}
