import Archive
import Foundation
import Logging
import PostgresNIO

/// The PostgreSQL server tests may use: `HERALD_TEST_POSTGRES`, a `postgres://` URL whose user may create databases
/// (`.ci/start-test-postgres` prints one). Tests that need it are disabled (or run on SQLite only) without it.
public enum TestPostgres {
    /// The test server, from `HERALD_TEST_POSTGRES`.
    public static var server: PostgresAddress? {
        guard let text = ProcessInfo.processInfo.environment["HERALD_TEST_POSTGRES"], !text.isEmpty else { return nil }
        return try? PostgresAddress(text)
    }

    /// Runs `body` with a new, empty database on the test server, then drops it once `body` succeeded (a failed test
    /// leaves its database to look at; a test run a day later drops it).
    public static func withNewDatabase<Result>(_ body: (PostgresAddress) async throws -> Result) async throws -> Result {
        let address = try await newDatabase()
        let result = try await body(address)
        try await dropDatabase(address)
        return result
    }

    /// A new, empty database on the test server, named with the time it was made. Databases of earlier runs older than
    /// a day (failed tests', or ones a suite kept to its end) are dropped first, so a long-lived test server does not
    /// fill up.
    public static func newDatabase() async throws -> PostgresAddress {
        guard var address = server else { throw ArchiveError.unsupportedStore("no HERALD_TEST_POSTGRES") }
        let stamp = Int(Date().timeIntervalSince1970)
        try await sweepDatabases(madeBefore: stamp - 86_400)
        let name = "\(prefix)\(stamp)_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12))"
        try await onServer("CREATE DATABASE \(name)")
        address.database = name
        return address
    }

    /// Drops a database `newDatabase()` made, closing the sessions still open on it: a store the test has closed may
    /// leave its session on the server a moment longer, and on a busy machine a plain drop then failed the test.
    public static func dropDatabase(_ address: PostgresAddress) async throws {
        guard let name = address.database, name.hasPrefix(prefix) else { return }
        try await onServer("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    /// The prefix of every database the tests make: `herald_test_` then the Unix time it was made.
    private static let prefix = "herald_test_"

    /// Drops the test databases made before `stamp` (Unix time), and those of the older, undated naming, that no
    /// connection uses; one in use stays (it may be another test run's).
    private static func sweepDatabases(madeBefore stamp: Int) async throws {
        let names = try await onServer("SELECT datname FROM pg_database WHERE datname LIKE 'herald\\_test\\_%'")
        for name in names {
            let made = name.dropFirst(prefix.count).prefix { $0 != "_" }
            guard Int(made).map({ $0 < stamp }) ?? true else { continue }
            _ = try? await onServer("DROP DATABASE IF EXISTS \(name)")
        }
    }

    /// Runs a statement on the server's own database, giving the first column of the rows it returns.
    @discardableResult
    private static func onServer(_ statement: String) async throws -> [String] {
        guard let address = server else { throw ArchiveError.unsupportedStore("no HERALD_TEST_POSTGRES") }
        let client = PostgresClient(configuration: .init(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: .disable
        ), backgroundLogger: Logger(label: "herald.tests"))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            var column: [String] = []
            for try await value in try await client.query(PostgresQuery(unsafeSQL: statement)).decode(String.self) {
                column.append(value)
            }
            return column
        }
    }

    /// The `--store` URL of a database on the test server.
    public static func url(of address: PostgresAddress) -> String {
        let credentials = address.user + (address.password.map { ":\($0)" } ?? "")
        return "postgres://\(credentials)@\(address.host):\(address.port)/\(address.database ?? "")?sslmode=disable"
    }
}
