import Foundation
import Logging

/// Writes log messages to standard error, one line each: `time level label: message key=value` for people,
/// or a JSON object with `time`, `level`, `label`, `message` and the metadata for log collectors.
///
/// Each line goes out in one `write`, so lines from concurrent tasks never interleave. On a terminal the
/// progress line is cleared first, and redrawn by the next progress update.
struct StandardErrorLogHandler: LogHandler {
    let label: String
    let format: LogFormat
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    init(label: String, format: LogFormat) {
        self.label = label
        self.format = format
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata {
            merged.merge(extra) { _, new in new }
        }
        let line = switch format {
        case .human: LogLine.human(time: Date(), level: event.level, label: label, message: "\(event.message)",
                                   metadata: merged)
        case .json: LogLine.json(time: Date(), level: event.level, label: label, message: "\(event.message)",
                                 metadata: merged)
        }
        TerminalOutput.shared.writeLogLine(line)
    }
}

/// The text of one log line, in either format. Pure, for tests.
enum LogLine {
    /// `2026-11-25T21:47:03Z info herald.run: message key=value`, values quoted when they contain spaces.
    static func human(time: Date, level: Logger.Level, label: String, message: String,
                      metadata: Logger.Metadata) -> String {
        var line = "\(timestamp(time)) \(level.rawValue) \(label): \(message)"
        for key in metadata.keys.sorted() {
            guard let value = metadata[key] else { continue }
            let text = "\(value)"
            let needsQuotes = text.isEmpty || text.contains { $0 == " " || $0 == "\"" || $0 == "=" }
            line += " \(key)=" + (needsQuotes ? quoted(text) : text)
        }
        return line
    }

    /// One JSON object on one line: `time`, `level`, `label`, `message`, then the metadata as strings,
    /// arrays and objects.
    static func json(time: Date, level: Logger.Level, label: String, message: String,
                     metadata: Logger.Metadata) -> String {
        var object: [String: Any] = [
            "time": timestamp(time), "level": level.rawValue, "label": label, "message": message,
        ]
        for (key, value) in metadata where object[key] == nil {
            object[key] = jsonValue(value)
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else {
            return #"{"level":"error","message":"unencodable log message"}"#
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func jsonValue(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case let .string(text): text
        case let .stringConvertible(convertible): convertible.description
        case let .array(values): values.map(jsonValue)
        case let .dictionary(values): values.mapValues(jsonValue)
        }
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func timestamp(_ time: Date) -> String {
        time.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
