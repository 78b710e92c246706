import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

/// Fetches feeds and article pages over `http`, `https` and `file`.
///
/// One fetcher serves a whole run: it keeps connections, the per-host politeness state and the
/// robots.txt cache. Call ``shutdown()`` when done.
///
/// ```swift
/// let fetcher = Fetcher()
/// defer { Task { await fetcher.shutdown() } }
/// let response = try await fetcher.fetchFeed(source.url, validators: stored.validators)
/// if response.isNotModified { return }
/// let feed = try FeedParser.parse(response.body, url: response.finalURL, contentType: response.contentType)
/// ```
///
/// Requests carry Herald's User-Agent, accept gzip and deflate, follow at most five redirects,
/// time out, and refuse bodies over the configured size (also after decompression). Hosts are checked
/// against the ``AddressPolicy`` after name resolution, on every redirect, and the connection goes to the
/// address that was checked.
public final class Fetcher: Sendable {
    /// The configuration in use.
    public let configuration: FetcherConfiguration
    private let client: HTTPClient
    /// The shared client's configuration, also used by the one-request clients pinned to a checked address.
    let clientConfiguration: HTTPClient.Configuration
    private let scheduler: HostScheduler
    private let robots: RobotsCache
    private let isShutDown = NIOLockedValueBox(false)

