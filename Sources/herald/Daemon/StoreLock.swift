import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a store, so that only one daemon polls into it: `flock` on `<store>.lock`, next to the
/// store. The kernel releases it when the process ends, however it ends, so a crash never leaves a stale lock.
final class StoreLock: Sendable {
    /// The lock file.
    let path: String
    private let descriptor: Int32

    /// Takes the lock, or throws ``StoreLockError/held(path:holder:)`` at once when another process has it.
    init(storePath: String) throws(StoreLockError) {
        path = storePath + ".lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .unusable(path: path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            let holder = Self.readHolder(descriptor)
            close(descriptor)
            if reason == EWOULDBLOCK { throw .held(path: path, holder: holder) }
            throw .unusable(path: path, reason: String(cString: strerror(reason)))
        }
        self.descriptor = descriptor
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        close(descriptor)
    }

    private static func readHolder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Why a store could not be locked.
enum StoreLockError: Error, CustomStringConvertible {
    /// Another process holds the lock.
    case held(path: String, holder: Int32?)
    /// The lock file cannot be created or locked.
    case unusable(path: String, reason: String)

    /// Whether another process holds the lock.
    var isHeld: Bool {
        if case .held = self { return true }
        return false
    }

    var description: String {
        switch self {
        case let .held(path, holder):
            "another herald daemon\(holder.map { " (pid \($0))" } ?? "") is already using this store (\(path) is locked)"
        case let .unusable(path, reason): "cannot lock \(path): \(reason)"
        }
    }
}
