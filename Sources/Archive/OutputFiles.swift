import Extractor
import Foundation
import Generator
import GRDB

/// The kinds of file under the output folder that the archive keeps in step with the database.
@_spi(StoreBackend)
public enum OutputKind: String, Sendable {
    /// `archive/YYYY-MM-DD.jsonl`, keyed by day.
    case day
    /// `drafts/<id>.yaml`, keyed by draft id.
    case draft

    /// The file's path under the output folder.
    public func path(key: String) -> String {
        switch self {
        case .day: "archive/\(key).jsonl"
        case .draft: "drafts/\(key).yaml"
        }
    }
}

extension ArchiveStore {
    /// Writes the files the database changed since they were last written: `archive/<day>.jsonl` for each
    /// day that gained articles and `drafts/<id>.yaml` for each new or changed draft.
    ///
    /// Each file is written whole to a temporary file and renamed into place, from what the database holds, and
    /// is crossed off only once written: after a crash the next call writes it again, the same.
    ///
    /// - Returns: The paths written, relative to `output`.
    @discardableResult
    public func writePendingOutputs(to output: URL) throws -> [String] {
        let backlog = try read { db in try BacklogRow.order(Column("kind"), Column("key")).fetchAll(db) }
        var written: [String] = []
        for entry in backlog {
            switch OutputKind(rawValue: entry.kind) {
            case .day:
                guard let day = CalendarDay(iso: entry.key) else { break }
                let path = OutputKind.day.path(key: entry.key)
                try AtomicFile.write(to: output.appendingPathComponent(path)) { append in
                    try forEachExportedArticle(since: day, until: day) { try append(try $0.jsonLine() + "\n") }
                }
                written.append(path)
            case .draft:
                guard let draft = try draft(id: entry.key) else { break }
                let path = OutputKind.draft.path(key: entry.key)
                try AtomicFile.write(try draft.yaml(), to: output.appendingPathComponent(path))
                written.append(path)
            case nil:
                break
            }
            try write { db in try Self.crossOff(entry, db) }
        }
        return written
    }

    /// Files a file for writing, or counts one more request for it.
    static func requestOutput(_ kind: OutputKind, key: String, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO outputBacklog (kind, key, generation) VALUES (?, ?, 0)
                ON CONFLICT (kind, key) DO UPDATE SET generation = generation + 1
                """,
            arguments: [kind.rawValue, key]
        )
    }

    /// Crosses a written file off, unless it was requested again since `entry` was read.
    static func crossOff(_ entry: BacklogRow, _ db: Database) throws {
        try db.execute(
            sql: "DELETE FROM outputBacklog WHERE kind = ? AND key = ? AND generation = ?",
            arguments: [entry.kind, entry.key, entry.generation]
        )
    }
}
