import Archive
import ArgumentParser
import Fetcher
import Foundation

/// `herald feeds list`: each feed with what the store knows of it.
struct FeedsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the feeds with their last success, last error, failures in a row and next attempt.",
        discussion: """
            The state comes from the store (--output/--store, as for `herald run`); a feed never fetched \
            shows no state. `next attempt` is when `herald daemon` polls it next; `held back until` is \
            the earliest time `herald run` fetches it without --force. With --json, one JSON object a line.
            """
    )

    @OptionGroup var feedsFile: FeedsFileOption

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "One JSON object a line instead of text.")
    var json = false

    func run() async throws {
        let list = try feedsFile.load(for: "list")
        let states: [FeedSource: FeedState]
        do {
            states = try await savedStates(of: list.feeds)
        } catch {
            printError("herald feeds list: \(error)")
            throw ExitCode(2)
        }
        let now = Date()
        let statuses = list.feeds.map { FeedStatus(source: $0, state: states[$0]) }
        if json {
            for status in statuses { print(status.jsonLine()) }
        } else {
            print(statuses.map { $0.text(at: now) }.joined(separator: "\n\n"))
        }
    }

    /// The saved states, read without creating a store that does not exist yet.
    private func savedStates(of feeds: [FeedSource]) async throws -> [FeedSource: FeedState] {
        let location = try storeOptions.location()
        if let path = location.path, !FileManager.default.fileExists(atPath: path) { return [:] }
        return try await storeOptions.withReviewStore { store in
            var states: [FeedSource: FeedState] = [:]
            for feed in feeds {
                states[feed] = try await store.feedState(StoredFeedState.self, for: feed.url.absoluteString)?
                    .state(for: feed.url)
            }
            return states
        }
    }
}

/// One feed as `herald feeds list` shows it.
struct FeedStatus: Encodable {
    let name: String?
    let url: String
    let fetchedFrom: String?
    let lastSuccess: Date?
    let lastAttempt: Date?
    let lastError: String?
    let consecutiveFailures: Int
    let nextAttempt: Date?
    let heldBackUntil: Date?
    let pendingMove: String?
    let pendingMoveCount: Int?

    init(source: FeedSource, state: FeedState?) {
        name = source.name
        url = source.url.absoluteString
        fetchedFrom = state.flatMap { $0.url == source.url ? nil : $0.url.absoluteString }
        lastSuccess = state?.lastSuccess
        lastAttempt = state?.lastAttempt
        lastError = state?.lastError
        consecutiveFailures = state?.consecutiveFailures ?? 0
        nextAttempt = state?.nextAttempt
        // `herald run` always reads local files.
        heldBackUntil = source.url.isFileURL ? nil : state?.notBefore
        pendingMove = state?.pendingMove?.absoluteString
        pendingMoveCount = state?.pendingMove == nil ? nil : state?.pendingMoveCount
    }

    /// A block of lines: the name, then one fact a line.
    func text(at now: Date) -> String {
        var lines = [name ?? url]
        func add(_ label: String, _ value: String) {
            lines.append("  " + (label + ":").padding(toLength: 17, withPad: " ", startingAt: 0) + value)
        }
        if name != nil { add("url", url) }
        if let fetchedFrom { add("moved to", "\(fetchedFrom) (permanent redirects; fetched there now)") }
        guard let lastAttempt else {
            add("state", "never fetched")
            return lines.joined(separator: "\n")
        }
        add("last attempt", FeedTimes.text(lastAttempt))
        add("last success", lastSuccess.map(FeedTimes.text) ?? "never")
        add("last error", lastError ?? "none")
        add("failures", "\(consecutiveFailures) in a row")
        add("next attempt", nextAttempt.map { $0 <= now ? "due now" : FeedTimes.text($0) } ?? "due now")
        if let heldBackUntil, heldBackUntil > now { add("held back until", FeedTimes.text(heldBackUntil)) }
        if let pendingMove, let pendingMoveCount {
            add("redirects to", "\(pendingMove) (permanently, \(pendingMoveCount) fetches in a row)")
        }
        return lines.joined(separator: "\n")
    }

    /// The status as one line of JSON, dates in ISO 8601.
    func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
