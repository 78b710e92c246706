import Foundation
import Testing

/// Runs the built `herald` executable in a child process, for end-to-end tests of the command line.
struct HeraldProcess {
    /// What a finished run printed and how it exited.
    struct Outcome {
        let status: Int32
        let standardOutput: String
        let standardError: String

        /// The JSON object on each line of standard output, as `--json` prints them.
        func jsonLines() throws -> [[String: Any]] {
            try standardOutput.split(separator: "\n").map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            }
        }
    }

    /// The folder holding the built products, beside the test bundle.
    static var productsDirectory: URL {
        Bundle.main.bundleURL
    }

    /// The package's root folder.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Runs `herald` with arguments in a working directory, with extra environment variables, and waits for it
    /// to exit on a thread of its own rather than on one of the few threads Swift's tasks share (other tests'
    /// timers need them meanwhile).
    static func run(_ arguments: [String], in directory: URL? = nil, input: Data? = nil,
                    environment: [String: String] = [:]) async throws -> Outcome {
        try await offThePool { try runBlocking(arguments, in: directory, input: input, environment: environment) }
    }

    /// Runs `herald` as ``run(_:in:input:environment:)`` does, blocking the calling thread until it exits.
    private static func runBlocking(_ arguments: [String], in directory: URL?, input: Data?,
                                    environment: [String: String]) throws -> Outcome {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("herald")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        // Read both pipes before waiting, so that a large output cannot block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }
}


/// The value of a blocking `body`, computed on a thread outside Swift's task pool.
func offThePool<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}
