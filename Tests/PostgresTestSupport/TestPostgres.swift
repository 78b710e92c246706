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

    /// A new, empty database on the test server, for one test.
    public static func newDatabase() async throws -> PostgresAddress {
        guard var address = server else { throw ArchiveError.unsupportedStore("no HERALD_TEST_POSTGRES") }
        let name = "herald_test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        try await onServer("CREATE DATABASE \(name)")
        address.database = name
        return address
    }

    /// Drops a database `newDatabase()` made, once no connection uses it.
    public static func dropDatabase(_ address: PostgresAddress) async throws {
        guard let name = address.database, name.hasPrefix("herald_test_") else { return }
        try await onServer("DROP DATABASE IF EXISTS \(name)")
    }

    /// Runs a statement on the server's own database.
    private static func onServer(_ statement: String) async throws {
        guard let address = server else { throw ArchiveError.unsupportedStore("no HERALD_TEST_POSTGRES") }
        let client = PostgresClient(configuration: .init(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: .disable
        ), backgroundLogger: Logger(label: "herald.tests"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await client.query(PostgresQuery(unsafeSQL: statement))
        }
    }

    /// The `--store` URL of a database on the test server.
    public static func url(of address: PostgresAddress) -> String {
        let credentials = address.user + (address.password.map { ":\($0)" } ?? "")
        return "postgres://\(credentials)@\(address.host):\(address.port)/\(address.database ?? "")?sslmode=disable"
    }
}
