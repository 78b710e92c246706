// Feed-parsing throughput: Herald's FeedParser over every file of a corpus, in one process.
//
//   FeedParsingBenchmark DIRECTORY [RUNS]
//
// Reads every file under DIRECTORY into memory, then parses the whole set RUNS times (default 7)
// and prints the median run as MB/s and feeds/s, the same figures feedparser_run.py prints.
import Fetcher
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: FeedParsingBenchmark DIRECTORY [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.count >= 3 ? max(1, Int(arguments[2]) ?? 7) : 7
let root = URL(fileURLWithPath: arguments[1])
let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
let documents: [[UInt8]] = paths.compactMap { path in
    var isDirectory: ObjCBool = false
    let full = root.appendingPathComponent(path).path
    guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
          let data = FileManager.default.contents(atPath: full) else { return nil }
    return [UInt8](data)
}
let totalBytes = documents.reduce(0) { $0 + $1.count }

var durations: [Double] = []
var entries = 0
var failures = 0
for _ in 0..<runs {
    entries = 0
    failures = 0
    let start = ContinuousClock.now
    for document in documents {
        do {
            entries += try FeedParser.parse(document).entries.count
        } catch {
            failures += 1
        }
    }
    let elapsed = ContinuousClock.now - start
    durations.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}
let median = durations.sorted()[durations.count / 2]
let megabytes = Double(totalBytes) / 1_000_000
print(String(
    format: "herald: %d files, %.2f MB, %d entries, %d not feeds; median of %d runs %.3f s: %.1f MB/s, %.0f feeds/s",
    documents.count, megabytes, entries, failures, runs, median, megabytes / median, Double(documents.count) / median))
