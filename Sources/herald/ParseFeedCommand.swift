import ArgumentParser
import Fetcher
import Foundation

/// `herald parse-feed FILE...`: prints each feed as the normalized JSON of the conformance corpus.
struct ParseFeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-feed",
        abstract: "Parse feed files and print them as normalized JSON (one object per file).",
        discussion: """
        With one file the JSON is pretty-printed; with several, each file gives one line of JSON \
        with a "path" member added. Unreadable files are reported on standard error.
        """
    )

    @Argument(help: "Feed files (RSS, Atom, RDF or JSON Feed).")
    var files: [String]

    func run() throws {
        var failures = 0
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("herald: cannot read \(path)\n".utf8))
                failures += 1
                continue
            }
            let normalized = NormalizedFeed(parsing: [UInt8](data))
            if files.count == 1 {
                print(normalized.json(pretty: true))
            } else {
                let line = normalized.json(pretty: false)
                let quotedPath = String(decoding: (try? JSONEncoder().encode(path)) ?? Data("\"\"".utf8), as: UTF8.self)
                print("{\"path\":\(quotedPath)," + line.dropFirst())
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
