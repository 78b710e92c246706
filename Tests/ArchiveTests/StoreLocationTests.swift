import Testing
@testable import Archive

@Suite struct StoreLocationTests {
    @Test func aPostgresURLGivesEveryPartOfTheAddress() throws {
        let location = try StoreLocation("postgres://herald:s%40cret@db.example:6543/news?sslmode=require",
                                         output: "Output")
        #expect(location == .postgres(PostgresAddress(host: "db.example", port: 6543, user: "herald",
                                                      password: "s@cret", database: "news", tls: .require)))
        #expect(location.path == nil)
        #expect(!location.displayName.contains("cret"), "the password must not reach messages")
    }

    @Test func aPostgresURLWithoutPortOrDatabaseTakesTheDefaults() throws {
        guard case let .postgres(address) = try StoreLocation("postgresql://worker@127.0.0.1", output: "Out") else {
            Issue.record("not read as PostgreSQL")
            return
        }
        #expect(address.port == 5432)
        #expect(address.database == nil)
        #expect(address.tls == .prefer)
        #expect(address.displayName == "postgres://worker@127.0.0.1:5432/worker")
    }

    @Test(arguments: ["postgres://", "postgres:///nohost", "postgres://h/db?sslmode=sometimes"])
    func aPostgresURLWithoutHostOrWithAnUnknownTLSModeIsRefused(text: String) {
        #expect(throws: ArchiveError.self) { try StoreLocation(text, output: "Output") }
    }

    @Test func theSQLiteStoreRefusesAPostgresLocationWithAClearError() throws {
        let location = try StoreLocation("postgres://u:pw@db.example/herald", output: "Output")
        do {
            _ = try ArchiveStore(location)
            Issue.record("opened a PostgreSQL location as SQLite")
        } catch let error as ArchiveError {
            #expect(error == .sqliteOnly(store: "postgres://u@db.example:5432/herald"))
            #expect("\(error)".contains("an SQLite store (a path) was expected"))
        }
    }
}
