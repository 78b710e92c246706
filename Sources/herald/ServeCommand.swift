import ArgumentParser
import Foundation
import Review
import ReviewWeb

/// `herald serve`: the review desk in the browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Review drafts, the rulebook and the archive in the browser.",
        discussion: """
            Listens on 127.0.0.1:8080 unless --address says otherwise. An address reachable from other machines \
            needs --token; every request must then carry it (open the printed address once: it sets a cookie). \
            Stops on Ctrl-C or SIGTERM.
            """
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var reviewer: ReviewerOption

    @Option(help: ArgumentHelp("Where to listen, as host:port (port 0 picks a free one).", valueName: "host:port"))
    var address: String = "127.0.0.1:8080"

    @Option(help: ArgumentHelp(
        "A secret of 16 characters or more that every request must carry; required beyond loopback.",
        valueName: "secret"
    ))
    var token: String?

    func run() async throws {
        let listenAddress: ListenAddress
        do {
            listenAddress = try ListenAddress(parsing: address)
        } catch let error as ListenAddressError {
            throw ValidationError(error.description)
        }
        let name = try reviewer.name()
        try await options.withReviewStore { store in
            let configuration = ReviewServerConfiguration(
                address: listenAddress, accessToken: token, store: store,
                rulebook: RulebookFile(options.rulebookFile), outputFolder: options.outputFolder, reviewer: name
            )
            let server: ReviewServer
            do {
                server = try ReviewServer(configuration)
            } catch let error as ReviewServerError {
                throw ValidationError(error.description)
            }
            let token = token
            try await server.run { bound in
                let host = bound.host == "0.0.0.0" || bound.host == "::" ? "localhost" : bound.host
                let shown = ListenAddress(host: host, port: bound.port)
                let suffix = token.map { "/?token=\($0)" } ?? "/"
                FileHandle.standardOutput.write(Data("herald serve: listening on http://\(shown)\(suffix)\n".utf8))
            }
        }
    }
}
