import Archive
import Extractor
import Foundation
import Generator

/// `rules.yaml`: the rulebook on disk, read whole and written atomically (a temporary file renamed into place).
///
/// A file a person edited into invalid YAML is reported with its path and never overwritten: ``load()`` throws,
/// and every change goes through ``load()`` first.
public struct RulebookFile: Sendable {
    public let url: URL

    public init(_ url: URL) {
        self.url = url
    }

    /// The rulebook as it stands on a day (today by default): an absent file is an empty rulebook, and a
    /// `scheduled` rule whose effective date has come reads as `active` (see ``Rule/asOf(_:)``), so that lists, the
    /// review site and approvals show it so, and the next approval writes it so.
    public func load(asOf day: CalendarDay = CalendarDay(Date())) throws -> Rulebook {
        guard FileManager.default.fileExists(atPath: url.path) else { return Rulebook() }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw RulebookFileError(path: url.path, reason: "cannot be read: \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RulebookFileError(path: url.path, reason: "is not UTF-8 text")
        }
        do {
            return try Rulebook(yaml: text).asOf(day)
        } catch let error as RulebookFormatError {
            throw RulebookFileError(path: url.path, reason: error.description)
        }
    }

    /// Writes the rulebook whole, atomically.
    ///
    /// - Parameter beforeRename: Runs between writing the temporary file and renaming it (tests play a crash).
    public func save(_ rulebook: Rulebook, beforeRename: (URL) throws -> Void = { _ in }) throws {
        try AtomicFile.write(try rulebook.yaml(), to: url, beforeRename: beforeRename)
    }
}

/// `rules.yaml` could not be used; it is left as it is.
public struct RulebookFileError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public var description: String {
        "\(path) \(reason.hasPrefix("is ") || reason.hasPrefix("cannot") ? reason : "is invalid: \(reason)"); "
            + "fix it by hand (herald never overwrites a rulebook it cannot read)"
    }
}
