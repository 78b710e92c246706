import ArgumentParser
import Fetcher
import Foundation

/// `herald feeds import FILE.opml`: adds the feeds of an OPML subscription list to the feeds file.
struct FeedsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the feeds of an OPML file (1.0 or 2.0) to the feeds file.",
        discussion: """
            Every outline with an http(s) xmlUrl, at any depth, is added with its title as name; feeds \
            already listed are skipped, and so are other schemes (an OPML file must not make Herald read \
            local files). The feeds file is written once, at the end.
            """
    )

    @Argument(help: ArgumentHelp("The OPML file.", valueName: "file.opml"))
    var opmlFile: String

    @OptionGroup var feedsFile: FeedsFileOption

    func run() throws {
        let file = URL(fileURLWithPath: opmlFile)
        let feeds: [FeedSource]
        do {
            let bytes = try Data(contentsOf: file)
            feeds = try OPML.feeds(in: [UInt8](bytes), baseURL: nil)
        } catch let error as OPMLError {
            printError("herald feeds import: \(file.path): \(error)")
            throw ExitCode(2)
        } catch {
            printError("herald feeds import: cannot read \(file.path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        var editor = try feedsFile.editor(for: "import")
        var added = 0
        var skipped: [String] = []
        for feed in feeds {
            let address = feed.url.absoluteString
            guard ["http", "https"].contains(feed.url.scheme?.lowercased() ?? "") else {
                skipped.append("\(address): not an http(s) address")
                continue
            }
            do {
                try editor.add(address: address, name: feed.name)
                added += 1
            } catch {
                skipped.append("\(address): \(error)")
            }
        }
        if added > 0 { try feedsFile.save(editor, for: "import") }
        print("imported \(added) of \(feeds.count) feeds into \(feedsFile.feeds)")
        for line in skipped { print("  skipped \(line)") }
    }
}

/// `herald feeds export`: prints the feeds file as an OPML 2.0 document.
struct FeedsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the feeds as an OPML 2.0 document, for other feed readers."
    )

    @OptionGroup var feedsFile: FeedsFileOption

    func run() throws {
        let list = try feedsFile.load(for: "export")
        print(OPML.document(for: list.feeds, created: Date()), terminator: "")
    }
}
