/// The paragraph of an article's text that holds a quote, with the quote set off by `»` and `«`, so that a
/// reviewer reads each piece of evidence where it stands.
///
/// Offsets count Unicode scalars; paragraphs are separated by a blank line. Offsets outside the text give `nil`.
public func paragraph(quotingFrom start: Int, to end: Int, in text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return nil }
    func isBreak(at index: Int) -> Bool {
        index >= 0 && index + 1 < scalars.count && scalars[index] == "\n" && scalars[index + 1] == "\n"
    }
    var first = start
    while first > 0 && !isBreak(at: first - 2) { first -= 1 }
    var last = end
    while last < scalars.count && !isBreak(at: last) { last += 1 }
    func string(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range])
        return String(result)
    }
    let before = string(first..<start).drop { $0.isWhitespace }
    let after = string(end..<last)
    let trimmedAfter = after.reversed().drop { $0.isWhitespace }.reversed()
    return "\(before)»\(string(start..<end))«\(String(trimmedAfter))"
}
