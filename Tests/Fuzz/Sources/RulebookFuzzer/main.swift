import Foundation
import FuzzerDriver
import Generator

/// Feeds arbitrary text to the rulebook loader; whatever it accepts must be written and read back unchanged
/// (rules.yaml is rewritten on every approval, so a rule that does not survive the trip would be lost).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    guard let text = String(validating: bytes, as: UTF8.self),
          let book = try? Rulebook(yaml: text),
          let written = try? book.yaml() else { return 0 }
    guard let reread = try? Rulebook(yaml: written), reread == book else {
        FileHandle.standardError.write(Data("rulebook changed when written and read back:\n\(written)\n".utf8))
        abort()
    }
    return 0
}

var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argumentCount, &arguments) { fuzzOneInput($0, $1) })
