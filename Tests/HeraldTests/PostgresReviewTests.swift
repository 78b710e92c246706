import Foundation
import PostgresTestSupport
import TestFolders
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Drafts made by workers on PostgreSQL are reviewed there: `herald drafts`, `herald search`, `herald feeds list`
/// and `herald serve` on the store `herald run` filled, as on SQLite. The tests share one store, filled once, and
/// run one at a time: each reads what it checks afresh.
@Suite(.serialized, .enabled(if: TestPostgres.server != nil, "HERALD_TEST_POSTGRES names no PostgreSQL server"))
struct PostgresReviewTests {
    static let sampleFeeds = HeraldProcess.packageRoot.appendingPathComponent("Feeds/feeds.yaml").path

    /// An output folder and a PostgreSQL store that `herald run` filled from the offline sample, made once.
    private func ingestedSample() async throws -> (output: URL, store: String) {
        try await IngestedSample.shared.value()
    }

    private func drafts(_ state: String, output: URL, store: String) async throws -> [[String: Any]] {
        let list = try await HeraldProcess.run([
            "drafts", "list", "--state", state, "--json", "--output", output.path, "--store", store,
        ])
        #expect(list.status == 0, "\(list.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
    }

    @Test func draftsMadeOnPostgreSQLAreApprovedIntoTheRulebookAndRejected() async throws {
        let (output, store) = try await ingestedSample()
        let pending = try await drafts("pending", output: output, store: store)
        #expect(pending.count >= 2)
        let id = try #require(pending.first?["id"] as? String)
        let rule = try #require((pending.first?["rule"] as? [String: Any])?["id"] as? String)

        let show = try await HeraldProcess.run(["drafts", "show", id, "--output", output.path, "--store", store])
        #expect(show.status == 0, "\(show.standardError)")
        #expect(show.standardOutput.contains("Evidence in context:"))
        #expect(show.standardOutput.contains("»"), "no quote shown in its article's paragraph")

        let approve = try await HeraldProcess.run([
            "drafts", "approve", id, "--reviewer", "tester", "--reason", "checked", "--output", output.path,
            "--store", store,
        ])
        #expect(approve.status == 0, "\(approve.standardError)")
        let rulebook = output.appendingPathComponent("rules.yaml")
        let rules = try String(contentsOf: rulebook, encoding: .utf8)
        #expect(rules.contains("id: \(rule)"))
        let draftFile = try String(contentsOf: output.appendingPathComponent("drafts/\(id).yaml"), encoding: .utf8)
        #expect(draftFile.contains("state: approved"))

        // The store chosen by the environment, as workers are configured.
        let again = try await HeraldProcess.run(["drafts", "approve", id, "--reviewer", "tester", "--output", output.path],
                                          environment: ["HERALD_STORE": store])
        #expect(again.status != 0)
        #expect(again.standardError.contains("approved, not pending"), "\(again.standardError)")
        #expect(try String(contentsOf: rulebook, encoding: .utf8) == rules)
        #expect(try await drafts("pending", output: output, store: store).count == pending.count - 1)
        let log = try await HeraldProcess.run(["drafts", "show", id, "--output", output.path, "--store", store])
        #expect(log.standardOutput.contains("approved by tester — reason: checked"), "\(log.standardOutput)")

        let other = try #require(pending.last?["id"] as? String)
        let reject = try await HeraldProcess.run([
            "drafts", "reject", other, "--reviewer", "tester", "--reason", "one source", "--output", output.path,
            "--store", store,
        ])
        #expect(reject.status == 0, "\(reject.standardError)")
        #expect(try await drafts("rejected", output: output, store: store).compactMap { $0["id"] as? String } == [other])
        #expect(try String(contentsOf: rulebook, encoding: .utf8) == rules)
    }

