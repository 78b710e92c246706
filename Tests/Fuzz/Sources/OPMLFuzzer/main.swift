import Fetcher
import Foundation
import FuzzerDriver

/// Feeds arbitrary bytes to OPML import, and writes back whatever it read.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    if let feeds = try? OPML.feeds(in: bytes, baseURL: URL(string: "https://lists.example/feeds.opml")) {
        _ = OPML.document(for: feeds)
    }
    return 0
}

var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments) { fuzzOneInput($0, $1) })
