import Archive
import Foundation
import Hummingbird
import Logging
import Review

/// What `herald serve` serves and how: the address, the access token, the store, the rulebook and the output
/// folder, and who the decisions are logged as.
public struct ReviewServerConfiguration: Sendable {
    public var address: ListenAddress
    /// Required on an address other than loopback; when set, every request must carry it.
    public var accessToken: String?
    /// The store, SQLite or PostgreSQL.
    public var store: any ReviewStore
    public var rulebook: RulebookFile
    /// Where draft files are rewritten after each decision.
    public var outputFolder: URL
    /// Who decisions are logged as.
    public var reviewer: String
    /// The folder served under `/static/`; by default the style sheet that ships with Herald.
    public var staticFolder: URL?

    public init(
        address: ListenAddress, accessToken: String?, store: any ReviewStore, rulebook: RulebookFile, outputFolder: URL,
        reviewer: String, staticFolder: URL? = nil
    ) {
        self.address = address
        self.accessToken = accessToken
        self.store = store
        self.rulebook = rulebook
        self.outputFolder = outputFolder
        self.reviewer = reviewer
        self.staticFolder = staticFolder
    }
}

/// A configuration that may not be served.
public enum ReviewServerError: Error, Equatable, CustomStringConvertible {
    /// Listening beyond this machine without `--token`.
    case tokenRequired(ListenAddress)
    /// A token too short to resist guessing.
    case weakToken
    /// The style sheets that ship with Herald are missing beside the executable.
    case missingStaticFiles

    public var description: String {
        switch self {
        case let .tokenRequired(address):
            "\(address) is reachable from other machines: pass --token with a secret of 16 characters or more"
        case .weakToken:
            "--token must be 16 characters or more"
        case .missingStaticFiles:
            "the style sheet folder that ships with herald (herald_ReviewWeb.resources) is missing"
        }
    }
}

/// The review web application: builds the routes over the store and runs the HTTP server.
public struct ReviewServer: Sendable {
    public let configuration: ReviewServerConfiguration
    let site: ReviewSite

    /// Checks the configuration: an address beyond loopback needs a token of 16 characters or more.
    public init(_ configuration: ReviewServerConfiguration) throws {
        if let token = configuration.accessToken, token.count < 16 { throw ReviewServerError.weakToken }
        if !configuration.address.isLoopback, configuration.accessToken == nil {
            throw ReviewServerError.tokenRequired(configuration.address)
        }
        guard let files = configuration.staticFolder.map({ StaticFiles(folder: $0) }) ?? StaticFiles.bundled else {
            throw ReviewServerError.missingStaticFiles
        }
        self.configuration = configuration
        site = ReviewSite(
            desk: ReviewDesk(store: configuration.store, rulebook: configuration.rulebook),
            outputFolder: configuration.outputFolder, reviewer: configuration.reviewer, formToken: randomSecret(),
            staticFiles: files
        )
    }

    /// The router with every route and middleware.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorPages())
        router.add(middleware: AccessGuard(token: configuration.accessToken))
        site.addRoutes(to: router)
        return router
    }

    /// The application, listening on the configured address; `onListening` gets the address actually bound
    /// (the port chosen when the configured one is 0).
    public func application(
        logger: Logger = Logger(label: "herald.serve"),
        onListening: @escaping @Sendable (ListenAddress) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let address = configuration.address
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(address.host, port: address.port), serverName: "herald"
            ),
            onServerRunning: { channel in
                await onListening(ListenAddress(host: address.host, port: channel.localAddress?.port ?? address.port))
            },
            logger: logger
        )
    }

    /// Serves until SIGINT or SIGTERM.
    public func run(onListening: @escaping @Sendable (ListenAddress) async -> Void) async throws {
        var logger = Logger(label: "herald.serve")
        logger.logLevel = .warning
        try await application(logger: logger, onListening: onListening).runService()
    }
}
