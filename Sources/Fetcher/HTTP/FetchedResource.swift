import Foundation

/// What a fetch returned: the body and what the pipeline needs to know about it.
public struct FetchedResource: Sendable, Hashable {
    /// The HTTP status of the final response (200 for files). 304 when ``isNotModified``.
    public var statusCode: Int
    /// The body, decompressed. Empty for a 304.
    public var body: [UInt8]
    /// The address the body came from, after redirects.
    public var finalURL: URL
    /// The `Content-Type` header (or one guessed from a file's extension).
    public var contentType: String?
    /// The validators to send next time (`ETag`, `Last-Modified`).
    public var validators: CacheValidators
    /// Whether the server answered 304 Not Modified: nothing changed since ``validators`` were stored.
    public var isNotModified: Bool { statusCode == 304 }
    /// When every redirect on the way was permanent (301, 308), the address to use from now on.
    public var permanentlyMovedTo: URL?
    /// How long the server asks clients to wait before asking again (Cache-Control `max-age`,
    /// `Expires`), when it says so.
    public var freshnessLifetime: TimeInterval?

    /// Creates a fetched resource.
    public init(
        statusCode: Int, body: [UInt8], finalURL: URL, contentType: String?,
        validators: CacheValidators = CacheValidators(), permanentlyMovedTo: URL? = nil,
        freshnessLifetime: TimeInterval? = nil
    ) {
        self.statusCode = statusCode
        self.body = body
        self.finalURL = finalURL
        self.contentType = contentType
        self.validators = validators
        self.permanentlyMovedTo = permanentlyMovedTo
        self.freshnessLifetime = freshnessLifetime
    }
}

/// The validators of a conditional GET, stored per feed between fetches.
public struct CacheValidators: Sendable, Hashable, Codable {
    /// The `ETag` the server sent, sent back as `If-None-Match`.
    public var entityTag: String?
    /// The `Last-Modified` the server sent, sent back as `If-Modified-Since`.
    public var lastModified: String?

    /// Creates validators.
    public init(entityTag: String? = nil, lastModified: String? = nil) {
        self.entityTag = entityTag
        self.lastModified = lastModified
    }

    /// Whether there is anything to send.
    public var isEmpty: Bool { entityTag == nil && lastModified == nil }
}

/// Why a fetch failed. Each description is one line naming the address.
public enum FetchError: Error, Equatable, CustomStringConvertible {
    /// The URL's scheme is not http, https or file.
    case unsupportedScheme(URL)
    /// A local file could not be read.
    case fileUnreadable(path: String, reason: String)
    /// The server could not be reached or the connection broke.
    case network(URL, reason: String)
    /// The server took longer than the configured timeout.
    case timedOut(URL)
    /// The server answered with an error status. `retryAfter` is its `Retry-After`, in seconds.
    case httpStatus(Int, URL, retryAfter: TimeInterval?)
    /// More redirects than allowed, or a redirect loop.
    case tooManyRedirects(URL)
    /// A redirect without a usable `Location`.
    case invalidRedirect(URL)
    /// The body (after decompression) is larger than the limit.
    case bodyTooLarge(URL, limit: Int)
    /// The site's robots.txt does not allow Herald to fetch this page.
    case disallowedByRobots(URL)
    /// The host is (or resolves to) an address the ``AddressPolicy`` refuses: loopback, private, link-local...
    case nonPublicAddress(URL, address: String, kind: NonPublicAddressKind)

    public var description: String {
        switch self {
        case let .unsupportedScheme(url): "unsupported URL scheme in \(url.absoluteString) (use http, https or file)"
        case let .fileUnreadable(path, reason): "cannot read \(path): \(reason)"
        case let .network(url, reason): "cannot fetch \(url.absoluteString): \(reason)"
        case let .timedOut(url): "timed out fetching \(url.absoluteString)"
        case let .httpStatus(status, url, retryAfter):
            "HTTP \(status) from \(url.absoluteString)" + (retryAfter.map { " (retry after \(Int($0)) s)" } ?? "")
        case let .tooManyRedirects(url): "too many redirects (or a loop) fetching \(url.absoluteString)"
        case let .invalidRedirect(url): "redirect without a valid Location from \(url.absoluteString)"
        case let .bodyTooLarge(url, limit): "response from \(url.absoluteString) exceeds \(limit) bytes"
        case let .disallowedByRobots(url): "robots.txt disallows \(url.absoluteString)"
        case let .nonPublicAddress(url, address, kind):
            "refused to fetch \(url.absoluteString): \(address) is \(kind.rawValue), not a public address "
                + "(allow it with `allow_private: true` on the feed in feeds.yaml, or --allow-private)"
        }
    }

    /// Whether trying again later may succeed (network trouble, timeouts, 429 and 5xx).
    public var isTransient: Bool {
        switch self {
        case .network, .timedOut: true
        case let .httpStatus(status, _, _): status == 429 || status == 408 || status >= 500
        default: false
        }
    }
}

extension FetchedResource {
    /// The `charset` of the response's `Content-Type`, if it names one.
    public var charset: String? {
        contentType.flatMap(FeedParser.charset(inContentType:))
    }
}
