import ArgumentParser
import Foundation
import Logging

/// How log lines look: for people on a terminal, or one JSON object a line for log collectors.
enum LogFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case human
    case json
}

/// `--log-format` and `--log-level`, shared by `herald run` and `herald daemon`.
struct LoggingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How log lines look on standard error: human or json.", valueName: "format"))
    var logFormat: LogFormat = .human

    @Option(help: ArgumentHelp("The least important messages logged: trace, debug, info, notice, warning, error.",
                               valueName: "level"))
    var logLevel: LogLevelArgument = .init(.info)

    /// Sends every logger of the process to standard error in the chosen format. Call once, first thing.
    func bootstrap() {
        let format = logFormat
        let level = logLevel.level
        LoggingSystem.bootstrap { label in
            var handler = StandardErrorLogHandler(label: label, format: format)
            handler.logLevel = level
            return handler
        }
    }
}

/// A log level as a command-line argument.
struct LogLevelArgument: ExpressibleByArgument, Sendable {
    let level: Logger.Level

    init(_ level: Logger.Level) {
        self.level = level
    }

    init?(argument: String) {
        guard let level = Logger.Level(rawValue: argument.lowercased()) else { return nil }
        self.level = level
    }

    var defaultValueDescription: String { level.rawValue }
    static var allValueStrings: [String] { Logger.Level.allCases.map(\.rawValue) }
}
