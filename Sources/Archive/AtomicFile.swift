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
        try write(to: url, beforeRename: beforeRename) { append in try append(text) }
    }

    /// Writes what `produce` hands to its `append` function, piece by piece, to `url`: a large file is never
    /// held in memory whole.
    public static func write(
        to url: URL, beforeRename: (URL) throws -> Void = { _ in },
        _ produce: (_ append: (String) throws -> Void) throws -> Void
    ) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            try writeAndFlush(to: temporary, produce)
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

    /// Writes the pieces to a file in chunks of 64 KB, flushes it to disk and closes it.
    private static func writeAndFlush(to url: URL, _ produce: (_ append: (String) throws -> Void) throws -> Void) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = Data()
        try produce { text in
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        try handle.synchronize()
    }
}
