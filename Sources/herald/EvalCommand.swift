import ArgumentParser
import Extractor
import Foundation

/// `herald eval DIR`: runs the language analysis on every gold case in a folder and scores it.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the language analysis against hand-annotated gold cases (SCHEMA.md).",
        discussion: """
        Every *.json file in DIR is a gold case. The analysis reads its `text` with `source.published` \
        as the publication day; the scores are printed per layer. With --predictions, another system's \
        output is scored instead: PRED/<case file name> holding a JSON object with entities, dates, \
        statements and announcements in the extractor's format.
        """
    )

    @Argument(help: "A folder of gold case JSON files.")
    var directory: String

    @Flag(name: .shortAndLong, help: "List each case's errors.")
    var verbose = false

    @Option(name: .long, help: "Score predictions read from this folder instead of running the analysis.")
    var predictions: String?

    @Flag(name: .long, help: "Read statements by the rules alone, without the statement model.")
    var rulesOnly = false

    func run() throws {
        let files = try GoldFolder.caseFiles(in: directory)

        let analyzer = rulesOnly ? TextAnalyzer.rulesAlone : TextAnalyzer()
        let scorer = GoldScorer()
        var total = EvaluationScores()
        var failures = 0
        var scored = 0
        for file in files {
            do {
                let gold = try JSONDecoder().decode(GoldCase.self, from: Data(contentsOf: file))
                let analysis = try predictions.map { try predicted(for: file, in: $0) }
                    ?? analyzer.analyze(gold.text, published: gold.publishedDay)
                let evaluation = scorer.score(analysis, against: gold)
                total = total + evaluation.scores
                scored += 1
                if verbose {
                    print("== \(file.lastPathComponent): \(evaluation.errors.isEmpty ? "no errors" : "\(evaluation.errors.count) errors")")
                    for error in evaluation.errors { print("   \(error)") }
                }
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("herald eval: skipping \(file.lastPathComponent): \(error)\n".utf8))
            }
        }
        if verbose { print("") }
        print("Cases scored: \(scored) of \(files.count) in \(directory)")
        print(total.report)
        if failures > 0 { throw ExitCode(1) }
    }

    private func predicted(for goldFile: URL, in folder: String) throws -> TextAnalysis {
        let file = URL(fileURLWithPath: folder).appendingPathComponent(goldFile.lastPathComponent)
        return try JSONDecoder().decode(TextAnalysis.self, from: Data(contentsOf: file))
    }
}