    @Test func theArchiveOnPostgreSQLIsSearchedAndItsFeedsListed() async throws {
        let (output, store) = try await ingestedSample()
        let hits = try await HeraldProcess.run(["search", "stablecoin", "--json", "--output", output.path, "--store", store])
        #expect(hits.status == 0, "\(hits.standardError)")
        let found = try hits.jsonLines()
        #expect(!found.isEmpty)
        for hit in found {
            #expect((hit["title"] as? String)?.isEmpty == false)
            #expect((hit["snippet"] as? String)?.lowercased().contains("[stablecoin") == true, "\(hit)")
        }
        let sqliteOutput = try TemporaryFolder.make("herald")
        _ = try await HeraldProcess.run(["run", "--feeds", Self.sampleFeeds, "--output", sqliteOutput.path])
        let sqliteHits = try await HeraldProcess.run(["search", "stablecoin", "--json", "--output", sqliteOutput.path])
        #expect(Set(urls(hits.standardOutput)) == Set(urls(sqliteHits.standardOutput)))

        let bad = try await HeraldProcess.run(["search", "' - '", "--output", output.path, "--store", store])
        #expect(bad.status != 0)
        #expect(bad.standardError.contains("has no words to search for"), "\(bad.standardError)")

        let feeds = try await HeraldProcess.run([
            "feeds", "list", "--json", "--feeds", Self.sampleFeeds, "--output", output.path, "--store", store,
        ])
        #expect(feeds.status == 0, "\(feeds.standardError)")
        let statuses = try feeds.jsonLines()
        #expect(!statuses.isEmpty)
        for status in statuses {
            #expect(status["lastSuccess"] is String, "\(status)")
        }
    }

    @Test func serveAnswersItsDraftListFromPostgreSQL() async throws {
        let (output, store) = try await ingestedSample()
        let pending = try await drafts("pending", output: output, store: store)
        let id = try #require(pending.first?["id"] as? String)
        let server = try BackgroundProcess("herald", [
            "serve", "--address", "127.0.0.1:0", "--reviewer", "tester", "--output", output.path, "--store", store,
        ], errorFile: output.appendingPathComponent("serve.log"))
        defer { server.send(SIGKILL) }
        let line = await server.firstOutputLine()
        let address = try #require(line.split(separator: " ").last.map(String.init), "\(server.standardError)")
        #expect(address.hasPrefix("http://127.0.0.1:"), "\(line) \(server.standardError)")

        let list = try await page(address)
        #expect(list.status == 200)
        #expect(list.html.contains("href=\"/drafts/\(id)\""), "\(list.html)")
        #expect(list.html.contains("\(pending.count) drafts"), "\(list.html)")
        let draft = try await page(address + "drafts/\(id)")
        #expect(draft.status == 200)
        #expect(draft.html.contains("<mark class=\"quote\">"))
        let search = try await page(address + "search?q=stablecoin")
        #expect(search.status == 200)
        #expect(search.html.lowercased().contains("stablecoin"))

        // Approving in the browser: the form posts with its token and lands on the draft's page.
        let token = try #require(draft.html.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)?.1)
        var approval = URLRequest(url: try #require(URL(string: address + "drafts/\(id)/approve")))
        approval.httpMethod = "POST"
        approval.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        approval.httpBody = Data("csrf=\(token)&reason=read+in+the+browser".utf8)
        let (data, response) = try await URLSession.shared.data(for: approval)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("Approved and applied to the rulebook."))
        let rule = try #require((pending.first?["rule"] as? [String: Any])?["id"] as? String)
        let rules = try String(contentsOf: output.appendingPathComponent("rules.yaml"), encoding: .utf8)
        #expect(rules.contains("id: \(rule)"))
        let approved = try await drafts("approved", output: output, store: store).compactMap { $0["id"] as? String }
        #expect(approved.contains(id))
        server.send(SIGTERM)
        #expect(await server.waitForExit(timeout: 120) == 0)
    }

    private func page(_ address: String) async throws -> (status: Int, html: String) {
        let url = try #require(URL(string: address))
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    private func urls(_ jsonLines: String) -> [String] {
        jsonLines.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["url"] as? String
        }
    }
}

/// The sample ingested into a new PostgreSQL store, once for the suite.
private actor IngestedSample {
    static let shared = IngestedSample()
    private var made: (output: URL, store: String)?

    func value() async throws -> (output: URL, store: String) {
        if let made { return made }
        let output = try TemporaryFolder.make("herald")
        let store = TestPostgres.url(of: try await TestPostgres.newDatabase())
        let run = try await HeraldProcess.run([
            "run", "--feeds", PostgresReviewTests.sampleFeeds, "--output", output.path, "--store", store,
        ])
        guard run.status == 0 else { throw SampleError(description: "herald run failed: \(run.standardError)") }
        made = (output, store)
        return (output, store)
    }

    struct SampleError: Error, CustomStringConvertible {
        var description: String
    }
}
