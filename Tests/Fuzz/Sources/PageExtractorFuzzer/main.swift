import Extractor
import Foundation
import FuzzerDriver

/// Feeds arbitrary bytes to the article extractor as a page, once as served without a charset and once labelled
/// with a charset that may be wrong.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let extractor = PageExtractor()
    _ = try? extractor.extract(html: bytes, url: "https://news.example/2031/05/04/story.html")
    _ = try? extractor.extract(html: bytes, url: nil, headerCharset: "iso-8859-1")
    return 0
}

var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments) { fuzzOneInput($0, $1) })
