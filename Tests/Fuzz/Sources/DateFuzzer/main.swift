import Extractor
import Fetcher
import Foundation
import FuzzerDriver

/// Feeds arbitrary text to the two date readers: the feed date parser (first line) and the text analysis whose
/// temporal recognizer normalizes dates in prose (the whole text), against a publication day taken from the input.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
    _ = FeedDate.parse(firstLine)
    let seed = bytes.prefix(4).reduce(0) { $0 &* 31 &+ Int($1) }
    let published = CalendarDay(year: 1990 + abs(seed % 60), month: 1 + abs(seed % 12), day: 1 + abs(seed % 28))
    _ = TextAnalyzer().analyze(text, published: published)
    return 0
}

var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments) { fuzzOneInput($0, $1) })
