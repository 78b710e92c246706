import Archive
import Foundation
import Logging
import PostgresNIO

/// The PostgreSQL server end-to-end tests may use: `HERALD_TEST_POSTGRES`, a `postgres://` URL whose user may
/// create databases (`.ci/start-test-postgres` prints one). Tests that need it are disabled without it.
enum TestPostgres {
    static var server: PostgresAddress? {
        ProcessInfo.processInfo.environment["HERALD_TEST_POSTGRES"].flatMap { try? PostgresAddress($0) }
    }

    /// A new, empty database on the test server, for one test.
    static func newDatabase() async throws -> PostgresAddress {
        guard var address = server else { throw ArchiveError.unsupportedStore("no HERALD_TEST_POSTGRES") }
        let name = "herald_e2e_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        let client = PostgresClient(configuration: .init(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: .disable
        ), backgroundLogger: Logger(label: "herald.tests"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        }
        address.database = name
        return address
    }

    /// The `--store` URL of a database on the test server.
    static func url(of address: PostgresAddress) -> String {
        let credentials = address.user + (address.password.map { ":\($0)" } ?? "")
        return "postgres://\(credentials)@\(address.host):\(address.port)/\(address.database ?? "")?sslmode=disable"
    }
}
