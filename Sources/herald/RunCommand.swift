import Archive
import ArgumentParser
import Fetcher
import Foundation
import Generator
import Logging
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

            A feed on the web is held back (not fetched) while it backs off after failures or while its \
            server or the feed asked for a pause (Retry-After, Cache-Control, Expires, <ttl>); --force \
            fetches it anyway. The summary lists held-back feeds that are failing, with their last error; \
            `herald feeds list` shows every feed's state. Local files are always read.

            Exit status: 0 when every feed succeeded, 1 when some failed (the summary lists them with \
            reasons), 2 for configuration errors (feeds file, store, rulebook).

            Progress goes to standard error: a progress line on a terminal, else one log line a feed \
            (`--log-format json` for JSON lines). The summary goes to standard output.
            """
    )

    @Option(help: ArgumentHelp("The feeds file (YAML).", valueName: "file"))
    var feeds: String = "Feeds/feeds.yaml"

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("How many feeds are ingested at once.", valueName: "count"))
    var concurrentFeeds = 16

    @Flag(help: "Fetch every feed, also those backing off after failures or asked to wait by their server.")
    var force = false

    @OptionGroup var fetchOptions: FetchOptions

    @OptionGroup var loggingOptions: LoggingOptions

    func validate() throws {
        guard concurrentFeeds >= 1 else { throw ValidationError("--concurrent-feeds must be at least 1") }
    }

    func run() async throws {
        loggingOptions.bootstrap()
        let logger = Logger(label: "herald.run")
        let feedList: FeedList
        let store: any IngestionStore
        let rulebook: Rulebook
        do throws(any Error) {
            feedList = try FeedList.load(fromPath: feeds)
            rulebook = try RulebookFile(storeOptions.rulebookFile).load()
            try FileManager.default.createDirectory(at: storeOptions.outputFolder, withIntermediateDirectories: true)
            store = try await storeOptions.openIngestionStore()
        } catch {
            printError("herald run: \(error)")
            throw ExitCode(2)
        }

        let fetcher = Fetcher(configuration: fetchOptions.configuration)
        var ingestor = FeedIngestor(store: store, rulebook: rulebook, fetcher: fetcher)
        var savedStates: [FeedSource: FeedState] = [:]
        for source in feedList.feeds where savedStates[source] == nil {
            savedStates[source] = await ingestor.savedState(of: source)
        }
        let plan = RunPlan(feeds: feedList.feeds, force: force, now: Date()) { source in
            savedStates[source] ?? FeedState(url: source.url)
        }
        let progress = CycleProgress(totalFeeds: plan.due.count, logger: logger)
        ingestor.onArticleArchived = { progress.articleArchived() }
        var cycle = IngestionCycle(feeds: plan.due, ingestor: ingestor, concurrentFeeds: concurrentFeeds)
        cycle.onFeedDone = { progress.feedDone($0) }
        let reports = plan.inListOrder(await cycle.run())
        progress.finish()
        await fetcher.shutdown()
        do {
            try await store.writePendingOutputs(to: storeOptions.outputFolder)
            await store.close()
        } catch {
            await store.close()
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
