import Foundation
import TestFolders
import Testing

/// Where the browser test finds its tools, or why it cannot run.
enum BrowserTools {
    static let browser = executable(["chromium", "chromium-browser", "google-chrome"])
    static let driver = executable(["chromedriver"])
    static var available: Bool { browser != nil && driver != nil }

    static func executable(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/lib/chromium"]
        for name in names {
            for folder in folders {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// The package's root folder.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The built `herald` beside the test bundle.
    static var herald: URL {
        Bundle.main.bundleURL.appendingPathComponent("herald")
    }
}

/// A child process whose standard output is read line by line as it comes.
final class ChildProcess: @unchecked Sendable {
    let process = Process()
    private let output = Pipe()

    init(_ executable: String, _ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// The first line of output that starts with `prefix`, waiting at most `seconds` (as a sleeping task, leaving
    /// Swift's few cooperative threads to the tests running beside this one).
    func line(startingWith prefix: String, within seconds: Double) async -> String? {
        let handle = output.fileHandleForReading
        let lines = LineBuffer()
        let deadline = Date().addingTimeInterval(seconds)
        handle.readabilityHandler = { handle in lines.append(handle.availableData) }
        defer { handle.readabilityHandler = nil }
        while Date() < deadline, process.isRunning {
            if let line = lines.first(startingWith: prefix) { return line }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return lines.first(startingWith: prefix)
    }

    /// Waits for the process to end, as a sleeping task.
    func waitForExit() async {
        while process.isRunning { try? await Task.sleep(for: .milliseconds(50)) }
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    private final class LineBuffer: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        func append(_ more: Data) {
            lock.lock()
            data.append(more)
            lock.unlock()
        }

        func first(startingWith prefix: String) -> String? {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: data, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix(prefix) }
                .map(String.init)
        }
    }
}

/// One real browser session: `herald serve` on the sample store, headless Chromium driven through chromedriver
/// to a draft, which it approves; the rulebook must change. Screenshots go to `.build/review-*.png`.
@Suite(.serialized) struct BrowserTests {
    @Test(.enabled(if: BrowserTools.available, "chromium and chromedriver are not installed"),
          .timeLimit(.minutes(3)))
    func aReviewerApprovesADraftInTheBrowser() async throws {
        let output = try TemporaryFolder.make("browser")
        let feeds = BrowserTools.packageRoot.appendingPathComponent("Feeds/feeds.yaml").path
        let ingest = try ChildProcess(BrowserTools.herald.path, ["run", "--feeds", feeds, "--output", output.path])
        await ingest.waitForExit()
        let rules = output.appendingPathComponent("rules.yaml")
        let rulebookBefore = (try? String(contentsOf: rules, encoding: .utf8)) ?? ""

        let server = try ChildProcess(BrowserTools.herald.path, [
            "serve", "--output", output.path, "--address", "127.0.0.1:0", "--reviewer", "browser-test",
        ])
        defer { server.stop() }
        let listening = try #require(await server.line(startingWith: "herald serve: listening on ", within: 20))
        let site = try #require(URL(string: String(listening.dropFirst("herald serve: listening on ".count))))

        let port = Int.random(in: 20_000..<40_000)
        let driverProcess = try SpawnedProcess(try #require(BrowserTools.driver), ["--port=\(port)"])
        defer { driverProcess.stop() }
        let endpoint = try #require(URL(string: "http://127.0.0.1:\(port)"))
        try await Self.waitUntilReady(endpoint)

        let browser = try await WebDriver.open(endpoint: endpoint, browser: try #require(BrowserTools.browser))
        do {
            try await browser.go(to: site)
            let list = try await browser.pageSource()
            #expect(list.contains("Pending drafts"))
            try await browser.resize(width: 1366, height: 900)
            try Self.save(try await browser.screenshot(), as: "review-drafts.png")

            try await browser.click(try await browser.element("table.drafts td a"))
            let draftAddress = try await browser.currentURL()
            #expect(draftAddress.contains("/drafts/"))
            let draftPage = try await browser.pageSource()
            #expect(draftPage.contains("class=\"quote\""))
            try await browser.resize(width: 1366, height: 1600)
            try Self.save(try await browser.screenshot(), as: "review-draft.png")

            try await browser.type("checked in the browser test", into: try await browser.element("form.approve input[name=reason]"))
            try await browser.click(try await browser.element("#approve"))
            let approved = try await browser.source(containing: "Approved and applied", within: .seconds(30))
            #expect(approved.contains("Approved and applied to the rulebook."))
            #expect(try await browser.currentURL().hasSuffix("?done=approved"))

            let rulebookAfter = try String(contentsOf: rules, encoding: .utf8)
            #expect(rulebookAfter != rulebookBefore)
            #expect(rulebookAfter.contains("reviewer: browser-test"))

            try await browser.go(to: site.appendingPathComponent("rules"))
            let rulebookPage = try await browser.pageSource()
            #expect(rulebookPage.contains("by browser-test"))
            try Self.save(try await browser.screenshot(), as: "review-rules.png")
        } catch {
            await browser.close()
            throw error
        }
        await browser.close()
    }

    /// Polls chromedriver's `/status` until it is ready, for up to 20 seconds.
    static func waitUntilReady(_ endpoint: URL) async throws {
        for _ in 0..<100 {
            if let value = try? await WebDriver.call("GET", endpoint.appendingPathComponent("status")),
               (value as? [String: Any])?["ready"] as? Bool == true {
                return
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw WebDriver.Failure(description: "chromedriver did not start")
    }

    /// Saves a screenshot under `.build/` for a person to look at.
    static func save(_ png: Data, as name: String) throws {
        let folder = BrowserTools.packageRoot.appendingPathComponent(".build")
        try png.write(to: folder.appendingPathComponent(name))
    }
}
