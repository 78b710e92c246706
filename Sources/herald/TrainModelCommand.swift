import ArgumentParser
import Extractor
import Foundation

/// `herald train-model DIR...`: fits the statement model on gold cases and writes the Swift source Herald ships.
struct TrainModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-model",
        abstract: "Fit the statement model on hand-annotated gold cases (SCHEMA.md).",
        discussion: """
        Every *.json file in each DIR is a gold case. The rules read each case's sentences; the model learns from \
        their words, the rules' reading and the gold statements which sentences state a policy, and the action and \
        status of those the rules miss. The result is the Swift source of the shipped weights: write it to \
        Sources/Extractor/Language/Statements/StatementModel+Weights.swift and rebuild. Keep the sets you measure \
        on out of the training.
        """
    )

    @Argument(help: "Folders of gold case JSON files to learn from.")
    var directories: [String]

    @Option(name: .shortAndLong, help: "Where to write the Swift source (standard output when absent).")
    var output: String?

    func run() throws {
        var cases: [GoldCase] = []
        for directory in directories {
            for file in try GoldFolder.caseFiles(in: directory) {
                let gold: GoldCase
                do {
                    gold = try JSONDecoder().decode(GoldCase.self, from: Data(contentsOf: file))
                } catch {
                    throw ValidationError("cannot read the gold case \(file.path): \(error)")
                }
                // A statement the model cannot learn from is a mistake in the case, not a sentence to skip.
                if let wrong = gold.statements.first(where: { PolicyAction(rawValue: $0.action) == nil || PolicyStatus(rawValue: $0.status) == nil }) {
                    throw ValidationError("""
                        the gold case \(file.path) has a statement with action "\(wrong.action)" and status "\(wrong.status)": \
                        the actions are \(PolicyAction.allCases.map(\.rawValue).joined(separator: ", ")), the statuses \
                        \(PolicyStatus.allCases.map(\.rawValue).joined(separator: ", "))
                        """)
                }
                cases.append(gold)
            }
        }
        let source = StatementModelTraining.swiftSource(fittedOn: cases, origin: directories.joined(separator: " "))
        if let output {
            do {
                try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw ValidationError("cannot write \(output): \(error.localizedDescription)")
            }
            FileHandle.standardError.write(Data("herald train-model: fitted on \(cases.count) cases, wrote \(output)\n".utf8))
        } else {
            print(source, terminator: "")
        }
    }
}
