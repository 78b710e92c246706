import ArgumentParser
import Extractor
import Foundation

/// `herald train-model DIR...`: fits the statement model, the frame model and the subject model on gold cases and writes
/// the Swift sources Herald ships.
struct TrainModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-model",
        abstract: "Fit the statement, frame and subject models on hand-annotated gold cases (SCHEMA.md).",
        discussion: """
        Every *.json file in each DIR is a gold case. The rules read each case's sentences; the statement model \
        learns from their words, the rules' reading and the gold statements which sentences state a policy, and the \
        action and status of those the rules miss. Then Herald makes each case's announcement frames with that model, \
        the frame model learns from the gold's frames which of them are the article's policy changes, and the subject \
        model learns from the frames that match the gold's which activities the article names they cover. The results \
        are the Swift sources of the shipped weights: write them to \
        Sources/Extractor/Language/Statements/StatementModel+Weights.swift (-o) and \
        Sources/Extractor/Language/Announcements/FrameModel+Weights.swift (--frame-output), and rebuild. A source \
        with no path goes to standard output. Keep the sets you measure on out of the training.
        """
    )

    @Argument(help: "Folders of gold case JSON files to learn from.")
    var directories: [String]

    @Option(name: .shortAndLong, help: "Where to write the statement model's Swift source (standard output when absent).")
    var output: String?

    @Option(name: .long, help: "Where to write the frame and subject models' Swift source (standard output when absent).")
    var frameOutput: String?

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
        let sources = ModelTraining.swiftSources(fittedOn: cases, origin: directories.joined(separator: " "))
        let targets = [(sources.statementModel, output), (sources.frameModel, frameOutput)]
        for (source, path) in targets where path == nil { print(source, terminator: "") }
        // Each source is written beside its file first and moved over it only once both are written, so that a file
        // that cannot be written leaves the other as it was: the two models are fitted together.
        var staged: [(written: URL, file: URL)] = []
        for (source, path) in targets {
            guard let path else { continue }
            let file = URL(fileURLWithPath: path)
            let written = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).partial")
            do {
                try Data(source.utf8).write(to: written)
            } catch {
                for (partial, _) in staged { try? FileManager.default.removeItem(at: partial) }
                throw ValidationError("cannot write \(path): \(error.localizedDescription)")
            }
            staged.append((written, file))
        }
        for (written, file) in staged {
            guard rename(written.path, file.path) == 0 else {
                throw ValidationError("cannot write \(file.path): \(String(cString: strerror(errno)))")
            }
            FileHandle.standardError.write(Data("herald train-model: fitted on \(cases.count) cases, wrote \(file.path)\n".utf8))
        }
    }
}
