import Foundation
import Generator
import TestFolders
import Testing
@testable import Archive

/// A second process holding the store's write lock, played by Python's sqlite3 module when it is installed.
@Suite struct SecondProcessTests {
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: python != nil, "needs python3 to play the other process"))
    func aStoreLockedByAnotherProcessIsWaitedForThenReportedBusy() throws {
        let path = try TemporaryFolder.make("archive").appendingPathComponent("herald.sqlite").path
        let store = try ArchiveStore(path: path, busyTimeout: 0.5)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: try #require(Self.python))
        holder.arguments = ["-c", """
            import sqlite3, sys, time
            connection = sqlite3.connect(sys.argv[1], isolation_level=None)
            connection.execute("BEGIN IMMEDIATE")
            print("locked", flush=True)
            time.sleep(3)
            """, path]
        let output = Pipe()
        holder.standardOutput = output
        try holder.run()
        defer { holder.terminate() }
        let line = String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        #expect(line.hasPrefix("locked"))

        let (article, facts) = banArticle(guid: "g", url: "https://x.example/a", site: "X", published: "2031-01-01")
        let started = Date()
        #expect(throws: ArchiveError.busy(path: path)) {
            try store.ingest(article, analysis: facts, rulebook: Rulebook(), now: fixedNow)
        }
        #expect(Date().timeIntervalSince(started) >= 0.4)
        #expect(try store.drafts().isEmpty)
        #expect(ArchiveError.busy(path: path).description.contains("another herald process"))
    }
}
