@_spi(StoreBackend) import Archive
import Foundation
import Logging
import PostgresNIO

/// The archive in a PostgreSQL database, for several `herald daemon` workers on one or more machines.
///
/// It keeps the SQLite store's schema and versioned migrations (recorded in `schema_migrations`) and its
/// promises: an article, its facts and its drafts are committed together; an article is unique by canonical URL
/// and by content hash in the database itself, so that two workers racing on one article archive it once; drafting
/// is serialized across workers per jurisdiction (transaction-level advisory locks), so that two workers seeing the
/// same announcement at once cluster it into one draft. Feeds are leased to workers (``FeedLeaseStore``), and
/// reviewers' decisions are taken one at a time (``ReviewStore``).
///
/// Call ``close()`` when done: it stops the connection pool.
public final class PostgresStore: Sendable {
    /// The server and database, for messages (``PostgresAddress/displayName`` hides the password).
    public let address: PostgresAddress
    let client: PostgresClient
    let logger: Logger
    private let runner: Task<Void, Never>

    private init(address: PostgresAddress, logger: Logger) {
        self.address = address
        self.logger = logger
        var configuration = PostgresClient.Configuration(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: Self.tls(address.tls)
        )
        configuration.options.connectTimeout = .seconds(10)
        configuration.options.maximumConnections = 8
        // The pool's background notices (such as a lease asked for while `run()` is starting) are noise to users;
        // failures reach them through the queries that fail.
        var backgroundLogger = logger
        backgroundLogger.logLevel = .error
        let client = PostgresClient(configuration: configuration, backgroundLogger: backgroundLogger)
        self.client = client
        runner = Task { await client.run() }
    }

    /// Connects to the database and migrates it to this version's schema.
    ///
    /// A database migrated by a newer herald gives ``ArchiveError/newerSchema(path:unknownMigrations:)`` and stays
    /// untouched; an unreachable server gives ``ArchiveError/database(store:detail:)``.
    public static func open(_ address: PostgresAddress, logger: Logger = Logger(label: "herald.postgres"))
        async throws -> PostgresStore {
        let store = PostgresStore(address: address, logger: logger)
        do {
            try await store.checkReachable(within: .seconds(15))
            try await PostgresSchema.migrate(store)
        } catch {
            await store.close()
            throw store.archiveError(error)
        }
        return store
    }

    /// Fails with a plain reason when the server gives no connection in time: the pool itself retries for a
    /// minute before it gives up on an unreachable server.
    private func checkReachable(within limit: Duration) async throws {
        let displayName = address.displayName
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                if self.address.tls == .disable {
                    // One connection of its own first, so that the server's reason for refusing it (no such
                    // database, authentication) reaches the user.
                    let connection = try await PostgresConnection.connect(configuration: .init(
                        host: self.address.host, port: self.address.port, username: self.address.user,
                        password: self.address.password, database: self.address.database, tls: .disable
                    ), id: 0, logger: self.logger)
                    try? await connection.close()
                }
                try await self.connection { try await $0.run("SELECT 1", logger: self.logger) }
            }
            group.addTask {
                try await Task.sleep(for: limit)
                throw ArchiveError.database(
                    store: displayName, detail: "no connection to the server within \(limit.components.seconds) s"
                )
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// Closes the connections.
    public func close() async {
        runner.cancel()
        await runner.value
    }

    private static func tls(_ mode: PostgresAddress.TLSMode) -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
    }

    /// Runs a transaction, with the server's errors said as ``ArchiveError``s.
    func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
        } catch {
            throw archiveError(error)
        }
    }

    /// Runs a transaction, and runs it again (up to `attempts` times in all) when it failed on a conflict with
    /// another one: a unique key taken meanwhile, a deadlock, or a serialization failure.
    func transaction<Result: Sendable>(attempts: Int, _ body: (PostgresConnection) async throws -> Result)
        async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await client.withTransaction(logger: logger) { connection in try await body(connection) }
            } catch where attempt < attempts && Self.isConflict(error) {
                attempt += 1
            } catch {
                throw archiveError(error)
            }
        }
    }

    /// Whether a failure is a conflict with another transaction that running again resolves.
    static func isConflict(_ error: any Error) -> Bool {
        if let failed = error as? PostgresTransactionError {
            return failed.closureError.map(isConflict) ?? failed.commitError.map(isConflict) ?? false
        }
        guard let state = (error as? PSQLError)?.serverInfo?[.sqlState] else { return false }
        // unique_violation, deadlock_detected, serialization_failure
        return ["23505", "40P01", "40001"].contains(state)
    }

    /// Runs statements on one connection outside a transaction, with the server's errors said as ``ArchiveError``s.
    func connection<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw archiveError(error)
        }
    }

    /// The archive error for a failure: the server's message and SQL state when it sent one.
    func archiveError(_ error: any Error) -> any Error {
        if let failed = error as? PostgresTransactionError,
           let cause = failed.closureError ?? failed.beginError ?? failed.commitError ?? failed.rollbackError {
            return archiveError(cause)
        }
        if let passed = error as? PassedOn { return passed.error }
        if error is ArchiveError || error is CancellationError { return error }
        guard let error = error as? PSQLError else {
            return ArchiveError.database(store: address.displayName, detail: "\(error)")
        }
        if let message = error.serverInfo?[.message] {
            let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return ArchiveError.database(store: address.displayName, detail: message + state)
        }
        let cause = error.underlying.map { ": \($0)" } ?? ""
        return ArchiveError.database(store: address.displayName, detail: "\(error.code)\(cause)")
    }
}

/// An error of the caller's own (a decision that cannot be made, a rulebook that cannot be written) thrown inside a
/// transaction, to reach the caller as it is rather than as a database failure.
struct PassedOn: Error {
    let error: any Error
}

extension PostgresConnection {
    /// The first column of each row a query returns.
    func column<Value: PostgresDecodable & Sendable>(_ type: Value.Type, _ query: PostgresQuery,
                                                     logger: Logger) async throws -> [Value] {
        var values: [Value] = []
        for try await value in try await self.query(query, logger: logger).decode(Value.self) {
            values.append(value)
        }
        return values
    }

    /// Runs a statement and drops what it returns.
    func run(_ query: PostgresQuery, logger: Logger) async throws {
        _ = try await self.query(query, logger: logger).collect()
    }
}
