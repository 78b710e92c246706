import ArgumentParser
import Fetcher

/// How politely the fetcher treats each host (`--host-delay`, `--requests-per-host`) and which addresses it may
/// reach (`--allow-private`), shared by `herald run` and `herald daemon`.
struct FetchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The least time between the starts of two requests to one host, in seconds.",
                               valueName: "seconds"))
    var hostDelay: Double = 0.5

    @Option(help: ArgumentHelp("How many requests to one host may be in flight at once.", valueName: "count"))
    var requestsPerHost = 2

    @Flag(help: "Let every feed reach private, loopback and link-local addresses (default: `allow_private` feeds only).")
    var allowPrivate = false

    func validate() throws {
        guard hostDelay >= 0, hostDelay <= 3600 else { throw ValidationError("--host-delay must be 0 to 3600 seconds") }
        guard requestsPerHost >= 1 else { throw ValidationError("--requests-per-host must be at least 1") }
    }

    /// The fetcher's configuration with these settings.
    var configuration: FetcherConfiguration {
        FetcherConfiguration(maximumConcurrentRequestsPerHost: requestsPerHost,
                             minimumDelayPerHost: .milliseconds(Int(hostDelay * 1000)),
                             addressPolicy: allowPrivate ? .allowingPrivateAddresses : .publicOnly)
    }
}
