/// Compares two secrets in time that depends only on their lengths, so that a wrong guess tells nothing about
/// how much of it was right.
func secretsMatch(_ given: some StringProtocol, _ expected: String) -> Bool {
    let given = Array(given.utf8)
    let expected = Array(expected.utf8)
    guard given.count == expected.count else { return false }
    var difference: UInt8 = 0
    for (left, right) in zip(given, expected) { difference |= left ^ right }
    return difference == 0
}

/// A random secret of 32 bytes as 64 hexadecimal digits, from the system's secure generator.
func randomSecret() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in
        let byte = UInt8.random(in: .min ... .max, using: &generator)
        return String(byte, radix: 16).leftPadded(to: 2)
    }.joined()
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
