import ArgumentParser
import Fetcher


@main
struct Herald: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turns crypto news into draft updates of a compliance rulebook.",
        version: FetcherConfiguration.heraldVersion,
        subcommands: [
            RunCommand.self,
            DaemonCommand.self,
            ExtractCommand.self,
            EvalCommand.self,
            TrainModelCommand.self,
            ParseFeedCommand.self,
            FeedsCommand.self,
            DraftsCommand.self,
            SearchCommand.self,
            ExportCommand.self,
            ServeCommand.self,
        ]
    )
}
