import Foundation

/// How a raw page is kept. Stored as fetched for now (`identity`); the encoding column leaves room for zlib.
enum RawPage {
    static func compress(_ data: Data) -> (data: Data, encoding: String) {
        (data, "identity")
    }

    /// The page as fetched, or `nil` for an encoding this version cannot read.
    static func decompress(_ data: Data, encoding: String?) -> Data? {
        encoding == nil || encoding == "identity" ? data : nil
    }
}
