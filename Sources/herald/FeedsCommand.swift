import Archive
import ArgumentParser
import Fetcher
import Foundation

/// `herald feeds`: lists, adds, removes, imports and exports the feeds of a feeds file.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "List, add, remove, import and export the feeds Herald follows.",
        discussion: """
            Every subcommand works on the feeds file given by --feeds (default Feeds/feeds.yaml, as for \
            `herald run`). Edits keep the file's comments and other entries as written, are checked by \
            reading the result back, and replace the file atomically (a temporary file renamed over it).

            Exit status: 0 on success, 1 when an edit is refused (a feed already listed, or not listed), \
            2 for unreadable or invalid input (feeds file, OPML file, store).
            """,
        subcommands: [FeedsListCommand.self, FeedsAddCommand.self, FeedsRemoveCommand.self,
                      FeedsImportCommand.self, FeedsExportCommand.self]
    )
}

/// `--feeds FILE`, the feeds file every `herald feeds` subcommand works on.
struct FeedsFileOption: ParsableArguments {
    @Option(help: ArgumentHelp("The feeds file (YAML).", valueName: "file"))
    var feeds: String = "Feeds/feeds.yaml"

    var file: URL { URL(fileURLWithPath: feeds) }

    /// The feed list, or a configuration error (status 2) naming what is wrong.
    func load(for command: String) throws -> FeedList {
        do {
            return try FeedList.load(from: file)
        } catch {
            printError("herald feeds \(command): \(error)")
            throw ExitCode(2)
        }
    }

    /// An editor of the feeds file; a missing file starts as an empty list.
    func editor(for command: String) throws -> FeedListEditor {
        let text: String
        if FileManager.default.fileExists(atPath: file.path) {
            do {
                text = try String(contentsOf: file, encoding: .utf8)
            } catch {
                printError("herald feeds \(command): cannot read \(file.path): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        } else {
            text = Self.newListText
        }
        do {
            return try FeedListEditor(yaml: text, baseDirectory: file.deletingLastPathComponent(), source: file.path)
        } catch {
            printError("herald feeds \(command): \(error)")
            throw ExitCode(2)
        }
    }

    /// Writes the edited list over the feeds file, atomically.
    func save(_ editor: FeedListEditor, for command: String) throws {
        do {
            try AtomicFile.write(editor.yaml, to: file)
        } catch {
            printError("herald feeds \(command): cannot write \(file.path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    private static let newListText = """
        # Feeds that `herald run` and `herald daemon` poll (see `herald feeds --help`).
        feeds:

        """
}

/// Times as `herald feeds list` and run summaries print them: UTC, to the second.
enum FeedTimes {
    static func text(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d UTC", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