    /// Creates a fetcher.
    public init(configuration: FetcherConfiguration = .default) {
        self.configuration = configuration
        var clientConfiguration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(Int64(configuration.connectTimeout.nanoseconds))),
            decompression: .enabled(limit: .size(configuration.maximumBodyBytes))
        )
        clientConfiguration.httpVersion = .automatic
        self.clientConfiguration = clientConfiguration
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: clientConfiguration)
        scheduler = HostScheduler(
            maximumConcurrent: configuration.maximumConcurrentRequestsPerHost,
            minimumDelay: configuration.minimumDelayPerHost)
        robots = RobotsCache()
    }

    /// Releases the connections. Call when the fetcher is no longer needed; calling it again does nothing.
    public func shutdown() async {
        let wasShutDown = isShutDown.withLockedValue { state in
            defer { state = true }
            return state
        }
        if !wasShutDown { try? await client.shutdown() }
    }

    deinit {
        // A fetcher dropped without `shutdown()` (an error path) still releases its connections.
        if !isShutDown.withLockedValue({ $0 }) {
            client.shutdown { _ in }
        }
    }

    /// Fetches a feed document.
    ///
    /// - Parameters:
    ///   - url: The feed's address (`http`, `https` or `file`).
    ///   - validators: What the last fetch returned, for a conditional GET. A 304 comes back as a
    ///     ``FetchedResource`` whose ``FetchedResource/isNotModified`` is true.
    ///   - allowingPrivateAddresses: Whether this feed may be on a private address even when the
    ///     configuration's ``AddressPolicy`` refuses them (`allow_private: true` in feeds.yaml).
    /// - Throws: ``FetchError``.
    public func fetchFeed(
        _ url: URL, validators: CacheValidators = CacheValidators(), allowingPrivateAddresses: Bool = false
    ) async throws(FetchError) -> FetchedResource {
        let policy = configuration.addressPolicy.allowingPrivateAddresses(allowingPrivateAddresses)
        return try await fetch(url, accept: Self.feedAccept, validators: validators, policy: policy)
    }

    /// Fetches an article page, after checking the site's robots.txt (cached per host).
    ///
    /// - Parameter allowingPrivateAddresses: Whether the page may be on a private address (its feed is allowed).
    /// - Throws: ``FetchError``, ``FetchError/disallowedByRobots(_:)`` among them.
    public func fetchPage(_ url: URL, allowingPrivateAddresses: Bool = false) async throws(FetchError) -> FetchedResource {
        let policy = configuration.addressPolicy.allowingPrivateAddresses(allowingPrivateAddresses)
        if configuration.honorsRobotsTxt, !url.isFileURL {
            _ = try await route(to: url, policy: policy) // a refused address is reported as such, not as robots.txt
            if !(await isAllowedByRobots(url, policy: policy)) { throw .disallowedByRobots(url) }
        }
        return try await fetch(url, accept: Self.pageAccept, validators: CacheValidators(), policy: policy)
    }

    /// Whether the site's robots.txt lets Herald fetch the page.
    public func isAllowedByRobots(_ url: URL) async -> Bool {
        await isAllowedByRobots(url, policy: configuration.addressPolicy)
    }

    private func isAllowedByRobots(_ url: URL, policy: AddressPolicy) async -> Bool {
        guard let origin = RobotsCache.origin(of: url) else { return false }
        let rules = await robots.rules(for: origin) { robotsURL in
            do {
                let response = try await self.fetch(
                    robotsURL, accept: "text/plain", validators: CacheValidators(), policy: policy)
                return RobotsRules(parsing: String(decoding: response.body, as: UTF8.self))
            } catch {
                if let failure = error as? FetchError, case let .httpStatus(status, _, _) = failure,
                   (400..<500).contains(status) {
                    return .allowAll
                }
                return .disallowAll
            }
        }
        return rules.allows(path: RobotsCache.pathAndQuery(of: url), userAgent: "Herald")
    }

    static let feedAccept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
    static let pageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.8"

    private func fetch(
        _ url: URL, accept: String, validators: CacheValidators, policy: AddressPolicy
    ) async throws(FetchError) -> FetchedResource {
        switch url.scheme?.lowercased() {
        case "file":
            return try LocalFile.read(url, maximumBytes: configuration.maximumBodyBytes)
        case "http", "https":
            return try await fetchHTTP(url, accept: accept, validators: validators, policy: policy)
        default:
            throw .unsupportedScheme(url)
        }
    }

    private func fetchHTTP(
        _ url: URL, accept: String, validators: CacheValidators, policy: AddressPolicy
    ) async throws(FetchError) -> FetchedResource {
        var current = url
        var visited: Set<String> = [url.absoluteString]
        var allPermanent = true
        var redirects = 0
        while true {
            let response = try await performRequest(current, accept: accept, validators: validators, policy: policy)
            switch response.status {
            case 301, 302, 303, 307, 308:
                guard let location = response.headers.first(name: "location"),
                      let next = URL(string: location.trimmingCharacters(in: .whitespaces), relativeTo: current)?.absoluteURL,
                      ["http", "https"].contains(next.scheme?.lowercased() ?? "") else {
                    throw .invalidRedirect(current)
                }
                redirects += 1
                guard redirects <= configuration.maximumRedirects, visited.insert(next.absoluteString).inserted else {
                    throw .tooManyRedirects(url)
                }
                allPermanent = allPermanent && (response.status == 301 || response.status == 308)
                current = next
            case 304:
                return FetchedResource(
                    statusCode: 304, body: [], finalURL: current, contentType: nil,
                    validators: response.validators(orKeeping: validators),
                    permanentlyMovedTo: allPermanent && redirects > 0 ? current : nil,
                    freshnessLifetime: response.freshnessLifetime)
            case 200..<300:
                return FetchedResource(
                    statusCode: response.status, body: response.body, finalURL: current,
                    contentType: response.headers.first(name: "content-type"),
                    validators: response.validators(orKeeping: CacheValidators()),
                    permanentlyMovedTo: allPermanent && redirects > 0 ? current : nil,
                    freshnessLifetime: response.freshnessLifetime)
            default:
                throw .httpStatus(
                    response.status, current, retryAfter: HTTPTiming.retryAfter(response.headers.first(name: "retry-after")))
            }
        }
    }

    /// One request, without following redirects, with its body read under the size cap, to an address the
    /// policy allows.
    private func performRequest(
        _ url: URL, accept: String, validators: CacheValidators, policy: AddressPolicy
    ) async throws(FetchError) -> RawResponse {
        let host = url.host?.lowercased() ?? ""
        do {
            try await scheduler.acquire(host: host)
        } catch {
            throw .network(url, reason: "cancelled")
        }
        defer { Task { await scheduler.release(host: host) } }
        let route = try await route(to: url, policy: policy)

        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: configuration.userAgent)
        request.headers.add(name: "Accept", value: accept)
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let entityTag = validators.entityTag { request.headers.add(name: "If-None-Match", value: entityTag) }
        if let lastModified = validators.lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }

        let deadline = NIODeadline.now() + .nanoseconds(Int64(configuration.totalTimeout.nanoseconds))
        switch route {
        case .asResolvedByClient:
            let response = try await open(request, url: url, on: client, deadline: deadline)
            return try await read(response, url: url, deadline: deadline)
        case let .pinned(host, addresses):
            return try await performPinned(request, url: url, host: host, addresses: addresses, deadline: deadline)
        }
    }

    /// Sends the request and waits for the response head.
    func open(
        _ request: HTTPClientRequest, url: URL, on client: HTTPClient, deadline: NIODeadline
    ) async throws(FetchError) -> HTTPClientResponse {
        do {
            return try await client.execute(request, deadline: deadline)
        } catch {
            throw Self.classify(error, url: url, limit: configuration.maximumBodyBytes)
        }
    }

    /// Reads the response's body under the size cap (a redirect's or a 304's body is not kept), by the deadline.
    ///
    /// The client's deadline stops at the response head, so a server dripping its body a byte at a time is raced
    /// against the deadline here.
    func read(_ response: HTTPClientResponse, url: URL, deadline: NIODeadline) async throws(FetchError) -> RawResponse {
        let limit = configuration.maximumBodyBytes
        do {
            return try await withThrowingTaskGroup(of: RawResponse?.self) { group in
                group.addTask { try await Self.collect(response, url: url, limit: limit) }
                group.addTask {
                    let remaining = deadline - NIODeadline.now()
                    try await Task.sleep(for: .nanoseconds(max(0, remaining.nanoseconds)))
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let raw = first else { throw FetchError.timedOut(url) }
                return raw
            }
        } catch let error as FetchError {
            throw error
        } catch {
            throw Self.classify(error, url: url, limit: limit)
        }
    }

    private static func collect(_ response: HTTPClientResponse, url: URL, limit: Int) async throws -> RawResponse {
        var body: [UInt8] = []
        if response.status.code != 304, !(300..<400).contains(response.status.code) {
            if let declared = response.headers.first(name: "content-length").flatMap(Int.init), declared > limit {
                throw FetchError.bodyTooLarge(url, limit: limit)
            }
            for try await chunk in response.body {
                if body.count + chunk.readableBytes > limit { throw FetchError.bodyTooLarge(url, limit: limit) }
                body.append(contentsOf: chunk.readableBytesView)
            }
        }
        return RawResponse(status: Int(response.status.code), headers: response.headers, body: body)
    }

    static func classify(_ error: any Error, url: URL, limit: Int) -> FetchError {
        if let clientError = error as? HTTPClientError {
            if clientError == .deadlineExceeded || clientError == .readTimeout || clientError == .connectTimeout {
                return .timedOut(url)
            }
            return .network(url, reason: "\(clientError)")
        }
        let text = "\(error)"
        if text.contains("Decompression") || text.contains("limit") { return .bodyTooLarge(url, limit: limit) }
        if text.lowercased().contains("timeout") || text.contains("deadline") { return .timedOut(url) }
        return .network(url, reason: text.split(separator: "\n").first.map(String.init) ?? "unknown error")
    }
}

/// A response before redirects and status are interpreted.
struct RawResponse: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]

    func validators(orKeeping previous: CacheValidators) -> CacheValidators {
        let entityTag = headers.first(name: "etag")
        let lastModified = headers.first(name: "last-modified")
        if entityTag == nil, lastModified == nil { return previous }
        return CacheValidators(entityTag: entityTag, lastModified: lastModified)
    }

    var freshnessLifetime: TimeInterval? {
        HTTPTiming.freshnessLifetime(cacheControl: headers.first(name: "cache-control"), expires: headers.first(name: "expires"))
    }
}

extension Duration {
    var nanoseconds: Double {
        let parts = components
        return Double(parts.seconds) * 1e9 + Double(parts.attoseconds) / 1e9
    }
}
