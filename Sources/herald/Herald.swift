import ArgumentParser

/// Herald's version, shown by `--version`.
enum HeraldVersion {
    static let current = "0.1.0"
}

@main
struct Herald: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turns crypto news into draft updates of a compliance rulebook.",
        version: HeraldVersion.current,
        subcommands: [
            RunCommand.self,
            DaemonCommand.self,
            ExtractCommand.self,
            EvalCommand.self,
            ParseFeedCommand.self,
            DraftsCommand.self,
            SearchCommand.self,
            ExportCommand.self,
            ServeCommand.self,
        ]
    )
}
