import CZlib
import Foundation

/// How a raw page is kept: zlib-compressed (`zlib`), or as fetched (`identity`) in the rare case compression
/// does not pay.
enum RawPage {
    static func compress(_ data: Data) -> (data: Data, encoding: String) {
        guard !data.isEmpty else { return (data, "identity") }
        var size = compressBound(uLong(data.count))
        var output = Data(count: Int(size))
        let status = output.withUnsafeMutableBytes { target in
            data.withUnsafeBytes { source in
                compress2(
                    target.bindMemory(to: Bytef.self).baseAddress, &size,
                    source.bindMemory(to: Bytef.self).baseAddress, uLong(data.count), Z_BEST_COMPRESSION
                )
            }
        }
        guard status == Z_OK, Int(size) < data.count else { return (data, "identity") }
        output.count = Int(size)
        return (output, "zlib")
    }

    /// The page as fetched, or `nil` for damaged data or an encoding this version cannot read.
    static func decompress(_ data: Data, encoding: String?) -> Data? {
        switch encoding {
        case nil, "identity":
            return data
        case "zlib":
            return inflate(data)
        default:
            return nil
        }
    }

    /// Inflates a zlib stream, growing the buffer until it fits (up to 1 GiB).
    private static func inflate(_ data: Data) -> Data? {
        var capacity = max(data.count * 4, 4096)
        while capacity <= 1 << 30 {
            var size = uLong(capacity)
            var output = Data(count: capacity)
            let status = output.withUnsafeMutableBytes { target in
                data.withUnsafeBytes { source in
                    uncompress(
                        target.bindMemory(to: Bytef.self).baseAddress, &size,
                        source.bindMemory(to: Bytef.self).baseAddress, uLong(data.count)
                    )
                }
            }
            switch status {
            case Z_OK:
                output.count = Int(size)
                return output
            case Z_BUF_ERROR:
                capacity *= 4
            default:
                return nil
            }
        }
        return nil
    }
}

extension StoredArticle {
    /// The page as it was fetched, decompressed; `nil` when none was kept or it cannot be read.
    public var fetchedPage: Data? {
        rawPage.flatMap { RawPage.decompress($0, encoding: rawPageEncoding) }
    }
}
