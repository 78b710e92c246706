import Archive
import ArgumentParser
import Fetcher
import Foundation
import Generator
import Review

/// `herald run`: one ingestion cycle, then exit.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one ingestion cycle over the configured feeds, then exit.",
        discussion: """
            Fetches every feed, extracts and analyses each new article, writes drafts for the announcements \
            it finds, archives everything, and prints a summary. Safe to re-run and to kill: nothing is \
            archived or drafted twice.

            Exit status: 0 when every feed succeeded, 1 when some failed (the summary lists them with \
            reasons), 2 for configuration errors (feeds file, store, rulebook).
            """
    )

    @Option(help: ArgumentHelp("The feeds file (YAML).", valueName: "file"))
    var feeds: String = "Feeds/feeds.yaml"

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let feedList: FeedList
        let store: ArchiveStore
        let rulebook: Rulebook
        do throws(any Error) {
            feedList = try FeedList.load(fromPath: feeds)
            rulebook = try RulebookFile(storeOptions.rulebookFile).load()
            try FileManager.default.createDirectory(at: storeOptions.outputFolder, withIntermediateDirectories: true)
            store = try storeOptions.openStore()
        } catch {
            printError("herald run: \(error)")
            throw ExitCode(2)
        }

        let fetcher = Fetcher()
        let cycle = IngestionCycle(feeds: feedList.feeds, store: store, rulebook: rulebook, fetcher: fetcher)
        let reports = await cycle.run()
        await fetcher.shutdown()
        do {
            try store.writePendingOutputs(to: storeOptions.outputFolder)
        } catch {
            printError("herald run: cannot write the output files: \(error)")
            throw ExitCode(1)
        }

        let summary = CycleSummary(reports: reports)
        print(summary.text)
        if !summary.failedFeeds.isEmpty {
            throw ExitCode(1)
        }
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
