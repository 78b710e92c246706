import Foundation
import Yams

/// The feeds Herald follows, as listed in `Feeds/feeds.yaml`.
///
/// ```yaml
/// feeds:
///   - url: https://example.com/rss
///     name: Example News
///     interval: 1h                  # optional: how often `herald daemon` polls it
///   - url: file:sample/coinwire.xml   # relative to the directory of this file
///   - url: http://intranet.local/feed
///     allow_private: true             # this feed may be on a private address (off by default)
///   - sample/other.xml                # a bare path works too
/// ```
public struct FeedList: Sendable, Hashable {
    /// The feeds, in the order listed.
    public var feeds: [FeedSource]

    /// Creates a list.
    public init(feeds: [FeedSource]) {
        self.feeds = feeds
    }

    /// Loads a feed list from a YAML file; relative `file:` paths resolve against its directory.
    public static func load(from file: URL) throws(FeedListError) -> FeedList {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw .unreadable(path: file.path, reason: (error as NSError).localizedDescription)
        }
        return try parse(yaml: text, baseDirectory: file.deletingLastPathComponent(), source: file.path)
    }

    /// Loads a feed list from a path given on the command line.
    public static func load(fromPath path: String) throws(FeedListError) -> FeedList {
        try load(from: URL(fileURLWithPath: path))
    }

    /// Reads a feed list from YAML text.
    ///
    /// - Parameters:
    ///   - yaml: The document.
    ///   - baseDirectory: The directory relative `file:` paths are resolved against.
    ///   - source: A name for the document in error messages.
    public static func parse(yaml: String, baseDirectory: URL, source: String = "feed list") throws(FeedListError) -> FeedList {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            let firstLine = "\(error)".split(separator: "\n").first.map(String.init) ?? "syntax error"
            throw .invalidYAML(source: source, reason: firstLine)
        }
        guard let root, let mapping = root.mapping, let list = mapping["feeds"] else {
            throw .invalidYAML(source: source, reason: "expected a mapping with a `feeds:` list")
        }
        guard let sequence = list.sequence else {
            if list.null != nil { return FeedList(feeds: []) }
            throw .invalidYAML(source: source, reason: "`feeds:` must be a list")
        }
        var feeds: [FeedSource] = []
        var seen: Set<URL> = []
        for (index, item) in sequence.enumerated() {
            let number = index + 1
            let address: String
            var name: String? = nil
            var interval: TimeInterval? = nil
            var allowsPrivateAddresses = false
            if let scalar = item.scalar {
                address = scalar.string
            } else if let entry = item.mapping {
                guard let url = entry["url"]?.scalar?.string else {
                    throw .invalidEntry(source: source, number: number, reason: "missing `url`")
                }
                address = url
                name = entry["name"]?.scalar?.string.trimmingCharacters(in: .whitespaces)
                if name?.isEmpty == true { name = nil }
                if let text = entry["interval"]?.scalar?.string {
                    guard let seconds = PollingInterval.seconds(in: text) else {
                        throw .invalidEntry(source: source, number: number, reason:
                            "`interval: \(text)` is not a duration (write seconds, or a number with s, m, h or d)")
                    }
                    interval = seconds
                }
                if let allow = entry["allow_private"] {
                    guard let flag = allow.bool else {
                        throw .invalidEntry(source: source, number: number, reason: "`allow_private` must be true or false")
                    }
                    allowsPrivateAddresses = flag
                }
            } else {
                throw .invalidEntry(source: source, number: number, reason: "expected a URL or a mapping with `url`")
            }
            let url: URL
            do {
                url = try FeedSource.resolve(address, baseDirectory: baseDirectory)
            } catch {
                throw .invalidEntry(source: source, number: number, reason: error.description)
            }
            guard seen.insert(url).inserted else {
                throw .invalidEntry(source: source, number: number, reason: "\(url.absoluteString) is listed twice")
            }
            feeds.append(FeedSource(url: url, name: name, interval: interval,
                                    allowsPrivateAddresses: allowsPrivateAddresses))
        }
        return FeedList(feeds: feeds)
    }
}

