import Foundation
import TestFolders
import Testing

/// `herald train-model`: fitting the statement and frame models on a folder of gold cases, and refusing what it cannot learn from.
@Suite struct TrainModelCommandTests {
    /// A gold case of our own: a headline and two sentences, the first of them a statement.
    private static func goldCase(id: String, action: String = "prohibit", status: String = "announced") -> String {
        """
        {"id": "\(id)", "source": {"published": "2026-03-02"},
         "text": "Ruritania bans crypto mining\\n\\nThe Ruritanian Energy Authority banned crypto mining on Monday.\\n\\nPrices barely moved.",
         "statements": [{"quote": "banned crypto mining on Monday", "actor": "Ruritanian Energy Authority",
                         "action": "\(action)", "status": "\(status)"}]}
        """
    }

    private static func folder(with cases: [String: String]) throws -> URL {
        let folder = try TemporaryFolder.make("herald")
        for (name, json) in cases { try Data(json.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test func writesTheWeightsAsSwiftSourceTheSameEachTime() async throws {
        let gold = try Self.folder(with: (1...4).reduce(into: [:]) { $0["case\($1).json"] = Self.goldCase(id: "case\($1)") })
        let folder = try TemporaryFolder.make("herald")
        let output = folder.appendingPathComponent("Weights.swift")
        let frameOutput = folder.appendingPathComponent("FrameWeights.swift")
        let first = try await HeraldProcess.run(["train-model", gold.path, "-o", output.path, "--frame-output", frameOutput.path])
        #expect(first.status == 0, "\(first.standardError)")
        let source = try String(contentsOf: output, encoding: .utf8)
        #expect(source.contains("from 4 annotated articles") && source.contains("extension StatementModel"))
        let weights = source.split(separator: "\n").filter { $0.contains("\t") }
        #expect(weights.contains { $0.hasPrefix("b\t") } && weights.contains { $0.hasPrefix("u:mining\t") })
        #expect(weights.allSatisfy { $0.split(separator: "\t").count == 12 && $0.split(separator: "\t").dropFirst().allSatisfy { Double($0) != nil } })
        // The frame model learns from the frame the rules make of the ban, which the cases' gold does not have.
        let frames = try String(contentsOf: frameOutput, encoding: .utf8)
        #expect(frames.contains("from the frames of 4 annotated articles") && frames.contains("extension FrameModel"))
        #expect(frames.contains("\"act=prohibit\": -") && frames.contains("\"b\": -"), "\(frames)")
        // With no paths, both sources go to standard output, the statement model's first.
        let second = try await HeraldProcess.run(["train-model", gold.path])
        #expect(second.status == 0 && second.standardOutput == source + frames)
    }

    @Test(arguments: [
        ["broken.json": "{\"id\": \"broken\", \"text\": "],
        ["case.json": goldCase(id: "case", action: "forbid")],
        ["case.json": goldCase(id: "case", status: "rumoured")],
        [:],
    ])
    func aCaseItCannotLearnFromStopsItWithoutWriting(cases: [String: String]) async throws {
        let gold = try Self.folder(with: cases)
        let output = try TemporaryFolder.make("herald").appendingPathComponent("Weights.swift")
        try Data("kept".utf8).write(to: output)
        let outcome = try await HeraldProcess.run(["train-model", gold.path, "-o", output.path])
        #expect(outcome.status != 0)
        #expect(!outcome.standardError.isEmpty && !outcome.standardError.contains("Fatal error"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "kept")
    }

    /// The two models are fitted together: when one file cannot be written, the other is left as it was.
    @Test func aFileItCannotWriteLeavesTheOtherAsItWas() async throws {
        let gold = try Self.folder(with: ["case.json": Self.goldCase(id: "case")])
        let folder = try TemporaryFolder.make("herald")
        let output = folder.appendingPathComponent("Weights.swift")
        try Data("kept".utf8).write(to: output)
        let missing = folder.appendingPathComponent("missing/FrameWeights.swift")
        let outcome = try await HeraldProcess.run(["train-model", gold.path, "-o", output.path, "--frame-output", missing.path])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("cannot write \(missing.path)") && !outcome.standardError.contains("Fatal error"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Weights.swift"])
    }

    @Test func evalScoresTheRulesAloneWhenAsked() async throws {
        let gold = try Self.folder(with: ["case.json": Self.goldCase(id: "case")])
        for arguments in [["eval", gold.path], ["eval", "--rules-only", gold.path]] {
            let outcome = try await HeraldProcess.run(arguments)
            #expect(outcome.status == 0, "\(outcome.standardError)")
            // The rules find the annotated statement, with the model or without it.
            let statements = outcome.standardOutput.split(separator: "\n").first { $0.hasPrefix("Statements") } ?? ""
            #expect(statements.contains("R 1.000"), "\(outcome.standardOutput)")
        }
    }

    @Test func aMissingFolderIsAnError() async throws {
        let outcome = try await HeraldProcess.run(["train-model", "/nonexistent/gold"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("cannot read the folder"))
    }
}
