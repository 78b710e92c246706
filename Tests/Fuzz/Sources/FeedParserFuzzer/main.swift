import Fetcher
import Foundation
import FuzzerDriver

/// Feeds arbitrary bytes to the feed parser, with and without a charset from a Content-Type header.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let url = URL(string: "https://feeds.example/news/feed.xml")
    _ = try? FeedParser.parse(bytes, url: url)
    _ = try? FeedParser.parse(bytes, url: nil, contentType: "application/rss+xml; charset=windows-1252")
    return 0
}

var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments) { fuzzOneInput($0, $1) })
