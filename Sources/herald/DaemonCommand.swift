import Archive
import ArgumentParser
import Fetcher
import Foundation
import Generator
import Logging
import Metrics
import Prometheus
import Review
import ServiceLifecycle

/// `herald daemon`: polls every feed on its own schedule until SIGTERM or SIGINT.
struct DaemonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daemon",
        abstract: "Poll the configured feeds, each on its own schedule, until stopped.",
        discussion: """
            Each feed is polled every --interval (or the `interval:` its entry in the feeds file gives), less \
            often when it publishes rarely (half its typical gap between entries) or fails (exponential \
            backoff), and never sooner than its server asks (Cache-Control, Expires, Retry-After) or its <ttl> \
            says; with ±10 % jitter. The schedule is saved in the store with each feed's state (the same one \
            `herald run` and `herald feeds list` use), so a restart resumes it. A feed that redirects \
            permanently to one new address on three fetches in a row is fetched there from then on. SIGTERM or SIGINT \
            stops it cleanly: busy feeds finish their current article, the rest waits for the next start. \
            Safe to kill at any moment: nothing is archived or drafted twice.

            One daemon per SQLite store: a second one exits at once with status 3. On a PostgreSQL store \
            (--store postgres://… or HERALD_STORE), any number of daemons, on any machines, share the feeds: \
            each claims due feeds for --lease-duration seconds and renews the lease while it works; the feeds \
            of a worker that dies are claimed by the others once its leases expire. Exit status: 0 after a \
            clean stop, 2 for configuration errors, 3 when another daemon holds the SQLite store.
            """
    )

    @Option(help: ArgumentHelp("The feeds file (YAML).", valueName: "file"))
    var feeds: String = "Feeds/feeds.yaml"

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("The base interval between two polls of a feed, in seconds.", valueName: "seconds"))
    var interval: Double = 900

    @Option(help: ArgumentHelp("The longest interval between two polls of a feed, in seconds.", valueName: "seconds"))
    var maximumInterval: Double = 86_400

    @Option(help: ArgumentHelp("How many feeds are ingested at once.", valueName: "count"))
    var concurrentFeeds = 16

    @Option(help: ArgumentHelp("Serve Prometheus metrics at http://<address>/metrics (e.g. 127.0.0.1:9464).",
                               valueName: "host:port"))
    var metricsAddress: String?

    @Option(help: ArgumentHelp("PostgreSQL stores: how long a worker's claim on a feed lasts unless renewed, in "
                               + "seconds.", valueName: "seconds"))
    var leaseDuration: Double = 120

    @Option(help: ArgumentHelp("PostgreSQL stores: this worker's name in the lease table (default: host:pid).",
                               valueName: "name"))
    var workerName: String?

    @OptionGroup var fetchOptions: FetchOptions

    @OptionGroup var loggingOptions: LoggingOptions

    func validate() throws {
        guard interval >= 1 else { throw ValidationError("--interval must be at least 1 second") }
        guard maximumInterval >= interval else { throw ValidationError("--maximum-interval must be at least --interval") }
        guard concurrentFeeds >= 1 else { throw ValidationError("--concurrent-feeds must be at least 1") }
        guard leaseDuration >= 1 else { throw ValidationError("--lease-duration must be at least 1 second") }
        if let metricsAddress, MetricsAddress(metricsAddress) == nil {
            throw ValidationError("--metrics-address must be host:port, e.g. 127.0.0.1:9464")
        }
    }

    func run() async throws {
        loggingOptions.bootstrap()
        let logger = Logger(label: "herald.daemon")
        let feedList: FeedList
        let store: any IngestionStore & FeedLeaseStore
        let rulebook: Rulebook
        let lock: StoreLock?
        do throws(any Error) {
            feedList = try FeedList.load(fromPath: feeds)
            rulebook = try RulebookFile(storeOptions.rulebookFile).load()
            try FileManager.default.createDirectory(at: storeOptions.outputFolder, withIntermediateDirectories: true)
            // Daemons share a PostgreSQL store through feed leases; an SQLite store is locked by one daemon.
            lock = try storeOptions.location().path.map { try StoreLock(storePath: $0) }
            store = try await storeOptions.openIngestionStore()
        } catch let error as StoreLockError where error.isHeld {
            printError("herald daemon: \(error)")
            throw ExitCode(3)
        } catch {
            printError("herald daemon: \(error)")
            throw ExitCode(2)
        }

        var services: [any Service] = []
        if let metricsAddress, let address = MetricsAddress(metricsAddress) {
            let registry = PrometheusCollectorRegistry()
            var factory = PrometheusMetricsFactory(registry: registry)
            factory.defaultDurationHistogramBuckets = [
                .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
                .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
                .seconds(30),
            ]
            MetricsSystem.bootstrap(factory)
            let endpoint = MetricsEndpoint(host: address.host, port: address.port, registry: registry)
            services.append(endpoint)
        }

        let fetcher = Fetcher(configuration: fetchOptions.configuration)
        var ingestor = FeedIngestor(store: store, rulebook: rulebook, fetcher: fetcher)
        ingestor.policy = PollingPolicy(interval: interval, maximumInterval: maximumInterval)
        let poller: any Service
        if let sqliteStore = store as? ArchiveStore {
            poller = PollingLoop(
                claims: ScheduledFeeds(feeds: feedList.feeds, ingestor: ingestor), ingestor: ingestor,
                concurrentFeeds: concurrentFeeds, store: sqliteStore, outputFolder: storeOptions.outputFolder,
                stopRequest: StopRequest()
            )
        } else {
            let lease = LeaseSettings(owner: workerName ?? LeaseSettings.defaultOwner, duration: leaseDuration)
            poller = PollingLoop(
                claims: LeasedFeeds(feeds: feedList.feeds, store: store, lease: lease), ingestor: ingestor,
                concurrentFeeds: concurrentFeeds, store: store, outputFolder: storeOptions.outputFolder,
                stopRequest: StopRequest()
            )
        }
        var configuration = ServiceGroupConfiguration(
            services: [ServiceGroupConfiguration.ServiceConfiguration(service: poller)]
                + services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
            gracefulShutdownSignals: [.sigterm, .sigint],
            cancellationSignals: [],
            logger: logger
        )
        configuration.maximumGracefulShutdownDuration = .seconds(30)
        let group = ServiceGroup(configuration: configuration)
        do {
            try await group.run()
        } catch {
            await fetcher.shutdown()
            await store.close()
            printError("herald daemon: \(error)")
            throw ExitCode(1)
        }
        await fetcher.shutdown()
        await store.close()
        withExtendedLifetime(lock) {}
    }
}

/// `host:port`, as given to `--metrics-address`.
struct MetricsAddress: Equatable {
    let host: String
    let port: Int

    init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
              (0...65_535).contains(port) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty else { return nil }
        self.host = host
        self.port = port
    }
}
