import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A long-running child process (the daemon, the local feed server) whose standard error goes to a file that
/// tests read while it runs.
final class BackgroundProcess {
    let process = Process()
    let errorFile: URL
    private let output = Pipe()

    /// Starts an executable from the products folder.
    init(_ executable: String, _ arguments: [String], errorFile: URL) throws {
        self.errorFile = errorFile
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.executableURL = HeraldProcess.productsDirectory.appendingPathComponent(executable)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// What it wrote to standard error so far.
    var standardError: String {
        (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    }

    /// The first line it wrote to standard output, read on a thread outside Swift's task pool.
    func firstOutputLine() async -> String {
        let reading = output.fileHandleForReading
        let line = try? await offThePool {
            var bytes: [UInt8] = []
            while true {
                let chunk = reading.readData(ofLength: 1)
                guard let byte = chunk.first, byte != 10 else { break }
                bytes.append(byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return line ?? ""
    }

    /// Waits until standard error contains the text `count` times; false on timeout or exit.
    func waitForError(containing text: String, count: Int = 1, timeout: Double) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        func found() -> Bool { standardError.components(separatedBy: text).count - 1 >= count }
        while Date() < deadline {
            if found() { return true }
            if !process.isRunning { return found() }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    /// Sends a signal.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the process to end; its exit status, or nil on timeout (the process is then killed).
    func waitForExit(timeout: Double) async -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        if process.isRunning {
            send(SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }
}

extension BackgroundProcess {
    /// Starts the soak benchmark's local news site (`SoakFeedServer`): `feeds` feeds of `items` articles each on
    /// `hosts` loopback hosts, listed in the feed list it writes at `feedList`. Returns once the site serves.
    static func localNewsSite(feeds: Int, items: Int, hosts: Int, feedList: String, in folder: URL) async throws
        -> BackgroundProcess
    {
        let site = try BackgroundProcess("SoakFeedServer", [
            "--feeds", "\(feeds)", "--items", "\(items)", "--hosts", "\(hosts)", "--feed-list", feedList,
        ], errorFile: folder.appendingPathComponent("server.log"))
        guard Int(await site.firstOutputLine()) != nil else { throw SiteDidNotStart(log: site.standardError) }
        return site
    }

    /// The local news site exited before it served.
    struct SiteDidNotStart: Error, CustomStringConvertible {
        var log: String
        var description: String { "the local news site did not start: \(log)" }
    }
}
