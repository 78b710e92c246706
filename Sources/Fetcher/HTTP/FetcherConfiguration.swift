import Foundation

/// How the fetcher behaves towards servers. The defaults suit a news reader.
public struct FetcherConfiguration: Sendable {
    /// The `User-Agent` header.
    public var userAgent: String
    /// The longest wait for a connection to open.
    public var connectTimeout: Duration
    /// The longest a whole request may take, body included.
    public var totalTimeout: Duration
    /// The most bytes accepted in a body, also after decompression.
    public var maximumBodyBytes: Int
    /// The most redirects followed for one request.
    public var maximumRedirects: Int
    /// The most requests in flight to one host.
    public var maximumConcurrentRequestsPerHost: Int
    /// The shortest time between the starts of two requests to one host.
    public var minimumDelayPerHost: Duration
    /// Whether article pages are checked against the site's robots.txt.
    public var honorsRobotsTxt: Bool
    /// Which addresses may be reached: public ones only by default.
    public var addressPolicy: AddressPolicy

    /// Herald's version, named in the User-Agent.
    public static let heraldVersion = "0.1.0"

    /// Creates a configuration.
    public init(
        userAgent: String = "Herald/\(FetcherConfiguration.heraldVersion) (+https://github.com/herald-news/herald)",
        connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(30),
        maximumBodyBytes: Int = 16 << 20,
        maximumRedirects: Int = 5,
        maximumConcurrentRequestsPerHost: Int = 2,
        minimumDelayPerHost: Duration = .milliseconds(500),
        honorsRobotsTxt: Bool = true,
        addressPolicy: AddressPolicy = .publicOnly
    ) {
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maximumBodyBytes = maximumBodyBytes
        self.maximumRedirects = maximumRedirects
        self.maximumConcurrentRequestsPerHost = maximumConcurrentRequestsPerHost
        self.minimumDelayPerHost = minimumDelayPerHost
        self.honorsRobotsTxt = honorsRobotsTxt
        self.addressPolicy = addressPolicy
    }

    /// The defaults.
    public static let `default` = FetcherConfiguration()
}
