import ArgumentParser
import Fetcher
import Foundation

/// `herald feeds add URL [--name NAME] [--allow-private]`: appends a feed to the feeds file.
struct FeedsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a feed to the feeds file.",
        discussion: """
            The address is an http(s) URL, a file: URL or a path (relative to the feeds file's folder). \
            A feed already listed (compared after canonicalization: host case, default port, tracking \
            parameters, fragment, trailing slash) is refused with status 1.
            """
    )

    @Argument(help: ArgumentHelp("The feed's address.", valueName: "url"))
    var url: String

    @Option(help: ArgumentHelp("A display name for summaries and logs.", valueName: "name"))
    var name: String?

    @Flag(help: "Let this feed be fetched from a private, loopback or link-local address (allow_private: true).")
    var allowPrivate = false

    @OptionGroup var feedsFile: FeedsFileOption

    func run() throws {
        var editor = try feedsFile.editor(for: "add")
        do {
            try editor.add(address: url, name: name, allowsPrivateAddresses: allowPrivate)
        } catch {
            printError("herald feeds add: \(error)")
            throw ExitCode(error.isRefusal ? 1 : 2)
        }
        try feedsFile.save(editor, for: "add")
        print("added \(url)" + (name.map { " (\($0))" } ?? "") + " to \(feedsFile.feeds)")
    }
}

/// `herald feeds remove URL`: removes a feed from the feeds file.
struct FeedsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a feed from the feeds file.",
        discussion: """
            The feed is found by its address, compared after canonicalization. Its archived articles and \
            saved state stay in the store. A feed not listed is refused with status 1.
            """
    )

    @Argument(help: ArgumentHelp("The feed's address, as listed (a path is relative to the feeds file's folder).",
                                 valueName: "url"))
    var url: String

    @OptionGroup var feedsFile: FeedsFileOption

    func run() throws {
        var editor = try feedsFile.editor(for: "remove")
        let removed: FeedSource
        do {
            let address = try FeedSource.resolve(url, baseDirectory: feedsFile.file.deletingLastPathComponent())
            removed = try editor.remove(address)
        } catch let error as FeedListEditError {
            printError("herald feeds remove: \(error)")
            throw ExitCode(error.isRefusal ? 1 : 2)
        } catch {
            printError("herald feeds remove: \(error)")
            throw ExitCode(2)
        }
        try feedsFile.save(editor, for: "remove")
        print("removed \(removed.url.absoluteString)" + (removed.name.map { " (\($0))" } ?? "")
            + " from \(feedsFile.feeds)")
    }
}

extension FeedListEditError {
    /// Whether the edit was refused on its merits (already listed, not listed), rather than for bad input.
    var isRefusal: Bool {
        switch self {
        case .alreadyListed, .notListed: true
        default: false
        }
    }
}
