import Foundation
import Yams

/// Adds and removes feeds in a feed list's YAML text, line by line, so that its comments, its
/// other keys and the other entries stay exactly as written.
///
/// Every edit is checked by reading the result back: it must be a valid feed list holding the
/// same feeds plus or minus the one edited, else the edit is refused.
public struct FeedListEditor: Sendable {
    /// The document being edited.
    public private(set) var yaml: String
    /// The directory relative `file:` paths resolve against.
    public let baseDirectory: URL
    /// A name for the document in error messages.
    public let source: String

    /// Starts editing a document, which must be a valid feed list.
    public init(yaml: String, baseDirectory: URL, source: String = "feed list") throws(FeedListError) {
        _ = try FeedList.parse(yaml: yaml, baseDirectory: baseDirectory, source: source)
        self.yaml = yaml
        self.baseDirectory = baseDirectory
        self.source = source
    }

    /// The feeds the document lists now.
    public func feedList() throws(FeedListError) -> FeedList {
        try FeedList.parse(yaml: yaml, baseDirectory: baseDirectory, source: source)
    }

    /// The listed feed that is the same as `url` once both are canonical (case of the host,
    /// default port, tracking parameters, fragment, a trailing slash), if any.
    public func listedFeed(matching url: URL) throws(FeedListError) -> FeedSource? {
        let key = Self.comparisonKey(url)
        return try feedList().feeds.first { Self.comparisonKey($0.url) == key }
    }

    /// Appends a feed at the end of the list.
    ///
    /// - Parameters:
    ///   - address: The feed's address as it will be written (an `http(s)` URL, a `file:` URL or a path).
    ///   - name: Its display name, if any.
    ///   - allowsPrivateAddresses: Whether the feed may be on a private, loopback or link-local address
    ///     (written as `allow_private: true`).
    /// - Throws: ``FeedListEditError/alreadyListed(_:)`` when the list has it already.
    public mutating func add(
        address: String, name: String? = nil, allowsPrivateAddresses: Bool = false
    ) throws(FeedListEditError) {
        let url: URL
        do {
            url = try FeedSource.resolve(address, baseDirectory: baseDirectory)
        } catch {
            throw .invalidAddress(error.description)
        }
        let before = try list()
        if let listed = try wrap({ () throws(FeedListError) in try listedFeed(matching: url) }) {
            throw .alreadyListed(listed.url.absoluteString)
        }
        var entry = ["- url: \(Self.yamlScalar(address.trimmingCharacters(in: .whitespacesAndNewlines)))"]
        if let name = name?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty {
            entry.append("  name: \(Self.yamlScalar(name))")
        }
        if allowsPrivateAddresses {
            entry.append("  allow_private: true")
        }
        var lines = Self.lines(of: yaml)
        let layout = try self.layout()
        switch layout.list {
        case let .block(items, indent):
            let insertAt = Self.endOfEntry(lines, from: items.last?.lowerBound ?? 0, upTo: layout.listEnd)
            lines.insert(contentsOf: entry.map { indent + $0 }, at: insertAt)
        case .empty:
            lines[layout.keyLine] = "feeds:"
            lines.insert(contentsOf: entry.map { "  " + $0 }, at: layout.keyLine + 1)
        }
        try commit(lines, expecting: before.feeds + [FeedSource(url: url)])
    }

    /// Removes the feed that is the same as `url` (see ``listedFeed(matching:)``).
    ///
    /// - Returns: The feed removed.
    /// - Throws: ``FeedListEditError/notListed(_:)`` when the list does not have it.
    @discardableResult
    public mutating func remove(_ url: URL) throws(FeedListEditError) -> FeedSource {
        let before = try list()
        let key = Self.comparisonKey(url)
        guard let index = before.feeds.firstIndex(where: { Self.comparisonKey($0.url) == key }) else {
            throw .notListed(url.absoluteString)
        }
        var lines = Self.lines(of: yaml)
        let layout = try self.layout()
        guard case let .block(items, _) = layout.list, items.count == before.feeds.count else {
            throw .unsupportedLayout(source)
        }
        let start = items[index].lowerBound
        let end = index + 1 < items.count
            ? Self.endOfEntry(lines, from: start, upTo: items[index + 1].lowerBound)
            : Self.endOfEntry(lines, from: start, upTo: layout.listEnd)
        lines.removeSubrange(start..<end)
        var after = before.feeds
        let removed = after.remove(at: index)
        try commit(lines, expecting: after)
        return removed
    }

    // MARK: - Layout

    private enum ListLayout {
        /// A block sequence: each item's first line (0-based) and the indentation of its dash.
        case block(items: [Range<Int>], indent: String)
        /// `feeds:` with nothing, `~` or `[]`.
        case empty
    }

    private struct Layout {
        var keyLine: Int
        var list: ListLayout
        /// The first line after the list: the next top-level key, or the end of the document.
        var listEnd: Int
    }

