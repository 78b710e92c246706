// Scores Herald's article extraction on the Zyte benchmark, and times it.
//
//   ArticleExtractionBenchmark extract PAGES_DIR GROUND_TRUTH.json [--runs N] [--out PREDICTIONS.json] [--worst K]
//   ArticleExtractionBenchmark score GROUND_TRUTH.json PREDICTIONS.json [--worst K]
//   ArticleExtractionBenchmark inspect PAGE.html     (debug builds)
//
// PAGES_DIR holds `<id>.html` files (the benchmark's pages, decompressed). Timing covers
// extraction from bytes in memory (decoding, parsing, extraction), not file reading.
#if DEBUG
@testable import Extractor
#else
import Extractor
#endif
import Foundation

struct Arguments {
    var positional: [String] = []
    var options: [String: String] = [:]

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument.hasPrefix("--") {
                options[String(argument.dropFirst(2))] = iterator.next() ?? ""
            } else {
                positional.append(argument)
            }
        }
    }
}

/// CPU time used by this process, in seconds: on a shared machine it measures work better than the wall clock.
func processorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

func loadTruth(_ path: String) -> [(id: String, url: String, body: String)] {
    guard let data = FileManager.default.contents(atPath: path),
          let json = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]
    else { fail("cannot read ground truth at \(path)") }
    return json.keys.sorted().map { id in
        (id, json[id]?["url"] as? String ?? "", json[id]?["articleBody"] as? String ?? "")
    }
}

func report(truth: [(id: String, url: String, body: String)], predictions: [String: String], worst: Int) {
    var pages: [ShingleMetric.Counts] = []
    var rows: [(id: String, url: String, precision: Double, recall: Double)] = []
    var missing = 0
    for page in truth {
        if predictions[page.id] == nil { missing += 1 }
        let counts = ShingleMetric.counts(truth: page.body, predicted: predictions[page.id] ?? "")
        pages.append(counts)
        rows.append((page.id, page.url, ShingleMetric.precision(counts), ShingleMetric.recall(counts)))
    }
    let scores = ShingleMetric.scores(pages)
    print(String(format: "pages %d  F1 %.4f  precision %.4f  recall %.4f  accuracy %.4f", truth.count,
                 scores.f1, scores.precision, scores.recall, scores.accuracy))
    if missing > 0 { print("missing predictions: \(missing) (scored as empty)") }
    if worst > 0 {
        print("worst pages by min(precision, recall):")
        for row in rows.sorted(by: { min($0.precision, $0.recall) < min($1.precision, $1.recall) }).prefix(worst) {
            print(String(format: "  P %.3f  R %.3f  %@  %@", row.precision, row.recall,
                         String(row.id.prefix(12)), row.url))
        }
    }
}

let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
let worst = Int(arguments.options["worst"] ?? "0") ?? 0
switch arguments.positional.first {
case "extract":
    guard arguments.positional.count == 3 else { fail("usage: extract PAGES_DIR GROUND_TRUTH.json") }
    let truth = loadTruth(arguments.positional[2])
    let pages: [(id: String, url: String, bytes: [UInt8])] = truth.map { page in
        let path = arguments.positional[1] + "/" + page.id + ".html"
        guard let data = FileManager.default.contents(atPath: path) else { fail("missing page \(path)") }
        return (page.id, page.url, [UInt8](data))
    }
    let runs = max(1, Int(arguments.options["runs"] ?? "1") ?? 1)
    let extractor = PageExtractor()
    var predictions: [String: String] = [:]
    var durations: [Double] = []
    var processorTimes: [Double] = []
    var failures = 0
    for run in 0..<runs {
        let clock = ContinuousClock()
        let start = clock.now
        let processorStart = processorSeconds()
        for page in pages {
            do {
                let article = try extractor.extract(html: page.bytes, url: page.url)
                if run == 0 { predictions[page.id] = article.text }
            } catch {
                if run == 0 { failures += 1 }
            }
        }
        let elapsed = clock.now - start
        durations.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        processorTimes.append(processorSeconds() - processorStart)
    }
    let median = durations.sorted()[durations.count / 2]
    let processorMedian = processorTimes.sorted()[processorTimes.count / 2]
    print(String(format: "herald: %d pages, median of %d runs: wall %.3f s (%.1f pages/s), CPU %.3f s (%.1f pages/s)",
                 pages.count, runs, median, Double(pages.count) / median, processorMedian,
                 Double(pages.count) / processorMedian))
    if failures > 0 { print("extraction errors: \(failures)") }
    report(truth: truth.map { ($0.id, $0.url, $0.body) }, predictions: predictions, worst: worst)
    if let out = arguments.options["out"] {
        let json = predictions.mapValues { ["articleBody": $0] }
        let data = (try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])) ?? Data()
        guard FileManager.default.createFile(atPath: out, contents: data) else { fail("cannot write \(out)") }
    }
case "score":
    guard arguments.positional.count == 3 else { fail("usage: score GROUND_TRUTH.json PREDICTIONS.json") }
    let truth = loadTruth(arguments.positional[1])
    guard let data = FileManager.default.contents(atPath: arguments.positional[2]),
          let json = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]
    else { fail("cannot read predictions") }
    let predictions = json.compactMapValues { $0["articleBody"] as? String }
    report(truth: truth, predictions: predictions, worst: worst)
case "inspect":
    guard arguments.positional.count == 2 else { fail("usage: inspect PAGE.html") }
    inspect(path: arguments.positional[1])
default:
    fail("usage: ArticleExtractionBenchmark extract PAGES_DIR GROUND_TRUTH.json | score GROUND_TRUTH.json PREDICTIONS.json")
}
