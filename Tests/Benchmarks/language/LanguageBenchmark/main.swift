// Times Herald's language analysis on the texts of a folder of gold cases, on the calling thread.
//
//   LanguageBenchmark DIR [--runs N] [--repeat R]
//
// Each run analyses every case's text R times; the median run time is printed with the number of
// Unicode scalars analysed, so that a script can turn it into tokens per second with its own token count.
import Extractor
import Foundation

struct Options {
    var directory = ""
    var runs = 5
    var repeats = 20
}

func parseOptions(_ arguments: [String]) -> Options? {
    var options = Options()
    var index = 1
    while index < arguments.count {
        switch arguments[index] {
        case "--runs":
            guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 else { return nil }
            options.runs = value
            index += 2
        case "--repeat":
            guard index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 else { return nil }
            options.repeats = value
            index += 2
        default:
            options.directory = arguments[index]
            index += 1
        }
    }
    return options.directory.isEmpty ? nil : options
}

func loadCases(_ directory: String) throws -> [GoldCase] {
    let folder = URL(fileURLWithPath: directory)
    return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "json" }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
        .map { try JSONDecoder().decode(GoldCase.self, from: Data(contentsOf: $0)) }
}

guard let options = parseOptions(CommandLine.arguments) else {
    FileHandle.standardError.write(Data("usage: LanguageBenchmark DIR [--runs N] [--repeat R]\n".utf8))
    exit(2)
}
let cases: [GoldCase]
do {
    cases = try loadCases(options.directory)
} catch {
    FileHandle.standardError.write(Data("LanguageBenchmark: cannot read \(options.directory): \(error)\n".utf8))
    exit(1)
}
let analyzer = TextAnalyzer()
var checksum = 0
// One warm-up pass builds the gazetteer.
for gold in cases { checksum &+= analyzer.analyze(gold.text, published: gold.publishedDay).entities.count }
var seconds: [Double] = []
for _ in 0..<options.runs {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<options.repeats {
        for gold in cases { checksum &+= analyzer.analyze(gold.text, published: gold.publishedDay).entities.count }
    }
    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let scalars = cases.reduce(0) { $0 + $1.text.unicodeScalars.count } * options.repeats
let median = seconds.sorted()[seconds.count / 2]
print("herald: \(cases.count) texts x \(options.repeats) per run, \(scalars) scalars per run, median \(String(format: "%.4f", median)) s over \(options.runs) runs (checksum \(checksum))")