    private func layout() throws(FeedListEditError) -> Layout {
        let lines = Self.lines(of: yaml)
        guard let root = try? Yams.compose(yaml: yaml), let mapping = root.mapping,
              let keyNode = mapping.keys.first(where: { $0.scalar?.string == "feeds" }),
              let keyLine = keyNode.mark.map({ $0.line - 1 }), let list = mapping["feeds"] else {
            throw .unsupportedLayout(source)
        }
        let laterKeys = mapping.keys.compactMap { $0.mark.map { $0.line - 1 } }.filter { $0 > keyLine }
        let listEnd = laterKeys.min() ?? lines.count
        if list.null != nil || list.sequence?.isEmpty == true {
            guard list.sequence == nil || list.mark?.line == keyNode.mark?.line else { throw .unsupportedLayout(source) }
            return Layout(keyLine: keyLine, list: .empty, listEnd: listEnd)
        }
        guard let sequence = list.sequence, sequence.style != .flow else { throw .unsupportedLayout(source) }
        var starts: [Int] = []
        for item in sequence {
            guard var line = item.mark.map({ $0.line - 1 }), line < lines.count else { throw .unsupportedLayout(source) }
            // `-` alone on its line, the item's mapping on the next.
            if !lines[line].trimmingCharacters(in: .whitespaces).hasPrefix("-"), line > 0,
               lines[line - 1].trimmingCharacters(in: .whitespaces) == "-" {
                line -= 1
            }
            guard lines[line].trimmingCharacters(in: .whitespaces).hasPrefix("-"), line > keyLine,
                  starts.last.map({ $0 < line }) ?? true else { throw .unsupportedLayout(source) }
            starts.append(line)
        }
        let first = lines[starts[0]]
        let indent = String(first.prefix { $0 == " " })
        let items = starts.map { $0..<($0 + 1) }
        return Layout(keyLine: keyLine, list: .block(items: items, indent: indent), listEnd: listEnd)
    }

    /// The line after an entry that starts at `start`: `limit`, less the blank and comment lines
    /// just before it (they belong to what follows).
    private static func endOfEntry(_ lines: [String], from start: Int, upTo limit: Int) -> Int {
        var end = min(limit, lines.count)
        while end > start + 1 {
            let text = lines[end - 1].trimmingCharacters(in: .whitespaces)
            guard text.isEmpty || text.hasPrefix("#") else { break }
            end -= 1
        }
        return end
    }

    // MARK: - Checking

    private func list() throws(FeedListEditError) -> FeedList {
        try wrap { () throws(FeedListError) in try feedList() }
    }

    private mutating func commit(_ lines: [String], expecting expected: [FeedSource]) throws(FeedListEditError) {
        var text = lines.joined(separator: "\n")
        if !text.hasSuffix("\n") { text += "\n" }
        let result: FeedList
        do {
            result = try FeedList.parse(yaml: text, baseDirectory: baseDirectory, source: source)
        } catch {
            throw .unsupportedLayout(source)
        }
        guard result.feeds.map(\.url) == expected.map(\.url) else { throw .unsupportedLayout(source) }
        yaml = text
    }

    private func wrap<T>(_ body: () throws(FeedListError) -> T) throws(FeedListEditError) -> T {
        do {
            return try body()
        } catch {
            throw .invalidList(error)
        }
    }

    // MARK: - Text

    private static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Two addresses of one feed compare equal: canonical form, without a trailing slash.
    static func comparisonKey(_ url: URL) -> String {
        var text = CanonicalURL.normalize(url).absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// A YAML scalar for `text`: plain when that reads back the same, else double-quoted.
    static func yamlScalar(_ text: String) -> String {
        let plainSafe = text.first.map { $0.isLetter || $0.isNumber || $0 == "/" || $0 == "." } ?? false
            && !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":")
            && text.allSatisfy { !$0.isNewline && $0 != "\t" && $0 != "\"" && $0 != "'" }
            && text == text.trimmingCharacters(in: .whitespaces)
            && !["true", "false", "yes", "no", "on", "off", "null", "~"].contains(text.lowercased())
            && Double(text) == nil
        if plainSafe { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    quoted += String(format: "\\x%02X", scalar.value)
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}

/// Why a feed list could not be edited. Each description is one line.
public enum FeedListEditError: Error, Equatable, CustomStringConvertible {
    case invalidList(FeedListError)
    case invalidAddress(String)
    case alreadyListed(String)
    case notListed(String)
    case unsupportedLayout(String)

    public var description: String {
        switch self {
        case let .invalidList(error): error.description
        case let .invalidAddress(reason): "cannot add the feed: \(reason)"
        case let .alreadyListed(url): "the list already has this feed (as \(url)); nothing changed"
        case let .notListed(url): "the list has no feed \(url); nothing changed"
        case let .unsupportedLayout(source):
            "cannot edit \(source) safely (write `feeds:` as a block list, one `- url:` entry a line); nothing changed"
        }
    }
}
