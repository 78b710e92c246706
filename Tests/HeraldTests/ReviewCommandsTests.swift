import Foundation
import TestFolders
import Testing

/// The review path a person walks after a run: list the drafts, approve or reject them, search and export the
/// archive, all through the command line, on the offline sample.
@Suite struct ReviewCommandsTests {
    let sampleFeeds = HeraldProcess.packageRoot.appendingPathComponent("Feeds/feeds.yaml").path

    private func ingestedSample() async throws -> URL {
        let output = try TemporaryFolder.make("herald")
        let run = try await HeraldProcess.run(["run", "--feeds", sampleFeeds, "--output", output.path])
        #expect(run.status == 0, "\(run.standardError)")
        return output
    }

    private func pendingDrafts(in output: URL) async throws -> [[String: Any]] {
        let list = try await HeraldProcess.run(["drafts", "list", "--state", "pending", "--json", "--output", output.path])
        #expect(list.status == 0, "\(list.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]])
    }

    @Test func approvingADraftAppliesItToTheRulebookOnce() async throws {
        let output = try await ingestedSample()
        let drafts = try await pendingDrafts(in: output)
        #expect(!drafts.isEmpty)
        let id = try #require(drafts.first?["id"] as? String)

        let show = try await HeraldProcess.run(["drafts", "show", id, "--output", output.path])
        #expect(show.status == 0)
        #expect(show.standardOutput.contains(id))

        let approve = try await HeraldProcess.run([
            "drafts", "approve", id, "--reviewer", "tester", "--reason", "checked the sources", "--output", output.path,
        ])
        #expect(approve.status == 0, "\(approve.standardError)")
        let rules = try String(contentsOf: output.appendingPathComponent("rules.yaml"), encoding: .utf8)
        let rule = try #require((drafts.first?["rule"] as? [String: Any])?["id"] as? String)
        #expect(rules.contains("id: \(rule)"))

        let again = try await HeraldProcess.run(["drafts", "approve", id, "--output", output.path])
        #expect(again.status != 0)
        #expect(try String(contentsOf: output.appendingPathComponent("rules.yaml"), encoding: .utf8) == rules)
        #expect(try await pendingDrafts(in: output).count == drafts.count - 1)
    }

    @Test func rejectingNeedsAReasonAndLeavesTheRulebookAlone() async throws {
        let output = try await ingestedSample()
        let id = try #require(try await pendingDrafts(in: output).last?["id"] as? String)
        let withoutReason = try await HeraldProcess.run(["drafts", "reject", id, "--output", output.path])
        #expect(withoutReason.status != 0)
        let reject = try await HeraldProcess.run([
            "drafts", "reject", id, "--reason", "one source only", "--reviewer", "tester", "--output", output.path,
        ])
        #expect(reject.status == 0, "\(reject.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("rules.yaml").path))
        let rejected = try await HeraldProcess.run(["drafts", "list", "--state", "rejected", "--output", output.path])
        #expect(rejected.standardOutput.contains(id))
    }

    @Test func unknownDraftsFailOnOneLine() async throws {
        let output = try await ingestedSample()
        let outcome = try await HeraldProcess.run(["drafts", "approve", "no-such-draft", "--output", output.path])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.split(separator: "\n").count == 1, "\(outcome.standardError)")
    }

    @Test func exportWritesOneArticleWithItsFactsPerLine() async throws {
        let output = try await ingestedSample()
        let export = try await HeraldProcess.run(["export", "--output", output.path])
        #expect(export.status == 0)
        let lines = export.standardOutput.split(separator: "\n")
        #expect(lines.count >= 12)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for field in ["url", "title", "site", "published", "text", "entities", "dates", "statements", "announcements"] {
                #expect(object.keys.contains(field), "missing \(field)")
            }
            #expect((object["url"] as? String)?.hasPrefix("https://") == true)
        }
        let since = try await HeraldProcess.run(["export", "--since", "2022-03-01", "--output", output.path])
        let later = since.standardOutput.split(separator: "\n")
        #expect(!later.isEmpty && later.count < lines.count)
    }

    @Test func searchFindsArticlesByTheirWords() async throws {
        let output = try await ingestedSample()
        let hits = try await HeraldProcess.run(["search", "stablecoin", "--json", "--output", output.path])
        #expect(hits.status == 0, "\(hits.standardError)")
        let found = try hits.jsonLines()
        #expect(!found.isEmpty)
        for hit in found {
            #expect((hit["title"] as? String)?.isEmpty == false)
        }
        let none = try await HeraldProcess.run(["search", "zyzzyvaquux", "--json", "--output", output.path])
        #expect(none.status == 0)
        #expect(none.standardOutput.split(separator: "\n").isEmpty)
    }
}
