import Foundation

/// Where the archive lives, from `--store`: a path, a `file:` or `sqlite:` URL; the default is
/// `herald.sqlite` inside the output folder.
public struct StoreLocation: Equatable, Sendable {
    /// The SQLite database file.
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// Reads a `--store` value; `nil` gives the default inside `output`.
    public init(_ text: String?, output: String) throws {
        guard let text, !text.isEmpty else {
            self.init(path: URL(fileURLWithPath: output).appendingPathComponent("herald.sqlite").path)
            return
        }
        for scheme in ["sqlite://", "sqlite:", "file://", "file:"] where text.hasPrefix(scheme) {
            let rest = String(text.dropFirst(scheme.count))
            guard !rest.isEmpty else { throw ArchiveError.unsupportedStore(text) }
            self.init(path: rest.removingPercentEncoding ?? rest)
            return
        }
        if text.contains("://") { throw ArchiveError.unsupportedStore(text) }
        self.init(path: text)
    }
}
