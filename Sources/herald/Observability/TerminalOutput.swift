import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Standard error, shared by log lines and the progress line.
///
/// On a terminal the progress line stays at the bottom: a log line clears it, is written, and the progress line
/// is drawn again. Elsewhere (a pipe, a file, the journal) there is no progress line, only log lines.
final class TerminalOutput: Sendable {
    /// The process's standard error.
    static let shared = TerminalOutput(isTerminal: isatty(STDERR_FILENO) == 1)

    /// Whether standard error is a terminal.
    let isTerminal: Bool
    private let progressLine = Mutex<String?>(nil)

    init(isTerminal: Bool) {
        self.isTerminal = isTerminal
    }

    /// Writes a log line, keeping the progress line below it on a terminal.
    func writeLogLine(_ line: String) {
        progressLine.withLock { progress in
            if isTerminal, let progress {
                Self.write("\r\u{1B}[K" + line + "\n" + progress)
            } else {
                Self.write(line + "\n")
            }
        }
    }

    /// Replaces the progress line (on a terminal only).
    func showProgress(_ line: String) {
        guard isTerminal else { return }
        progressLine.withLock { progress in
            progress = line
            Self.write("\r\u{1B}[K" + line)
        }
    }

    /// Removes the progress line, before the summary is printed.
    func clearProgress() {
        guard isTerminal else { return }
        progressLine.withLock { progress in
            if progress != nil { Self.write("\r\u{1B}[K") }
            progress = nil
        }
    }

    private static func write(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                guard let start = buffer.baseAddress else { return -1 }
                return Glibc.write(STDERR_FILENO, start + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
