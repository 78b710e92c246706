import Foundation
import PostgresTestSupport
import TestFolders
import Testing

/// `herald run` on PostgreSQL does what it does on SQLite: the same articles with the same facts, the same
/// drafts with the same evidence (article ids aside, which each database numbers its own way, and the times of the
/// runs), nothing twice on a second run.
@Suite(.enabled(if: TestPostgres.server != nil, "HERALD_TEST_POSTGRES names no PostgreSQL server"))
struct PostgresRunTests {
    let sampleFeeds = HeraldProcess.packageRoot.appendingPathComponent("Feeds/feeds.yaml").path
    /// One feed at a time, so that articles reach the drafts in the same order in both runs.
    let oneAtATime = ["--concurrent-feeds", "1"]

    @Test func aRunOnPostgreSQLArchivesAndDraftsWhatARunOnSQLiteDoes() async throws {
        let folder = try TemporaryFolder.make("herald")
        let sqliteOutput = folder.appendingPathComponent("sqlite")
        let postgresOutput = folder.appendingPathComponent("postgres")
        let database = try await TestPostgres.newDatabase()
        let store = TestPostgres.url(of: database)

        let sqliteRun = try await HeraldProcess.run(["run", "--feeds", sampleFeeds, "--output", sqliteOutput.path]
            + oneAtATime)
        let postgresRun = try await HeraldProcess.run([
            "run", "--feeds", sampleFeeds, "--output", postgresOutput.path, "--store", store,
        ] + oneAtATime)
        #expect(postgresRun.status == sqliteRun.status, "\(postgresRun.standardError)")
        #expect(postgresRun.standardOutput == sqliteRun.standardOutput)
        #expect(postgresRun.standardOutput.contains("new articles:   0") == false)

        let again = try await HeraldProcess.run([
            "run", "--feeds", sampleFeeds, "--output", postgresOutput.path, "--store", store,
        ])
        #expect(again.standardOutput.contains("new articles:   0"), "\(again.standardOutput)")

        let sqliteExport = try await HeraldProcess.run(["export", "--output", sqliteOutput.path])
        // The store chosen by the environment, as workers are configured.
        let postgresExport = try await HeraldProcess.run(["export"], environment: ["HERALD_STORE": store])
        #expect(postgresExport.status == 0, "\(postgresExport.standardError)")
        #expect(!sqliteExport.standardOutput.isEmpty)
        #expect(lines(postgresExport.standardOutput) == lines(sqliteExport.standardOutput))

        let sqliteDrafts = try draftFiles(in: sqliteOutput)
        let postgresDrafts = try draftFiles(in: postgresOutput)
        #expect(!sqliteDrafts.isEmpty)
        #expect(postgresDrafts.keys.sorted() == sqliteDrafts.keys.sorted())
        for (name, text) in sqliteDrafts {
            #expect(postgresDrafts[name] == text, "\(name) differs")
        }
        try await TestPostgres.dropDatabase(database)
    }

    private func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n").sorted()
    }

    /// Each draft file's text without the lines naming archive article ids and the time of the run.
    private func draftFiles(in output: URL) throws -> [String: String] {
        let folder = output.appendingPathComponent("drafts")
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            files[name] = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { line in
                    let line = line.trimmingCharacters(in: .whitespaces)
                    return !["- article:", "created:", "updated:"].contains { line.hasPrefix($0) }
                }
                .joined(separator: "\n")
        }
        return files
    }
}
