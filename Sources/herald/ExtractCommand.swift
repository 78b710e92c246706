import ArgumentParser
import Extractor
import Foundation

/// `herald extract`: the extractor's contract (SCHEMA.md section 2), one JSON object per input.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract text, entities, dates, policy statements and announcements from pages or texts.",
        discussion: """
            Each PATH is read as a web page when it ends in .html or .htm, as plain text otherwise, and from \
            standard input when it is '-'. Prints one JSON object per input, one per line.
            """
    )

    @Option(help: "The publication day (YYYY-MM-DD) relative dates resolve against; overrides any date in the page.")
    var published: String?

    @Option(help: "The article's title, when the input is plain text; it is analysed as the headline above the text.")
    var title: String?

    @Option(help: "The article's address, used to resolve links and read a date from its path.")
    var url: String?

    @Flag(help: "Print the main text alone instead of JSON.")
    var textOnly = false

    @Flag(help: "Print where each metadata field came from instead of JSON.")
    var explain = false

    @Argument(help: "Pages (.html, .htm) or text files to read; '-' reads standard input.")
    var paths: [String]

    func validate() throws {
        if let published, CalendarDay(iso: published) == nil {
            throw ValidationError("--published must be a day as YYYY-MM-DD, not '\(published)'")
        }
        if textOnly && explain {
            throw ValidationError("--text-only and --explain cannot be combined")
        }
    }

    func run() throws {
        var failures = 0
        for path in paths {
            do {
                let input = try ExtractionInput(path: path)
                let result = try input.extract(
                    published: published.flatMap(CalendarDay.init(iso:)), title: title, url: url
                )
                if textOnly {
                    print(result.page.text)
                } else if explain {
                    print(result.explanation(input: path))
                } else {
                    print(try result.jsonLine(input: path))
                }
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("herald extract: \(path): \(error)\n".utf8))
            }
        }
        if failures > 0 {
            throw ExitCode.failure
        }
    }
}
