import Foundation

/// Fresh folders for tests, all made inside one folder of the test process that is removed when the process exits,
/// so that a run of the tests leaves nothing behind in the system's temporary directory.
public enum TemporaryFolder {
    /// A new, empty folder whose name starts with `prefix`.
    public static func make(_ prefix: String) throws -> URL {
        let folder = processFolder.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// The folder every `TemporaryFolder.make` folder of this process goes in; made, and its removal at exit
/// registered, on first use.
private let processFolder: URL = {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("herald-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
    atexit { try? FileManager.default.removeItem(at: processFolder) }
    return folder
}()
