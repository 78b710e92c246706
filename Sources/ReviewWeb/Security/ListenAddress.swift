import Foundation

/// Where `herald serve` listens: `host:port`, `[v6]:port`, or a bare host (port 8080).
public struct ListenAddress: Equatable, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Reads `127.0.0.1:8080`, `localhost:0`, `[::1]:8080`, `0.0.0.0:80` or a bare host.
    public init(parsing text: String) throws {
        let text = text.trimmingCharacters(in: .whitespaces)
        var host = text
        var portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw ListenAddressError(text: text) }
            host = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { throw ListenAddressError(text: text) }
                portText = rest.dropFirst()
            }
        } else if let colon = text.lastIndex(of: ":") {
            guard text.firstIndex(of: ":") == colon else { throw ListenAddressError(text: text) }
            host = String(text[..<colon])
            portText = text[text.index(after: colon)...]
        }
        var port = 8080
        if let portText {
            guard let number = Int(portText), (0...65535).contains(number) else { throw ListenAddressError(text: text) }
            port = number
        }
        guard !host.isEmpty, host.allSatisfy({ $0.isLetter || $0.isNumber || ".-:".contains($0) }) else {
            throw ListenAddressError(text: text)
        }
        self.init(host: host, port: port)
    }

    /// Whether only this machine can connect: `localhost`, `127.0.0.0/8` or `::1`.
    public var isLoopback: Bool {
        let name = host.lowercased()
        if name == "localhost" || name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    public var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}

/// An `--address` that is not `host:port`.
public struct ListenAddressError: Error, Equatable, CustomStringConvertible {
    public var text: String

    public var description: String {
        "--address '\(text)' is not host:port (such as 127.0.0.1:8080 or [::1]:8080)"
    }
}