/// One feed to follow.
public struct FeedSource: Sendable, Hashable, Codable {
    /// Where the feed is: `http`, `https` or `file`.
    public var url: URL
    /// A display name, when the list gives one.
    public var name: String?
    /// How often to poll this feed, in seconds, when the list says (it overrides the daemon's
    /// `--interval`; the server's and the feed's own wishes still come first).
    public var interval: TimeInterval?
    /// Whether the feed (and the pages it links to) may be on a private address (`allow_private: true`).
    public var allowsPrivateAddresses: Bool

    /// Creates a feed source.
    public init(url: URL, name: String? = nil, interval: TimeInterval? = nil, allowsPrivateAddresses: Bool = false) {
        self.url = url
        self.name = name
        self.interval = interval
        self.allowsPrivateAddresses = allowsPrivateAddresses
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decode(URL.self, forKey: .url)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        interval = try container.decodeIfPresent(TimeInterval.self, forKey: .interval)
        allowsPrivateAddresses = try container.decodeIfPresent(Bool.self, forKey: .allowsPrivateAddresses) ?? false
    }

    /// Makes an absolute feed URL of what a user wrote: an `http(s)` URL, a `file:` URL, or a
    /// path; relative paths resolve against `baseDirectory`.
    public static func resolve(_ address: String, baseDirectory: URL) throws(FeedAddressError) -> URL {
        let trimmed = address.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let url = URL(string: trimmed), let host = url.host, !host.isEmpty else { throw .invalid(trimmed) }
            return url
        }
        var path = trimmed
        if lower.hasPrefix("file://") {
            guard let url = URL(string: trimmed), url.isFileURL else { throw .invalid(trimmed) }
            return url.standardizedFileURL
        } else if lower.hasPrefix("file:") {
            path = String(trimmed.dropFirst(5))
        } else if let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].allSatisfy({ $0.isLetter }),
                  trimmed.distance(from: trimmed.startIndex, to: colon) > 1 {
            throw .unsupportedScheme(String(trimmed[..<colon]))
        }
        guard !path.isEmpty else { throw .invalid(trimmed) }
        let url = path.hasPrefix("/")
            ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: path, relativeTo: baseDirectory)
        return url.standardizedFileURL
    }
}

/// Why an address cannot be a feed URL.
public enum FeedAddressError: Error, Equatable, CustomStringConvertible {
    case empty
    case invalid(String)
    case unsupportedScheme(String)

    public var description: String {
        switch self {
        case .empty: "the URL is empty"
        case let .invalid(text): "`\(text)` is not a valid URL"
        case let .unsupportedScheme(scheme): "unsupported URL scheme `\(scheme)` (use http, https or file)"
        }
    }
}

/// Why a feed list could not be loaded. Each description is one line.
public enum FeedListError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case invalidYAML(source: String, reason: String)
    case invalidEntry(source: String, number: Int, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "cannot read feed list \(path): \(reason)"
        case let .invalidYAML(source, reason): "invalid feed list \(source): \(reason)"
        case let .invalidEntry(source, number, reason): "invalid feed list \(source), entry \(number): \(reason)"
        }
    }
}

/// A polling interval as people write it in a feed list: `900`, `90s`, `15m`, `2h`, `1d`.
public enum PollingInterval {
    /// The seconds in `text`, or `nil` when it is not a positive duration of at most 30 days.
    public static func seconds(in text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        var number = Substring(trimmed)
        var unit: TimeInterval = 1
        if let last = trimmed.last, let factor = units[last] {
            number = number.dropLast()
            unit = factor
        }
        guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value.isFinite else { return nil }
        let seconds = value * unit
        guard seconds >= 1, seconds <= 30 * 86_400 else { return nil }
        return seconds
    }
}
