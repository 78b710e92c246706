import Foundation
import TestFolders
import Testing

@Suite struct ExtractCommandTests {
    @Test func printsOneObjectWithEveryContractFieldPerInput() async throws {
        let folder = try TemporaryFolder.make("herald")
        let text = folder.appendingPathComponent("note.txt")
        try Data("The exchange said on Monday that it will close accounts.".utf8).write(to: text)
        let page = folder.appendingPathComponent("page.html")
        try Data("<html><head><title>A page</title></head><body><p>One paragraph.</p></body></html>".utf8).write(to: page)

        let outcome = try await HeraldProcess.run(["extract", "--published", "2021-09-28", text.path, page.path])
        #expect(outcome.status == 0)
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            for field in ["input", "title", "published", "text", "entities", "dates", "statements", "announcements"] {
                #expect(object?.keys.contains(field) == true, "missing \(field)")
            }
            #expect(object?["published"] as? String == "2021-09-28")
        }
    }

    @Test func readsStandardInput() async throws {
        let outcome = try await HeraldProcess.run(["extract", "--published", "2022-01-05", "-"], input: Data("Some text.".utf8))
        #expect(outcome.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(object?["text"] as? String == "Some text.")
        #expect(object?["input"] as? String == "-")
    }

    @Test(arguments: [
        ["extract", "/nonexistent/page.html"],
        ["extract", "--published", "2021-02-30", "x.txt"],
        ["extract", "--published", "yesterday", "x.txt"],
        ["extract"],
        ["extract", "--no-such-flag", "x.txt"],
        ["no-such-command"],
    ])
    func badArgumentsAndMissingFilesFailOnOneLine(arguments: [String]) async throws {
        let outcome = try await HeraldProcess.run(arguments)
        #expect(outcome.status != 0)
        let firstLine = outcome.standardError.split(separator: "\n").first ?? ""
        #expect(!firstLine.isEmpty)
        #expect(!outcome.standardError.contains("Fatal error"))
        #expect(!outcome.standardError.contains("Stack dump"))
    }

    /// Swift seeds its hashing anew in every process, so an answer that leans on a dictionary's order of keys differs from
    /// one run to the next, while a test inside one process sees it stable. Here a place and a demonym start at the same
    /// word ("British Virgin Islands"), which once tied for the firm's frame's jurisdiction: six processes, one output.
    @Test func theSameTextGivesTheSameOutputInEveryProcess() async throws {
        let folder = try TemporaryFolder.make("herald")
        let text = folder.appendingPathComponent("geoblock.txt")
        try Data("""
            Palmtide Swap to geoblock users after regulator order

            By Ana Roe

            The Virtual Assets Regulatory Authority ordered the decentralised exchange Palmtide Swap on Monday to stop serving users in Dubai.

            Palmtide Swap, which is registered in the British Virgin Islands, said on Tuesday that it would block users with United Arab Emirates IP addresses from Aug. 20.

            The exchange said its smart contracts would keep running.
            """.utf8).write(to: text)
        var outputs: Set<String> = []
        for _ in 0..<6 {
            let outcome = try await HeraldProcess.run(["extract", "--published", "2025-08-05", text.path])
            #expect(outcome.status == 0)
            outputs.insert(outcome.standardOutput)
        }
        #expect(outputs.count == 1)
        #expect(outputs.first?.contains("\"jurisdiction\"") == true)
    }

    @Test func aDirectoryIsNotAnInput() async throws {
        let folder = try TemporaryFolder.make("herald")
        let outcome = try await HeraldProcess.run(["extract", folder.path])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("is a directory"))
    }
}
