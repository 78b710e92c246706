import Foundation

/// Writes a file so that readers see the old content or the new, never a part: the text goes to a temporary
/// file in the same folder, is flushed to disk, then renamed over the target, and the folder is flushed.
public enum AtomicFile {
    /// Writes `text` to `url`, creating the folder when needed.
    ///
    /// - Parameter beforeRename: Runs between the write and the rename; a throw there leaves the old file as it
    ///   was and removes the temporary one (tests use it to play a crash).
    public static func write(
        _ text: String, to url: URL, beforeRename: (URL) throws -> Void = { _ in }
    ) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
            try beforeRename(temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [
                    NSFilePathErrorKey: url.path,
                    NSLocalizedDescriptionKey: "could not rename into \(url.path): \(String(cString: strerror(errno)))",
                ])
            }
            // Make the rename itself durable: flush the folder's entry.
            if let folderHandle = FileHandle(forReadingAtPath: folder.path) {
                try? folderHandle.synchronize()
                try? folderHandle.close()
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
